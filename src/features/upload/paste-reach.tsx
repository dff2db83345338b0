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

/**
 * "Click the panel, then press Ctrl+V": shown while a paste could not reach the panel, so that
 * a translator coming from their screenshot tool knows the one step that makes it work.
 *
 * It keeps its place while hidden: a hint that came and went with focus moved everything under
 * it (the uploads, their Cancel, Retry and Dismiss) at the very mousedown that brought focus into
 * the panel, and that click's mouseup then landed beside its button: the click was lost. Where a
 * paste always reaches the panel (the standalone page) it takes no place at all.
 */
export function PasteHint({ root }: { root: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  const { paste } = useUploadKit();
  const [reach, setReach] = useState(true);
  useEffect(() => {
    const update = () => setReach(reaches(paste, root.current));
    update();
    const events = ['focusin', 'focusout'] as const;
    for (const type of events) document.addEventListener(type, update);
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    return () => {
      for (const type of events) document.removeEventListener(type, update);
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
    };
  }, [paste, root]);
  if (paste === 'page' && window.parent === window) return null;
  const keys = /Mac|iPhone|iPad/.test(navigator.platform) ? '\u2318V' : t('upload.pasteKeys');
  // visibility: hidden also takes it from screen readers while it does not apply.
  return <p className={`sap-muted sap-small sap-paste-hint${reach ? ' sap-paste-hint-idle' : ''}`}>{t('upload.pasteClickFirst', { keys })}</p>;
}
