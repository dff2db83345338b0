import { useId, useState, type FormEvent } from 'react';
import { normalizeScopeCode, parseSegmentId } from '../domain/scope';
import { useI18n } from '../ui/i18n/i18n';

interface TargetFormProps {
  scope: string;
  segment: string;
  onOpen: (scope: string, segmentId: number) => void;
}

/** Scope and segment fields, checked with src/domain before anything is asked of the server. */
export function TargetForm({ scope, segment, onOpen }: TargetFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [scopeText, setScopeText] = useState(scope);
  const [segmentText, setSegmentText] = useState(segment);
  const [problems, setProblems] = useState<{ scope?: string; segment?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normalizeScopeCode(scopeText);
    const segmentId = parseSegmentId(segmentText);
    const next = {
      scope: code ? undefined : t('target.badScope', { value: scopeText }),
      segment: segmentId ? undefined : t('target.badSegment', { value: segmentText }),
    };
    setProblems(next);
    if (code && segmentId) {
      setScopeText(code);
      onOpen(code, segmentId);
    }
  }

  return (
    <form className="sap-target" onSubmit={submit} noValidate>
      <div className="sap-field">
        <label htmlFor={`${id}-scope`}>{t('target.scope')}</label>
        <input
          id={`${id}-scope`} value={scopeText} onChange={(e) => setScopeText(e.target.value)} spellCheck={false}
          aria-invalid={!!problems.scope} aria-describedby={`${id}-scope-hint`} size={10}
        />
        <span id={`${id}-scope-hint`} className={problems.scope ? 'sap-field-error' : 'sap-muted'}>
          {problems.scope ?? t('target.scopeHint')}
        </span>
      </div>
      <div className="sap-field">
        <label htmlFor={`${id}-segment`}>{t('target.segment')}</label>
        <input
          id={`${id}-segment`} value={segmentText} onChange={(e) => setSegmentText(e.target.value)} inputMode="numeric"
          aria-invalid={!!problems.segment} aria-describedby={problems.segment ? `${id}-segment-error` : undefined} size={12}
        />
        {problems.segment && <span id={`${id}-segment-error`} className="sap-field-error">{problems.segment}</span>}
      </div>
      <button type="submit" className="sap-primary">{t('target.open')}</button>
    </form>
  );
}
