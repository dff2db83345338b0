import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useApiClient } from '../../api/client-context';
import { isApiError } from '../../api/errors';
import { segmentAssetsQuery } from '../../api/list-assets';
import { scopeRightsQuery, type ScopeLocale } from '../../api/scope-rights';
import { assetKey, type Asset } from '../../domain/asset';
import { sameLocale } from '../../domain/locale';
import { separateMarks } from '../../domain/marks-index';
import { ErrorNotice } from '../../ui/error-notice';
import { useI18n } from '../../ui/i18n/i18n';
import { useToasts } from '../../ui/toasts';
import { errorText } from '../../ui/user-message';
import { useEventCallback } from '../../ui/use-event-callback';
import type { TileActions } from './asset-tile';
import { DeleteDialogs, type DeleteRequest } from './delete-dialogs';
import { copyAssetLink, saveAsset } from './download';
import { ALL, countByLocale, DEFAULT_FILTER, filterAssets, NEUTRAL, type GalleryFilter } from './filter';
import { useGalleryOptions } from './gallery-options';
import { GalleryGrid } from './gallery-grid';
import { GalleryToolbar } from './gallery-toolbar';
import { NeutralHiddenNote } from './neutral-hidden-note';
import { PreviewsHeld, useListStreaming } from './previews-held';
import { findPosters } from './posters';
import { useDeleteAssets } from './use-delete-assets';
import { useLinkedAsset } from './use-linked-asset';

// Opened on demand: its code loads with the first click, not with the panel.
const Lightbox = lazy(() => import('./lightbox').then((m) => ({ default: m.Lightbox })));

export interface GalleryProps {
  scope: string;
  segmentId: number;
  /** `all`, `neutral` or a language code. */
  locale: string;
  onLocaleChange: (locale: string) => void;
  /** The scope's languages to offer; all of them when null. */
  languages?: readonly string[] | null;
  onDeleted?: (assets: Asset[]) => void;
  onError?: (error: unknown) => void;
  /** An asset to open, as a link names it (`?asset=de:screens/shot.png`): its lightbox opens once the list has it. */
  openAsset?: string | null;
  /** The linked asset was opened, or said to be gone. */
  onOpenAssetHandled?: () => void;
  /**
   * An image just dropped on this segment (its `assetKey`; `seq` tells one drop from the next),
   * with "Find my segment's string" on: once listed, it opens in the marking editor with "Find
   * the string" running, unless a lightbox is open already (the person is busy there).
   */
  findAfterUpload?: { key: string; seq: number } | null;
}

/** A segment's assets by language: previews, a closer look, download, copy link, delete. */
export function Gallery({
  scope, segmentId, locale, onLocaleChange, languages: offered = null, onDeleted, onError, openAsset = null, onOpenAssetHandled, findAfterUpload = null,
}: GalleryProps) {
  const { t, language } = useI18n();
  const client = useApiClient();
  const { readOnly, previewAuth, assetLink, undoWindowMs } = useGalleryOptions();
  const toasts = useToasts();
  const list = useQuery(segmentAssetsQuery(client, scope, segmentId));
  const rights = useQuery(scopeRightsQuery(client, scope));
  const [options, setOptions] = useState<Omit<GalleryFilter, 'locale'>>(DEFAULT_FILTER);
  const [opened, setOpened] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number; seq: number } | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);
  // A lightbox or a delete question belongs to the segment it was opened on: a host (or Back)
  // that moves to another segment closes it, so a confirm can never reach the next segment's files.
  const here = `${scope}|${segmentId}`;
  const [openedIn, setOpenedIn] = useState(here);
  if (openedIn !== here) {
    setOpenedIn(here);
    setOpened(null);
    setDeleteRequest(null);
    setFocusRequest(null);
  }

  // Unchecking "Show language-neutral assets" holds until the language or the segment changes (README).
  const view = `${scope}|${segmentId}|${locale.toLowerCase()}`;
  const [neutralHiddenIn, setNeutralHiddenIn] = useState<string | null>(null);
  if (neutralHiddenIn !== null && neutralHiddenIn !== view) setNeutralHiddenIn(null);
  const filter: GalleryFilter = { ...options, locale, hideNeutral: locale !== NEUTRAL && neutralHiddenIn === view };
  // Marks files are the panel's own: never a tile, never counted; each image knows its own.
  const { assets: segmentAssets, marksOf } = useMemo(() => separateMarks(list.data ?? []), [list.data]);
  const marked = useMemo(() => new Set(marksOf.keys()), [marksOf]);
  const visible = useMemo(() => filterAssets(segmentAssets, filter, marked), [segmentAssets, marked, filter.locale, filter.hideNeutral, filter.sort, filter.query]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = useMemo(() => countByLocale(segmentAssets), [segmentAssets]);
  const hiddenNeutral = useMemo(() => (filter.hideNeutral ? filterAssets(segmentAssets, { ...filter, locale: NEUTRAL }).length : 0), [segmentAssets, filter.hideNeutral, filter.query]); // eslint-disable-line react-hooks/exhaustive-deps
  const posters = useMemo(() => findPosters(segmentAssets), [segmentAssets]);
  const previewsHeld = useListStreaming(list.data, here);
  const languages = useMemo(() => offeredLocales(rights.data?.locales ?? [], offered), [rights.data, offered]);

  // The host hears of failures the user sees (a list that does not load, a scope without rights).
  const failure = list.error ?? rights.error;
  const reportError = useEventCallback(onError);
  useEffect(() => {
    if (failure) reportError(failure);
  }, [failure, reportError]);
  const languageNames = useMemo(() => Object.fromEntries(languages.map((l) => [l.loc, l.name])), [languages]);

  const deletion = useDeleteAssets({ onDeleted: (assets) => onDeleted?.(assets), onFailed: (error) => onError?.(error), windowMs: undoWindowMs });

  // Messages about one segment do not follow the user to the next (an Undo in flight does).
  const shownSegment = useRef(`${scope}|${segmentId}`);
  useEffect(() => {
    if (shownSegment.current === `${scope}|${segmentId}`) return;
    shownSegment.current = `${scope}|${segmentId}`;
    toasts.segmentChanged();
  }, [scope, segmentId, toasts]);

  // Read at the click: the actions stay the same object while files arrive, so tiles that did not change do not render again.
  const marksOfNow = useRef(marksOf);
  useLayoutEffect(() => {
    marksOfNow.current = marksOf;
  });
  const actions = useMemo<TileActions>(() => {
    const failed = (text: string, error: unknown) => toasts.show({ tone: 'error', text: `${text} ${errorText(t, language, error)}` });
    return {
      open: (asset) => setOpened(assetKey(asset)),
      download: (asset) => {
        saveAsset(client, asset, previewAuth).catch((error: unknown) => failed(t('gallery.downloadFailed', { name: asset.name }), error));
      },
      copyLink: assetLink ? (asset) => {
        copyAssetLink(assetLink, asset).then(
          (copied) => toasts.show(copied ? { text: t('gallery.linkCopied', { name: asset.name }) } : { tone: 'error', text: t('gallery.noLink', { name: asset.name }) }),
          (error: unknown) => failed(t('gallery.copyFailed'), error),
        );
      } : undefined,
      remove: readOnly ? undefined : (asset) => setDeleteRequest({ asset, marks: marksOfNow.current.get(assetKey(asset)) ?? null }),
    };
  }, [client, previewAuth, readOnly, t, language, assetLink, toasts]);

  // A link to one asset opens its lightbox (under a filter that shows it), or says it is gone.
  useLinkedAsset({
    scope, segmentId, openAsset, assets: list.data ? segmentAssets : null, onHandled: onOpenAssetHandled,
    onFound: (asset) => {
      if (!visible.includes(asset)) {
        setOptions(DEFAULT_FILTER);
        onLocaleChange(ALL);
      }
      setOpened(assetKey(asset));
    },
    onGone: (name) => toasts.show({ tone: 'error', text: t('gallery.linkGone', { name, segment: segmentId }) }),
  });

  // A dropped image, once listed, opens with "Find the string" running (see findAfterUpload).
  const [findOnOpen, setFindOnOpen] = useState<string | null>(null);
  const [findHandled, setFindHandled] = useState<number | null>(null);
  if (findAfterUpload && findHandled !== findAfterUpload.seq && list.data) {
    const dropped = segmentAssets.find((a) => assetKey(a) === findAfterUpload.key);
    if (dropped) {
      setFindHandled(findAfterUpload.seq);
      if (!opened && visible.includes(dropped)) {
        setFindOnOpen(dropped.downloadUrl);
        setOpened(assetKey(dropped));
      }
    }
  }

  const openIndex = opened ? visible.findIndex((a) => assetKey(a) === opened) : -1;
  const closeLightbox = useCallback(() => {
    setFocusRequest((r) => ({ index: Math.max(0, openIndex), seq: (r?.seq ?? 0) + 1 }));
    setOpened(null);
    setFindOnOpen(null);
  }, [openIndex]);

  if (rights.isError && isApiError(rights.error) && rights.error.kind === 'forbidden') {
    return (
      <div role="alert" className="sap-error">
        <p>{errorText(t, language, rights.error)}</p>
        <p>{t('gallery.missingRight', { scope })}</p>
      </div>
    );
  }
  if (list.isPending) return <p role="status" className="sap-muted sap-gallery-state">{t('assets.loading')}</p>;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <div className="sap-gallery">
      <GalleryToolbar
        filter={filter}
        counts={counts}
        languages={languages}
        shown={visible.length}
        onLocaleChange={onLocaleChange}
        onChange={({ hideNeutral, ...change }) => {
          if (hideNeutral !== undefined) setNeutralHiddenIn(hideNeutral ? view : null);
          setOptions((o) => ({ ...o, ...change }));
        }}
        onDeleteAll={readOnly ? undefined : () => setDeleteRequest({ all: segmentAssets.slice() })}
      />
      {segmentAssets.length === 0 && <p className="sap-empty">{t('assets.empty')}</p>}
      <NeutralHiddenNote count={hiddenNeutral} onShow={() => setNeutralHiddenIn(null)} />
      {segmentAssets.length > 0 && visible.length === 0 && hiddenNeutral === 0 && <p className="sap-empty">{t('gallery.noMatch')}</p>}
      {visible.length > 0 && (
        <PreviewsHeld.Provider value={previewsHeld}>
          <GalleryGrid
            assets={visible}
            posters={posters}
            marksOf={marksOf}
            actions={actions}
            languageNames={languageNames}
            focusRequest={focusRequest}
          />
        </PreviewsHeld.Provider>
      )}
      {openIndex >= 0 && (
        <Suspense fallback={null}>
          <Lightbox
            assets={visible}
            index={openIndex}
            onIndexChange={(i) => setOpened(assetKey(visible[i]!))}
            onClose={closeLightbox}
            onDownload={actions.download}
            marksOf={marksOf}
            findOnOpen={findOnOpen}
          />
        </Suspense>
      )}
      <DeleteDialogs
        request={deleteRequest}
        segmentId={segmentId}
        languageNames={languageNames}
        onCancel={() => setDeleteRequest(null)}
        onConfirm={(request) => {
          setDeleteRequest(null);
          deletion.schedule(scope, segmentId, request);
        }}
      />
    </div>
  );
}

/** The scope's languages, narrowed to those a host offers (its list's order and spelling win). */
export function offeredLocales(locales: readonly ScopeLocale[], offered: readonly string[] | null): ScopeLocale[] {
  if (!offered) return [...locales];
  return offered.flatMap((code) => locales.filter((l) => sameLocale(l.loc, code)));
}
