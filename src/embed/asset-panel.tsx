import { useEffect, useInsertionEffect, useRef, useState } from 'react';
import { createApiClient, type ApiClient } from '../api/client';
import { hostSession } from '../api/session';
import { normalizeScopeCode, parseSegmentId } from '../domain/scope';
import { detectUiLanguage } from '../ui/i18n/detect';
import panelStyles from '../ui/panel.css?inline';
import { useEventCallback } from '../ui/use-event-callback';
import { errorDetail, uploadFailure, type AssetPanelEvents, type AssetPanelOptions } from './options';
import { PanelView } from './panel-view';
import { useSegmentSource } from './use-segment-source';
import type { PasteScope } from '../features/upload/paste-scope';
import { isMarksAsset } from '../domain/marks-index';
import { isMarksFileName } from '../domain/marks';

export type AssetPanelProps = AssetPanelOptions & AssetPanelEvents & {
  /** Called when the language filter changes; without it the panel keeps the language itself. */
  onLocaleChange?: (locale: string | null) => void;
  /** Where the panel's CSS goes: the document's head (default), or nowhere (the host loads it, or a shadow root has it). */
  styles?: 'document' | 'none';
  /**
   * `page`: the panel is the whole page (as in embed.html), so an image pasted anywhere in it is
   * taken. `panel` (default): only while focus is in the panel; otherwise it says "click the panel first".
   */
  paste?: PasteScope;
};

const STYLE_ID = 'segment-asset-panel-styles';

function ensureStyles(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = panelStyles;
  doc.head.append(style);
}

/** One session per server and account; tokens the host hands over later go into it. */
function useHostClient({ apiBaseUrl, accountId, token, getToken }: AssetPanelOptions): ApiClient {
  const getTokenRef = useRef(getToken);
  useEffect(() => {
    getTokenRef.current = getToken;
  }, [getToken]);
  const [state, setState] = useState(() => make());
  function make() {
    const session = hostSession({
      accountId,
      token,
      getToken: () => {
        const get = getTokenRef.current;
        if (!get) throw new Error('The host gave no way to renew the session (getToken).');
        return get();
      },
    });
    return { key: `${apiBaseUrl}|${accountId}`, client: createApiClient({ baseUrl: apiBaseUrl, session }) };
  }
  const key = `${apiBaseUrl}|${accountId}`;
  if (state.key !== key) setState(make());
  useEffect(() => {
    if (token) state.client.session.provide(token);
  }, [state, token]);
  return state.client;
}

/**
 * The panel for a host editor, as a React component: it makes its own API client from
 * `apiBaseUrl`, `accountId` and the host's token, and reports what happens through callbacks.
 * React and react-dom are the host's (peer dependencies).
 */
export function AssetPanel(props: AssetPanelProps) {
  const { styles = 'document', onAssetUploaded, onAssetDeleted, onUploadFailed, onSegmentChanged, onMarksSaved, onError } = props;
  const client = useHostClient(props);
  useInsertionEffect(() => {
    if (styles === 'document') ensureStyles(document);
  }, [styles]);

  const scope = normalizeScopeCode(props.scope);
  const segments = useSegmentSource(props.segmentSource, scope ?? '');
  const segmentId = parseSegmentId(props.segmentId);
  const target = scope && segmentId ? `${scope}|${segmentId}` : null;
  const shown = useRef(target);
  const segmentChanged = useEventCallback(onSegmentChanged);
  useEffect(() => {
    if (!scope || !segmentId || target === shown.current) return;
    shown.current = target;
    segmentChanged({ scope, segmentId });
  }, [target, scope, segmentId, segmentChanged]);

  if (!scope || !segmentId) {
    return (
      <div role="alert" className="sap-panel sap-error">
        {`The panel needs a scope (pr…, jbs… or jbc…) and a segment ID; it got "${props.scope}" and "${props.segmentId}".`}
      </div>
    );
  }
  return (
    <PanelView
      key={`${client.apiRoot}|${client.session.accountId}`}
      client={client}
      scope={scope}
      segmentId={segmentId}
      locale={props.locale ?? null}
      onLocaleChange={props.onLocaleChange}
      languages={props.languages}
      language={detectUiLanguage(props.uiLanguage)}
      readOnly={props.readOnly}
      previewAuth={props.previewAuth}
      marking={props.marking}
      proposeAfterDrop={props.proposeAfterDrop}
      segments={segments}
      segmentText={props.segmentText ?? null}
      onMarksSaved={onMarksSaved}
      maxFileSize={props.maxFileSize}
      concurrency={props.concurrency}
      persistKey={props.persistKey ?? null}
      paste={props.paste}
      assetLink={props.assetLink ?? null}
      // A marks file is the panel's own: the host hears of it as marks-saved, not as an asset.
      onUploaded={onAssetUploaded && ((asset) => !isMarksAsset(asset) && onAssetUploaded(asset))}
      onUploadFailed={onUploadFailed && ((record) => !isMarksFileName(record.name) && onUploadFailed(uploadFailure(record)))}
      onDeleted={onAssetDeleted}
      onError={onError && ((error) => onError(errorDetail(error)))}
    />
  );
}
