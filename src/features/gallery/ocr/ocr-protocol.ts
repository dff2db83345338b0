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
