import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { deleteAllAssets, deleteAsset } from '../../api/delete-asset';
import { listSegmentAssets } from '../../api/list-assets';
import { assetKeys } from '../../api/query-keys';
import { assetKey, type Asset } from '../../domain/asset';
import type { DeleteRequest } from './delete-dialogs';

/** A delete the user confirmed, not sent yet: its assets are out of the lists meanwhile. */
export interface PendingDelete {
  id: number;
  scope: string;
  segmentId: number;
  request: DeleteRequest;
  /** What left the list, by `assetKey`, as it was seen (its download URL names its version). */
  hidden: Map<string, Asset>;
  sending: boolean;
}

/**
 * Deletes that wait (for an Undo) before their calls go out. Their assets leave the query cache at
 * once and stay out of it: a list fetched meanwhile (an upload finished, the window got focus) is
 * stripped of them too. An asset uploaded again under the same name meanwhile (a new version) is
 * no longer the one the user deleted: its delete is off (`onSuperseded` for a whole one).
 */
export function createDeleteQueue(queryClient: QueryClient, client: ApiClient, onSuperseded: (pending: PendingDelete) => void) {
  const pending = new Map<number, PendingDelete>();
  let nextId = 1;
  const listKey = (p: Pick<PendingDelete, 'scope' | 'segmentId'>) => assetKeys.segment(p.scope, p.segmentId);

  function hiddenIn(scope: string, segmentId: number): Set<string> {
    const keys = new Set<string>();
    for (const p of pending.values()) if (p.scope === scope && p.segmentId === segmentId) for (const k of p.hidden.keys()) keys.add(k);
    return keys;
  }

  function strip(scope: string, segmentId: number) {
    const gone = hiddenIn(scope, segmentId);
    const list = queryClient.getQueryData<Asset[]>(assetKeys.segment(scope, segmentId));
    // Only a real change is written: every write is an update the cache tells its listeners (us) of.
    if (!list?.some((a) => gone.has(assetKey(a)))) return;
    queryClient.setQueryData<Asset[]>(assetKeys.segment(scope, segmentId), list.filter((a) => !gone.has(assetKey(a))));
  }

  /** A list arrived: drop what waits for its delete, and call off deletes of replaced files. */
  function reconcile(scope: string, segmentId: number, list: readonly Asset[]) {
    for (const p of [...pending.values()]) {
      if (p.scope !== scope || p.segmentId !== segmentId || p.sending) continue;
      for (const asset of list) {
        const seen = p.hidden.get(assetKey(asset));
        if (seen && seen.downloadUrl !== asset.downloadUrl) p.hidden.delete(assetKey(asset));
      }
      const imageGone = 'asset' in p.request && !p.hidden.has(assetKey(p.request.asset));
      if (imageGone || p.hidden.size === 0) {
        pending.delete(p.id);
        onSuperseded(p);
      }
    }
    strip(scope, segmentId);
  }

  function putBack(p: PendingDelete) {
    queryClient.setQueryData<Asset[]>(listKey(p), (list) => {
      if (!list) return list;
      const present = new Set(list.map(assetKey));
      return [...list, ...[...p.hidden.values()].filter((a) => !present.has(assetKey(a)))];
    });
  }

  async function calls(p: PendingDelete, keepalive: boolean) {
    const options = { keepalive };
    const assets = [...p.hidden.values()];
    if (!('asset' in p.request) && !keepalive) {
      // The server's list as it is now, not the cache: a colleague's upload during the window is
      // not the user's to delete. The segment's own call only when the server holds nothing else
      // (same names, same versions); else only what the user saw goes. (A page going away has no
      // time to ask: it deletes what the user saw.)
      const now = await listSegmentAssets(client, p.scope, p.segmentId).catch(() => null);
      if (now?.every((a) => p.hidden.get(assetKey(a))?.downloadUrl === a.downloadUrl)) {
        return deleteAllAssets(client, p.scope, p.segmentId, options);
      }
    }
    await Promise.all(assets.map((asset) => deleteAsset(client, p.scope, asset, options)));
  }

  return {
    /** Takes the assets out of the list now; returns what waits. */
    hide(scope: string, segmentId: number, request: DeleteRequest): PendingDelete {
      const list = queryClient.getQueryData<Asset[]>(assetKeys.segment(scope, segmentId)) ?? [];
      const leaving = 'asset' in request ? [request.asset, request.marks].filter((a): a is Asset => !!a) : [...list, ...request.all];
      const p: PendingDelete = { id: nextId++, scope, segmentId, request, hidden: new Map(leaving.map((a) => [assetKey(a), a])), sending: false };
      pending.set(p.id, p);
      void queryClient.cancelQueries({ queryKey: listKey(p) });
      strip(scope, segmentId);
      return p;
    },
    /** Undo: the assets come back; nothing was sent. */
    restore(id: number): boolean {
      const p = pending.get(id);
      if (!p || p.sending) return false;
      pending.delete(id);
      putBack(p);
      return true;
    },
    /**
     * Sends the calls. `keepalive`: the page is going away and they must outlive it. Resolves with
     * what was deleted (null if nothing waited); a failure puts the assets back and rejects.
     */
    async send(id: number, keepalive = false): Promise<PendingDelete | null> {
      const p = pending.get(id);
      if (!p || p.sending) return null;
      p.sending = true;
      try {
        await calls(p, keepalive);
      } catch (error) {
        pending.delete(id);
        putBack(p);
        void queryClient.invalidateQueries({ queryKey: assetKeys.scope(p.scope) });
        throw error;
      }
      // Hidden until the lists say so themselves (a fetch begun before the delete still has them).
      await queryClient.invalidateQueries({ queryKey: assetKeys.scope(p.scope) }).catch(() => undefined);
      pending.delete(id);
      return p;
    },
    waiting: (): PendingDelete[] => [...pending.values()].filter((p) => !p.sending),
    /** Keeps lists stripped while deletes wait; returns the way to stop. */
    watch(): () => void {
      return queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const [root, scope, kind, segmentId] = event.query.queryKey as unknown[];
        const list = event.query.state.data as Asset[] | undefined;
        if (root === 'assets' && kind === 'segment' && typeof scope === 'string' && typeof segmentId === 'number' && list) {
          reconcile(scope, segmentId, list);
        }
      });
    },
  };
}
