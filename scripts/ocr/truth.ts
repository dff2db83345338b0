/** What tests/fixtures/ocr/truth.json holds: the document, and each screenshot with the true boxes of its strings. */
export interface TruthString {
  segmentId: number;
  /** As shown (placeholders filled in). */
  text: string;
  /** Fractions of the image. */
  box: { x: number; y: number; width: number; height: number };
}

export interface TruthShot {
  file: string;
  kind: string;
  language: 'en' | 'de' | 'fr';
  dark: boolean;
  font: string;
  size: number;
  scale: 1 | 2;
  width: number;
  height: number;
  strings: TruthString[];
}

export interface OcrTruth {
  document: { segmentId: number; texts: Record<string, string> }[];
  shots: TruthShot[];
}
