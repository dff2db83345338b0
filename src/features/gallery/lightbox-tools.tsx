import { useState } from 'react';
import { useApiClient } from '../../api/client-context';
import { fetchAssetBytes } from '../../api/download-asset';
import type { Asset } from '../../domain/asset';
import type { MarksFile } from '../../domain/marks';
import { useI18n } from '../../ui/i18n/i18n';
import { errorText } from '../../ui/user-message';
import { useGalleryOptions } from './gallery-options';
import { MarksEditor } from './marks-editor';
import { FindStringForImage } from './ocr/find-string-for-image';
import { useMarking } from './marking-context';
import { UseForSegments } from './use-for-segments';
import type { useSaveMarks } from './use-save-marks';

export type LightboxTool = 'mark' | 'share' | null;

interface LightboxToolsProps {
  tool: LightboxTool;
  onToolChange(tool: LightboxTool): void;
  image: Asset;
  /** The decoded preview of the image, and its natural size. */
  src: string;
  natural: { width: number; height: number };
  marks: MarksFile | null;
  marksAsset: Asset | null;
  stale: boolean;
  saving: ReturnType<typeof useSaveMarks>;
  /** "Find the string" starts as the marking editor opens (a screenshot just dropped). */
  autoFind?: boolean;
}

/**
 * The lightbox's marking tools, in place of its picture while open: drawing the string's marks
 * ("Mark the string"), and using the screenshot for other segments, with what each says after.
 * Mounted per image (a new image starts with no notice).
 */
export function LightboxTools({ tool, onToolChange, image, src, natural, marks, marksAsset, stale, saving, autoFind = false }: LightboxToolsProps) {
  const { t, language } = useI18n();
  const client = useApiClient();
  const marking = useMarking();
  const { previewAuth, segments = null } = useGalleryOptions();
  const [shareNotice, setShareNotice] = useState<{ text: string; error?: unknown } | null>(null);
  return (
    <>
      {tool === 'mark' && (
        <MarksEditor
          src={src}
          alt={image.name}
          naturalWidth={natural.width}
          naturalHeight={natural.height}
          initial={marks?.marks ?? []}
          stale={stale}
          saving={saving.saving}
          proposer={(tools) => <FindStringForImage image={image} src={src} tools={tools} autoStart={autoFind} />}
          onCancel={() => onToolChange(null)}
          onSave={(next) => {
            void saving.save({ image, width: natural.width, height: natural.height, marks: next, current: marksAsset }).then((saved) => {
              if (saved) onToolChange(null);
            });
          }}
        />
      )}
      {tool === 'share' && (
        <UseForSegments
          image={image}
          src={src}
          naturalWidth={natural.width}
          naturalHeight={natural.height}
          segments={segments}
          onCancel={() => onToolChange(null)}
          onSubmit={(copies) => {
            onToolChange(null);
            setShareNotice({ text: t('share.queued', { count: copies.length }) });
            // The original bytes (a preview may be a rasterized or retyped copy), once for all copies.
            fetchAssetBytes(client, image, previewAuth).then(
              (bytes) => marking?.copyTo(image, bytes, natural, copies)
                .catch((error: unknown) => setShareNotice({ text: t('share.failed'), error })),
              (error: unknown) => setShareNotice({ text: t('share.readFailed'), error }),
            );
          }}
        />
      )}
      {shareNotice && tool !== 'share' && (
        <p role={shareNotice.error ? 'alert' : 'status'} className={shareNotice.error ? 'sap-error' : 'sap-notice'}>
          {shareNotice.text}{shareNotice.error ? ` ${errorText(t, language, shareNotice.error)}` : ''}
        </p>
      )}
      {tool === 'mark' && saving.error !== null && <p role="alert" className="sap-error">{t('marks.saveFailed')} {errorText(t, language, saving.error)}</p>}
    </>
  );
}
