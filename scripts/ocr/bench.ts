/**
 * `npm run bench:ocr [-- filter]`: "Find the string" and "Find all strings" measured on the OCR
 * test set (ocr-bench.ts; the same as the `ocr` part of `npm run bench`): per language, strings
 * found (IoU ≥ 0.5), false proposals per screenshot, "find all" on every shot and on the overview
 * screen that shows 12 of the 30 segments, and the time from the request to the words (first use
 * and warm). Readings go to bench-results/ocr-readings.json (score-file.ts scores them again).
 * A filter keeps the shots whose file name contains it (`-- dialog`).
 */
import { benchOcr, ocrTargets, printOcr } from './ocr-bench';

const result = await benchOcr({ filter: process.argv[2] ?? '' });
printOcr(result);
for (const t of ocrTargets(result)) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target.padEnd(60)} ${t.value}`);
