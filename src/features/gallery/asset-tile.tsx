import { memo } from 'react';
import type { Asset } from '../../domain/asset';
import { describeHiddenCharacters, hasInvisibleCharacters } from '../../domain/names';
import { displayRelativePath } from '../../domain/paths';
import { formatBytes, formatDateTime, formatShortDate } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { useI18n } from '../../ui/i18n/i18n';
import { AssetPreview } from './asset-preview';
import { MarksBadge } from './marks-badge';
import { shownKind, useAssetPreview } from './use-asset-preview';

export interface TileActions {
  open(asset: Asset): void;
  download(asset: Asset): void;
  copyLink(asset: Asset): void;
  remove?(asset: Asset): void;
}

interface AssetTileProps {
  asset: Asset;
  poster: Asset | null;
  actions: TileActions;
  /** Shown on neutral assets when a specific language is filtered. */
  languageNames: Record<string, string>;
  /** The tile's open button gets focus back when the lightbox closes. */
  openButtonId: string;
  /** The image's marks file, if it has one. */
  marks?: Asset | null;
}

/** One asset: its preview, name, language, folder, size, date, and what can be done with it. */
export const AssetTile = memo(function AssetTile({ asset, poster, actions, languageNames, openButtonId, marks = null }: AssetTileProps) {
  const { t, language } = useI18n();
  const folder = displayRelativePath(asset.relativePath);
  // A file named .png whose bytes are a video gets the video's controls: the preview decides (cached, nothing fetched here).
  const kind = shownKind(asset, useAssetPreview(asset, false));
  const localeName = asset.locale ? languageNames[asset.locale] ?? asset.locale : t('assets.neutral');

  return (
    <div className="sap-tile">
      <div className="sap-tile-media">
        <AssetPreview asset={asset} poster={kind === 'video' ? poster : null} marks={marks} />
        {/* Over a picture, the whole preview opens the lightbox; a video keeps its own controls
            for playing inline, so it gets a corner button instead. */}
        <button
          id={openButtonId}
          type="button"
          className={`sap-tile-open ${kind === 'video' ? 'sap-tile-open-corner' : 'sap-tile-open-cover'}`}
          aria-label={t('gallery.open', { name: asset.name })}
          onClick={() => actions.open(asset)}
        >
          {kind === 'video' && <Icon name="expand" />}
        </button>
      </div>
      <div className="sap-tile-meta">
        <bdi className="sap-tile-name" title={asset.name}>{asset.name}</bdi>
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
          <button type="button" aria-label={t('gallery.downloadName', { name: asset.name })} title={t('gallery.download')} onClick={() => actions.download(asset)}>
            <Icon name="download" />
          </button>
          <button type="button" aria-label={t('gallery.copyLinkName', { name: asset.name })} title={t('gallery.copyLink')} onClick={() => actions.copyLink(asset)}>
            <Icon name="link" />
          </button>
          {actions.remove && (
            <button
              type="button" className="sap-danger-button" aria-label={t('gallery.deleteName', { name: asset.name })} title={t('gallery.delete')}
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
