import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../ui/error-notice';
import { useI18n } from '../ui/i18n/i18n';
import { checkBaseUrl, connect, type Connection } from './connection';

interface ConnectionFormProps {
  initialBaseUrl: string;
  onConnected: (connection: Connection) => void;
  onUseMock?: () => void;
  /** Loads what comes after connecting while the user types. */
  prefetch?: () => Promise<unknown>;
}

/** Base URL, account ID and API key; the token that comes back is kept in memory only. */
export function ConnectionForm({ initialBaseUrl, onConnected, onUseMock, prefetch }: ConnectionFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [baseUrl, setBaseUrl] = useState(initialBaseUrl);
  const [accountId, setAccountId] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [urlProblem, setUrlProblem] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!prefetch) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void prefetch().catch(() => undefined));
  }, [prefetch]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const url = checkBaseUrl(baseUrl);
    setUrlProblem(!url);
    if (!url) return;
    setBusy(true);
    setError(null);
    try {
      onConnected(await connect(url, accountId.trim(), apiKey));
      setApiKey('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sap-card sap-connect" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('connect.heading')}</h2>
      <p className="sap-muted">{t('connect.intro')}</p>
      <label htmlFor={`${id}-url`}>{t('connect.baseUrl')}</label>
      <input
        id={`${id}-url`} type="url" required value={baseUrl} autoComplete="url"
        aria-invalid={urlProblem} aria-describedby={`${id}-url-hint`}
        onChange={(e) => setBaseUrl(e.target.value)}
      />
      <p id={`${id}-url-hint`} className={urlProblem ? 'sap-field-error' : 'sap-muted'}>
        {urlProblem ? t('connect.badUrl') : t('connect.baseUrlHint')}
      </p>
      <label htmlFor={`${id}-account`}>{t('connect.accountId')}</label>
      <input id={`${id}-account`} required value={accountId} autoComplete="username" onChange={(e) => setAccountId(e.target.value)} />
      <label htmlFor={`${id}-key`}>{t('connect.apiKey')}</label>
      <input id={`${id}-key`} type="password" required value={apiKey} autoComplete="current-password" onChange={(e) => setApiKey(e.target.value)} />
      {error !== null && <ErrorNotice error={error} />}
      <div className="sap-actions">
        <button type="submit" className="sap-primary" disabled={busy}>{busy ? t('connect.connecting') : t('connect.submit')}</button>
        {onUseMock && <button type="button" onClick={onUseMock}>{t('connect.useMock')}</button>}
      </div>
    </form>
  );
}
