import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { useI18n } from '../../ui/i18n/i18n';
import type { PasteScope } from './paste-scope';
import { useUploadKit } from './upload-context';
import { clipboardImages } from './use-upload-files';


function isTextField(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'INPUT');
}

/** With `page`: takes image pastes the panel itself did not take (focus elsewhere in the page). */
export function usePagePaste(onImages: (files: File[]) => void): void {
  const { paste } = useUploadKit();
  useEffect(() => {
    if (paste !== 'page') return;
    const listener = (event: ClipboardEvent) => {
      // The panel's own handler ran first (React listens below the document) and took it.
      if (event.defaultPrevented || !event.clipboardData) return;
      // Text pasted into a field stays the field's, even when an image comes along with it.
      if (isTextField(event.target) && event.clipboardData.types.includes('text/plain')) return;
      const images = clipboardImages(event.clipboardData);
      if (images.length === 0) return;
      event.preventDefault();
      onImages(images);
    };
    document.addEventListener('paste', listener);
    return () => document.removeEventListener('paste', listener);
  }, [paste, onImages]);
}

/** Would a paste now reach the panel? Not while focus is in the host's editor or outside the iframe. */
function reaches(paste: PasteScope, root: HTMLElement | null): boolean {
  if (paste === 'page') return window.parent === window || document.hasFocus();
  if (!root || !document.hasFocus()) return false;
  // Inside a shadow root (the custom element) the document only knows the host element.
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  return !!active && root.contains(active);
}

/** After a click, how long the hint waits to change (its handlers' own renders first). */
const AFTER_CLICK_MS = 50;
/** After a press ends without a click yet: a tap's mousedown, focus and click come up to 300 ms after its pointerup. */
const AFTER_RELEASE_MS = 1000;

/**
 * "Click the panel, then press Ctrl+V": shown while a paste could not reach the panel, so that
 * a translator coming from their screenshot tool knows the one step that makes it work.
 *
 * It does not come or go during a press of the mouse's main button or of fingers, only after it
 * (after its click, or a second after its release when no click comes): the mousedown that
 * brings focus into the panel would otherwise take the hint away and move everything under it
 * (the uploads, their Cancel, Retry and Dismiss) before the mouseup, which then lands beside its
 * button, and the click is lost. Keyboard focus changes it at once.
 */
export function PasteHint({ root }: { root: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const { paste } = useUploadKit();
  const [reach, setReach] = useState(true);
  // Before the first paint: a hint that appeared a frame later would move what is under it too.
  useLayoutEffect(() => {
    /** Pointers pressed now (two fingers are two). */
    const pressed = new Set<number>();
    let settling: ReturnType<typeof setTimeout> | undefined;
    let changed = false;
    const apply = () => {
      changed = false;
      setReach(reaches(paste, root.current));
    };
    const update = () => {
      if (pressed.size > 0 || settling !== undefined) changed = true;
      else apply();
    };
    const settleIn = (ms: number) => {
      clearTimeout(settling);
      settling = setTimeout(() => {
        settling = undefined;
        if (changed && pressed.size === 0) apply();
      }, ms);
    };
    const press = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      pressed.add(event.pointerId);
      clearTimeout(settling);
      settling = undefined;
    };
    const release = (event: PointerEvent) => {
      if (!pressed.delete(event.pointerId) || pressed.size > 0) return;
      settleIn(AFTER_RELEASE_MS);
    };
    const clicked = () => {
      if (pressed.size === 0 && settling !== undefined) settleIn(AFTER_CLICK_MS);
    };
    const windowFocus = () => {
      // The window itself lost or got focus (not an element in it): no press goes on across that.
      pressed.clear();
      if (settling !== undefined) settleIn(AFTER_CLICK_MS);
      update();
    };
    apply();
    // Window listeners without capture: they hear the window's own focus and blur, not every element's.
    const listeners: [EventTarget, string, EventListener, boolean][] = [
      [document, 'focusin', update, true], [document, 'focusout', update, true],
      [window, 'focus', windowFocus, false], [window, 'blur', windowFocus, false],
      [document, 'pointerdown', press as EventListener, true], [document, 'pointerup', release as EventListener, true],
      [document, 'pointercancel', release as EventListener, true], [document, 'click', clicked, true],
    ];
    for (const [target, type, listener, capture] of listeners) target.addEventListener(type, listener, capture);
    return () => {
      clearTimeout(settling);
      for (const [target, type, listener, capture] of listeners) target.removeEventListener(type, listener, capture);
    };
  }, [paste, root]);
  if (reach) return null;
  const keys = /Mac|iPhone|iPad/.test(navigator.platform) ? '\u2318V' : t('upload.pasteKeys');
  return <p className="sap-muted sap-small sap-paste-hint">{t('upload.pasteClickFirst', { keys })}</p>;
}
