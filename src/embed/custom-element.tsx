import panelStyles from '../ui/panel.css?inline';
import { EVENT_NAMES, type AssetPanelEvents, type AssetPanelOptions } from './options';
import { mountAssetPanel, type AssetPanelHandle, type MountOptions } from './mount';

const ATTRIBUTES = [
  'scope', 'segment-id', 'locale', 'api-base-url', 'account-id',
  'languages', 'max-file-size', 'concurrency', 'preview-auth', 'read-only', 'marking', 'ui-language', 'persist-key',
  'propose-after-drop',
] as const;

type Attribute = (typeof ATTRIBUTES)[number];

function number(value: string | null): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * `<segment-asset-panel scope="pr7214" segment-id="27665601" api-base-url="…" account-id="…">`,
 * with the `token` or `getToken` property set from script (never an attribute: it would sit in
 * the DOM). React is bundled; styles live in a shadow root, so host CSS and panel CSS never meet.
 * Events are CustomEvents on the element: asset-uploaded, asset-deleted, upload-failed,
 * segment-changed, marks-saved, error (their `detail` holds the data).
 */
export class SegmentAssetPanelElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #token: string | null = null;
  #getToken: AssetPanelOptions['getToken'] = null;
  #assetLink: AssetPanelOptions['assetLink'] = null;
  #segmentText: AssetPanelOptions['segmentText'] = null;
  #segmentSource: AssetPanelOptions['segmentSource'] = null;
  #handle: AssetPanelHandle | null = null;
  #container: HTMLDivElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `:host { display: block; } ${panelStyles}`;
    this.#container = document.createElement('div');
    shadow.append(style, this.#container);
  }

  get token(): string | null {
    return this.#token;
  }

  set token(value: string | null) {
    this.#token = value || null;
    this.#sync();
  }

  get getToken(): AssetPanelOptions['getToken'] {
    return this.#getToken;
  }

  set getToken(value: AssetPanelOptions['getToken']) {
    this.#getToken = typeof value === 'function' ? value : null;
    this.#sync();
  }

  /** An object, so a property: `panel.segmentText = { source, target, targetLocale }` (for "Find the string"). */
  get segmentText(): AssetPanelOptions['segmentText'] {
    return this.#segmentText;
  }

  set segmentText(value: AssetPanelOptions['segmentText']) {
    this.#segmentText = value && typeof value.source === 'string' ? value : null;
    this.#sync();
  }

  /** A function, so a property: `panel.segmentSource = (scope) => editor.segments()`. */
  get segmentSource(): AssetPanelOptions['segmentSource'] {
    return this.#segmentSource;
  }

  set segmentSource(value: AssetPanelOptions['segmentSource']) {
    this.#segmentSource = typeof value === 'function' ? value : null;
    this.#sync();
  }

  /** A function, so a property (an attribute holds only text): `panel.assetLink = (asset) => url`. */
  get assetLink(): AssetPanelOptions['assetLink'] {
    return this.#assetLink;
  }

  set assetLink(value: AssetPanelOptions['assetLink']) {
    this.#assetLink = typeof value === 'function' ? value : null;
    this.#sync();
  }

  connectedCallback() {
    this.#sync();
  }

  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    this.#sync();
  }

  #attr(name: Attribute): string | null {
    return this.getAttribute(name);
  }

  #options(): MountOptions | null {
    const apiBaseUrl = this.#attr('api-base-url');
    const accountId = this.#attr('account-id');
    const scope = this.#attr('scope');
    const segmentId = number(this.#attr('segment-id'));
    if (!apiBaseUrl || !accountId || !scope || !segmentId || (!this.#token && !this.#getToken)) return null;
    const events = Object.fromEntries(Object.entries(EVENT_NAMES).map(([callback, type]) => [
      callback,
      (detail: unknown) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })),
    ])) as AssetPanelEvents;
    return {
      apiBaseUrl,
      accountId,
      scope,
      segmentId,
      token: this.#token,
      getToken: this.#getToken,
      locale: this.#attr('locale'),
      languages: this.#attr('languages')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null,
      maxFileSize: number(this.#attr('max-file-size')),
      concurrency: number(this.#attr('concurrency')),
      previewAuth: this.#attr('preview-auth') === 'cookie' ? 'cookie' : 'headers',
      readOnly: this.hasAttribute('read-only'),
      marking: this.#attr('marking') !== 'false',
      proposeAfterDrop: this.hasAttribute('propose-after-drop') && this.#attr('propose-after-drop') !== 'false',
      uiLanguage: this.#attr('ui-language'),
      persistKey: this.#attr('persist-key'),
      assetLink: this.#assetLink,
      segmentText: this.#segmentText,
      segmentSource: this.#segmentSource,
      styles: 'none',
      ...events,
    };
  }

  /** Mounts once everything needed is there; afterwards every change updates the panel. */
  #sync() {
    if (!this.isConnected) return;
    const options = this.#options();
    if (!options) return;
    if (this.#handle) this.#handle.update(options);
    else this.#handle = mountAssetPanel(this.#container, options);
  }
}

export function defineSegmentAssetPanel(name = 'segment-asset-panel'): void {
  if (!customElements.get(name)) customElements.define(name, SegmentAssetPanelElement);
}
