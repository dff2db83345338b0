import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { ErrorNotice } from '../../ui/error-notice';
import { useI18n } from '../../ui/i18n/i18n';
import { indexForKey } from './listbox-keys';
import { pageBounds, pageOfIndex } from './paging';
import { SegmentOption } from './segment-option';
import { SegmentPager } from './segment-pager';
import type { SegmentText } from '../../domain/segment-text';
import { useSegmentCounts } from './use-segment-counts';
import { useShownPage } from './use-shown-page';
import { useSourceLocale } from './use-source-locale';
import './segment-list.css';

export type { SegmentText } from '../../domain/segment-text';

export interface SegmentListProps {
  scope: string;
  /** The segments in document order, with their texts by language code. */
  segments: readonly SegmentText[];
  selectedId: number | null;
  /** Called on a click and on Up, Down, Home, End, Page Up, Page Down: the gallery follows at once. */
  onSelect: (segmentId: number) => void;
  /** Segments per page, and so per list call (default 10). */
  pageSize?: number;
  /** The language translated from; absent: the scope's source language. */
  sourceLocale?: string;
  /** Shown below the source text when given and not the source language. */
  targetLocale?: string | null;
}

/**
 * The segments of a document, a page at a time, each with its source text and its asset counts
 * per language. A listbox whose selection follows the keys: Up and Down move through the
 * segments and turn the page at its ends.
 */
export function SegmentList(props: SegmentListProps) {
  const { scope, segments, selectedId, onSelect, pageSize = 10, sourceLocale, targetLocale = null } = props;
  const { t } = useI18n();
  const id = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const total = segments.length;
  const selectedIndex = segments.findIndex((segment) => segment.segmentId === selectedId);
  const { page, turnTo } = useShownPage({ selectedId, selectedIndex, total, pageSize });
  const { start, end } = pageBounds(page, total, pageSize);
  const shown = segments.slice(start, end);
  const counts = useSegmentCounts(scope, shown.map((segment) => segment.segmentId));
  const source = useSourceLocale(scope, sourceLocale);
  const optionId = (segmentId: number) => `${id}-segment-${segmentId}`;
  const activeId = selectedId !== null && selectedIndex >= start && selectedIndex < end ? optionId(selectedId) : undefined;

  // Long texts can push the selected row out of sight: keep it in view while the keys move it.
  useEffect(() => {
    if (!activeId || document.activeElement !== listRef.current) return;
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = indexForKey(event.key, { selectedIndex, page, pageSize, total });
    if (index === null) return;
    event.preventDefault();
    const next = segments[index]!;
    if (next.segmentId !== selectedId) onSelect(next.segmentId);
    else turnTo(pageOfIndex(index, pageSize));
  }

  return (
    <div className="sap-segments">
      <h2 id={`${id}-heading`} className="sap-segments-heading">{t('segments.label')}</h2>
      {total === 0 ? <p className="sap-muted">{t('segments.empty')}</p> : (
        <>
          <p id={`${id}-hint`} className="sap-muted sap-small">{t('segments.keysHint')}</p>
          <ul
            ref={listRef}
            role="listbox"
            tabIndex={0}
            aria-labelledby={`${id}-heading`}
            aria-describedby={`${id}-hint`}
            aria-activedescendant={activeId}
            className="sap-segment-list"
            onKeyDown={onKeyDown}
          >
            {shown.map((segment) => (
              <SegmentOption
                key={segment.segmentId}
                id={optionId(segment.segmentId)}
                segment={segment}
                selected={segment.segmentId === selectedId}
                sourceLocale={source}
                targetLocale={targetLocale}
                counts={counts.data ? counts.data.get(segment.segmentId) ?? [] : undefined}
                onSelect={onSelect}
              />
            ))}
          </ul>
          <SegmentPager page={page} pageSize={pageSize} total={total} onTurn={turnTo} />
          {counts.isPending && <p role="status" className="sap-muted sap-small">{t('segments.loadingCounts')}</p>}
          {counts.isError && <ErrorNotice error={counts.error} onRetry={() => void counts.refetch()} />}
        </>
      )}
    </div>
  );
}
