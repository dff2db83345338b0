import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export const fixture = (name: string) => readFileSync(new URL(`../../mocks/fixtures/${name}`, import.meta.url));
export const open = (page: Page, name: string) => page.getByRole('grid', { name: 'Assets' }).getByRole('button', { name: `Open ${name}`, exact: true }).click();

/** The image pixel (natural coordinates) under a page point, read from where the image is drawn now. */
export function imagePointAt(image: Locator, x: number, y: number) {
  return image.evaluate((img: HTMLImageElement, [px, py]) => {
    const box = img.getBoundingClientRect();
    return { x: ((px! - box.left) / box.width) * img.naturalWidth, y: ((py! - box.top) / box.height) * img.naturalHeight };
  }, [x, y]);
}

export const width = async (locator: Locator) => (await locator.boundingBox())!.width;

export async function ctrlWheel(page: Page, deltaY: number) {
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, deltaY);
  await page.keyboard.up('Control');
}

/** The share of pixels that are not white (ink on the page): a blank canvas or image gives 0. */
export function inkOf(element: Locator): Promise<number> {
  return element.evaluate((el: HTMLImageElement | HTMLCanvasElement) => {
    const width = el instanceof HTMLImageElement ? el.naturalWidth : el.width;
    const height = el instanceof HTMLImageElement ? el.naturalHeight : el.height;
    if (!width || !height) return 0;
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    const context = copy.getContext('2d')!;
    context.drawImage(el, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink += 1;
    return ink / (width * height);
  });
}

/** A short summary of a canvas's pixels, to tell two pages apart. */
export function fingerprint(canvas: Locator): Promise<string> {
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 97) sum = (sum * 31 + data[i]!) % 1_000_000_007;
    return `${el.width}x${el.height}:${sum}`;
  });
}

/**
 * A one-page PDF that opens with JavaScript (an alert, a form sent to port 9) and whose page is
 * one big link (to port 9), over a black rectangle.
 */
export function scriptedPdf(): Buffer {
  const content = '0 0 0 rg 20 20 260 160 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 5 0 R /Annots [6 0 R] >>',
    "<< /S /JavaScript /JS (app.alert('pdf-script'); this.submitForm('http://127.0.0.1:9/submit');) >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Annot /Subtype /Link /Rect [0 0 300 200] /Border [0 0 0] /A << /S /URI /URI (http://127.0.0.1:9/clicked) >> >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}
