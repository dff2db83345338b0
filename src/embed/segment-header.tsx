import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useApiClient } from '../api/client-context';
import { scopeRightsQuery } from '../api/scope-rights';
import { sameLocale } from '../domain/locale';
import { sourceTextOf, textIn, type SegmentText } from '../domain/segment-text';
import { useI18n } from '../ui/i18n/i18n';

interface SegmentHeaderProps {
  scope: string;
  segmentId: number;
  /** The document's segments with their texts, where a segment source gives them. */
  segments: readonly SegmentText[] | null;
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
export function SegmentHeader({ scope, segmentId, segments, targetLocale, children }: SegmentHeaderProps) {
  const { t } = useI18n();
  const client = useApiClient();
  const rights = useQuery(scopeRightsQuery(client, scope));
  const segment = segments?.find((s) => s.segmentId === segmentId) ?? null;
  const sourceLocale = rights.data?.locales.find((l) => l.issrc)?.loc ?? null;
  const source = segment ? sourceTextOf(segment, sourceLocale) : null;
  const target = segment && targetLocale && !sameLocale(targetLocale, source?.locale) ? textIn(segment, targetLocale) : null;
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
              <dd lang={source.locale}><bdi>{source.text}</bdi></dd>
            </div>
          )}
          {target !== null && (
            <div className="sap-panel-target">
              <dt>{targetLocale}</dt>
              <dd lang={targetLocale ?? undefined}><bdi>{target}</bdi></dd>
            </div>
          )}
        </dl>
      )}
    </header>
  );
}
