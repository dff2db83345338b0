import { useId, useState } from 'react';
import { useI18n } from '../../ui/i18n/i18n';

interface MockMenuProps {
  /** Where the mock answers: the app's origin in worker mode. */
  baseUrl: string;
  /** The segment open now: "Add 1,000 assets" fills it (a large gallery to try). */
  segmentId?: number | null;
  onDataChanged: () => void;
}

const MANY = 1000;

/**
 * Development only: switches the mock's faults and resets its data through its `/__mock`
 * control calls (the same ones tests use against the HTTP server). Never in a production build.
 */
export function MockMenu({ baseUrl, segmentId = null, onDataChanged }: MockMenuProps) {
  const { t } = useI18n();
  const id = useId();
  const [spec, setSpec] = useState(() => new URLSearchParams(window.location.search).get('mock-faults') ?? '');
  const [status, setStatus] = useState('');

  async function call(method: string, path: string, what: string, body?: unknown) {
    const response = await fetch(`${baseUrl}/__mock/${path}`, {
      method,
      // The mock refuses state-changing control calls without it (another site cannot send it).
      headers: { 'Content-Type': 'application/json', 'X-Mock-Control': '1' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => null)) as { error?: { title?: string } } | null;
    setStatus(response.ok ? t('mock.done', { what }) : answer?.error?.title ?? `HTTP ${response.status}`);
    return response.ok;
  }

  return (
    <details className="sap-mock-menu">
      <summary>{t('mock.menu')}</summary>
      <label htmlFor={`${id}-faults`}>{t('mock.faults')}</label>
      <input id={`${id}-faults`} value={spec} onChange={(e) => setSpec(e.target.value)} placeholder={t('mock.faultsHint')} spellCheck={false} />
      <div className="sap-actions">
        <button type="button" onClick={() => void call('PUT', 'faults', spec || 'no faults', { spec })}>{t('mock.apply')}</button>
        <button type="button" onClick={() => void call('POST', 'expire-sessions', t('mock.expire'))}>{t('mock.expire')}</button>
        <button
          type="button"
          onClick={() => void call('POST', 'reset', t('mock.reset')).then(onDataChanged)}
        >
          {t('mock.reset')}
        </button>
        <button
          type="button" disabled={segmentId === null}
          onClick={() => void call('POST', 'seed', t('mock.addMany', { count: MANY }), { segmentId, count: MANY, locale: null })
            .then((ok) => ok && onDataChanged())}
        >
          {t('mock.addMany', { count: MANY })}
        </button>
      </div>
      <p role="status" className="sap-muted">{status}</p>
    </details>
  );
}
