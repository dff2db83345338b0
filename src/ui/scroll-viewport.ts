/**
 * Where an element is seen from: the panel has no scroll box of its own, so what is visible of
 * its gallery is decided by the page (the window in the standalone app, the host's column or
 * element when embedded). These helpers find the boxes that clip it and its visible part.
 */

/**
 * The parent in the flat tree, as the page is drawn: a slotted element's slot (a web component
 * that places the panel in its own scrolling column), else its parent, and from a shadow root's
 * top its host (the custom element).
 */
function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
}

/** The ancestors that clip the element (overflow other than visible), nearest first; the window is not among them. */
export function clippingAncestors(element: Element): Element[] {
  const found: Element[] = [];
  const view = element.ownerDocument;
  for (let node = parentOf(element); node; node = parentOf(node)) {
    // The root's and body's overflow belong to the viewport: the window is always taken.
    if (node === view.documentElement || node === view.body) continue;
    const { overflowY } = getComputedStyle(node);
    if (overflowY && overflowY !== 'visible') found.push(node);
  }
  return found;
}

/** The part of the element that can be seen, in its own coordinates (0 = its top edge). */
export function visibleSpan(element: Element, clips: readonly Element[]): { top: number; bottom: number; height: number } {
  const own = element.getBoundingClientRect();
  let top = 0;
  let bottom = element.ownerDocument.defaultView?.innerHeight ?? 0;
  for (const clip of clips) {
    const box = clip.getBoundingClientRect();
    top = Math.max(top, box.top + clip.clientTop);
    bottom = Math.min(bottom, box.top + clip.clientTop + clip.clientHeight);
  }
  return { top: top - own.top, bottom: bottom - own.top, height: own.height };
}
