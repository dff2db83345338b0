import { assetKey, type Asset } from './asset';
import { isLocaleCode } from './locale';
import { normalizeRelativePath } from './paths';

/** An asset named in a link: enough to find it again in its segment's list. */
export interface AssetAddress {
  locale: string | null;
  relativePath: string;
  name: string;
}

/**
 * The `asset` value of a panel link: `{locale}:{folder/}{name}`, the locale empty for a
 * language-neutral asset (`de:screens/checkout.png`, `:shot.png`). Unambiguous because the server
 * refuses `:` in names and folders, and a name holds no `/` (a path in a name becomes the folder).
 */
export function formatAssetParam(asset: Pick<Asset, 'locale' | 'relativePath' | 'name'>): string {
  const folder = normalizeRelativePath(asset.relativePath);
  return `${asset.locale ?? ''}:${folder ? `${folder}/` : ''}${asset.name}`;
}

/** The address in an `asset` value, or null when it is not one (no `:`, no name, too long). */
export function parseAssetParam(value: string | null | undefined): AssetAddress | null {
  if (!value || value.length > 2048) return null;
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const locale = value.slice(0, colon);
  if (locale && !isLocaleCode(locale)) return null;
  const path = value.slice(colon + 1);
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  if (!name) return null;
  return { locale: locale || null, relativePath: normalizeRelativePath(path.slice(0, Math.max(0, slash))), name };
}

/** The listed asset a link's address names (same language, folder and name, as the server compares them). */
export function findLinkedAsset<T extends Asset>(assets: readonly T[], segmentId: number, address: AssetAddress): T | null {
  const key = assetKey({ segmentId, ...address });
  return assets.find((asset) => assetKey(asset) === key) ?? null;
}
