import { normalizeRelativePath } from './paths';

/** One asset as the server describes it (CONTRACT.md, "The Asset object"). */
export interface Asset {
  projectId: number;
  documentId: number;
  segmentId: number;
  /** null: language-neutral, shown for every language. */
  locale: string | null;
  /** `""` at the segment's root; the real server separates folders with `\`. */
  relativePath: string;
  name: string;
  size: number;
  contentType: string;
  createdDate: string;
  modifiedDate: string;
  downloadUrl: string;
}

/** Identifies an asset within its segment: the same key means attaching replaces it. */
export function assetKey(asset: Pick<Asset, 'segmentId' | 'locale' | 'relativePath' | 'name'>): string {
  return [
    asset.segmentId,
    (asset.locale ?? '').toLowerCase(),
    normalizeRelativePath(asset.relativePath).toLowerCase(),
    asset.name.toLowerCase(),
  ].join('\u0000');
}
