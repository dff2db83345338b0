import { createContext, useContext, type ReactNode } from 'react';
import type { SegmentText } from '../../domain/segment-text';
import type { SegmentStrings } from '../../domain/string-to-find';
import type { Asset } from '../../domain/asset';

export type PreviewAuth = 'headers' | 'cookie';

/** What "Copy link" copies for an asset: a link to the panel showing it, or the host's own. */
export type AssetLinkFn = (asset: Asset) => string | null | undefined | Promise<string | null | undefined>;

export interface GalleryOptions {
  /**
   * `headers` (default): previews are fetched with the auth headers into object URLs.
   * `cookie`: the host's session cookie authenticates, so download URLs are used directly once
   * their first bytes show a raster image or a video (and videos stream instead of loading whole).
   */
  previewAuth: PreviewAuth;
  /** No delete. */
  readOnly: boolean;
  /** Offer the marking tools (where marks can be written); marks are shown either way. */
  marking?: boolean;
  /** The document's segments with their texts (a segment source), for "Use for other segments". */
  segments?: readonly SegmentText[] | null;
  /** The shown segment's texts as the host gives them, for "Find the string" (before `segments`). */
  segmentText?: SegmentStrings | null;
  /** The scope's source language (its rights say which), where known. */
  sourceLocale?: string | null;
  /** What "Copy link" copies (a link to the panel, or the host's own); absent: no "Copy link". */
  assetLink?: AssetLinkFn | null;
  /** How long a confirmed delete waits for an Undo; 10 s when absent. */
  undoWindowMs?: number;
}

const GalleryOptionsContext = createContext<GalleryOptions>({ previewAuth: 'headers', readOnly: false });

export function GalleryOptionsProvider({ value, children }: { value: GalleryOptions; children: ReactNode }) {
  return <GalleryOptionsContext.Provider value={value}>{children}</GalleryOptionsContext.Provider>;
}

export function useGalleryOptions(): GalleryOptions {
  return useContext(GalleryOptionsContext);
}
