import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Extra label for the dialog when the title alone does not say enough. */
  describedBy?: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLDialogElement>) => void;
}

/**
 * A modal `<dialog>`: the browser traps focus, Esc closes it, focus goes back where it was.
 * Closing by Esc or backdrop calls onClose; the parent decides what "closed" means.
 */
export function Dialog({ open, title, onClose, children, className, describedBy, onKeyDown }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`sap-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="sap-dialog-title">{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button waits (e.g. for a typed check). */
  confirmDisabled?: boolean;
}

/** Asks before something that cannot be undone; Cancel has the focus first. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel, confirmDisabled = false }: ConfirmDialogProps) {
  const messageId = useId();
  return (
    <Dialog open={open} title={title} onClose={onCancel} describedBy={messageId} className="sap-confirm">
      <div id={messageId} className="sap-dialog-body">{message}</div>
      <div className="sap-actions sap-dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>{cancelLabel}</button>
        <button type="button" className="sap-danger-button sap-danger-solid" disabled={confirmDisabled} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </Dialog>
  );
}
