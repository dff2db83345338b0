/**
 * `npx tsx scripts/ocr/score-file.ts readings.json…`: scores saved readings of the test set (as
 * scripts/ocr/bench.ts writes them: per language, per shot, the words) against the truth.
 */
import { readFileSync } from 'node:fs';
import type { OcrPage } from '../../src/domain/find-string';
import { printScores, scoreOverview, scoreReadings } from './score';
import type { OcrTruth } from './truth';

const truth = JSON.parse(readFileSync(new URL('../../tests/fixtures/ocr/truth.json', import.meta.url), 'utf8')) as OcrTruth;
for (const file of process.argv.slice(2)) {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { results: { file: string; page: OcrPage }[] }>;
  const pages = new Map(Object.values(saved).flatMap((l) => l.results.map((r) => [r.file, r.page] as const)));
  printScores(file, scoreReadings(truth, pages), scoreOverview(truth, pages));
}
