import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../ui/error-notice';
import { useI18n } from '../ui/i18n/i18n';
import type { MessageKey } from '../ui/i18n/en';
import { baseUrlProblem, checkBaseUrl, connect, serverOrigin, type BaseUrlProblem, type Connection } from './connection';
import { rememberedServer, rememberServer } from './remembered-server';

interface ConnectionFormProps {
  initialBaseUrl: string;
  /** The server came with the link (`?server=`), not from the user: it must be confirmed. */
  fromLink?: boolean;
  onConnected: (connection: Connection) => void;
  onUseMock?: () => void;
  /** Loads what comes after connecting while the user types. */
  prefetch?: () => Promise<unknown>;
}

const PROBLEM_TEXT: Record<BaseUrlProblem, MessageKey> = {
  invalid: 'connect.badUrl',
  userinfo: 'connect.userinfoUrl',
  insecure: 'connect.insecureUrl',
};

function originOf(value: string): string | null {
  return checkBaseUrl(value) ? serverOrigin(value) : null;
}

/**
 * The host name an address points at, however it is written (any scheme, a port, a name before
 * an @, no scheme at all): what a link's server stays, whatever the user mends in it.
 */
export function hostOf(value: string): string | null {
  for (const candidate of [value.trim(), `https://${value.trim()}`]) {
    try {
      const { hostname } = new URL(candidate);
      if (hostname) return hostname.toLowerCase();
    } catch {
      // Not an address this way: try the next.
    }
  }
  return null;
}

/**
 * Base URL, account ID and API key; the token that comes back is kept in memory only. A server
 * that came with the link is shown as such, with its full origin, and no credential goes to it
 * until the user says they trust that origin: a link cannot send someone's key to a stranger.
 */
export function ConnectionForm({ initialBaseUrl, fromLink = false, onConnected, onUseMock, prefetch }: ConnectionFormProps) {
  const { t } = useI18n();
  const id = useId();
  // A link's server first; else the one connected to last time (the user's own earlier choice).
  const [baseUrl, setBaseUrl] = useState(() => (fromLink ? initialBaseUrl : rememberedServer() ?? initialBaseUrl));
  const [accountId, setAccountId] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [urlProblem, setUrlProblem] = useState(() => (fromLink ? baseUrlProblem(initialBaseUrl) : null));
  const [linkHost] = useState(() => (fromLink ? hostOf(initialBaseUrl) : null));
  const [trusted, setTrusted] = useState<string | null>(null);
  const origin = originOf(baseUrl);
  // The user typing another server is their own choice; the link's server is not, whatever is
  // mended in its address (https for http, the name before an @ taken out, another path).
  const needsTrust = linkHost !== null && origin !== null && hostOf(baseUrl) === linkHost;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!prefetch) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void prefetch().catch(() => undefined));
  }, [prefetch]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = baseUrlProblem(baseUrl);
    setUrlProblem(problem);
    const url = checkBaseUrl(baseUrl);
    if (problem || !url || (needsTrust && trusted !== origin)) return;
    setBusy(true);
    setError(null);
    try {
      const connection = await connect(url, accountId.trim(), apiKey);
      rememberServer(url);
      onConnected(connection);
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
        aria-invalid={!!urlProblem} aria-describedby={`${id}-url-hint`}
        onChange={(e) => setBaseUrl(e.target.value)}
      />
      <p id={`${id}-url-hint`} className={urlProblem ? 'sap-field-error' : 'sap-muted'}>
        {urlProblem ? t(PROBLEM_TEXT[urlProblem]) : t('connect.baseUrlHint')}
      </p>
      {needsTrust && (
        <div className="sap-notice sap-notice-warn sap-connect-trust">
          <p>{t('connect.fromLink')} <strong className="sap-origin">{origin}</strong></p>
          <p>{t('connect.fromLinkWarning')}</p>
          <label>
            <input
              type="checkbox" required checked={trusted === origin}
              onChange={(e) => setTrusted(e.target.checked ? origin : null)}
            />
            {' '}{t('connect.trust', { origin: origin! })}
          </label>
        </div>
      )}
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
