import { assetKey, type Asset } from '../../domain/asset';
import { fileKind } from '../../domain/file-kind';
import { normalizeRelativePath } from '../../domain/paths';

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).toLowerCase();
}

/**
 * The server makes no thumbnails; a video gets a poster when an image with the same name stem
 * sits beside it (same language and folder): `flow.webm` + `flow.png`.
 */
export function findPosters(assets: readonly Asset[]): Map<string, Asset> {
  const images = new Map<string, Asset>();
  const place = (a: Asset) => `${a.locale ?? ''}|${normalizeRelativePath(a.relativePath).toLowerCase()}|${stem(a.name)}`;
  for (const asset of assets) if (fileKind(asset.contentType, asset.name) === 'image') images.set(place(asset), asset);
  const posters = new Map<string, Asset>();
  for (const asset of assets) {
    if (fileKind(asset.contentType, asset.name) !== 'video') continue;
    const image = images.get(place(asset));
    if (image) posters.set(assetKey(asset), image);
  }
  return posters;
}
