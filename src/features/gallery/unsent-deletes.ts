import type { ApiClient } from '../../api/client';
import { deleteAsset } from '../../api/delete-asset';
import { listSegmentAssets } from '../../api/list-assets';
import { assetKey, type Asset } from '../../domain/asset';

/**
 * A delete sent as the page went away. A browser may drop such a request (Chromium did, about
 * one time in ten, when the page was gone before the DELETE's CORS preflight started), so it is
 * written down first (addresses and versions only, never a token) and forgotten once it is known
 * to have gone out. What is still written down at the next load is finished then.
 */
export interface UnsentDelete {
  id: string;
  scope: string;
  segmentId: number;
  assets: Pick<Asset, 'segmentId' | 'locale' | 'relativePath' | 'name' | 'downloadUrl'>[];
  /** Epoch ms: older than a week, the intent is dropped rather than carried out. */
  at: number;
}

const PREFIX = 'segment-asset-panel:unsent-deletes:';
const MAX_AGE_MS = 7 * 24 * 3600_000;

function read(owner: string): UnsentDelete[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(PREFIX + owner) ?? '[]');
    return Array.isArray(value) ? (value as UnsentDelete[]) : [];
  } catch {
    return [];
  }
}

function write(owner: string, entries: UnsentDelete[]): void {
  try {
    if (entries.length) localStorage.setItem(PREFIX + owner, JSON.stringify(entries));
    else localStorage.removeItem(PREFIX + owner);
  } catch {
    // No storage (a sandboxed frame, a full disk): the keepalive request is all there is.
  }
}

/** `owner`: the server and account (`apiRoot|accountId`): another account never finishes these. */
export const unsentDeletes = {
  remember(owner: string, entry: UnsentDelete): void {
    write(owner, [...read(owner).filter((e) => e.id !== entry.id), entry]);
  },
  forget(owner: string, id: string): void {
    write(owner, read(owner).filter((e) => e.id !== id));
  },
  /** What an earlier page left undecided (and recent enough), taken out of storage. */
  take(owner: string, now = Date.now()): UnsentDelete[] {
    const entries = read(owner);
    write(owner, []);
    return entries.filter((e) => now - e.at < MAX_AGE_MS && Array.isArray(e.assets));
  },
};

/**
 * Finishes an earlier page's deletes: each file goes only if it is still the version that was
 * deleted (a file uploaded again since under the same name stays). Resolves with what went.
 */
export async function finishUnsent(client: ApiClient, entry: UnsentDelete): Promise<Asset[]> {
  const listed = await listSegmentAssets(client, entry.scope, entry.segmentId);
  const wanted = new Map(entry.assets.map((a) => [assetKey(a), a.downloadUrl]));
  const still = listed.filter((a) => wanted.get(assetKey(a)) === a.downloadUrl);
  await Promise.all(still.map((asset) => deleteAsset(client, entry.scope, asset)));
  return still;
}
