/** The demo editor with the custom element: `<segment-asset-panel>` follows the selected segment. */
import '../embed/element';
import type { SegmentAssetPanelElement } from '../embed/custom-element';
import { EVENT_NAMES } from '../embed/options';
import { SCOPE, startEditorShell } from './editor-shell';

const shell = await startEditorShell('Demo CAT editor \u2014 custom element');
const panel = document.createElement('segment-asset-panel') as SegmentAssetPanelElement;
panel.setAttribute('api-base-url', shell.session.apiBaseUrl);
panel.setAttribute('account-id', shell.session.accountId);
panel.setAttribute('scope', SCOPE);
panel.setAttribute('segment-id', String(shell.selected()));
panel.setAttribute('locale', shell.targetLocale());
panel.setAttribute('persist-key', 'demo-editor');
// The token is a property, never an attribute; getToken is asked again when it expires.
panel.getToken = () => shell.session.renew();
panel.token = shell.session.token;
for (const name of Object.values(EVENT_NAMES)) {
  panel.addEventListener(name, (event) => shell.log(name, (event as CustomEvent).detail));
}
shell.onSelect((segmentId) => panel.setAttribute('segment-id', String(segmentId)));
shell.onTargetLocale((locale) => panel.setAttribute('locale', locale));
shell.panelSlot.append(panel);
