#!/usr/bin/env node
// Regenerates the real media files in mocks/fixtures/ with headless Chromium:
//
//   pexels-gons3.jpg        800x533 JPEG, a generated landscape "photo" (canvas.toBlob)
//   checkout-screen.png     800x500 PNG screenshot of a web shop checkout page
//   settings-dialog-de.png  800x500 PNG screenshot of a German settings dialog
//   add-to-cart-flow.webm   ~2 s 320x200 WebM (VP8/VP9) recorded with MediaRecorder
//   style-guide.pdf         1-2 page PDF (page.pdf) with a terminology table
//
// Usage: node scripts/make-fixtures.mjs   (or: npm run fixtures)
//
// Chromium: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium when it
// exists, else Playwright's own download. The Japanese column of the PDF needs a
// Japanese font on the machine (Debian: fonts-ipafont-gothic or fonts-noto-cjk);
// the script warns when it cannot find one.
//
// Output is overwritten on every run. The JPEG, PNGs and PDF are deterministic
// for a given Chromium build (seeded drawing, fixed PDF dates); the WebM depends
// on real-time encoding, so its bytes differ a little from run to run.


import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'mocks', 'fixtures');

const FONT_STACK = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";
const JA_FONT_STACK =
  "'IPAGothic', 'IPAPGothic', 'Noto Sans CJK JP', 'Noto Sans JP', 'VL Gothic', 'TakaoGothic', sans-serif";

function chromiumExecutable() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined; // Playwright's own browser, if installed
}

function write(name, bytes) {
  const file = join(outDir, name);
  writeFileSync(file, bytes);
  console.log(`${name.padEnd(24)} ${String(bytes.length).padStart(7)} bytes`);
  return file;
}

function warnIfNoJapaneseFont() {
  try {
    const out = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
    if (out.trim() === '') {
      console.warn(
        'warning: no Japanese font found (fc-list :lang=ja); the ja column of style-guide.pdf ' +
          'will show empty boxes. Install e.g. fonts-ipafont-gothic and run again.',
      );
    }
  } catch {
    // fc-list missing: nothing to check with.
  }
}

// ---------------------------------------------------------------------------
// 1. JPEG: a generated landscape photo
// ---------------------------------------------------------------------------

async function makeJpeg(browser) {
  const page = await browser.newPage({ viewport: { width: 800, height: 533 }, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  const base64 = await page.evaluate(async () => {
    const W = 800;
    const H = 533;
    // Seeded PRNG (mulberry32) so that every run draws the same picture.
    let seed = 0x6f6e7333;
    const rand = () => {
      seed |= 0;
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d');
    const horizon = 300;

    // Sky: warm sunset gradient.
    const sky = ctx.createLinearGradient(0, 0, 0, horizon);
    sky.addColorStop(0, '#2b3a67');
    sky.addColorStop(0.45, '#8e6a9e');
    sky.addColorStop(0.8, '#f2a65a');
    sky.addColorStop(1, '#fbd38d');
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, W, horizon);

    // Sun with glow.
    const sunX = 560;
    const sunY = 235;
    const glow = ctx.createRadialGradient(sunX, sunY, 10, sunX, sunY, 220);
    glow.addColorStop(0, 'rgba(255, 244, 214, 0.95)');
    glow.addColorStop(0.15, 'rgba(255, 214, 150, 0.6)');
    glow.addColorStop(1, 'rgba(255, 180, 120, 0)');
    ctx.fillStyle = glow;
    ctx.fillRect(0, 0, W, horizon);
    ctx.fillStyle = '#fff3d6';
    ctx.beginPath();
    ctx.arc(sunX, sunY, 34, 0, Math.PI * 2);
    ctx.fill();

    // Soft clouds.
    for (let i = 0; i < 9; i++) {
      const cx = rand() * W;
      const cy = 40 + rand() * 140;
      const w = 80 + rand() * 160;
      ctx.fillStyle = `rgba(255, 225, 235, ${0.08 + rand() * 0.12})`;
      for (let j = 0; j < 6; j++) {
        ctx.beginPath();
        ctx.ellipse(cx + (rand() - 0.5) * w, cy + (rand() - 0.5) * 14, w * 0.35, 10 + rand() * 10, 0, 0, Math.PI * 2);
        ctx.fill();
      }
    }

    // Mountain ridges, far to near.
    const ridge = (base, amp, rough, color) => {
      const pts = [];
      let y = base;
      for (let x = 0; x <= W; x += 8) {
        y += (rand() - 0.5) * rough;
        y += (base - y) * 0.08;
        pts.push([x, y - amp * Math.sin((x / W) * Math.PI * (1.3 + rand() * 0.02))]);
      }
      ctx.beginPath();
      ctx.moveTo(0, horizon + 1);
      for (const [x, py] of pts) ctx.lineTo(x, py);
      ctx.lineTo(W, horizon + 1);
      ctx.closePath();
      ctx.fillStyle = color;
      ctx.fill();
    };
    ridge(215, 40, 16, 'rgba(110, 86, 140, 0.75)');
    ridge(245, 30, 20, 'rgba(74, 64, 112, 0.85)');
    ridge(275, 22, 14, '#33395e');

    // Lake with the reflected sky.
    const lake = ctx.createLinearGradient(0, horizon, 0, H);
    lake.addColorStop(0, '#e6a36b');
    lake.addColorStop(0.25, '#7d6a93');
    lake.addColorStop(1, '#1f2a4a');
    ctx.fillStyle = lake;
    ctx.fillRect(0, horizon, W, H - horizon);
    // Sun reflection streaks.
    for (let i = 0; i < 28; i++) {
      const y = horizon + 6 + i * 7 + rand() * 3;
      const w = (60 - i * 1.6) * (0.6 + rand() * 0.8);
      ctx.fillStyle = `rgba(255, 230, 180, ${0.5 - i * 0.016})`;
      ctx.fillRect(sunX - w / 2 + (rand() - 0.5) * 10, y, w, 2);
    }
    // Ripples.
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.06)';
    for (let i = 0; i < 70; i++) {
      const y = horizon + 10 + rand() * (H - horizon - 10);
      const x = rand() * W;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 20 + rand() * 60, y);
      ctx.stroke();
    }

    // Foreground shore with pine trees.
    ctx.fillStyle = '#141a2e';
    ctx.beginPath();
    ctx.moveTo(0, H);
    ctx.lineTo(0, 430);
    ctx.quadraticCurveTo(160, 400, 300, 455);
    ctx.quadraticCurveTo(380, 490, 430, H);
    ctx.closePath();
    ctx.fill();
    const pine = (x, baseY, h) => {
      ctx.fillStyle = '#0f1424';
      ctx.fillRect(x - 2, baseY - h * 0.15, 4, h * 0.15);
      for (let k = 0; k < 4; k++) {
        const tier = baseY - h * 0.12 - k * h * 0.2;
        const half = (h * 0.28) * (1 - k * 0.2);
        ctx.beginPath();
        ctx.moveTo(x, tier - h * 0.32);
        ctx.lineTo(x - half, tier);
        ctx.lineTo(x + half, tier);
        ctx.closePath();
        ctx.fill();
      }
    };
    for (let i = 0; i < 11; i++) {
      const x = 15 + i * 28 + rand() * 12;
      const baseY = 440 + (x > 250 ? (x - 250) * 0.4 : -x * 0.04);
      pine(x, baseY, 70 + rand() * 80);
    }

    // Film grain and vignette, so that it compresses like a photo.
    const img = ctx.getImageData(0, 0, W, H);
    const d = img.data;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const dx = (x - W / 2) / (W / 2);
        const dy = (y - H / 2) / (H / 2);
        const v = 1 - 0.28 * Math.min(1, (dx * dx + dy * dy) * 0.6);
        const n = (rand() - 0.5) * 7;
        d[i] = Math.max(0, Math.min(255, d[i] * v + n));
        d[i + 1] = Math.max(0, Math.min(255, d[i + 1] * v + n));
        d[i + 2] = Math.max(0, Math.min(255, d[i + 2] * v + n));
      }
    }
    ctx.putImageData(img, 0, 0);

    const blob = await new Promise((res) => canvas.toBlob(res, 'image/jpeg', 0.8));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  });
  await page.close();
  write('pexels-gons3.jpg', Buffer.from(base64, 'base64'));
}

// ---------------------------------------------------------------------------
// 2./3. PNG screenshots
// ---------------------------------------------------------------------------

const checkoutHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Checkout</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: ${FONT_STACK}; color: #1f2937; background: #f3f4f6; font-size: 14px; }
  header { height: 56px; background: #fff; border-bottom: 1px solid #e5e7eb; display: flex; align-items: center; padding: 0 28px; gap: 16px; }
  .logo { font-weight: 700; font-size: 18px; color: #0f766e; }
  .logo span { display: inline-block; width: 22px; height: 22px; border-radius: 6px; background: #14b8a6; vertical-align: -5px; margin-right: 8px; }
  .steps { margin-left: auto; display: flex; gap: 18px; color: #9ca3af; font-size: 13px; }
  .steps b { color: #0f766e; }
  main { padding: 18px 28px; }
  h1 { margin: 0 0 14px; font-size: 24px; }
  .grid { display: grid; grid-template-columns: 1fr 300px; gap: 20px; }
  .card { background: #fff; border: 1px solid #e5e7eb; border-radius: 10px; padding: 16px 18px; }
  .card h2 { margin: 0 0 12px; font-size: 15px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; }
  .item { display: flex; align-items: center; gap: 14px; padding: 10px 0; border-bottom: 1px solid #f0f1f3; }
  .thumb { width: 48px; height: 48px; border-radius: 8px; }
  .t1 { background: linear-gradient(135deg, #fcd34d, #f59e0b); }
  .t2 { background: linear-gradient(135deg, #93c5fd, #3b82f6); }
  .name { font-weight: 600; }
  .meta { color: #6b7280; font-size: 12px; margin-top: 3px; }
  .price { margin-left: auto; font-weight: 600; }
  .row { display: flex; justify-content: space-between; padding: 6px 0; color: #4b5563; }
  .row.total { color: #111827; font-weight: 700; font-size: 17px; border-top: 1px solid #e5e7eb; margin-top: 6px; padding-top: 10px; }
  label { display: block; font-size: 12px; color: #6b7280; margin-bottom: 6px; }
  .coupon { display: flex; gap: 8px; margin-bottom: 16px; }
  .coupon input { flex: 1; height: 36px; border: 1px solid #d1d5db; border-radius: 6px; padding: 0 10px; font: inherit; color: #9ca3af; }
  .coupon input { min-width: 0; }
  .coupon button { white-space: nowrap; height: 36px; padding: 0 12px; border: 1px solid #0f766e; color: #0f766e; background: #fff; border-radius: 6px; font: inherit; font-weight: 600; }
  .place { width: 100%; height: 50px; border: 0; border-radius: 8px; background: #0f766e; color: #fff; font: inherit; font-size: 17px; font-weight: 700; box-shadow: 0 4px 10px rgba(15, 118, 110, .35); }
  .legal { font-size: 11px; color: #6b7280; margin-top: 10px; line-height: 1.45; }
  .legal a { color: #0f766e; }
</style></head>
<body>
  <header>
    <div class="logo"><span></span>Northwind Goods</div>
    <div class="steps"><span>1 Cart</span><span>2 Shipping</span><b>3 Checkout</b></div>
  </header>
  <main>
    <h1>Checkout</h1>
    <div class="grid">
      <section class="card">
        <h2>Cart summary</h2>
        <div class="item"><div class="thumb t1"></div>
          <div><div class="name">Canvas tote bag</div><div class="meta">Color: Mustard · Qty: 1</div></div>
          <div class="price">€24.90</div></div>
        <div class="item"><div class="thumb t2"></div>
          <div><div class="name">Ceramic coffee mug, 350 ml</div><div class="meta">Color: Ocean blue · Qty: 2</div></div>
          <div class="price">€29.00</div></div>
        <div class="row" style="margin-top:8px"><span>Subtotal (3 items)</span><span>€53.90</span></div>
        <div class="row"><span>Shipping</span><span>€4.95</span></div>
        <div class="row"><span>VAT included</span><span>€9.40</span></div>
        <div class="row total"><span>Total</span><span>€58.85</span></div>
      </section>
      <aside class="card">
        <h2>Payment</h2>
        <label for="coupon">Coupon code</label>
        <div class="coupon"><input id="coupon" value="Enter code"><button>Apply coupon</button></div>
        <div class="row"><span>Pay with</span><span>Visa ···· 4242</span></div>
        <div class="row" style="margin-bottom:12px"><span>Deliver to</span><span>Anna Schmidt, Berlin</span></div>
        <button class="place">Place order</button>
        <p class="legal">By placing your order, you agree to our <a>Terms of Sale</a> and acknowledge our <a>Privacy Notice</a>.</p>
      </aside>
    </div>
  </main>
</body></html>`;

const settingsHtml = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Einstellungen</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: ${FONT_STACK}; color: #1f2937; font-size: 14px; background: #e5e7eb; }
  .page { position: absolute; inset: 0; padding: 20px 28px; color: #9ca3af; }
  .page .bar { height: 14px; background: #d1d5db; border-radius: 4px; margin-bottom: 14px; }
  .overlay { position: absolute; inset: 0; background: rgba(17, 24, 39, .45); }
  .dialog { position: absolute; left: 150px; top: 40px; width: 500px; background: #fff; border-radius: 12px; box-shadow: 0 20px 40px rgba(0,0,0,.25); overflow: hidden; }
  .head { display: flex; align-items: center; padding: 16px 20px; border-bottom: 1px solid #e5e7eb; }
  .head h1 { margin: 0; font-size: 19px; }
  .head .x { margin-left: auto; color: #6b7280; font-size: 20px; }
  .tabs { display: flex; gap: 20px; padding: 0 20px; border-bottom: 1px solid #e5e7eb; }
  .tabs span { padding: 10px 0; color: #6b7280; }
  .tabs .on { color: #4f46e5; border-bottom: 2px solid #4f46e5; font-weight: 600; }
  .body { padding: 16px 20px 6px; }
  .field { margin-bottom: 14px; }
  label { display: block; font-size: 12px; color: #4b5563; margin-bottom: 5px; font-weight: 600; }
  .select { height: 34px; border: 1px solid #d1d5db; border-radius: 6px; padding: 0 10px; display: flex; align-items: center; justify-content: space-between; }
  .check { display: flex; align-items: center; gap: 10px; margin-bottom: 10px; }
  .box { width: 16px; height: 16px; border-radius: 4px; border: 1px solid #9ca3af; }
  .box.on { background: #4f46e5; border-color: #4f46e5; }
  .toggle { margin-left: auto; width: 34px; height: 20px; border-radius: 10px; background: #4f46e5; position: relative; }
  .toggle::after { content: ''; position: absolute; right: 3px; top: 3px; width: 14px; height: 14px; border-radius: 50%; background: #fff; }
  .hint { font-size: 12px; color: #6b7280; margin: -4px 0 12px 26px; }
  .foot { display: flex; justify-content: flex-end; gap: 10px; padding: 14px 20px; background: #f9fafb; border-top: 1px solid #e5e7eb; }
  .btn { height: 36px; padding: 0 16px; border-radius: 6px; font: inherit; font-weight: 600; }
  .ghost { background: #fff; border: 1px solid #d1d5db; color: #374151; }
  .primary { background: #4f46e5; border: 1px solid #4f46e5; color: #fff; }
</style></head>
<body>
  <div class="page"><div class="bar" style="width:40%"></div><div class="bar"></div><div class="bar" style="width:85%"></div><div class="bar" style="width:60%"></div></div>
  <div class="overlay"></div>
  <div class="dialog" role="dialog" aria-label="Einstellungen">
    <div class="head"><h1>Einstellungen</h1><span class="x">×</span></div>
    <div class="tabs"><span class="on">Allgemein</span><span>Benachrichtigungen</span><span>Datenschutz</span></div>
    <div class="body">
      <div class="field"><label>Sprache</label><div class="select"><span>Deutsch</span><span>▾</span></div></div>
      <div class="field"><label>Währung</label><div class="select"><span>Euro (€)</span><span>▾</span></div></div>
      <div class="check"><div class="box on"></div><span>Newsletter per E-Mail erhalten</span></div>
      <div class="hint">Sie können sich jederzeit wieder abmelden.</div>
      <div class="check"><span>Bestellbestätigungen per SMS</span><div class="toggle"></div></div>
    </div>
    <div class="foot"><button class="btn ghost">Abbrechen</button><button class="btn primary">Änderungen speichern</button></div>
  </div>
</body></html>`;

async function makeScreenshot(browser, name, html) {
  const page = await browser.newPage({ viewport: { width: 800, height: 500 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
  await page.close();
  write(name, png);
}

// ---------------------------------------------------------------------------
// 4. WebM: MediaRecorder on a canvas captureStream
// ---------------------------------------------------------------------------

async function recordWebm(browser) {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 }, deviceScaleFactor: 1 });
  await page.setContent('<!doctype html><html><body style="margin:0"><canvas width="320" height="200"></canvas></body></html>');
  const result = await page.evaluate(async (font) => {
    const W = 320;
    const H = 200;
    const DURATION = 2000;
    const canvas = document.querySelector('canvas');
    const ctx = canvas.getContext('2d');
    const btn = { x: 176, y: 128, w: 120, h: 34 };
    const clickAt = 1150;
    const ease = (t) => (t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2);
    const roundRect = (x, y, w, h, r) => {
      ctx.beginPath();
      ctx.roundRect(x, y, w, h, r);
    };

    const draw = (ms) => {
      ctx.fillStyle = '#f3f4f6';
      ctx.fillRect(0, 0, W, H);
      // Header with cart icon and badge.
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, W, 30);
      ctx.fillStyle = '#0f766e';
      ctx.font = `bold 13px ${font}`;
      ctx.textBaseline = 'middle';
      ctx.fillText('Northwind Goods', 12, 15);
      ctx.strokeStyle = '#374151';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(284, 9);
      ctx.lineTo(288, 9);
      ctx.lineTo(291, 20);
      ctx.lineTo(302, 20);
      ctx.lineTo(305, 12);
      ctx.lineTo(289, 12);
      ctx.stroke();
      const count = ms >= clickAt + 150 ? 1 : 0;
      ctx.fillStyle = count ? '#dc2626' : '#9ca3af';
      ctx.beginPath();
      ctx.arc(306, 8, 6, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.font = `bold 9px ${font}`;
      ctx.textAlign = 'center';
      ctx.fillText(String(count), 306, 8.5);
      ctx.textAlign = 'left';

      // Product card.
      ctx.fillStyle = '#ffffff';
      roundRect(14, 42, 292, 146, 10);
      ctx.fill();
      const img = ctx.createLinearGradient(26, 54, 146, 176);
      img.addColorStop(0, '#fcd34d');
      img.addColorStop(1, '#f59e0b');
      ctx.fillStyle = img;
      roundRect(26, 54, 130, 122, 8);
      ctx.fill();
      ctx.fillStyle = 'rgba(255,255,255,0.55)';
      roundRect(58, 84, 66, 70, 6);
      ctx.fill();
      ctx.strokeStyle = 'rgba(255,255,255,0.8)';
      ctx.lineWidth = 4;
      ctx.beginPath();
      ctx.arc(91, 84, 16, Math.PI, 0);
      ctx.stroke();
      ctx.fillStyle = '#111827';
      ctx.font = `bold 14px ${font}`;
      ctx.fillText('Canvas tote bag', 170, 66);
      ctx.fillStyle = '#6b7280';
      ctx.font = `12px ${font}`;
      ctx.fillText('Color: Mustard', 170, 86);
      ctx.fillStyle = '#111827';
      ctx.font = `bold 16px ${font}`;
      ctx.fillText('€24.90', 170, 110);

      // Button: hover, press, then "Added".
      const hover = ms > 950;
      const pressed = ms >= clickAt && ms < clickAt + 150;
      const added = ms >= clickAt + 150;
      let color = '#2563eb';
      if (hover) color = '#1d4ed8';
      if (pressed) color = '#1e3a8a';
      if (added) color = '#16a34a';
      const inset = pressed ? 2 : 0;
      ctx.fillStyle = color;
      roundRect(btn.x + inset, btn.y + inset, btn.w - inset * 2, btn.h - inset * 2, 7);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold 13px ${font}`;
      ctx.textAlign = 'center';
      ctx.fillText(added ? '✓ Added' : 'Add to cart', btn.x + btn.w / 2, btn.y + btn.h / 2 + 1);
      ctx.textAlign = 'left';

      // Click ripple.
      if (ms >= clickAt && ms < clickAt + 400) {
        const k = (ms - clickAt) / 400;
        ctx.strokeStyle = `rgba(255,255,255,${0.8 * (1 - k)})`;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.arc(btn.x + 70, btn.y + 18, 6 + 22 * k, 0, Math.PI * 2);
        ctx.stroke();
      }

      // Cursor: moves from the top left to the button, then rests.
      const t = Math.min(1, ms / 1000);
      const e = ease(t);
      const cx = 40 + (btn.x + 70 - 40) * e;
      const cy = 50 + (btn.y + 18 - 50) * e - Math.sin(e * Math.PI) * 30;
      ctx.save();
      ctx.translate(cx, cy);
      if (pressed) ctx.scale(0.9, 0.9);
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(0, 17);
      ctx.lineTo(4.5, 13);
      ctx.lineTo(7.5, 20);
      ctx.lineTo(10.5, 18.7);
      ctx.lineTo(7.5, 12);
      ctx.lineTo(13, 12);
      ctx.closePath();
      ctx.fillStyle = '#111827';
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.fill();
      ctx.stroke();
      ctx.restore();
    };

    const candidates = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];
    const mimeType = candidates.find((t) => MediaRecorder.isTypeSupported(t));
    if (!mimeType) throw new Error('MediaRecorder cannot record WebM in this browser');

    draw(0);
    const stream = canvas.captureStream(30);
    const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 250_000 });
    const chunks = [];
    recorder.ondataavailable = (ev) => {
      if (ev.data.size > 0) chunks.push(ev.data);
    };
    const stopped = new Promise((res) => {
      recorder.onstop = res;
    });
    recorder.start();
    const t0 = performance.now();
    await new Promise((res) => {
      const tick = () => {
        const ms = performance.now() - t0;
        draw(Math.min(ms, DURATION));
        if (ms < DURATION) requestAnimationFrame(tick);
        else res();
      };
      requestAnimationFrame(tick);
    });
    // One more frame of the final state, then stop.
    await new Promise((res) => setTimeout(res, 60));
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((track) => track.stop());

    const blob = new Blob(chunks, { type: 'video/webm' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(bin), mimeType, recorderMimeType: recorder.mimeType };
  }, FONT_STACK);
  await page.close();
  return { bytes: Buffer.from(result.base64, 'base64'), mimeType: result.recorderMimeType || result.mimeType };
}

// MediaRecorder writes a live WebM: the Segment has an unknown size and the
// Info element has no Duration, so players report duration Infinity. Scan the
// clusters for the last block timestamp and add a Duration element to Info.
// Returns the patched buffer, or null when the layout is not the expected one.
function addWebmDuration(buf) {
  const readId = (pos) => {
    const first = buf[pos];
    let len = 1;
    while (len <= 4 && !(first & (0x80 >> (len - 1)))) len++;
    if (len > 4) throw new Error(`bad EBML id at ${pos}`);
    let id = 0;
    for (let i = 0; i < len; i++) id = id * 256 + buf[pos + i];
    return { id, len };
  };
  const readSize = (pos) => {
    const first = buf[pos];
    let len = 1;
    while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
    if (len > 8) throw new Error(`bad EBML size at ${pos}`);
    let value = first & (0xff >> len);
    let allOnes = value === 0xff >> len;
    for (let i = 1; i < len; i++) {
      value = value * 256 + buf[pos + i];
      if (buf[pos + i] !== 0xff) allOnes = false;
    }
    return { size: allOnes ? null : value, len };
  };
  const readUint = (pos, len) => {
    let v = 0;
    for (let i = 0; i < len; i++) v = v * 256 + buf[pos + i];
    return v;
  };
  const header = (pos) => {
    const id = readId(pos);
    const size = readSize(pos + id.len);
    return { id: id.id, start: pos, dataStart: pos + id.len + size.len, size: size.size, sizeLen: size.len };
  };

  const SEGMENT = 0x18538067;
  const INFO = 0x1549a966;
  const CLUSTER = 0x1f43b675;
  const SEEKHEAD = 0x114d9b74;
  const CUES = 0x1c53bb6b;
  const TIMECODE_SCALE = 0x2ad7b1;
  const DURATION = 0x4489;
  const TIMECODE = 0xe7;
  const SIMPLE_BLOCK = 0xa3;
  const BLOCK_GROUP = 0xa0;
  const BLOCK = 0xa1;
  const LEVEL1 = new Set([0x114d9b74, 0x1549a966, 0x1654ae6b, 0x1f43b675, 0x1c53bb6b, 0x1941a469, 0x1043a770, 0x1254c367]);

  let pos = 0;
  let segment = null;
  while (pos < buf.length) {
    const el = header(pos);
    if (el.id === SEGMENT) {
      segment = el;
      break;
    }
    if (el.size === null) return null;
    pos = el.dataStart + el.size;
  }
  if (!segment) return null;
  const segmentEnd = segment.size === null ? buf.length : segment.dataStart + segment.size;

  let info = null;
  let hasDuration = false;
  let hasIndex = false;
  let timecodeScale = 1_000_000;
  const stamps = [];
  pos = segment.dataStart;
  while (pos < segmentEnd) {
    const el = header(pos);
    if (el.id === SEEKHEAD || el.id === CUES) hasIndex = true;
    if (el.id === INFO) {
      if (el.size === null) return null;
      info = el;
      let p = el.dataStart;
      while (p < el.dataStart + el.size) {
        const child = header(p);
        if (child.id === DURATION) hasDuration = true;
        if (child.id === TIMECODE_SCALE) timecodeScale = readUint(child.dataStart, child.size);
        p = child.dataStart + child.size;
      }
      pos = el.dataStart + el.size;
    } else if (el.id === CLUSTER) {
      const end = el.size === null ? segmentEnd : el.dataStart + el.size;
      let clusterTime = 0;
      let p = el.dataStart;
      while (p < end) {
        const child = header(p);
        if (el.size === null && LEVEL1.has(child.id)) break; // next cluster starts
        if (child.size === null) return null;
        if (child.id === TIMECODE) clusterTime = readUint(child.dataStart, child.size);
        const blockAt = (start) => {
          const track = readSize(start);
          stamps.push(clusterTime + buf.readInt16BE(start + track.len));
        };
        if (child.id === SIMPLE_BLOCK) blockAt(child.dataStart);
        if (child.id === BLOCK_GROUP) {
          let q = child.dataStart;
          while (q < child.dataStart + child.size) {
            const g = header(q);
            if (g.id === BLOCK) blockAt(g.dataStart);
            q = g.dataStart + g.size;
          }
        }
        p = child.dataStart + child.size;
      }
      pos = p;
    } else {
      if (el.size === null) return null;
      pos = el.dataStart + el.size;
    }
  }
  if (hasDuration) {
    console.log('  webm: the recorder already wrote a Duration');
    return buf;
  }
  // Inserting bytes would shift the positions that SeekHead and Cues point to.
  if (!info || hasIndex || stamps.length === 0) return null;

  stamps.sort((a, b) => a - b);
  const last = stamps[stamps.length - 1];
  const step = stamps.length > 1 ? (last - stamps[0]) / (stamps.length - 1) : 0;
  const duration = last + step; // in TimecodeScale units (ms with the default scale)

  const durationEl = Buffer.alloc(11);
  durationEl.writeUInt16BE(DURATION, 0);
  durationEl[2] = 0x88; // size 8
  durationEl.writeDoubleBE(duration, 3);
  const infoIdLen = info.dataStart - info.sizeLen - info.start;
  const newInfoSize = info.size + durationEl.length;
  const sizeField = Buffer.alloc(8);
  sizeField[0] = 0x01;
  sizeField.writeUIntBE(newInfoSize, 2, 6);
  const newInfo = Buffer.concat([
    buf.subarray(info.start, info.start + infoIdLen),
    sizeField,
    buf.subarray(info.dataStart, info.dataStart + info.size),
    durationEl,
  ]);
  const growth = newInfo.length - (info.dataStart + info.size - info.start);
  let out = Buffer.concat([buf.subarray(0, info.start), newInfo, buf.subarray(info.dataStart + info.size)]);
  if (segment.size !== null) {
    const newSize = segment.size + growth;
    if (newSize >= 2 ** (7 * segment.sizeLen) - 1) return null;
    const field = Buffer.alloc(segment.sizeLen);
    let v = newSize;
    for (let i = segment.sizeLen - 1; i >= 0; i--) {
      field[i] = v % 256;
      v = Math.floor(v / 256);
    }
    field[0] |= 0x80 >> (segment.sizeLen - 1);
    out = Buffer.from(out);
    field.copy(out, segment.dataStart - segment.sizeLen);
  }
  console.log(`  webm: added Duration ${(duration * timecodeScale / 1e9).toFixed(3)} s (${stamps.length} frames)`);
  return out;
}

// Loads the written file from a blob URL in a <video> element and checks that
// it decodes: metadata with the right size, and a real frame after playing.
async function verifyWebm(browser, file) {
  const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await page.setContent('<!doctype html><html><body></body></html>');
  const base64 = readFileSync(file).toString('base64');
  const report = await page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    document.body.append(video);
    const timeout = (ms, what) => new Promise((_, rej) => setTimeout(() => rej(new Error(`timeout: ${what}`)), ms));
    const once = (name) => new Promise((res, rej) => {
      video.addEventListener(name, res, { once: true });
      video.addEventListener('error', () => rej(new Error(`video error ${video.error?.code}: ${video.error?.message}`)), { once: true });
    });
    const meta = once('loadedmetadata');
    video.src = url;
    await Promise.race([meta, timeout(10000, 'loadedmetadata')]);
    const out = {
      canPlayType: video.canPlayType('video/webm; codecs="vp8"') || video.canPlayType('video/webm; codecs="vp9"'),
      loadedmetadata: true,
      readyState: video.readyState,
      videoWidth: video.videoWidth,
      videoHeight: video.videoHeight,
      duration: video.duration,
    };
    // Play it through and check that frames are decoded.
    const ended = once('ended');
    await video.play();
    await Promise.race([ended, timeout(10000, 'ended')]);
    out.playedTo = video.currentTime;
    const c = document.createElement('canvas');
    c.width = video.videoWidth;
    c.height = video.videoHeight;
    const cx = c.getContext('2d');
    cx.drawImage(video, 0, 0);
    // The "Added" button is green in the last frame.
    const [r, g, b] = cx.getImageData(186, 150, 1, 1).data;
    out.lastFrameButtonRgb = [r, g, b];
    URL.revokeObjectURL(url);
    return out;
  }, base64);
  await page.close();
  const [r, g, b] = report.lastFrameButtonRgb;
  const ok =
    report.loadedmetadata && report.readyState >= 1 && report.videoWidth === 320 && report.videoHeight === 200 &&
    g > 100 && g > r + 40 && g > b + 40;
  console.log(`  webm check: ${JSON.stringify(report)} -> ${ok ? 'OK' : 'FAILED'}`);
  if (!ok) throw new Error('add-to-cart-flow.webm did not verify');
}

async function makeWebm(browser) {
  const { bytes, mimeType } = await recordWebm(browser);
  console.log(`  webm: recorded ${mimeType}, ${bytes.length} bytes`);
  let patched = null;
  try {
    patched = addWebmDuration(bytes);
  } catch (err) {
    console.warn(`  webm: could not add a duration (${err.message}); keeping it as recorded`);
  }
  if (!patched) console.warn('  webm: unexpected layout, keeping the recorded file (duration Infinity)');
  const file = write('add-to-cart-flow.webm', patched ?? bytes);
  await verifyWebm(browser, file);
}

// ---------------------------------------------------------------------------
// 5. PDF style guide
// ---------------------------------------------------------------------------

const styleGuideHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Localization style guide — Web shop</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: ${FONT_STACK}; color: #1f2937; font-size: 10.5pt; line-height: 1.45; margin: 0; }
  h1 { font-size: 20pt; margin: 0 0 2pt; color: #0f766e; }
  .sub { color: #6b7280; margin: 0 0 14pt; }
  h2 { font-size: 12.5pt; margin: 14pt 0 4pt; color: #111827; }
  p, li { margin: 0 0 6pt; }
  code { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; background: #f3f4f6; padding: 0 2pt; }
  table { width: 100%; border-collapse: collapse; margin-top: 6pt; font-size: 9.5pt; }
  th, td { border: 1px solid #d1d5db; padding: 4pt 6pt; text-align: left; vertical-align: top; }
  th { background: #0f766e; color: #fff; }
  tr:nth-child(even) td { background: #f9fafb; }
  [lang="ja"] { font-family: ${JA_FONT_STACK}; }
  .note { border-left: 3pt solid #f59e0b; background: #fffbeb; padding: 6pt 8pt; margin: 8pt 0; }
</style></head>
<body>
  <h1>Localization style guide — Web shop</h1>
  <p class="sub">Northwind Goods · storefront, checkout and account pages · target languages: German, French, Japanese</p>

  <h2>1. Tone of voice</h2>
  <p>Write like a friendly, competent shop assistant: short sentences, active voice, no jargon.
  Address the customer formally: <b>Sie</b> in German, <b>vous</b> in French and the polite
  <span lang="ja">です・ます</span> style in Japanese. Button labels are verbs or short verb phrases,
  never full sentences, and have no final punctuation.</p>

  <h2>2. Placeholders and numbers</h2>
  <p>Text in curly braces such as <code>{count}</code>, <code>{name}</code> or <code>{date}</code>
  is replaced by the shop at run time. Keep every placeholder exactly as it is, do not translate
  or re-case it, but move it wherever the target grammar needs it. Prices and dates are formatted
  by the shop for each locale; never type a currency symbol next to a placeholder.</p>

  <h2>3. Legal and checkout text</h2>
  <p>Sentences that mention the <i>Terms of Sale</i> or the <i>Privacy Notice</i> must use the
  approved names from the table below, since the links open those exact documents. Do not
  paraphrase, shorten or soften them.</p>
  <div class="note">German law (§ 312j BGB) requires the final order button to state clearly that the
  order is subject to payment. Translate <b>Place order</b> as <b>Zahlungspflichtig bestellen</b>,
  not as “Bestellung aufgeben” or “Jetzt kaufen”.</div>

  <h2>4. Terminology</h2>
  <table>
    <thead><tr><th>English (source)</th><th>German</th><th>French</th><th>Japanese</th></tr></thead>
    <tbody>
      <tr><td>Cart</td><td>Warenkorb</td><td>Panier</td><td lang="ja">カート</td></tr>
      <tr><td>Add to cart</td><td>In den Warenkorb</td><td>Ajouter au panier</td><td lang="ja">カートに入れる</td></tr>
      <tr><td>Checkout</td><td>Kasse</td><td>Paiement</td><td lang="ja">ご購入手続き</td></tr>
      <tr><td>Place order</td><td>Zahlungspflichtig bestellen</td><td>Passer la commande</td><td lang="ja">注文を確定する</td></tr>
      <tr><td>Coupon code</td><td>Gutscheincode</td><td>Code promo</td><td lang="ja">クーポンコード</td></tr>
      <tr><td>Shipping</td><td>Versand</td><td>Livraison</td><td lang="ja">配送</td></tr>
      <tr><td>Terms of Sale</td><td>Allgemeine Geschäftsbedingungen (AGB)</td><td>Conditions générales de vente</td><td lang="ja">販売条件</td></tr>
      <tr><td>Privacy Notice</td><td>Datenschutzerklärung</td><td>Politique de confidentialité</td><td lang="ja">プライバシーポリシー</td></tr>
      <tr><td>Account</td><td>Kundenkonto</td><td>Compte client</td><td lang="ja">アカウント</td></tr>
      <tr><td>Wishlist</td><td>Wunschliste</td><td>Liste d’envies</td><td lang="ja">ほしい物リスト</td></tr>
      <tr><td>Save changes</td><td>Änderungen speichern</td><td>Enregistrer les modifications</td><td lang="ja">変更を保存</td></tr>
    </tbody>
  </table>

  <h2>5. Length and layout</h2>
  <p>German text usually runs 30% longer than English. Buttons in the checkout have room for about
  28 characters; if a translation does not fit, ask the project manager instead of abbreviating.
  Attached screenshots and videos show where each string appears.</p>

  <h2>6. Checklist before delivery</h2>
  <ul>
    <li>All placeholders are present and spelled exactly like the source.</li>
    <li>Terms from the table are used consistently, including in error messages and tooltips.</li>
    <li>Legal sentences match the approved wording of the linked documents.</li>
    <li>Button labels fit the space shown in the screenshot or video of the segment.</li>
    <li>Quotation marks follow the target language: „…“ in German, « … » in French, <span lang="ja">「…」</span> in Japanese.</li>
  </ul>
</body></html>`;

// Chromium writes the current time into /CreationDate and /ModDate; replace the
// digits with a fixed date of the same length so that byte offsets stay valid.
function fixPdfDates(pdf) {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key) => `/${key} (D:20240115120000`);
  return Buffer.from(fixed, 'latin1');
}

async function makePdf(browser) {
  const page = await browser.newPage();
  await page.setContent(styleGuideHtml, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.close();
  write('style-guide.pdf', fixPdfDates(pdf));
}

// ---------------------------------------------------------------------------

async function main() {
  mkdirSync(outDir, { recursive: true });
  warnIfNoJapaneseFont();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    await makeJpeg(browser);
    await makeScreenshot(browser, 'checkout-screen.png', checkoutHtml);
    await makeScreenshot(browser, 'settings-dialog-de.png', settingsHtml);
    await makeWebm(browser);
    await makePdf(browser);
  } finally {
    await browser.close();
  }
  console.log(`fixtures written to ${outDir}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
