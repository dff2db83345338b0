import { useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { formatBytes } from '../../ui/format';
import { useI18n } from '../../ui/i18n/i18n';
import { useVirtualGrid } from '../../ui/use-virtual-grid';
import { uploadTotals, type UploadState, type UploadTotals } from './core/store';
import { useUploadKit } from './upload-context';
import { UploadItem } from './upload-item';
import { useRowsFollowAssets } from './use-rows-follow-assets';

/** Every item has this height (one line of name, the bar, one line of status): the list can be windowed. */
const UPLOAD_ITEM_HEIGHT = 74;
const GAP = 4;

interface ListView {
  /** On their way, waiting, failed or canceled: listed. */
  open: readonly string[];
  /** Folded into the overall line. */
  done: readonly string[];
  totals: UploadTotals;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const sameTotals = (a: UploadTotals, b: UploadTotals) => (Object.keys(a) as (keyof UploadTotals)[]).every((key) => a[key] === b[key]);

/**
 * What the list shows of the queue, worked out once per change of the store (one pass, not a
 * pass per selector and per render), and the same object while nothing it shows changed: a
 * drop of 1,000 files changes the store thousands of times.
 */
function createListView(): (state: UploadState) => ListView {
  let seen: { records: UploadState['records']; order: UploadState['order']; view: ListView } | null = null;
  return (state) => {
    if (seen && seen.records === state.records && seen.order === state.order) return seen.view;
    const open: string[] = [];
    const done: string[] = [];
    for (const id of state.order) (state.records.get(id)!.status === 'done' ? done : open).push(id);
    const totals = uploadTotals(state);
    const before = seen?.view;
    const view = before && sameIds(before.open, open) && sameIds(before.done, done) && sameTotals(before.totals, totals)
      ? before
      : {
        open: before && sameIds(before.open, open) ? before.open : open,
        done: before && sameIds(before.done, done) ? before.done : done,
        totals,
      };
    seen = { records: state.records, order: state.order, view };
    return view;
  };
}

/**
 * The uploads of this panel: an overall line, then one item per file on its way, waiting, failed
 * or canceled (failures stay until dismissed). Finished ones fold into the overall line ("3 of 3
 * uploaded … · Show"), which opens their list. Only the items near a list's view exist in the
 * DOM: a drop of 1,000 files renders a few dozen, not a thousand.
 */
export function UploadList() {
  const { t, language } = useI18n();
  const { throttledStore, runner } = useUploadKit();
  const [listView] = useState(createListView);
  const { open, done, totals } = useStore(throttledStore, listView);
  const [showDone, setShowDone] = useState(false);
  const doneListId = useId();
  useRowsFollowAssets();
  if (open.length === 0 && done.length === 0) return null;

  return (
    <div className="sap-uploads">
      <div className="sap-uploads-head">
        <p className="sap-uploads-summary">
          {t('upload.summary', {
            done: totals.done, files: totals.files, sent: formatBytes(totals.sentBytes, language), total: formatBytes(totals.bytes, language),
          })}
          {totals.failed > 0 && <> · <span className="sap-danger">{t('upload.summaryFailed', { count: totals.failed })}</span></>}
          {done.length > 0 && (
            <>
              {' \u00b7 '}
              <button
                type="button" className="sap-link" aria-expanded={showDone} aria-controls={doneListId}
                aria-label={showDone ? t('upload.hideFinishedName') : t('upload.showFinishedName')} onClick={() => setShowDone((s) => !s)}
              >
                {showDone ? t('upload.hideFinished') : t('upload.showFinished')}
              </button>
            </>
          )}
        </p>
        <div className="sap-actions">
          {totals.failed > 0 && <button type="button" onClick={() => runner.retryAllFailed()}>{t('upload.retryAll')}</button>}
          <button type="button" onClick={() => runner.clearFinished()}>{t('upload.clearFinished')}</button>
        </div>
      </div>
      {open.length > 0 && <UploadRows order={open} label={t('upload.list')} />}
      <div id={doneListId} hidden={!showDone || done.length === 0}>
        {showDone && done.length > 0 && <UploadRows order={done} label={t('upload.finishedList')} />}
      </div>
    </div>
  );
}

/** The items, windowed: mounted with its scroll box, so the measuring starts with the box. */
function UploadRows({ order, label }: { order: readonly string[]; label: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const range = useVirtualGrid(scroller, {
    count: order.length, columns: 1, minTileWidth: 1, gap: GAP, tileHeight: () => UPLOAD_ITEM_HEIGHT, overscan: 8,
  });
  return (
    <div ref={scroller} className="sap-upload-scroll">
      <ul
        aria-label={label}
        className="sap-upload-list"
        style={{
          paddingTop: range.firstRow * range.rowHeight,
          paddingBottom: Math.max(0, (range.totalRows - range.lastRow) * range.rowHeight),
        }}
      >
        {order.slice(range.firstRow, range.lastRow).map((id, i) => (
          <UploadItem key={id} id={id} position={range.firstRow + i + 1} count={order.length} />
        ))}
      </ul>
    </div>
  );
}
