import { useEffect, useState } from 'react';
import { normalizeScopeCode, parseSegmentId } from '../domain/scope';
import { AssetPanel } from '../embed/asset-panel';
import { ErrorNotice } from '../ui/error-notice';
import { useI18n } from '../ui/i18n/i18n';
import { apiBaseUrlFromEnv, mockMode } from './config';
import type { Connection } from './connection';
import { ConnectionForm } from './connection-form';
import { devMock } from './dev/mock-connection';
import { mockSwitch } from './dev/mock-switch';
import { TargetForm } from './target-form';
import { urlParam, useUrlView } from './url-state';

type Mode = 'mock' | 'server';

/** The standalone app: connect (or use the mock), choose scope and segment, see the panel. */
export function App() {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(() => (mockMode && !urlParam('server') ? 'mock' : 'server'));
  const [connection, setConnection] = useState<Connection | null>(null);
  const [mockError, setMockError] = useState<unknown>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [view, setView] = useUrlView();

  useEffect(() => {
    if (!devMock || mode !== 'mock' || connection) return;
    let live = true;
    devMock.connect().then((c) => live && setConnection(c), (e: unknown) => live && setMockError(e));
    return () => {
      live = false;
    };
  }, [mode, connection]);

  // The demo opens on the demo segment, written into the URL so the link can be shared.
  useEffect(() => {
    if (devMock && mockMode && !view.scope && !view.segment) {
      setView({ scope: devMock.target.scope, segment: String(devMock.target.segmentId) });
    }
  }, [view.scope, view.segment, setView]);

  const scope = normalizeScopeCode(view.scope ?? '');
  const segmentId = parseSegmentId(view.segment ?? '');

  function disconnect() {
    connection?.client.session.clear();
    setConnection(null);
    setMode('server');
    mockSwitch()?.pause();
  }

  function switchToMock() {
    void mockSwitch()?.resume().then(() => setMode('mock'));
  }

  return (
    <div className="sap-app">
      <header className="sap-header">
        <h1>{t('app.title')}</h1>
        {connection && (
          <p className="sap-muted">
            {connection.mock && <span className="sap-badge sap-badge-mock">{t('app.mockBadge')}</span>}{' '}
            {t('app.signedInAs', { account: connection.accountId, server: connection.server })}{' '}
            <button type="button" className="sap-link" onClick={disconnect}>
              {connection.mock ? t('app.connectOther') : t('app.disconnect')}
            </button>
          </p>
        )}
      </header>
      <main className="sap-main">
        {!connection && mode === 'mock' && (mockError ? <ErrorNotice error={mockError} /> : <p role="status">{t('app.signingIn')}</p>)}
        {!connection && mode === 'server' && (
          <ConnectionForm
            initialBaseUrl={urlParam('server') ?? apiBaseUrlFromEnv}
            onConnected={setConnection}
            onUseMock={mockMode ? switchToMock : undefined}
          />
        )}
        {connection && (
          <>
            <TargetForm
              key={`${view.scope}|${view.segment}`}
              scope={scope ?? view.scope ?? ''}
              segment={view.segment ?? ''}
              onOpen={(s, id) => setView({ scope: s, segment: String(id) }, 'push')}
            />
            {scope && segmentId
              ? (
                <AssetPanel
                  key={`${connection.id}:${dataVersion}`}
                  client={connection.client}
                  scope={scope}
                  segmentId={segmentId}
                  locale={view.locale}
                  persistKey="standalone"
                />
              )
              : <p className="sap-muted">{t('target.none')}</p>}
            {devMock && connection.mock && (
              <devMock.Menu baseUrl={window.location.origin} onDataChanged={() => setDataVersion((v) => v + 1)} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
