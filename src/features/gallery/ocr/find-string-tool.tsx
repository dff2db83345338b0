import { useEffect, useId, useState } from 'react';
import type { Rect } from '../../../domain/mark-geometry';
import { useI18n } from '../../../ui/i18n/i18n';
import { SearchControls } from './search-controls';
import { useTextSearch } from './use-find-string';

export interface FindStringToolProps {
  /** The string to look for: the segment's text in the image's language. */
  text: string;
  /** The image's language (which model reads it); null: language-neutral, read as the source language. */
  locale: string | null;
  picture: () => Promise<Blob>;
  /** Shows these places over the image (dashed) while they wait for a decision. */
  onPropose(places: readonly Rect[]): void;
  /** Adds accepted places as marks; answers the new marks' numbers (1-based). */
  onAccept(places: readonly Rect[]): number[];
  /** Starts finding at once (a screenshot just dropped with "Find my segment's string" on). */
  autoStart?: boolean;
}

/**
 * "Find the string" inside the marking editor: reads the image, proposes each place where the
 * segment's text is, with how sure it is; the person accepts (it becomes a mark like a drawn one,
 * saved only with "Save marks") or rejects each. Progress and outcome are said in a live region.
 */
export function FindStringTool({ text, locale, picture, onPropose, onAccept, autoStart = false }: FindStringToolProps) {
  const { t } = useI18n();
  // The matching loads with the first search too: the panel's first load holds none of it.
  const find = useTextSearch(picture, locale, async (page) => (await import('../../../domain/find-string')).findString(page, text));
  // The places decided on (accepted or rejected) in the current search's results.
  const [decided, setDecided] = useState<ReadonlySet<number>>(new Set());
  const [said, setSaid] = useState('');
  const helpId = useId();
  const { state } = find;

  const pending = new Map(state.kind === 'found' ? state.occurrences.flatMap((o, i) => (decided.has(i) ? [] : [[i, o.box] as const])) : []);
  const shown = [...pending.values()];
  const shownKey = JSON.stringify(shown);
  useEffect(() => onPropose(JSON.parse(shownKey) as Rect[]), [shownKey, onPropose]);
  useEffect(() => () => onPropose([]), [onPropose]);

  const start = () => {
    setDecided(new Set());
    setSaid('');
    void find.start();
  };
  // When the tool opens for a dropped screenshot: once, in a task of its own (a strict-mode
  // remount clears the first before it runs).
  useEffect(() => {
    if (!autoStart) return;
    const soon = setTimeout(start);
    return () => clearTimeout(soon);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const decide = (indexes: number[], accept: boolean) => {
    const places = indexes.map((i) => pending.get(i)).filter((p): p is Rect => !!p);
    const numbers = accept ? onAccept(places) : [];
    setDecided(new Set([...decided, ...indexes]));
    setSaid(indexes.map((i, k) => (accept ? t('ocr.accepted', { index: i + 1, mark: numbers[k] ?? '' }) : t('ocr.rejected', { index: i + 1 }))).join(' '));
  };

  const outcome = state.kind !== 'found' ? said
    : state.occurrences.length === 0 ? t('ocr.none')
      : `${t('ocr.found', { count: state.occurrences.length })}${said ? ` ${said}` : ''}`;

  return (
    <div className="sap-ocr" role="group" aria-label={t('ocr.find')}>
      <p id={helpId} className="sap-small sap-muted">{t('ocr.findHelp', { text: text.length > 80 ? `${text.slice(0, 80)}\u2026` : text })}</p>
      <SearchControls state={state} label={t('ocr.find')} describedBy={helpId} onStart={start} onCancel={find.cancel} outcome={outcome} />
      {state.kind === 'found' && pending.size > 0 && (
        <>
          <ol className="sap-ocr-places">
            {state.occurrences.map((occurrence, i) => pending.has(i) && (
              <li key={i}>
                <span>{t('ocr.proposal', { index: i + 1, percent: Math.round(occurrence.confidence * 100) })}</span>
                <button type="button" onClick={() => decide([i], true)}>{t('ocr.accept', { index: i + 1 })}</button>
                <button type="button" onClick={() => decide([i], false)}>{t('ocr.reject', { index: i + 1 })}</button>
              </li>
            ))}
          </ol>
          {pending.size > 1 && <button type="button" onClick={() => decide([...pending.keys()], true)}>{t('ocr.acceptAll')}</button>}
        </>
      )}
    </div>
  );
}
