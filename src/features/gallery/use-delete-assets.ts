import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { deleteAllAssets, deleteAsset } from '../../api/delete-asset';
import { assetKeys } from '../../api/query-keys';
import { assetKey, type Asset } from '../../domain/asset';
import type { DeleteRequest } from './delete-dialogs';

interface DeleteCallbacks {
  /** `all`: the segment's delete-all call, not one file. */
  onDeleted?: (assets: Asset[], all: boolean) => void;
  onFailed?: (error: unknown, assets: Asset[], all: boolean) => void;
}

/**
 * Deletes one asset or all of a segment's. The gallery updates at once (the tiles leave the
 * cache); a failed delete puts them back and says why.
 */
export function useDeleteAssets(scope: string, segmentId: number, callbacks: DeleteCallbacks = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const key = assetKeys.segment(scope, segmentId);

  return useMutation({
    mutationFn: async (target: DeleteRequest) => {
      if ('asset' in target) {
        await deleteAsset(client, scope, target.asset);
        // The image's marks go with it (a marks file without its image would be ignored anyway).
        if (target.marks) await deleteAsset(client, scope, target.marks);
      } else {
        await deleteAllAssets(client, scope, segmentId);
      }
    },
    onMutate: async (target) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Asset[]>(key);
      const gone = 'asset' in target ? new Set([target.asset, target.marks].filter((a) => !!a).map((a) => assetKey(a!))) : null;
      queryClient.setQueryData<Asset[]>(key, (list) => (gone ? list?.filter((a) => !gone.has(assetKey(a))) : []));
      return { before };
    },
    onError: (error, target, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      callbacks.onFailed?.(error, 'asset' in target ? [target.asset] : target.all, !('asset' in target));
    },
    onSuccess: (_, target) => callbacks.onDeleted?.('asset' in target ? [target.asset] : target.all, !('asset' in target)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assetKeys.scope(scope) }),
  });
}
