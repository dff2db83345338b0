import type { ApiClient } from '../../api/client';
import { assetDownloadUrl, fetchAssetBytes, unsafeUrlError } from '../../api/download-asset';
import type { Asset } from '../../domain/asset';
import type { AssetLinkFn, PreviewAuth } from './gallery-options';

function clickLink(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Saves the file under its own name, fetched with the auth headers (or the host's cookie). The
 * link's object URL is typed `application/octet-stream`, whatever the file says it is: opened
 * (or navigated to) it downloads, it never renders an uploaded HTML or SVG in the page's origin.
 * Not the download URL itself either: across origins a browser ignores `download` and renders it.
 */
export async function saveAsset(client: ApiClient, asset: Asset, previewAuth: PreviewAuth): Promise<void> {
  if (!assetDownloadUrl(client, asset)) throw unsafeUrlError();
  const blob = await fetchAssetBytes(client, asset, previewAuth);
  const objectUrl = URL.createObjectURL(blob.slice(0, blob.size, 'application/octet-stream'));
  clickLink(objectUrl, asset.name);
  // The browser has taken the file by then; the blob need not stay in memory.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

/**
 * Copies `assetLink(asset)`: never the download URL, which answers nobody without a session.
 * False when there is no link to copy (the host gave none for this asset).
 */
export async function copyAssetLink(assetLink: AssetLinkFn, asset: Asset): Promise<boolean> {
  const link = await assetLink(asset);
  if (typeof link !== 'string' || link.trim() === '') return false;
  await navigator.clipboard.writeText(link);
  return true;
}
