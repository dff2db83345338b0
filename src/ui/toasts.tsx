import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useI18n } from './i18n/i18n';
import { createToastStore, type Toast, type ToastStore } from './toast-store';

const ToastContext = createContext<ToastStore | null>(null);

/** One toast store per panel: two panels on a page never show each other's messages. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts] = useState(createToastStore);
  useEffect(() => () => toasts.destroy(), [toasts]);
  return <ToastContext.Provider value={toasts}>{children}</ToastContext.Provider>;
}

export function useToasts(): ToastStore {
  const toasts = useContext(ToastContext);
  if (!toasts) throw new Error('useToasts needs a <ToastProvider> above it');
  return toasts;
}

/**
 * Where toasts show: a box of no height at the end of the panel, stuck to the bottom of the view,
 * the toasts floating above it. It takes no room, so nothing moves when a message comes or goes.
 * Failures are alerts; the rest is said politely. Hovered or focused, no toast leaves.
 */
export function ToastRegion() {
  const { t } = useI18n();
  const toasts = useToasts();
  const list = useStore(toasts.store, (s) => s.toasts);
  const stack = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  // A focused button that leaves with its toast takes the focus with it, without a blur event.
  useEffect(() => {
    if (focused && !stack.current?.contains(document.activeElement)) setFocused(false);
  }, [focused, list]);
  useEffect(() => {
    if (hovered || focused) toasts.pause();
    else toasts.resume();
  }, [hovered, focused, toasts]);

  const item = (toast: Toast) => (
    // A failure is an alert of its own (announced as it appears); the rest goes through the polite region.
    <div key={toast.id} className={`sap-toast sap-toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
      <p className="sap-toast-text">{toast.text}</p>
      {toast.action && (
        <button type="button" className="sap-toast-action" aria-label={toast.action.name} onClick={() => toasts.act(toast.id)}>
          {toast.action.label}
        </button>
      )}
      <button type="button" className="sap-toast-close" aria-label={t('toast.dismiss')} title={t('toast.dismiss')} onClick={() => toasts.dismiss(toast.id)}>
        {'\u00d7'}
      </button>
    </div>
  );

  return (
    <div className="sap-toasts">
      <div
        ref={stack}
        className="sap-toast-stack"
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
        }}
      >
        <div className="sap-toast-list">{list.filter((x) => x.tone === 'error').map(item)}</div>
        <div role="status" aria-live="polite" className="sap-toast-list">{list.filter((x) => x.tone !== 'error').map(item)}</div>
      </div>
    </div>
  );
}
