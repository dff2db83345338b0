import { useEffect, useId, useRef } from 'react';
import { assetKey, type Asset } from '../../domain/asset';
import { useI18n } from '../../ui/i18n/i18n';
import { useVirtualGrid } from '../../ui/use-virtual-grid';
import { AssetTile, type TileActions } from './asset-tile';
import { useRovingGrid } from './use-roving-grid';

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
  /** Set to bring that asset's tile into view and focus it (after the lightbox). */
  focusRequest: { index: number; seq: number } | null;
}

/**
 * The assets as a windowed grid (role `grid`): rows exist only near the view, and the whole grid
 * is one tab stop (see useRovingGrid).
 */
export function GalleryGrid({ assets, posters, marksOf, actions, languageNames, focusRequest }: GalleryGridProps) {
  const { t } = useI18n();
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const gridElement = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const layout = useVirtualGrid(scroller, {
    count: assets.length,
    minTileWidth: MIN_TILE_WIDTH,
    gap: GAP,
    tileHeight: (width) => width * 0.75 + META_HEIGHT,
  });
  const { columns, rowHeight, firstRow, lastRow, totalRows } = layout;

  // An invisible box over the row, scrolled into view by whichever container scrolls the grid.
  const scrollToIndex = (index: number) => {
    const box = probe.current;
    if (!box) return;
    box.style.top = `${Math.floor(index / columns) * rowHeight}px`;
    box.style.height = `${rowHeight - GAP}px`;
    box.scrollIntoView?.({ block: 'nearest' });
  };

  const first = firstRow * columns;
  const last = Math.min(assets.length, lastRow * columns);
  const roving = useRovingGrid({
    assets,
    grid: gridElement,
    columns,
    pageRows: Math.max(1, Math.floor(layout.viewHeight / rowHeight)),
    first,
    last,
    scrollToIndex,
    onOpen: actions.open,
    onDelete: actions.remove,
  });

  useEffect(() => {
    if (focusRequest && assets[focusRequest.index]) roving.focusIndex(focusRequest.index);
    // Only a new request moves focus; layout changes alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const rows = Array.from({ length: lastRow - firstRow }, (_, i) => firstRow + i);
  return (
    <div ref={scroller} className="sap-grid-scroll" data-testid="gallery-scroll">
      <div ref={probe} className="sap-grid-probe" aria-hidden="true" />
      <div
        ref={gridElement}
        role="grid"
        aria-label={t('assets.label')}
        aria-describedby={hintId}
        aria-rowcount={totalRows}
        aria-colcount={columns}
        tabIndex={-1}
        className="sap-grid"
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
        style={{
          gridAutoRows: `${rowHeight - GAP}px`,
          gap: `${GAP}px`,
          paddingTop: firstRow * rowHeight,
          // The rows below the window keep the scroll height true; the last rendered row has no gap after it.
          paddingBottom: Math.max(0, (totalRows - lastRow) * rowHeight),
        }}
      >
        {rows.map((row) => (
          <div key={row} role="row" aria-rowindex={row + 1} className="sap-grid-row" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, columnGap: GAP }}>
            {assets.slice(row * columns, Math.min(assets.length, (row + 1) * columns)).map((asset, i) => {
              const key = assetKey(asset);
              const index = row * columns + i;
              return (
                <AssetTile
                  key={key}
                  asset={asset}
                  index={index}
                  column={i + 1}
                  tabbable={index === roving.tabbable}
                  lostFocus={roving.lostFocus}
                  poster={posters.get(key) ?? null}
                  marks={marksOf.get(key) ?? null}
                  actions={actions}
                  languageNames={languageNames}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p id={hintId} hidden>{t('gallery.keysHint')}{actions.remove ? ` ${t('gallery.keysHintDelete')}` : ''}</p>
    </div>
  );
}
