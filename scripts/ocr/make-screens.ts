/**
 * `npx tsx scripts/ocr/make-screens.ts`: the OCR test set. 36 screenshots of the screens in
 * screens.ts (6 kinds × English, German, French × 2 looks: light or dark, three fonts, 13 to
 * 16 px, 1x or 2x pixel ratio, PNG or JPEG at quality 70), made by Chromium at 1400×900 CSS px,
 * with the true box of every segment's string taken from the DOM. Writes tests/fixtures/ocr/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DOCUMENT, type OcrLanguage } from './document';
import { SCREEN_KINDS, screenHtml, type Look } from './screens';
import type { OcrTruth, TruthShot } from './truth';

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

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
rmSync(`${OUT}shots`, { recursive: true, force: true });
mkdirSync(`${OUT}shots`, { recursive: true });
const shots: TruthShot[] = [];
let index = 0;
for (const kind of SCREEN_KINDS) {
  for (const language of LANGUAGES) {
    for (const { look, scale, format } of variants(index++)) {
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
  }
}
await browser.close();
const truth: OcrTruth = { document: DOCUMENT.map(({ segmentId, texts }) => ({ segmentId, texts })), shots };
writeFileSync(`${OUT}truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
console.log(`${shots.length} screenshots, ${shots.reduce((n, s) => n + s.strings.length, 0)} strings, in ${OUT}`);
