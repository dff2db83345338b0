import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { formatBytes } from '../../ui/format';
import { useI18n, type Translate, type UiLanguage } from '../../ui/i18n/i18n';
import type { NotKeptReason } from './core/keeping-status';
import type { UploadState } from './core/store';
import { useUploadKit } from './upload-context';

function reasonText(t: Translate, language: UiLanguage, reason: NotKeptReason, maxStoredFileSize: number): string {
  switch (reason) {
    case 'unavailable': return t('upload.notKeptUnavailable');
    case 'superseded': return t('upload.notKeptSuperseded');
    case 'too-large': return t('upload.notKeptTooLarge', { max: formatBytes(maxStoredFileSize, language) });
    case 'quota': return t('upload.notKeptQuota');
    case 'failed': return t('upload.notKeptFailed');
  }
}

/**
 * In a panel that keeps uploads across a reload (the standalone app, an embed with a
 * `persist-key`): says which uploads in progress a reload would lose anyway, and why, while there
 * are any. Without it only the browser's "Leave site?" would, and only when leaving. A count and
 * a reason as one primitive, so that the store's frequent changes render nothing here. The
 * announcer's live region says it once for each new reason; the line stays without chatter.
 */
export function KeepingNotice() {
  const { t, language } = useI18n();
  const { throttledStore, keeping, announcer } = useUploadKit();
  const version = useSyncExternalStore(keeping.subscribe, keeping.version);
  const summarize = useCallback((state: UploadState) => {
    const lost = keeping.summary(state);
    return lost ? `${lost.reason}|${lost.count}` : '';
    // `version`: a reason may change without the store changing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keeping, version]);
  const summary = useStore(throttledStore, summarize);
  const [reason, count] = summary ? summary.split('|') as [NotKeptReason, string] : [null, '0'];
  const text = reason && t('upload.notKept', { count: Number(count), reason: reasonText(t, language, reason, keeping.maxStoredFileSize()) });
  useEffect(() => {
    if (text) announcer.say(text);
    // Once a reason: not again for each upload that starts or ends meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reason, announcer]);
  if (!text) return null;
  return <p className="sap-notice sap-notice-warn" data-testid="uploads-not-kept">{text}</p>;
}
