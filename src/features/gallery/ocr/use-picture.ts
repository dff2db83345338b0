import { useApiClient } from '../../../api/client-context';
import { fetchAssetBytes } from '../../../api/download-asset';
import type { Asset } from '../../../domain/asset';
import { useGalleryOptions } from '../gallery-options';

/**
 * The picture to read: the one the lightbox shows when it holds it (an object or data URL: no
 * second download, and an SVG is read as the picture it was rasterized to), else the asset's bytes
 * authenticated as the host said (with `previewAuth: 'cookie'` the lightbox shows the download
 * URL itself, which a bare fetch would ask without the cookie).
 */
export function usePicture(image: Asset, src: string): () => Promise<Blob> {
  const client = useApiClient();
  const { previewAuth } = useGalleryOptions();
  return () => (/^(blob|data):/.test(src) ? fetch(src).then((response) => response.blob()) : fetchAssetBytes(client, image, previewAuth));
}
