import { useEffect, useState, type RefObject } from 'react';
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

/** After a press ends, how long the hint waits to change: a tap's mousedown, focus and click come up to 300 ms after its pointerup. */
const AFTER_PRESS_MS = 350;

/**
 * "Click the panel, then press Ctrl+V": shown while a paste could not reach the panel, so that
 * a translator coming from their screenshot tool knows the one step that makes it work.
 *
 * It does not come or go during a press of the mouse or a finger, only after it: the mousedown
 * that brings focus into the panel would otherwise take the hint away and move everything under
 * it (the uploads, their Cancel, Retry and Dismiss) before the mouseup, which then lands beside
 * its button, and the click is lost.
 */
export function PasteHint({ root }: { root: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const { paste } = useUploadKit();
  const [reach, setReach] = useState(true);
  useEffect(() => {
    let pressing = false;
    let changed = false;
    let release: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      changed = false;
      setReach(reaches(paste, root.current));
    };
    const update = () => {
      if (pressing) changed = true;
      else apply();
    };
    const press = () => {
      clearTimeout(release);
      pressing = true;
    };
    // Each end of a press (pointerup, then the click) waits afresh: the last one counts.
    const end = () => {
      clearTimeout(release);
      release = setTimeout(() => {
        pressing = false;
        if (changed) apply();
      }, AFTER_PRESS_MS);
    };
    apply();
    const listeners: [EventTarget, string, () => void][] = [
      // A press whose release the page never sees (let go outside the frame) ends when the page loses focus.
      [document, 'focusin', update], [document, 'focusout', update], [window, 'focus', update], [window, 'blur', () => {
        end();
        update();
      }],
      [document, 'pointerdown', press], [document, 'pointerup', end], [document, 'pointercancel', end], [document, 'click', end],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true);
    return () => {
      clearTimeout(release);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true);
    };
  }, [paste, root]);
  if (reach) return null;
  const keys = /Mac|iPhone|iPad/.test(navigator.platform) ? '\u2318V' : t('upload.pasteKeys');
  return <p className="sap-muted sap-small sap-paste-hint">{t('upload.pasteClickFirst', { keys })}</p>;
}
