import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiClientProvider } from '../api/client-context';
import type { ApiClient } from '../api/client';
import { createPanelQueryClient } from '../api/query-client';
import { SegmentAssets } from '../features/gallery/asset-list';
import { I18nProvider, type UiLanguage } from '../ui/i18n/i18n';

export interface AssetPanelProps {
  client: ApiClient;
  scope: string;
  segmentId: number;
  language?: UiLanguage;
}

/**
 * One segment's asset panel. Each instance owns its query cache, so two panels on one page
 * never share data.
 */
export function AssetPanel({ client, scope, segmentId, language = 'en' }: AssetPanelProps) {
  const [queryClient] = useState(createPanelQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ApiClientProvider client={client}>
        <I18nProvider language={language}>
          <section className="sap-panel" aria-label={`Assets of segment ${segmentId}`}>
            <SegmentAssets scope={scope} segmentId={segmentId} />
          </section>
        </I18nProvider>
      </ApiClientProvider>
    </QueryClientProvider>
  );
}
