import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Asset } from '../../domain/asset';
import { fileExtension, fileKind } from '../../domain/file-kind';
import { useI18n } from '../../ui/i18n/i18n';
import { mayBePdf } from './pdf/pdf-query';
import { usePdfFirstPage } from './pdf/use-pdf-first-page';
import { useAssetPreview } from './use-asset-preview';
import { useNearViewport } from './use-near-viewport';

/** Each thumbnail's box and the gap after it, in CSS pixels: fixed, so only those in view need to exist. */
const ITEM = 64;
const STEP = ITEM + 6;
/** Rendered beyond the view on each side, so a short scroll shows thumbnails at once. */
const OVERSCAN = 4;

/** A strip thumbnail: the same previews as the tiles (and their cache), loaded once it stays in view. */
function StripThumb({ asset }: { asset: Asset }) {
  const box = useRef<HTMLSpanElement>(null);
  const near = useNearViewport(box, '0px');
  const declared = fileKind(asset.contentType, asset.name);
  const preview = useAssetPreview(asset, near && declared !== 'other', 'tile');
  const sniffed = preview.status === 'none' ? preview.sniffed : undefined;
  const pdf = usePdfFirstPage(asset, near && mayBePdf(asset, sniffed));
  let content;
  if (preview.status === 'ready' && preview.kind === 'image') content = <img src={preview.src} alt="" draggable={false} />;
  else if (preview.status === 'ready') content = <video src={preview.src} muted preload="metadata" aria-hidden="true" tabIndex={-1} />;
  else if (pdf.status === 'ready' && pdf.page.kind === 'image') content = <img src={pdf.page.src} alt="" draggable={false} />;
  else content = <span className="sap-strip-type">{fileExtension(asset.name).toUpperCase().slice(0, 4) || '?'}</span>;
  return <span ref={box} className="sap-strip-thumb" aria-hidden="true">{content}</span>;
}

interface LightboxStripProps {
  assets: readonly Asset[];
  index: number;
  onSelect(index: number): void;
}

/**
 * Thumbnails of the assets the gallery's filter shows, the current one marked: a click, or the
 * arrow keys, Home and End, jump there. One tab stop (a roving tabindex); only the thumbnails in
 * view exist, so a segment with 1,000 assets costs a few dozen.
 */
export function LightboxStrip({ assets, index, onSelect }: LightboxStripProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const focusNext = useRef(false);
  const [range, setRange] = useState({ first: 0, last: 24 });

  const measure = () => {
    const element = scroller.current;
    if (!element) return;
    const first = Math.max(0, Math.floor(element.scrollLeft / STEP) - OVERSCAN);
    const last = Math.min(assets.length - 1, Math.ceil((element.scrollLeft + element.clientWidth) / STEP) + OVERSCAN);
    setRange((old) => (old.first === first && old.last === last ? old : { first, last }));
  };

  // The current thumbnail scrolls into view (as little as needed), and takes the focus after a key.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) {
      const left = index * STEP;
      if (left < element.scrollLeft) element.scrollLeft = left;
      else if (left + ITEM > element.scrollLeft + element.clientWidth) element.scrollLeft = left + ITEM - element.clientWidth;
    }
    measure();
    if (focusNext.current) {
      focusNext.current = false;
      buttons.current.get(index)?.focus({ preventScroll: true });
    }
    // measure reads the DOM only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, assets.length]);

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: assets.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    // The strip's arrows are its own: the lightbox would pan a zoomed picture with them.
    event.stopPropagation();
    event.preventDefault();
    if (next < 0 || next >= assets.length || next === index) return;
    focusNext.current = true;
    onSelect(next);
  }

  const shown = new Set<number>([index]);
  for (let i = range.first; i <= range.last; i += 1) shown.add(i);
  return (
    <div ref={scroller} role="toolbar" aria-label={t('lightbox.strip')} className="sap-lightbox-strip" onScroll={measure} onKeyDown={onKeyDown}>
      <div className="sap-strip-track" style={{ width: `${assets.length * STEP}px`, height: `${ITEM}px` }}>
        {[...shown].filter((i) => i < assets.length).map((i) => (
          <button
            key={assets[i]!.downloadUrl}
            ref={(element) => {
              if (element) buttons.current.set(i, element);
              else buttons.current.delete(i);
            }}
            type="button"
            className="sap-strip-item"
            style={{ left: `${i * STEP}px`, width: `${ITEM}px`, height: `${ITEM}px` }}
            tabIndex={i === index ? 0 : -1}
            aria-current={i === index ? 'true' : undefined}
            aria-label={t('lightbox.stripItem', { name: assets[i]!.name, index: i + 1, count: assets.length })}
            onClick={() => onSelect(i)}
          >
            <StripThumb asset={assets[i]!} />
          </button>
        ))}
      </div>
    </div>
  );
}
