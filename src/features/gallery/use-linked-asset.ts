import { useEffect, useRef } from 'react';
import type { Asset } from '../../domain/asset';
import { findLinkedAsset, parseAssetParam } from '../../domain/asset-link';
import { useEventCallback } from '../../ui/use-event-callback';

interface LinkedAssetOptions {
  scope: string;
  segmentId: number;
  /** The link's `asset` value (`de:screens/shot.png`), or null. */
  openAsset: string | null;
  /** The segment's assets once listed (null while loading). */
  assets: readonly Asset[] | null;
  onFound: (asset: Asset) => void;
  /** The link names an asset the segment no longer has (`name`: what the link says). */
  onGone: (name: string) => void;
  onHandled?: () => void;
}

/**
 * A link to one asset is met once, when the segment's list is there: the asset is found (and
 * shown) or said to be gone. The same link for another segment is met again.
 */
export function useLinkedAsset({ scope, segmentId, openAsset, assets, onFound, onGone, onHandled }: LinkedAssetOptions): void {
  const handled = useRef<string | null>(null);
  const found = useEventCallback(onFound);
  const gone = useEventCallback(onGone);
  const done = useEventCallback(onHandled);
  useEffect(() => {
    const request = openAsset ? `${scope}|${segmentId}|${openAsset}` : null;
    if (!request || !assets || handled.current === request) return;
    handled.current = request;
    const address = parseAssetParam(openAsset);
    const asset = address && findLinkedAsset(assets, segmentId, address);
    if (asset) found(asset);
    else gone(address?.name ?? openAsset ?? '');
    done();
  }, [scope, segmentId, openAsset, assets, found, gone, done]);
}
