import { findString, type OcrPage } from '../../src/domain/find-string';
import { findAllStrings } from '../../src/domain/find-all-strings';
import { intersectionOverUnion } from '../../src/domain/mark-geometry';
import type { OcrTruth, TruthShot } from './truth';

/** What one language's screenshots scored: the measures. */
export interface LanguageScore {
  language: string;
  shots: number;
  strings: number;
  /** Strings with a proposed box of IoU ≥ 0.5 ("Find the string" on a segment the screenshot shows). */
  found: number;
  /** Boxes proposed for those segments that overlap no true box of theirs, per screenshot. */
  falsePerShot: number;
  /** "Find all strings": segments proposed with a right box / wrong (absent, or a wrong box), per screenshot. */
  findAllRight: number;
  findAllWrongPerShot: number;
}

/** "Find all strings" on a screen that shows some of the document's segments (the overview: 12 of 30). */
export interface OverviewScore {
  language: string;
  file: string;
  /** Segments the screen shows. */
  shown: number;
  /** Segments proposed with a right box. */
  right: number;
  /** Proposals of a segment the screen does not show, or at a wrong place. */
  wrong: number;
  /** The goal: at least all but one right, at most one wrong. */
  met: boolean;
}

const IOU = 0.5;
/** Shots of this kind measure "find all" on a whole screen; the per-language table is the other 36. */
const OVERVIEW = 'overview';

/** "Find all strings" on each overview screen: right and wrong proposals against the segments it shows. */
export function scoreOverview(truth: OcrTruth, pages: ReadonlyMap<string, OcrPage>): OverviewScore[] {
  return truth.shots.filter((shot) => shot.kind === OVERVIEW && pages.has(shot.file)).map((shot) => {
    const segments = truth.document.map((d) => ({ segmentId: d.segmentId, text: d.texts[shot.language] ?? '' }));
    const proposals = findAllStrings(pages.get(shot.file)!, segments);
    const right = new Set(proposals.filter((p) => rightBox(shot, p.segmentId, p.occurrence.box)).map((p) => p.segmentId));
    const shown = new Set(shot.strings.map((s) => s.segmentId)).size;
    const wrong = proposals.filter((p) => !rightBox(shot, p.segmentId, p.occurrence.box)).length;
    return { language: shot.language, file: shot.file, shown, right: right.size, wrong, met: right.size >= shown - 1 && wrong <= 1 };
  });
}

/** Scores one engine's reading of the test set (pages by shot file) against the truth. */
export function scoreReadings(truth: OcrTruth, pages: ReadonlyMap<string, OcrPage>): LanguageScore[] {
  const scores = new Map<string, LanguageScore>();
  for (const shot of truth.shots.filter((s) => s.kind !== OVERVIEW)) {
    const page = pages.get(shot.file);
    if (!page) continue;
    const score = scores.get(shot.language) ?? { language: shot.language, shots: 0, strings: 0, found: 0, falsePerShot: 0, findAllRight: 0, findAllWrongPerShot: 0 };
    scores.set(shot.language, score);
    score.shots++;
    for (const id of new Set(shot.strings.map((s) => s.segmentId))) {
      const text = truth.document.find((d) => d.segmentId === id)?.texts[shot.language] ?? '';
      const boxes = shot.strings.filter((s) => s.segmentId === id).map((s) => s.box);
      const proposals = findString(page, text);
      score.strings += boxes.length;
      score.found += boxes.filter((box) => proposals.some((p) => intersectionOverUnion(p.box, box) >= IOU)).length;
      score.falsePerShot += proposals.filter((p) => !boxes.some((box) => intersectionOverUnion(p.box, box) >= IOU)).length;
    }
    const segments = truth.document.map((d) => ({ segmentId: d.segmentId, text: d.texts[shot.language] ?? '' }));
    for (const proposal of findAllStrings(page, segments)) {
      if (rightBox(shot, proposal.segmentId, proposal.occurrence.box)) score.findAllRight++;
      else score.findAllWrongPerShot++;
    }
  }
  for (const score of scores.values()) {
    score.falsePerShot /= score.shots;
    score.findAllWrongPerShot /= score.shots;
  }
  return [...scores.values()];
}

function rightBox(shot: TruthShot, segmentId: number, box: { x: number; y: number; width: number; height: number }): boolean {
  return shot.strings.some((s) => s.segmentId === segmentId && intersectionOverUnion(s.box, box) >= IOU);
}

export function printScores(title: string, scores: readonly LanguageScore[], overview: readonly OverviewScore[] = []): void {
  console.log(title);
  for (const s of scores) {
    console.log(`  ${s.language}: found ${s.found}/${s.strings} (${((100 * s.found) / s.strings).toFixed(1)} %), false proposals ${s.falsePerShot.toFixed(2)}/shot;`
      + ` find all: ${s.findAllRight} right, ${s.findAllWrongPerShot.toFixed(2)} wrong/shot (${s.shots} shots)`);
  }
  for (const o of overview) {
    console.log(`  find all on a screen showing ${o.shown} of 30 segments, ${o.language} (${o.file}): ${o.right} right, ${o.wrong} wrong (goal: ≥ ${o.shown - 1} right, ≤ 1 wrong: ${o.met ? 'met' : 'MISSED'})`);
  }
}
