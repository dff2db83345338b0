import type { ApiClient } from '../../api/client';
import { assetDownloadUrl, downloadAsset, unsafeUrlError } from '../../api/download-asset';
import type { Asset } from '../../domain/asset';
import type { PreviewAuth } from './gallery-options';

function clickLink(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves the file under its own name: fetched with the auth headers, or straight from the URL when the cookie authenticates. */
export async function saveAsset(client: ApiClient, asset: Asset, previewAuth: PreviewAuth): Promise<void> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  if (previewAuth === 'cookie') {
    clickLink(url.href, asset.name);
    return;
  }
  const objectUrl = URL.createObjectURL(await downloadAsset(client, asset));
  clickLink(objectUrl, asset.name);
  // The browser has taken the file by then; the blob need not stay in memory.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

/** The asset's download URL (it carries no token: opening it needs a session). */
export async function copyAssetLink(client: ApiClient, asset: Asset): Promise<void> {
  const url = assetDownloadUrl(client, asset);
  if (!url) throw unsafeUrlError();
  await navigator.clipboard.writeText(url.href);
}
