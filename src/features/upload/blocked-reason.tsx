import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../ui/error-notice';
import { useI18n, type Translate } from '../../ui/i18n/i18n';
import { useUploadKit } from './upload-context';
import type { UploadReadiness } from './upload-readiness';

export type Blocked = Extract<UploadReadiness, { state: 'blocked' }>;

/** Why this segment takes no file, in one sentence (also the drag overlay's caption). */
export function blockedText(t: Translate, readiness: Blocked, scope: string, segmentId: number): string {
  switch (readiness.reason) {
    case 'no-segment': return t('upload.blockedNoSegment', { segment: segmentId, scope });
    case 'no-right': return t('upload.blockedNoRight', { scope });
    case 'view-only': return t('upload.blockedViewOnly', { scope });
    case 'folder': return t('upload.blockedFolder');
    case 'unchecked': return t('upload.blockedUnchecked');
  }
}

/**
 * What "Add context" says instead of taking files: visible (it describes the "Add files"
 * button), and said once by the uploads' polite live region when it appears or changes, so a
 * screen reader user hears why before dropping anything.
 */
export function BlockedReason({ readiness, scope, segmentId }: { readiness: Blocked; scope: string; segmentId: number }) {
  const { t } = useI18n();
  const { announcer } = useUploadKit();
  const text = blockedText(t, readiness, scope, segmentId);
  // Once per reason shown (React's strict mode runs an effect twice on mount).
  const said = useRef<string | null>(null);
  useEffect(() => {
    if (said.current === text) return;
    said.current = text;
    announcer.say(text);
  }, [announcer, text]);
  return (
    <>
      <p className="sap-field-error">{text}</p>
      {readiness.reason === 'unchecked' && <ErrorNotice error={readiness.error} onRetry={readiness.retry} />}
    </>
  );
}
