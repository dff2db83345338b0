import type { MessageKey } from '../../../ui/i18n/en';
import { useI18n } from '../../../ui/i18n/i18n';
import type { FindFailure, FindState } from './use-find-string';

const FAILURES: Record<FindFailure, MessageKey> = { load: 'ocr.failedLoad', unsupported: 'ocr.failedUnsupported', 'too-large': 'ocr.failedTooLarge', read: 'ocr.failedRead' };
const STAGES = { engine: 'ocr.engine', model: 'ocr.model', reading: 'ocr.reading' } as const;

interface SearchControlsProps {
  state: FindState<unknown>;
  /** The button's words ("Find the string", "Find all strings of this document"). */
  label: string;
  describedBy: string;
  onStart(): void;
  onCancel(): void;
  /** What the live region says once found (how many, what was decided). */
  outcome: string;
}

/**
 * The start button, or while the engine loads and reads a progress bar and "Stop finding"; one
 * live region says each stage and the outcome, an alert says why a search failed.
 */
export function SearchControls({ state, label, describedBy, onStart, onCancel, outcome }: SearchControlsProps) {
  const { t } = useI18n();
  const percent = state.kind === 'running' && state.progress ? Math.round(state.progress.progress * 100) : 0;
  const status = state.kind === 'running'
    ? t(state.progress ? STAGES[state.progress.stage] : 'ocr.engine', { percent })
    : state.kind === 'canceled' ? t('ocr.canceled') : outcome;
  return (
    <>
      <div className="sap-actions">
        {state.kind === 'running' ? (
          <>
            <progress max={100} value={percent} aria-label={status} />
            <button type="button" onClick={onCancel}>{t('ocr.cancel')}</button>
          </>
        ) : (
          <button type="button" aria-describedby={describedBy} onClick={onStart}>{label}</button>
        )}
      </div>
      <p role="status" className="sap-small">{status}</p>
      {state.kind === 'failed' && <p role="alert" className="sap-error">{t('ocr.failed', { reason: t(FAILURES[state.reason]) })}</p>}
    </>
  );
}
