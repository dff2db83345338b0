import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useApiClient } from '../api/client-context';
import { scopeRightsQuery } from '../api/scope-rights';
import { sameLocale } from '../domain/locale';
import { sourceTextOf, textIn, type SegmentText } from '../domain/segment-text';
import type { SegmentStrings } from '../domain/string-to-find';
import { useI18n } from '../ui/i18n/i18n';

interface SegmentHeaderProps {
  scope: string;
  segmentId: number;
  /** The document's segments with their texts, where a segment source gives them. */
  segments: readonly SegmentText[] | null;
  /** The host's texts of this segment (`segmentText`), where it gives them instead of a source. */
  strings?: SegmentStrings | null;
  /** The language the gallery shows (null: all or language-neutral): its text is the target. */
  targetLocale: string | null;
  /** Beside the title: the standalone app's way to change segment. */
  children?: ReactNode;
}

/**
 * Which segment the context is for, first thing in the panel: its ID, and its source and target
 * text when they are known (the scope's source language comes from its rights, the gallery's
 * cached call).
 */
export function SegmentHeader({ scope, segmentId, segments, strings = null, targetLocale, children }: SegmentHeaderProps) {
  const { t } = useI18n();
  const client = useApiClient();
  const rights = useQuery(scopeRightsQuery(client, scope));
  const segment = segments?.find((s) => s.segmentId === segmentId) ?? null;
  const sourceLocale = rights.data?.locales.find((l) => l.issrc)?.loc ?? null;
  let source = segment ? sourceTextOf(segment, sourceLocale) : null;
  let target = segment && targetLocale && !sameLocale(targetLocale, source?.locale) ? textIn(segment, targetLocale) : null;
  let shownTarget = targetLocale;
  if (!segment && strings) {
    source = { locale: sourceLocale ?? '', text: strings.source };
    target = strings.target ?? null;
    shownTarget = strings.targetLocale ?? targetLocale;
  }
  return (
    <header className="sap-panel-header">
      <div className="sap-panel-heading">
        <h2 className="sap-panel-title">{t('panel.segment', { segment: segmentId })}</h2>
        {children}
      </div>
      {(source || target !== null) && (
        <dl className="sap-panel-texts">
          {source && (
            <div>
              <dt>{source.locale}</dt>
              <dd lang={source.locale || undefined}><bdi>{source.text}</bdi></dd>
            </div>
          )}
          {target !== null && (
            <div className="sap-panel-target">
              <dt>{shownTarget}</dt>
              <dd lang={shownTarget ?? undefined}><bdi>{target}</bdi></dd>
            </div>
          )}
        </dl>
      )}
    </header>
  );
}
