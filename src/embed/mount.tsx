import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AssetPanel, type AssetPanelProps } from './asset-panel';
import type { AssetPanelEvents, AssetPanelOptions } from './options';

export type MountOptions = AssetPanelOptions & AssetPanelEvents & Pick<AssetPanelProps, 'styles' | 'paste'>;

export interface AssetPanelHandle {
  /** Shows another segment (and scope, when given): uploads already on their way keep theirs. */
  setSegment(segmentId: number, scope?: string): void;
  /** The gallery's language: a code, `neutral`, or null for all. */
  setLocale(locale: string | null): void;
  /** Any other option: a new token, read-only, the UI language… */
  update(options: Partial<MountOptions>): void;
  /** Aborts uploads, revokes preview object URLs, removes the panel and its listeners. */
  destroy(): void;
}

/**
 * The panel in any page, with or without React of its own:
 * `const panel = mountAssetPanel(element, { apiBaseUrl, accountId, getToken, scope, segmentId })`.
 */
export function mountAssetPanel(element: Element, options: MountOptions): AssetPanelHandle {
  const root = createRoot(element);
  let current: MountOptions = { ...options };
  let destroyed = false;
  const render = () => {
    if (destroyed) return;
    root.render(
      <StrictMode>
        <AssetPanel {...current} onLocaleChange={(locale) => handle.setLocale(locale)} />
      </StrictMode>,
    );
  };
  const handle: AssetPanelHandle = {
    setSegment(segmentId, scope) {
      handle.update({ segmentId, scope: scope ?? current.scope });
    },
    setLocale(locale) {
      handle.update({ locale });
    },
    update(change) {
      current = { ...current, ...change };
      render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      root.unmount();
    },
  };
  render();
  return handle;
}
