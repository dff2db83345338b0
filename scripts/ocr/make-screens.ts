/**
 * `npx tsx scripts/ocr/make-screens.ts`: the OCR test set. 36 screenshots of the screens in
 * screens.ts (6 kinds × English, German, French × 2 looks: light or dark, three fonts, 13 to
 * 16 px, 1x or 2x pixel ratio, PNG or JPEG at quality 70), made by Chromium at 1400×900 CSS px,
 * with the true box of every segment's string taken from the DOM; and the "find all" case: an
 * overview screen showing 12 of the 30 segments, once per language (1400×900, one look each).
 * Writes tests/fixtures/ocr/. `… make-screens.ts overview` makes only the named kinds again and
 * keeps the other shots.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DOCUMENT, type OcrLanguage } from './document';
import { OVERVIEW, SCREEN_KINDS, screenHtml, type Look, type ScreenKind } from './screens';
import type { OcrTruth, TruthShot } from './truth';
import { chromiumLaunchOptions } from '../chromium.mjs';

const OUT = new URL('../../tests/fixtures/ocr/', import.meta.url).pathname;
const LANGUAGES: readonly OcrLanguage[] = ['en', 'de', 'fr'];
const FONTS: Look['font'][] = ['Liberation Sans', 'DejaVu Sans', 'Liberation Serif'];

interface Variant { look: Look; scale: 1 | 2; format: 'png' | 'jpeg' }

/** Two looks per screen and language, turning through fonts, sizes, themes, ratios and formats. */
function variants(index: number): Variant[] {
  const font = FONTS[index % FONTS.length]!;
  return [
    { look: { dark: false, font, size: 14 + (index % 2) }, scale: 1, format: 'png' },
    { look: { dark: true, font: FONTS[(index + 1) % FONTS.length]!, size: index % 2 ? 13 : 16 }, scale: index % 3 === 0 ? 1 : 2, format: index % 2 ? 'jpeg' : 'png' },
  ];
}

const browser = await chromium.launch(chromiumLaunchOptions(['--font-render-hinting=none']));
const only = process.argv.slice(2) as ScreenKind[];
const making = (kind: ScreenKind) => !only.length || only.includes(kind);
const kept = only.length && existsSync(`${OUT}truth.json`)
  ? (JSON.parse(readFileSync(`${OUT}truth.json`, 'utf8')) as OcrTruth).shots.filter((shot) => !making(shot.kind as ScreenKind))
  : [];
if (!only.length) rmSync(`${OUT}shots`, { recursive: true, force: true });
mkdirSync(`${OUT}shots`, { recursive: true });
const shots: TruthShot[] = [...kept];
const FONT_OF: Record<OcrLanguage, Look['font']> = { en: 'Liberation Sans', de: 'DejaVu Sans', fr: 'Liberation Serif' };
const overview = LANGUAGES.map((language, i): [ScreenKind, OcrLanguage, Variant] => [OVERVIEW, language, { look: { dark: language === 'de', font: FONT_OF[language], size: 14 + i }, scale: 1, format: language === 'de' ? 'jpeg' : 'png' }]);
let index = 0;
const cases = [...SCREEN_KINDS.flatMap((kind) => LANGUAGES.flatMap((language) => variants(index++).map((v): [ScreenKind, OcrLanguage, Variant] => [kind, language, v]))), ...overview];
for (const [kind, language, { look, scale, format }] of cases.filter(([kind]) => making(kind))) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: scale });
  await page.setContent(screenHtml(kind, language, look));
  await page.evaluate(() => document.fonts.ready);
  const strings = await page.$$eval('[data-seg]', (elements) => elements.map((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const r = range.getBoundingClientRect();
    return {
      segmentId: Number(element.getAttribute('data-seg')),
      text: (element as HTMLElement).innerText,
      box: { x: r.x / innerWidth, y: r.y / innerHeight, width: r.width / innerWidth, height: r.height / innerHeight },
    };
  }));
  const file = `shots/${kind}-${language}-${look.dark ? 'dark' : 'light'}-${scale}x.${format === 'png' ? 'png' : 'jpg'}`;
  await page.screenshot({ path: `${OUT}${file}`, type: format, ...(format === 'jpeg' && { quality: 70 }) });
  await page.close();
  shots.push({ file, kind, language, dark: look.dark, font: look.font, size: look.size, scale, width: 1400 * scale, height: 900 * scale, strings });
}
await browser.close();
const truth: OcrTruth = { document: DOCUMENT.map(({ segmentId, texts }) => ({ segmentId, texts })), shots };
writeFileSync(`${OUT}truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
console.log(`${shots.length} screenshots, ${shots.reduce((n, s) => n + s.strings.length, 0)} strings, in ${OUT}`);
