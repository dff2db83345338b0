import type { Asset } from '../../../domain/asset';
import { stringToFind, type StringToFind } from '../../../domain/string-to-find';
import { useGalleryOptions } from '../gallery-options';

/**
 * The string "Find the string" looks for on this image: from the host's `segmentText` for the
 * segment shown, else from the segment source's texts; null where neither knows it.
 */
export function useStringToFind(image: Asset): StringToFind | null {
  const { segments = null, segmentText = null, sourceLocale = null } = useGalleryOptions();
  if (segmentText) return stringToFind(image.locale, sourceLocale, { strings: segmentText });
  const segment = segments?.find((s) => s.segmentId === image.segmentId);
  return segment ? stringToFind(image.locale, sourceLocale, { segment }) : null;
}
