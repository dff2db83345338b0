/**
 * The panel for host editors (ESM; react and react-dom are peer dependencies):
 * the <AssetPanel> component, mountAssetPanel(), and the host side of the iframe protocol.
 * The custom element is its own bundle (React inside): segment-asset-panel/element.
 */
export { AssetPanel, type AssetPanelProps } from './asset-panel';
export { mountAssetPanel, type AssetPanelHandle, type MountOptions } from './mount';
export { connectAssetPanelFrame, type FrameConnection, type FrameConnectionOptions } from './iframe/host';
export type { AssetPanelEvents, AssetPanelOptions, ErrorDetail, PanelEventName, UploadFailure } from './options';
export type { Asset } from '../domain/asset';
