import { useEffect, useRef } from 'react';
import { assetKey, type Asset } from '../../domain/asset';
import { useI18n } from '../../ui/i18n/i18n';
import { AssetTile, type TileActions } from './asset-tile';
import { useVirtualGrid } from '../../ui/use-virtual-grid';

const MIN_TILE_WIDTH = 190;
const GAP = 12;
/** Name, badges, size and date, actions: the fixed text part of a tile under its 4:3 preview. */
const META_HEIGHT = 104;

interface GalleryGridProps {
  assets: readonly Asset[];
  posters: ReadonlyMap<string, Asset>;
  /** Each image's marks file, by the image's `assetKey`. */
  marksOf: ReadonlyMap<string, Asset>;
  actions: TileActions;
  languageNames: Record<string, string>;
  /** Set to bring that asset's tile into view and focus its open button (after the lightbox). */
  focusRequest: { index: number; seq: number } | null;
  idPrefix: string;
}

/** The id of a tile's open button, from the asset or its `assetKey()`. */
export function openButtonId(prefix: string, asset: Asset | string): string {
  const key = typeof asset === 'string' ? asset : assetKey(asset);
  return `${prefix}-open-${encodeURIComponent(key).replace(/%/g, '_')}`;
}

/** The assets as a windowed grid: a list whose items exist only near the view. */
export function GalleryGrid({ assets, posters, marksOf, actions, languageNames, focusRequest, idPrefix }: GalleryGridProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useVirtualGrid(scroller, {
    count: assets.length,
    minTileWidth: MIN_TILE_WIDTH,
    gap: GAP,
    tileHeight: (width) => width * 0.75 + META_HEIGHT,
  });

  useEffect(() => {
    if (!focusRequest || !scroller.current) return;
    const asset = assets[focusRequest.index];
    if (!asset) return;
    const row = Math.floor(focusRequest.index / grid.columns);
    const element = scroller.current;
    const top = row * grid.rowHeight;
    if (top < element.scrollTop || top + grid.rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top;
    // The row renders on the next frame when it was outside the window.
    const frame = requestAnimationFrame(() => document.getElementById(openButtonId(idPrefix, asset))?.focus());
    return () => cancelAnimationFrame(frame);
    // Only a new request moves focus; layout changes alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const first = grid.firstRow * grid.columns;
  const last = Math.min(assets.length, grid.lastRow * grid.columns);
  const rows = grid.lastRow - grid.firstRow;
  return (
    <div ref={scroller} className="sap-grid-scroll" data-testid="gallery-scroll">
      <ul
        aria-label={t('assets.label')}
        className="sap-grid"
        style={{
          gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`,
          gridAutoRows: `${grid.rowHeight - GAP}px`,
          gap: `${GAP}px`,
          paddingTop: grid.firstRow * grid.rowHeight,
          // The rows below the window keep the scroll height true; the last rendered row has no gap after it.
          paddingBottom: Math.max(0, (grid.totalRows - grid.firstRow - rows) * grid.rowHeight),
        }}
      >
        {assets.slice(first, last).map((asset, i) => {
          const key = assetKey(asset);
          return (
            <li key={key} aria-setsize={assets.length} aria-posinset={first + i + 1} className="sap-grid-item">
              <AssetTile
                asset={asset}
                poster={posters.get(key) ?? null}
                marks={marksOf.get(key) ?? null}
                actions={actions}
                languageNames={languageNames}
                openButtonId={openButtonId(idPrefix, key)}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
