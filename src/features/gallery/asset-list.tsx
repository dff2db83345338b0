import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/client-context';
import { segmentAssetsQuery } from '../../api/list-assets';
import type { Asset } from '../../domain/asset';
import { displayRelativePath } from '../../domain/paths';
import { useI18n } from '../../ui/i18n/i18n';
import { formatBytes, formatDateTime } from '../../ui/format';
import { ErrorNotice } from '../../ui/error-notice';

interface SegmentAssetsProps {
  scope: string;
  segmentId: number;
}

/** The segment's assets as a plain list: name, language, folder, size, type and date. */
export function SegmentAssets({ scope, segmentId }: SegmentAssetsProps) {
  const client = useApiClient();
  const { t } = useI18n();
  const query = useQuery(segmentAssetsQuery(client, scope, segmentId));

  if (query.isPending) return <p role="status" className="sap-muted">{t('assets.loading')}</p>;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <p className="sap-empty">{t('assets.empty')}</p>;

  return (
    <ul aria-label={t('assets.label')} className="sap-asset-list">
      {query.data.map((asset) => <AssetRow key={asset.downloadUrl} asset={asset} />)}
    </ul>
  );
}

function AssetRow({ asset }: { asset: Asset }) {
  const { t, language } = useI18n();
  const folder = displayRelativePath(asset.relativePath);
  return (
    <li className="sap-asset-row">
      <span className="sap-asset-name">{asset.name}</span>
      <span className="sap-badge">{asset.locale ?? t('assets.neutral')}</span>
      {folder && <span className="sap-muted">{t('assets.folder', { folder })}</span>}
      <span className="sap-muted">{formatBytes(asset.size, language)}</span>
      <span className="sap-muted">{asset.contentType}</span>
      <time className="sap-muted" dateTime={asset.modifiedDate}>{formatDateTime(asset.modifiedDate, language)}</time>
    </li>
  );
}
