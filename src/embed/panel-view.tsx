import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiClientProvider } from '../api/client-context';
import type { ApiClient } from '../api/client';
import { createPanelQueryClient } from '../api/query-client';
import { segmentAssetsQuery } from '../api/list-assets';
import { scopeRightsQuery } from '../api/scope-rights';
import { assetKey, type Asset } from '../domain/asset';
import { fileKind } from '../domain/file-kind';
import { isMarksAsset } from '../domain/marks-index';
import type { SegmentText } from '../domain/segment-text';
import type { SegmentStrings } from '../domain/string-to-find';
import { ignoredLocaleParam, localeFilterFromParam, uploadLocaleFor } from '../features/gallery/filter';
import { Gallery, offeredLocales } from '../features/gallery/gallery';
import { GalleryOptionsProvider, type AssetLinkFn, type PreviewAuth } from '../features/gallery/gallery-options';
import { revokeAllPreviews, revokePreviewsOnRemoval } from '../features/gallery/preview-cache';
import { ProposeAfterDropSetting, useProposeAfterDrop } from '../features/gallery/ocr/propose-after-drop';
import { UploadProvider, type UploadOptions } from '../features/upload/upload-context';
import { MarksSaving } from './marks-saving';
import { SegmentHeader } from './segment-header';
import { useTextOfSegment } from './use-text-of-segment';
import type { MarksSaved } from './options';
import { UploadSection } from '../features/upload/upload-section';
import { I18nProvider, useI18n, type UiLanguage } from '../ui/i18n/i18n';
import { ToastProvider, ToastRegion } from '../ui/toasts';

/** Files listed within this of each other came from one drop (or paste, or pick). */
const SAME_DROP_MS = 2000;

export interface PanelViewProps extends UploadOptions {
  client: ApiClient;
  /**
   * The query cache, read once at mount: the standalone app shares its own with the segment list,
   * so uploads and deletes invalidate the list's counts too. Absent: the panel makes its own.
   */
  queryClient?: QueryClient;
  scope: string;
  segmentId: number;
  /** The gallery's language: a code, `neutral`, or null / `all` for all languages. */
  locale?: string | null;
  /** Given: the language is the caller's state (e.g. the URL). Absent: the panel keeps its own. */
  onLocaleChange?: (locale: string | null) => void;
  /** The scope's languages to offer (filter and upload); all of them when absent. */
  languages?: readonly string[] | null;
  language?: UiLanguage;
  /** No upload, no delete. */
  readOnly?: boolean;
  previewAuth?: PreviewAuth;
  /** Offer the marking tools ("Mark the string") where marks can be written; default true. Marks show either way. */
  marking?: boolean;
  /** The document's segments with their texts, for "Use for other segments" (IDs are typed without). */
  segments?: readonly SegmentText[] | null;
  /** This segment's texts from the host, for "Find the string" (wins over `segments`). */
  segmentText?: SegmentStrings | null;
  /** Marks written or cleared (through the upload queue / a delete). */
  onMarksSaved?: (saved: MarksSaved) => void;
  onDeleted?: (assets: Asset[]) => void;
  onError?: (error: unknown) => void;
  /** Beside the segment's title in the panel's header (the standalone app's "Change segment"). */
  headerActions?: ReactNode;
  /** What "Copy link" copies; absent: the panel offers no "Copy link" (a download URL helps nobody). */
  assetLink?: AssetLinkFn | null;
  /** An asset to open once the list has it, as a link names it (`de:screens/shot.png`); see domain/asset-link. */
  openAsset?: string | null;
  onOpenAssetHandled?: () => void;
  /** How long a confirmed delete waits for an Undo (default 10 s; tests shorten it). */
  undoWindowMs?: number;
  /** The default of "Find my segment's string on screenshots I drop" until the person chooses (off when absent). */
  proposeAfterDrop?: boolean;
}

/**
 * One segment's asset panel over a ready API client. Each instance owns its upload queue and,
 * unless given one, its query cache (and so its previews): two embedded panels on one page never
 * share data. The standalone app uses it directly, with the cache it shares with its segment
 * list; hosts use AssetPanel, mountAssetPanel, the custom element or the iframe.
 */
export function PanelView({ language = 'en', ...props }: PanelViewProps) {
  return (
    <I18nProvider language={language}>
      <PanelBody {...props} />
    </I18nProvider>
  );
}

function PanelBody(props: Omit<PanelViewProps, 'language'>) {
  const {
    client, queryClient: givenQueryClient, scope, segmentId, readOnly = false, previewAuth = 'headers', marking = true, segments = null, segmentText: givenText = null, languages = null, onLocaleChange, onMarksSaved, onDeleted, onError, headerActions,
    assetLink = null, openAsset = null, onOpenAssetHandled, undoWindowMs, proposeAfterDrop = false, ...uploadOptions
  } = props;
  const { t, language } = useI18n();
  const segmentText = useTextOfSegment(givenText, segmentId);
  const [queryClient] = useState(() => givenQueryClient ?? createPanelQueryClient());
  const [ownLocale, setOwnLocale] = useState<string | null>(props.locale ?? null);
  // The scope's languages, and those the segment's assets have (the gallery's queries, one
  // cache), decide which requested language is followed: another one falls back to all
  // languages, and says so. The upload language is the scope's alone (see UploadSection).
  const rights = useQuery(scopeRightsQuery(client, scope), queryClient);
  const list = useQuery(segmentAssetsQuery(client, scope, segmentId), queryClient);
  const scopeLocales = rights.data && (list.data || list.isError)
    ? [...offeredLocales(rights.data.locales, languages).map((l) => l.loc), ...(list.data ?? []).flatMap((a) => (a.locale ? [a.locale] : []))]
    : null;
  const requested = onLocaleChange ? props.locale : ownLocale;
  const localeFilter = localeFilterFromParam(requested, scopeLocales);
  const ignored = ignoredLocaleParam(requested, scopeLocales);
  const changeLocale = (next: string) => {
    const value = next === 'all' ? null : next;
    if (onLocaleChange) onLocaleChange(value);
    else setOwnLocale(value);
  };

  useEffect(() => {
    const stop = revokePreviewsOnRemoval(queryClient);
    return () => {
      revokeAllPreviews(queryClient);
      stop();
    };
  }, [queryClient]);

  // "Find my segment's string on screenshots I drop": where the segment's text can be known and marks written.
  const findable = marking && (!!segmentText || !!segments);
  const [findAfterDrop] = useProposeAfterDrop(proposeAfterDrop);
  const [findAfterUpload, setFindAfterUpload] = useState<{ key: string; seq: number } | null>(null);
  // Only what this person just dropped: not uploads resumed after a reload (made before this
  // panel), and of several images of one drop (made together), the first to arrive.
  const [mountedAt] = useState(() => Date.now());
  const proposedFor = useRef<number | null>(null);
  const onUploaded: UploadOptions['onUploaded'] = (asset, record) => {
    uploadOptions.onUploaded?.(asset, record);
    if (!findable || !findAfterDrop || asset.segmentId !== segmentId || record.target.scope !== scope) return;
    if (isMarksAsset(asset) || fileKind(asset.contentType, asset.name) !== 'image') return;
    if (record.createdAt < mountedAt) return;
    if (proposedFor.current !== null && Math.abs(record.createdAt - proposedFor.current) < SAME_DROP_MS) return;
    proposedFor.current = record.createdAt;
    setFindAfterUpload((last) => ({ key: assetKey(asset), seq: (last?.seq ?? 0) + 1 }));
  };

  const gallery = (
    <Gallery
      scope={scope} segmentId={segmentId} locale={localeFilter} onLocaleChange={changeLocale} languages={languages}
      onDeleted={onDeleted} onError={onError} openAsset={openAsset} onOpenAssetHandled={onOpenAssetHandled} findAfterUpload={findAfterUpload}
    />
  );
  // First the segment the context is for; the whole panel takes drops (see UploadSection).
  const header = (
    <>
      <SegmentHeader scope={scope} segmentId={segmentId} segments={segments} strings={segmentText} targetLocale={uploadLocaleFor(localeFilter)}>{headerActions}</SegmentHeader>
      {ignored && (
        <p role="status" className="sap-muted sap-small">
          {t('gallery.unknownLocale', { value: ignored.length > 40 ? `${ignored.slice(0, 40)}\u2026` : ignored })}
        </p>
      )}
    </>
  );
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <GalleryOptionsProvider value={{ previewAuth, readOnly, marking, segments, segmentText, sourceLocale: rights.data?.locales.find((l) => l.issrc)?.loc ?? null, assetLink, undoWindowMs }}>
          <ToastProvider>
            <section className="sap-panel" lang={language} aria-label={t('panel.label', { segment: segmentId })}>
              {readOnly ? <div className="sap-panel-body">{header}{gallery}</div> : (
                <UploadProvider {...uploadOptions} onUploaded={onUploaded} onError={onError}>
                  <UploadSection
                    scope={scope} segmentId={segmentId} galleryLocale={uploadLocaleFor(localeFilter)} languages={languages}
                    settings={findable && <ProposeAfterDropSetting hostDefault={proposeAfterDrop} />}
                  >
                    {header}
                    <MarksSaving scope={scope} onSaved={onMarksSaved}>{gallery}</MarksSaving>
                  </UploadSection>
                </UploadProvider>
              )}
              <ToastRegion />
            </section>
          </ToastProvider>
        </GalleryOptionsProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
