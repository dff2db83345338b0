import type { QueryClient } from '@tanstack/react-query';
import { previewKeys } from '../../api/query-keys';

/**
 * Previews are fetched with the auth headers into object URLs (a raster image or a video, or an
 * SVG drawn as a PNG: load-preview.ts), cached by download URL (which never changes its bytes,
 * thanks to `v`). An object URL holds its blob in memory until revoked: this revokes it when
 * TanStack Query drops the entry (no tile showed it for a while) or the panel's cache is cleared.
 */
export function revokePreviewsOnRemoval(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'removed' || event.query.queryKey[0] !== previewKeys.all[0]) return;
    const src = (event.query.state.data as { src?: unknown } | undefined)?.src;
    if (typeof src === 'string' && src.startsWith('blob:')) URL.revokeObjectURL(src);
  });
}

/** Revokes every preview still cached (the panel is going away). */
export function revokeAllPreviews(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: previewKeys.all });
}
