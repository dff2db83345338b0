import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { assetKey, type Asset } from '../../domain/asset';
import { useUploadKit } from './upload-context';

/**
 * A finished upload's row leaves when its asset leaves its segment's list (deleted here, or by
 * someone else and noticed by a refetch): "Uploaded" about a file that is gone helps nobody.
 * Read from the query cache, where a delete shows at once (the gallery's tiles leave there too).
 */
export function useRowsFollowAssets(): void {
  const queryClient = useQueryClient();
  const { store, runner } = useUploadKit();
  useEffect(() => {
    const seen = new Map<string, Set<string>>();
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const [root, scope, kind] = event.query.queryKey as unknown[];
      const list = event.query.state.data as Asset[] | undefined;
      if (root !== 'assets' || kind !== 'segment' || !list) return;
      const now = new Set(list.map(assetKey));
      const before = seen.get(event.query.queryHash);
      seen.set(event.query.queryHash, now);
      if (!before) return;
      const gone = new Set([...before].filter((key) => !now.has(key)));
      if (gone.size === 0) return;
      const { order, records } = store.getState();
      for (const id of order) {
        const record = records.get(id)!;
        if (record.status === 'done' && record.asset && record.target.scope === scope && gone.has(assetKey(record.asset))) runner.dismiss(id);
      }
    });
  }, [queryClient, store, runner]);
}
