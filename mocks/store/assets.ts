import { assetKey, type Asset } from '../../src/domain/asset';
import { isPathRefusal, resolveAssetLocation } from '../../src/domain/paths';
import { ticksToIso } from '../../src/domain/ticks';
import { forbidden, notFound, refuse } from './errors';
import { takeMedia } from './media';
import { scopeLocale, segmentInScope, type ResolvedScope } from './scope';
import type { MockState, StoredAsset } from './state';

export const MAX_SEGMENTS_PER_LIST = 1000;

/** The real server answers folders with `\`; so does the mock, to keep clients honest. */
function serverPath(relativePath: string): string {
  return relativePath.replaceAll('/', '\\');
}

function query(params: [string, string][]): string {
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

export function toAsset(stored: StoredAsset, origin: string, scopeCode: string): Asset {
  const params: [string, string][] = [];
  if (stored.locale) params.push(['locale', stored.locale]);
  params.push(['scope', scopeCode], ['filename', stored.name]);
  if (stored.relativePath) params.push(['relativePath', serverPath(stored.relativePath)]);
  params.push(['v', stored.modifiedTicks]);
  return {
    projectId: stored.projectId,
    documentId: stored.documentId,
    segmentId: stored.segmentId,
    locale: stored.locale,
    relativePath: serverPath(stored.relativePath),
    name: stored.name,
    size: stored.blob.size,
    contentType: stored.contentType,
    createdDate: ticksToIso(BigInt(stored.createdTicks)),
    modifiedDate: ticksToIso(BigInt(stored.modifiedTicks)),
    downloadUrl: `${origin}/api/resources/assets/${stored.segmentId}?${query(params)}`,
  };
}

export interface AttachBody {
  filetoken?: unknown;
  locale?: unknown;
  relativePath?: unknown;
}

/** Everything is checked before anything changes: a refusal stores nothing and keeps the token usable. */
export function attach(
  state: MockState, accountId: string, resolved: ResolvedScope, segmentId: number, body: AttachBody,
): { key: string; stored: StoredAsset } {
  const segment = segmentInScope(state, resolved, segmentId);
  if (!resolved.canAdd) throw forbidden('You may see the reference material of this project, but not add to it.');
  const media = takeMedia(state, accountId, body.filetoken);
  const locale = scopeLocale(resolved, body.locale);
  if (body.relativePath !== undefined && body.relativePath !== null && typeof body.relativePath !== 'string') {
    throw refuse('relativePath must be a text.');
  }
  const location = resolveAssetLocation(media.name, body.relativePath as string | null | undefined);
  if (isPathRefusal(location)) throw refuse(location.message);
  const key = assetKey({ segmentId, locale, relativePath: location.relativePath, name: location.name });
  const existing = state.assets.get(key);
  const now = state.clock.ticks().toString();
  const stored: StoredAsset = {
    projectId: resolved.project.projectId,
    documentId: segment.documentId,
    segmentId,
    locale,
    relativePath: location.relativePath,
    name: location.name,
    contentType: media.contentType,
    createdTicks: existing?.createdTicks ?? now,
    modifiedTicks: now,
    blob: media.blob,
  };
  // Used once: the token is gone.
  state.media.delete(media.token);
  state.assets.set(key, stored);
  return { key, stored };
}

function bySegmentThenName(a: StoredAsset, b: StoredAsset): number {
  return a.segmentId - b.segmentId
    || (a.locale ?? '').localeCompare(b.locale ?? '')
    || a.relativePath.localeCompare(b.relativePath)
    || a.name.localeCompare(b.name);
}

export function listAssets(state: MockState, resolved: ResolvedScope, segmentIds: number[]): StoredAsset[] {
  for (const id of segmentIds) segmentInScope(state, resolved, id);
  const wanted = new Set(segmentIds);
  return [...state.assets.values()]
    .filter((a) => wanted.has(a.segmentId) && a.projectId === resolved.project.projectId)
    .sort(bySegmentThenName);
}

export function parseSegmentIds(value: string | null): number[] {
  if (!value) throw refuse('segmentIds is missing: give segment IDs separated by commas.');
  const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw refuse('segmentIds is missing: give segment IDs separated by commas.');
  if (parts.length > MAX_SEGMENTS_PER_LIST) throw refuse(`At most ${MAX_SEGMENTS_PER_LIST} segments can be listed in one call.`);
  return [...new Set(parts.map((p) => {
    if (!/^[1-9]\d{0,9}$/.test(p)) throw refuse(`"${p}" is not a segment ID.`);
    return Number(p);
  }))];
}

export interface AssetAddressParams {
  filename: string;
  locale: string | null;
  relativePath: string | null;
}

/** The asset's key as `attach` stores it (case-insensitive, either separator): one map lookup. */
function findKey(state: MockState, resolved: ResolvedScope, segmentId: number, address: AssetAddressParams): string | null {
  const location = resolveAssetLocation(address.filename, address.relativePath);
  if (isPathRefusal(location)) throw refuse(location.message);
  const locale = scopeLocale(resolved, address.locale);
  const key = assetKey({ segmentId, locale, relativePath: location.relativePath, name: location.name });
  return state.assets.has(key) ? key : null;
}

export function findAsset(
  state: MockState, resolved: ResolvedScope, segmentId: number, address: AssetAddressParams,
): StoredAsset {
  segmentInScope(state, resolved, segmentId);
  const key = findKey(state, resolved, segmentId, address);
  const asset = key ? state.assets.get(key) : undefined;
  if (!asset) throw notFound('The requested file does not exist.');
  return asset;
}

/** Succeeds also when the file is already gone. Returns the key removed, if any. */
export function deleteAsset(
  state: MockState, resolved: ResolvedScope, segmentId: number, address: AssetAddressParams,
): string | null {
  segmentInScope(state, resolved, segmentId);
  const key = findKey(state, resolved, segmentId, address);
  if (key) state.assets.delete(key);
  return key;
}

export function deleteAllAssets(state: MockState, resolved: ResolvedScope, segmentId: number): string[] {
  segmentInScope(state, resolved, segmentId);
  const keys = [...state.assets].filter(([, a]) => a.segmentId === segmentId).map(([key]) => key);
  for (const key of keys) state.assets.delete(key);
  return keys;
}
