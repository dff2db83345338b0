/** The demo editor with the iframe: embed.html, driven through the postMessage protocol. */
import { connectAssetPanelFrame } from '../embed/iframe/host';
import { SCOPE, startEditorShell } from './editor-shell';

const shell = await startEditorShell('Demo CAT editor \u2014 iframe');
// The panel could live on another origin; here it is served beside the editor.
const panelOrigin = new URLSearchParams(window.location.search).get('panelOrigin') ?? window.location.origin;
const params = new URLSearchParams({
  apiBaseUrl: shell.session.apiBaseUrl,
  accountId: shell.session.accountId,
  scope: SCOPE,
  segmentId: String(shell.selected()),
  locale: shell.targetLocale(),
  parentOrigin: window.location.origin,
  persistKey: 'demo-editor-iframe',
});
const iframe = document.createElement('iframe');
iframe.title = 'Segment context';
iframe.src = `${panelOrigin}/embed.html?${params}`;
const frame = connectAssetPanelFrame(iframe, {
  panelOrigin,
  accountId: shell.session.accountId,
  token: shell.session.token,
  getToken: () => shell.session.renew(),
  onAssetUploaded: (asset) => shell.log('asset-uploaded', asset),
  onAssetDeleted: (assets) => shell.log('asset-deleted', assets),
  onUploadFailed: (failure) => shell.log('upload-failed', failure),
  onSegmentChanged: (segment) => shell.log('segment-changed', segment),
  onError: (error) => shell.log('error', error),
});
shell.onSelect((segmentId) => frame.setSegment(segmentId));
shell.onTargetLocale((locale) => frame.setLocale(locale));
shell.panelSlot.append(iframe);
