import { createContext, useContext } from 'react';
import type { Asset } from '../../domain/asset';
import type { Mark } from '../../domain/marks';

/**
 * How marks are written: the marks file goes through the upload queue (media upload, attach), so
 * its retries, 429 pause and reload safety are those of any upload. Given by whoever composes
 * the gallery with the uploads (the embed layer); absent, the gallery shows marks but offers no
 * tools.
 */
export interface MarkingApi {
  /** Writes `text` as the image's marks file beside it; resolves with the stored asset. */
  save(image: Asset, name: string, text: string, marks: readonly Mark[]): Promise<Asset>;
  /** Deletes the image's marks file (no marks left). */
  clear(image: Asset, marksFile: Asset | null): Promise<void>;
  /**
   * One copy of the image per segment (same name, language and folder; file tokens are single
   * use, so each is uploaded), then each copy's own marks file, written with the copy's version.
   */
  /** Which of these segment IDs the server does not know (checked before any byte goes out). */
  unknownSegments(ids: readonly number[]): Promise<number[]>;
  copyTo(image: Asset, bytes: Blob, size: { width: number; height: number }, copies: readonly { segmentId: number; marks: readonly Mark[] }[]): Promise<void>;
}

const MarkingContext = createContext<MarkingApi | null>(null);

export const MarkingProvider = MarkingContext.Provider;

export function useMarking(): MarkingApi | null {
  return useContext(MarkingContext);
}
