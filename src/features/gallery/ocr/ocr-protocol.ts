import type { OcrWord } from '../../../domain/find-string';

/** The models the build ships (Tesseract's names): English, German, French. */
export type OcrModel = 'eng' | 'deu' | 'fra';

/** What the page asks the text-recognition worker: read this picture with that model. */
export interface ReadRequest {
  id: number;
  model: OcrModel;
  image: ImageBitmap;
  /** Answer each reading's words too (the benchmark keeps them to score other ways of merging). */
  keepPasses?: boolean;
}

export type OcrStage = 'engine' | 'model' | 'reading';

/** What the worker answers: progress (0 to 1 within a stage), then the words or why not. */
export type ReadReply =
  | { id: number; type: 'progress'; stage: OcrStage; progress: number }
  | { id: number; type: 'done'; words: OcrWord[]; passes?: OcrWord[][] }
  | { id: number; type: 'failed'; message: string };

/** The readings of one picture, in order, and the share of the reading time each takes (about). */
export const READING_SHARES = { plain: [0, 0.45], contrast: [0.45, 0.45], boxed: [0.9, 0.1] } as const satisfies Record<string, readonly [number, number]>;

/**
 * The "reading" progress of the whole read from one reading's own 0 to 1: the bar fills once,
 * not once a reading (three readings made it fill three times).
 */
export function readingProgress(reading: keyof typeof READING_SHARES, own: number): number {
  const [from, span] = READING_SHARES[reading];
  return from + span * Math.max(0, Math.min(1, own));
}
