import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Asset } from '../../domain/asset';
import { fileExtension, type FileKind } from '../../domain/file-kind';
import { describeHiddenCharacters, hasInvisibleCharacters } from '../../domain/names';
import { displayRelativePath } from '../../domain/paths';
import { formatBytes, formatDateTime, formatShortDate } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { useI18n, type Translate } from '../../ui/i18n/i18n';
import { MiddleEllipsis } from '../../ui/middle-ellipsis';
import { AssetPreview } from './asset-preview';
import { MarksBadge } from './marks-badge';
import { shownKind, useAssetPreview } from './use-asset-preview';

export interface TileActions {
  open(asset: Asset): void;
  download(asset: Asset): void;
  /** Absent when there is no link worth copying (an embed whose host gives none). */
  copyLink?(asset: Asset): void;
  remove?(asset: Asset): void;
}

interface AssetTileProps {
  asset: Asset;
  poster: Asset | null;
  actions: TileActions;
  /** Shown on neutral assets when a specific language is filtered. */
  languageNames: Record<string, string>;
  /** Its place in the grid's list of assets (from 0), and in its row (from 1). */
  index: number;
  column: number;
  /** The grid's one tab stop; then its buttons are in the tab order too. */
  tabbable: boolean;
  /** Set when the tile goes away (scrolled out of the window) holding the focus. */
  lostFocus: RefObject<boolean>;
  /** The image's marks file, if it has one. */
  marks?: Asset | null;
}

function kindName(t: Translate, kind: FileKind, name: string): string {
  if (kind === 'image') return t('gallery.kindImage');
  if (kind === 'video') return t('gallery.kindVideo');
  const type = fileExtension(name).toUpperCase();
  return type ? t('gallery.kindFile', { type }) : t('gallery.kindUnknown');
}

/**
 * One asset, a cell of the gallery's grid: its preview, name, language, folder, size, date, and
 * what can be done with it. Screen readers hear its name, kind, language and whether it is marked.
 */
export const AssetTile = memo(function AssetTile(props: AssetTileProps) {
  const { asset, poster, actions, languageNames, index, column, tabbable, lostFocus, marks = null } = props;
  const { t, language } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  // Runs before the element leaves the page: a focused tile that goes says so, and the grid keeps the focus.
  useLayoutEffect(() => {
    const element = root.current;
    return () => {
      if (element?.contains(document.activeElement)) lostFocus.current = true;
    };
  }, [lostFocus]);
  const folder = displayRelativePath(asset.relativePath);
  // A file named .png whose bytes are a video gets the video's controls: the preview decides (cached, nothing fetched here).
  const kind = shownKind(asset, useAssetPreview(asset, false, 'tile'));
  const localeName = asset.locale ? languageNames[asset.locale] ?? asset.locale : t('assets.neutral');
  const label = t(marks ? 'gallery.tileLabelMarked' : 'gallery.tileLabel', { name: asset.name, kind: kindName(t, kind, asset.name), language: localeName });
  const tabIndex = tabbable ? 0 : -1;

  return (
    <div ref={root} role="gridcell" aria-colindex={column} aria-label={label} data-index={index} tabIndex={tabIndex} className="sap-tile">
      <div className="sap-tile-media">
        <AssetPreview asset={asset} poster={kind === 'video' ? poster : null} marks={marks} />
        {/* Over a picture, the whole preview opens the lightbox; a video keeps its own controls
            for playing inline, so it gets a corner button instead. */}
        <button
          type="button"
          tabIndex={-1}
          className={`sap-tile-open ${kind === 'video' ? 'sap-tile-open-corner' : 'sap-tile-open-cover'}`}
          aria-label={t('gallery.open', { name: asset.name })}
          onClick={() => actions.open(asset)}
        >
          {kind === 'video' && <Icon name="expand" />}
        </button>
      </div>
      <div className="sap-tile-meta">
        <MiddleEllipsis text={asset.name} className="sap-tile-name" />
        {hasInvisibleCharacters(asset.name) && (
          <span className="sap-warn" title={t('gallery.hiddenCharactersTitle', { codes: describeHiddenCharacters(asset.name) })}>
            {t('gallery.hiddenCharacters')}
          </span>
        )}
        <div className="sap-tile-line">
          <span className={`sap-badge${asset.locale ? '' : ' sap-badge-neutral'}`} title={localeName}>{asset.locale ?? t('gallery.neutralBadge')}</span>
          {marks && <MarksBadge image={asset} marks={marks} />}
          {folder && <bdi className="sap-muted sap-tile-folder" title={folder}>{folder}/</bdi>}
        </div>
        <div className="sap-tile-line sap-muted">
          <span>{formatBytes(asset.size, language)}</span>
          <time dateTime={asset.modifiedDate} title={formatDateTime(asset.modifiedDate, language)}>{formatShortDate(asset.modifiedDate, language)}</time>
        </div>
        <div className="sap-tile-actions">
          <button type="button" tabIndex={tabIndex} aria-label={t('gallery.downloadName', { name: asset.name })} title={t('gallery.download')} onClick={() => actions.download(asset)}>
            <Icon name="download" />
          </button>
          {actions.copyLink && (
            <button type="button" tabIndex={tabIndex} aria-label={t('gallery.copyLinkName', { name: asset.name })} title={t('gallery.copyLink')} onClick={() => actions.copyLink!(asset)}>
              <Icon name="link" />
            </button>
          )}
          {actions.remove && (
            <button
              type="button" tabIndex={tabIndex} className="sap-danger-button" aria-label={t('gallery.deleteName', { name: asset.name })} title={t('gallery.delete')}
              onClick={() => actions.remove!(asset)}
            >
              <Icon name="trash" />
            </button>
          )}
        </div>
      </div>
    </div>
  );
});
