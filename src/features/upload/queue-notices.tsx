import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useApiClient } from '../../api/client-context';
import { useI18n } from '../../ui/i18n/i18n';
import { errorText } from '../../ui/user-message';
import { useUploadKit } from './upload-context';

/** Ticks every second while `until` lies ahead; returns the seconds left. */
export function useSecondsUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}

/** Why the whole queue waits: the server throttles, cannot be reached, or the session needs renewing. */
export function QueueNotices() {
  const { t, language } = useI18n();
  const client = useApiClient();
  const { throttledStore, runner } = useUploadKit();
  const pause = useStore(throttledStore, (s) => s.pause);
  const until = pause?.reason === 'throttled' ? pause.until : pause?.reason === 'offline' ? pause.nextProbeAt : null;
  const seconds = useSecondsUntil(until);
  const [reconnectError, setReconnectError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!pause) return null;
  if (pause.reason === 'throttled') return <p role="status" className="sap-notice">{t('upload.throttled', { seconds })}</p>;
  // A single lost request is not an outage: nothing is said until a probe failed too. The live
  // region of the announcer says it once; this line stays while it lasts, without chatter.
  if (pause.reason === 'offline') {
    if (!pause.confirmed) return null;
    return (
      <div className="sap-notice sap-notice-warn" data-testid="upload-offline">
        <p>{t('upload.offline')}</p>
        <p className="sap-muted sap-small">
          {pause.nextProbeAt ? t('upload.offlineNextTry', { seconds }) : t('upload.offlineTrying')}
          {' '}
          <button type="button" onClick={() => runner.tryNow()}>{t('upload.tryNow')}</button>
        </p>
      </div>
    );
  }

  async function reconnect() {
    setBusy(true);
    setReconnectError(null);
    try {
      await client.session.renew(client.session.currentToken() ?? '');
      runner.resume();
    } catch (error) {
      setReconnectError(errorText(t, language, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="alert" className="sap-notice sap-notice-warn">
      <p>{t('upload.sessionExpired')}</p>
      {reconnectError && <p>{reconnectError}</p>}
      <button type="button" onClick={() => void reconnect()} disabled={busy}>{t('upload.reconnect')}</button>
    </div>
  );
}
