import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../ui/i18n/i18n';

/**
 * "Change segment" in the panel's header: once a segment is open, the scope and segment fields
 * (`children`) fold away behind it, so the context comes first.
 */
export function SegmentSwitch({ children }: { children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="sap-link sap-segment-switch" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('target.change')}
      </button>
      <div id={id} className="sap-segment-switch-form" hidden={!open}>{children(() => setOpen(false))}</div>
    </>
  );
}
