/// <reference lib="webworker" />
/**
 * Text recognition off the page's thread: tesseract.js 7 (Tesseract's LSTM engine in
 * WebAssembly) with the English, German and French models of @tesseract.js-data. Every file
 * comes from the build itself (Vite's `?url` gives each its hashed address beside this worker),
 * never from a CDN; this worker and they are fetched only when someone asks to find a string.
 */
import { createWorker, PSM, type Worker as Tesseract } from 'tesseract.js';
import tesseractWorker from 'tesseract.js/dist/worker.min.js?url';
import coreSimd from 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url';
import corePlain from 'tesseract.js-core/tesseract-core-lstm.wasm.js?url';
import deu from '@tesseract.js-data/deu/4.0.0_best_int/deu.traineddata.gz?url';
import eng from '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz?url';
import fra from '@tesseract.js-data/fra/4.0.0_best_int/fra.traineddata.gz?url';
import type { OcrWord } from '../../../domain/find-string';
import { isCrossOrigin } from '../worker-url';
import { readingProgress, type OcrModel, type OcrStage, type READING_SHARES, type ReadReply, type ReadRequest } from './ocr-protocol';
import { findBoxedText, readWell, textStrip } from './boxed-text';
import { contrastPicture, mergePasses } from './ocr-picture';

declare const self: DedicatedWorkerGlobalScope;

const MODELS: Record<OcrModel, string> = { eng, deu, fra };
// A tiny module with one SIMD instruction: the SIMD build is about twice as fast where it runs.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

let current = 0;
/** The reading under way: its share of the bar (see readingProgress). */
let reading: keyof typeof READING_SHARES = 'plain';
let tesseract: Tesseract | null = null;
let loaded: OcrModel | null = null;

const post = (reply: ReadReply) => self.postMessage(reply);
const progress = (stage: OcrStage, value: number) => post({ id: current, type: 'progress', stage, progress: Math.max(0, Math.min(1, value)) });

async function fetchModel(model: OcrModel): Promise<Uint8Array> {
  const response = await fetch(MODELS[model]);
  if (!response.ok || !response.body) throw new Error(`The ${model} model could not be loaded (HTTP ${response.status}).`);
  const total = Number(response.headers.get('Content-Length')) || 0;
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (const reader = response.body.getReader(); ;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total) progress('model', received / total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * A model given as bytes. tesseract.js 7.0.0 sends the same object to its worker twice: to load
 * (it reads `data` as the file's bytes) and to initialize (where it reads `data`, not `code`, as
 * the language's name: a bug). Each message copies the object when it is sent, so `data` is the
 * bytes the first time it is read and the name after.
 */
function modelFile(model: OcrModel, bytes: Uint8Array): { code: string; data: unknown } {
  let sent = false;
  return {
    code: model,
    get data() {
      if (sent) return model;
      sent = true;
      return bytes;
    },
  };
}

async function engineFor(model: OcrModel): Promise<Tesseract> {
  if (tesseract && loaded === model) return tesseract;
  const data = await fetchModel(model);
  progress('engine', 0);
  const language = [modelFile(model, data)];
  if (tesseract) await tesseract.reinitialize(language, 1);
  else {
    tesseract = await createWorker(language, 1, {
      workerPath: tesseractWorker,
      corePath: WebAssembly.validate(SIMD_PROBE) ? coreSimd : corePlain,
      // A classic worker from this build's own file, no blob: URL (a host's CSP may forbid
      // those); but a worker starts only from its starter's origin (the page's, for this one
      // too): served from another, tesseract's own blob: module runs its file by importScripts.
      workerBlobURL: isCrossOrigin(tesseractWorker, self.location.href),
      // The browser's HTTP cache keeps the model; no second copy in IndexedDB.
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => (m.status === 'recognizing text'
        ? progress('reading', readingProgress(reading, m.progress))
        : progress('engine', m.progress)),
    });
  }
  loaded = model;
  return tesseract;
}

async function recognize(engine: Tesseract, picture: Blob): Promise<OcrWord[]> {
  const { data } = await engine.recognize(picture, {}, { blocks: true, text: false });
  const words: OcrWord[] = [];
  let line = 0;
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const row of paragraph.lines) {
        for (const w of row.words) words.push({ text: w.text, box: { ...w.bbox }, confidence: w.confidence / 100, line });
        line++;
      }
    }
  }
  return words;
}

/**
 * A third reading, of text in flat boxes (buttons, fields) that the two others did not read
 * surely or gave a box too large: each box's ink cut out, measured against the box's own colour,
 * enlarged, and all of them read at once, one box a line (see boxed-text.ts).
 */
async function readBoxedText(engine: Tesseract, image: ImageBitmap, words: readonly OcrWord[]): Promise<OcrWord[]> {
  const { width, height } = image;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, width, height);
  // At most 20 boxes (a screen full of them would cost seconds); most screens have a few.
  const boxes = findBoxedText(data, width, height).filter((box) => !readWell(box, words)).slice(0, 20);
  if (!boxes.length) return [];
  const strip = textStrip(data, width, height, boxes);
  const picture = new OffscreenCanvas(strip.width, strip.height);
  picture.getContext('2d')!.putImageData(new ImageData(strip.rgba, strip.width, strip.height), 0, 0);
  await engine.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
  reading = 'boxed';
  const read = await recognize(engine, await picture.convertToBlob({ type: 'image/png' }));
  return read.flatMap((word) => {
    const box = strip.toPicture(word.box);
    return box ? [{ ...word, box }] : [];
  });
}

self.onmessage = async ({ data }: MessageEvent<ReadRequest>) => {
  current = data.id;
  try {
    const engine = await engineFor(data.model);
    // Two readings: the picture as it is, then one where every stroke is dark on white whatever
    // its colours (white on a blue button, grey under a dialog's shade), for what the first missed.
    await engine.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
    reading = 'plain';
    const plain = await recognize(engine, await contrastPicture(data.image, false));
    // Sparse text: words anywhere, also inside boxes (buttons, fields) that the page layout
    // analysis takes for pictures or table cells and skips.
    await engine.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    reading = 'contrast';
    const contrast = await recognize(engine, await contrastPicture(data.image, true));
    const both = mergePasses(plain, contrast);
    const boxed = await readBoxedText(engine, data.image, both);
    data.image.close();
    // The boxes' own reading first: a line of the others takes a box's place only if it is surer.
    const words = boxed.length ? mergePasses(boxed, both) : both;
    post({ id: data.id, type: 'done', words, passes: data.keepPasses ? [plain, contrast, boxed] : undefined });
  } catch (error) {
    post({ id: data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
