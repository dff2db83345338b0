import { QueryClientProvider, queryOptions, skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiClientProvider } from '../api/client-context';
import { createPanelQueryClient } from '../api/query-client';
import { marksKeys, previewKeys } from '../api/query-keys';
import { formatAssetParam } from '../domain/asset-link';
import { normalizeScopeCode, parseSegmentId } from '../domain/scope';
import { forgetThumbnails } from '../features/gallery/thumbnails/thumbnail-store';
import { ErrorNotice } from '../ui/error-notice';
import { useI18n } from '../ui/i18n/i18n';
import { apiBaseUrlFromEnv, mockMode } from './config';
import { disconnect as endSession, type Connection } from './connection';
import { ConnectionForm } from './connection-form';
import { devMock } from './dev/mock-connection';
import { mockSwitch } from './dev/mock-switch';
import { SegmentSwitch } from './segment-switch';
import { TargetForm } from './target-form';
import { urlParam, useUrlView, viewLink } from './url-state';

type Mode = 'mock' | 'server';

// The first screen of a production build is the connection form: the panel loads while the
// user types (see ConnectionForm's prefetch), not before the page can be used.
const loadPanel = () => import('../embed/panel-view');
const AssetPanel = lazy(() => loadPanel().then((m) => ({ default: m.PanelView })));

// Only shown when a segment source exists (the mock's demo document): not part of the first load.
const SegmentList = lazy(() => import('../features/segments/segment-list').then((m) => ({ default: m.SegmentList })));

/** The standalone app: connect (or use the mock), choose scope and segment, see the panel. */
export function App() {
  const { t, language } = useI18n();
  const [mode, setMode] = useState<Mode>(() => (mockMode && !urlParam('server') ? 'mock' : 'server'));
  const [connection, setConnection] = useState<Connection | null>(null);
  const [mockError, setMockError] = useState<unknown>(null);
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

  // One cache for the panel and the segment list: the panel's uploads and deletes invalidate its
  // scope's lists, the list's counts among them, so the counts follow at once. Other people's
  // changes show when the counts are stale (30 s) and the window comes back into focus. Not on
  // every selection: that would cost a call per key.
  const [queryClient] = useState(createPanelQueryClient);
  const segmentSource = useQuery(segmentSourceQuery(connection, scope), queryClient);
  // The panel waits for the segment texts the first time only: unmounting it for another scope's
  // texts would stop its uploads and send its waiting deletes.
  const [sourceSeen, setSourceSeen] = useState(false);
  if (!sourceSeen && (segmentSource.isSuccess || segmentSource.isError)) setSourceSeen(true);
  const holdPanel = segmentSource.isLoading && !sourceSeen;

  const targetForm = (done?: () => void) => (
    <TargetForm
      key={`${view.scope}|${view.segment}`}
      scope={scope ?? view.scope ?? ''}
      segment={view.segment ?? ''}
      onOpen={(s, id) => {
        done?.();
        setView({ scope: s, segment: String(id) }, 'push');
      }}
    />
  );

  function disconnect() {
    // The session ends on the server too; the mock's worker steps aside once it has answered that.
    const ended = connection ? endSession(connection) : Promise.resolve();
    queryClient.clear();
    // Pictures of the account's files do not outlive the sign-out on a shared computer.
    void forgetThumbnails();
    setConnection(null);
    setMode('server');
    void ended.then(() => mockSwitch()?.pause());
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
            fromLink={!!urlParam('server')}
            onConnected={setConnection}
            onUseMock={mockMode ? switchToMock : undefined}
            prefetch={loadPanel}
          />
        )}
        {connection && (
          <>
            {/* Once a segment is open the fields fold into the panel's header ("Change segment"). */}
            {!(scope && segmentId) && targetForm()}
            <div className="sap-workspace">
              {/* While the segment texts load (mock only, quick) the panel waits: its header would
                  otherwise grow a line under the user when they arrive. */}
              {scope && segmentId && holdPanel && <p role="status" className="sap-muted">{t('assets.loading')}</p>}
              {scope && segmentId && !holdPanel
                ? (
                  <Suspense fallback={<p role="status" className="sap-muted">{t('assets.loading')}</p>}>
                    <AssetPanel
                      key={connection.id}
                      client={connection.client}
                      queryClient={queryClient}
                      scope={scope}
                      segmentId={segmentId}
                      locale={view.locale}
                      onLocaleChange={(locale) => setView({ locale })}
                      persistKey="standalone"
                      paste="page"
                      language={language}
                      segments={segmentSource.data ?? null}
                      // "Copy link": this app opening this segment, language and asset (never the API's download URL).
                      assetLink={(asset) => viewLink({ scope, segment: String(segmentId), locale: view.locale, asset: formatAssetParam(asset) })}
                      openAsset={view.asset}
                      onOpenAssetHandled={() => setView({ asset: null })}
                      headerActions={<SegmentSwitch>{(close) => targetForm(close)}</SegmentSwitch>}
                    />
                  </Suspense>
                )
                : !(scope && segmentId) && <p className="sap-muted">{t('target.none')}</p>}
              {/* The list's column is held from the start, so the panel does not narrow under the
                  user (and its grid reflow) when the list and its code arrive. */}
              {scope && segmentSource.isLoading && <SegmentListPending />}
              {scope && segmentSource.data?.length ? (
                <QueryClientProvider client={queryClient}>
                  <ApiClientProvider client={connection.client}>
                    <Suspense fallback={<SegmentListPending />}>
                      <SegmentList
                      scope={scope}
                      segments={segmentSource.data}
                      selectedId={segmentId}
                      targetLocale={view.locale}
                      onSelect={(id) => setView({ segment: String(id) }, 'push')}
                      />
                    </Suspense>
                  </ApiClientProvider>
                </QueryClientProvider>
              ) : null}
            </div>
            {devMock && connection.mock && (
              <devMock.Menu baseUrl={window.location.origin} segmentId={segmentId} onDataChanged={() => void resetMockData(queryClient)} />
            )}
          </>
        )}
      </main>
    </div>
  );
}

/** After the mock menu changed the data: everything cached about it is read again (lists, rights,
 * and previews and marks kept by download URL, which a reset may reuse for other bytes). */
function resetMockData(queryClient: QueryClient) {
  queryClient.removeQueries({ queryKey: previewKeys.all });
  queryClient.removeQueries({ queryKey: marksKeys.all });
  return queryClient.resetQueries();
}

/** The segment list's place while its texts and code load: the same box, so nothing moves. */
function SegmentListPending() {
  const { t } = useI18n();
  return (
    <div className="sap-segments" aria-busy="true">
      <h2 className="sap-segments-heading">{t('segments.label')}</h2>
      <p role="status" className="sap-muted">{t('segments.loading')}</p>
    </div>
  );
}

/**
 * Where the list's segment texts come from. Only the mock has them, so only development builds
 * ask (devMock is null in production); a server without them leaves the app without a list.
 */
function segmentSourceQuery(connection: Connection | null, scope: string | null) {
  const origin = connection?.client.apiOrigin ?? null;
  const fetchSegments = devMock?.fetchSegments;
  return queryOptions({
    queryKey: ['segment-source', origin, scope],
    queryFn: fetchSegments && origin && scope ? ({ signal }) => fetchSegments(origin, scope, signal) : skipToken,
    staleTime: Infinity,
    retry: false,
  });
}
