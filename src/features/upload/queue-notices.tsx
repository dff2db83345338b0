import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useApiClient } from '../../api/client-context';
import { useI18n } from '../../ui/i18n/i18n';
import { errorText } from '../../ui/user-message';
import { useUploads } from './upload-context';

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

/** Why the whole queue waits: the server throttles, or the session needs renewing. */
export function QueueNotices() {
  const { t, language } = useI18n();
  const client = useApiClient();
  const { view, runner } = useUploads();
  const pause = useStore(view, (s) => s.pause);
  const seconds = useSecondsUntil(pause?.reason === 'throttled' ? pause.until : null);
  const [reconnectError, setReconnectError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!pause) return null;
  if (pause.reason === 'throttled') return <p role="status" className="sap-notice">{t('upload.throttled', { seconds })}</p>;

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
