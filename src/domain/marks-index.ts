import { assetKey, type Asset } from './asset';
import { imageNameOfMarks, isMarksFileName } from './marks';
import { isoToTicks } from './ticks';

/** A segment's list with its marks files taken out: what the user sees as assets, and the marks beside them. */
export interface AssetsWithMarks {
  /** Every asset but the marks files: what the grid shows and every count counts. */
  assets: Asset[];
  /** An image's marks file, by the image's `assetKey` (same segment, language, folder and name). */
  marksOf: ReadonlyMap<string, Asset>;
}

/** Whether a listed asset is one of the panel's marks files (never shown, never counted). */
export function isMarksAsset(asset: Pick<Asset, 'name'>): boolean {
  return isMarksFileName(asset.name);
}

/** The key of the image a marks file belongs to. */
export function imageKeyOfMarks(marks: Asset): string {
  return assetKey({ ...marks, name: imageNameOfMarks(marks.name) });
}

/**
 * Splits a list answer. A marks file whose image is gone is dropped (nothing shows it); two
 * marks files for one image (the server compares names without case) keep the newer.
 */
export function separateMarks(list: readonly Asset[]): AssetsWithMarks {
  const assets: Asset[] = [];
  const marks: Asset[] = [];
  for (const asset of list) (isMarksAsset(asset) ? marks : assets).push(asset);
  if (marks.length === 0) return { assets, marksOf: new Map() };
  const images = new Set(assets.map(assetKey));
  const marksOf = new Map<string, Asset>();
  for (const file of marks) {
    const key = imageKeyOfMarks(file);
    const earlier = marksOf.get(key);
    if (images.has(key) && (!earlier || earlier.modifiedDate < file.modifiedDate)) marksOf.set(key, file);
  }
  return { assets, marksOf };
}

/**
 * An asset's version: the `v` of its download URL (.NET ticks of `modifiedDate`), or the ticks
 * of `modifiedDate` when the URL has none; null when neither can be read.
 */
export function assetVersion(asset: Pick<Asset, 'downloadUrl' | 'modifiedDate'>): string | null {
  try {
    const v = new URL(asset.downloadUrl).searchParams.get('v');
    if (v && /^\d{1,20}$/.test(v)) return v;
  } catch {
    // Not a URL: the date still tells.
  }
  try {
    return isoToTicks(asset.modifiedDate).toString();
  } catch {
    return null;
  }
}
