import { useId } from 'react';
import { useI18n } from '../../../ui/i18n/i18n';
import { useStoredFlag } from '../../../ui/stored-flag';

/** Where the person's choice is kept (per browser, for every panel and host). */
export const PROPOSE_AFTER_DROP_KEY = 'segment-asset-panel:propose-after-drop';

/** "Find my segment's string on screenshots I drop": on, or the host's default (off unless it says). */
export function useProposeAfterDrop(hostDefault = false): [boolean, (on: boolean) => void] {
  return useStoredFlag(PROPOSE_AFTER_DROP_KEY, hostDefault);
}

/**
 * The setting, under "Add context" (where a translator drops files): when on, an image dropped
 * on the segment opens after its upload in the marking editor, "Find the string" already running,
 * its places proposed to accept, adjust or reject (nothing is saved without that).
 */
export function ProposeAfterDropSetting({ hostDefault = false }: { hostDefault?: boolean }) {
  const { t } = useI18n();
  const [on, setOn] = useProposeAfterDrop(hostDefault);
  const hint = useId();
  return (
    <p className="sap-small sap-propose-setting">
      <label>
        <input type="checkbox" checked={on} aria-describedby={hint} onChange={(event) => setOn(event.target.checked)} />
        {' '}{t('ocr.proposeAfterDrop')}
      </label>
      <span id={hint} className="sap-muted">{` ${t('ocr.proposeAfterDropHint')}`}</span>
    </p>
  );
}
