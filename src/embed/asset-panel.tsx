import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiClientProvider } from '../api/client-context';
import type { ApiClient } from '../api/client';
import { createPanelQueryClient } from '../api/query-client';
import { SegmentAssets } from '../features/gallery/asset-list';
import { UploadProvider, type UploadOptions } from '../features/upload/upload-context';
import { UploadSection } from '../features/upload/upload-section';
import { I18nProvider, type UiLanguage } from '../ui/i18n/i18n';

export interface AssetPanelProps extends UploadOptions {
  client: ApiClient;
  scope: string;
  segmentId: number;
  /** The language the gallery shows; null for all languages. */
  locale?: string | null;
  language?: UiLanguage;
  /** No upload, no delete. */
  readOnly?: boolean;
}

/**
 * One segment's asset panel. Each instance owns its query cache and its upload queue, so two
 * panels on one page never share data.
 */
export function AssetPanel({ client, scope, segmentId, locale = null, language = 'en', readOnly = false, ...uploadOptions }: AssetPanelProps) {
  const [queryClient] = useState(createPanelQueryClient);
  const gallery = <SegmentAssets scope={scope} segmentId={segmentId} />;
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <I18nProvider language={language}>
          <section className="sap-panel" aria-label={`Assets of segment ${segmentId}`}>
            {readOnly ? gallery : (
              <UploadProvider {...uploadOptions}>
                <UploadSection scope={scope} segmentId={segmentId} galleryLocale={locale}>{gallery}</UploadSection>
              </UploadProvider>
            )}
          </section>
        </I18nProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
