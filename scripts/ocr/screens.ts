import { DOCUMENT, shown, type OcrLanguage } from './document';

/**
 * Six kinds of app screen (a dialog, a sign-in form, a file table, a settings page, a checkout,
 * a menu bar with a session warning) as HTML, each showing some segments of DOCUMENT among text
 * that is no segment (names, numbers, prices): the distractors a real screenshot has. A segment's
 * text sits in an element with `data-seg`, whose rendered box is the truth.
 */
export type ScreenKind = 'dialog' | 'sign-in' | 'files' | 'settings' | 'checkout' | 'menu' | 'overview';
/** The kinds of the test set's 36 screenshots ("Find the string", per language). */
export const SCREEN_KINDS: readonly ScreenKind[] = ['dialog', 'sign-in', 'files', 'settings', 'checkout', 'menu'];
/**
 * A whole screen of one app (side bar, toolbar, file table, promotion, settings, buttons) that
 * shows 12 of the document's 30 segments among other text: the case "Find all strings of this
 * document" is measured on (≥ 11 right, ≤ 1 wrong).
 */
export const OVERVIEW: ScreenKind = 'overview';
/** The segments the overview shows. */
export const OVERVIEW_SEGMENTS = [16, 17, 26, 29, 25, 21, 22, 24, 28, 20, 2, 1].map((n) => 81000000 + n);

export interface Look {
  dark: boolean;
  font: 'Liberation Sans' | 'DejaVu Sans' | 'Liberation Serif';
  /** Base font size in CSS pixels. */
  size: number;
}

function seg(language: OcrLanguage) {
  return (id: number, tag = 'span', attrs = '') => {
    const segment = DOCUMENT.find((s) => s.segmentId === id);
    if (!segment) throw new Error(`No segment ${id}`);
    return `<${tag} data-seg="${id}" ${attrs}>${shown(segment, language)}</${tag}>`;
  };
}

const S = (n: number) => 81000000 + n;

const BODIES: Record<ScreenKind, (s: ReturnType<typeof seg>) => string> = {
  dialog: (s) => `
    <header class="bar"><b>Acme Drive</b><span>${s(S(25))}</span><span>${s(S(26))}</span></header>
    <main class="list">${['Q3 report.docx', 'Team photo.jpg', 'Budget 2026.xlsx', 'Invoice 0042.pdf'].map((f) => `<p>${f}</p>`).join('')}</main>
    <div class="scrim"><section class="dialog">
      ${s(S(3), 'h2')}<p>Budget 2026.xlsx · 48 KB</p>${s(S(4), 'p')}
      <div class="buttons">${s(S(2), 'button')}${s(S(1), 'button', 'class="primary"')}</div>
    </section></div>`,
  'sign-in': (s) => `
    <section class="card narrow">
      <h1>Acme</h1>${s(S(11), 'h2')}
      <label>${s(S(5))}<input value="anna@example.com"></label>
      <label>${s(S(6))}<input type="password" value="secret123"></label>
      <p><input type="checkbox" checked> ${s(S(9))}</p>
      <button class="primary wide">${s(S(8))}</button>
      <p class="link">${s(S(7))}</p>
    </section>`,
  files: (s) => `
    <header class="bar"><b>Acme Drive</b><span>${s(S(10))}</span><button>${s(S(25))}</button></header>
    <table><thead><tr><th>#</th><th>${s(S(21))}</th><th>${s(S(22))}</th><th>Owner</th></tr></thead>
    <tbody>${[['Q3 report.docx', '2 days ago', '1.2 MB', 'Jonas'], ['Team photo.jpg', 'Yesterday', '3.4 MB', 'Anna'], ['Budget 2026.xlsx', '10:42', '48 KB', 'Léa'],
      ['Roadmap.pptx', 'Mar 3', '5.1 MB', 'Omar']].map((r, i) => `<tr><td>${i + 1}</td>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>
    <footer class="muted">${s(S(24))}</footer>`,
  settings: (s) => `
    <div class="columns"><nav>${s(S(16), 'h2')}<p>Profile</p><p>${s(S(30))}</p><p>${s(S(29))}</p></nav>
    <main>${s(S(17), 'h3')}
      <p><input type="checkbox" checked> ${s(S(18))}</p>
      ${s(S(19), 'h3')}<p>English (United States) · UTC+01:00</p>
      <p><input type="checkbox"> ${s(S(20))}</p>
      <aside class="promo">${s(S(28), 'p')}</aside>
      <div class="buttons">${s(S(2), 'button')}${s(S(1), 'button', 'class="primary"')}</div></main></div>`,
  checkout: (s) => `
    <div class="columns"><main>${s(S(13), 'h3')}<p>Anna Müller<br>Hauptstraße 12<br>10115 Berlin</p>
      <p class="muted">${s(S(23))}</p></main>
    <aside class="card">${s(S(12), 'h2')}<p>2 × Notebook A5 — 9.80</p><p>1 × Pen set — 14.50</p>
      <p><b>${s(S(15))}</b> 24.30</p><button class="primary wide upper">${s(S(14))}</button></aside></div>`,
  menu: (s) => `
    <header class="bar menu"><span>File</span><span>Edit</span><span>View</span><span>${s(S(26))}</span></header>
    <ul class="dropdown"><li>New</li><li>Open…</li><li>${s(S(25))}</li><li>${s(S(16))}</li></ul>
    <div class="warning">${s(S(27), 'p')}<button>${s(S(1))}</button></div>
    <section class="empty">${s(S(23), 'p')}</section>`,
  overview: (s) => `
    <header class="bar"><b>Acme Drive</b><span>Anna Müller</span><button>${s(S(25))}</button><span>${s(S(26))}</span></header>
    <div class="columns"><nav>${s(S(16), 'h2')}<p>Profile</p><p>${s(S(17))}</p><p>${s(S(29))}</p><p>Billing</p></nav>
    <main><table><thead><tr><th>Name</th><th>${s(S(21))}</th><th>${s(S(22))}</th></tr></thead>
      <tbody>${[['Q3 report.docx', '2 days ago', '1.2 MB'], ['Team photo.jpg', 'Yesterday', '3.4 MB'], ['Roadmap.pptx', 'Mar 3', '5.1 MB']]
        .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>
      <p class="muted">${s(S(24))}</p>
      <aside class="promo">${s(S(28), 'p')}</aside>
      <p><input type="checkbox"> ${s(S(20))}</p>
      <div class="buttons">${s(S(2), 'button')}${s(S(1), 'button', 'class="primary"')}</div></main></div>`,
};

export function screenHtml(kind: ScreenKind, language: OcrLanguage, look: Look): string {
  const [bg, fg, card, line, accent] = look.dark ? ['#15181d', '#e6e8eb', '#22262d', '#3a404a', '#5b9cff'] : ['#f4f5f7', '#1d2230', '#ffffff', '#d5d9e0', '#1f5fd1'];
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>
    * { box-sizing: border-box } body { margin: 0; height: 100vh; background: ${bg}; color: ${fg}; font: ${look.size}px/1.45 '${look.font}'; }
    .bar { display: flex; gap: 28px; align-items: center; padding: 14px 24px; background: ${card}; border-bottom: 1px solid ${line}; }
    .card, .dialog, .promo, .warning, table { background: ${card}; border: 1px solid ${line}; border-radius: 8px; padding: 20px 24px; }
    .narrow { width: 420px; margin: 60px auto; } label { display: block; margin: 14px 0; } label span { display: block; margin-bottom: 4px; }
    input:not([type=checkbox]) { width: 100%; padding: 8px; font: inherit; color: ${fg}; background: ${bg}; border: 1px solid ${line}; }
    button { font: inherit; padding: 8px 16px; margin-left: 8px; color: ${fg}; background: ${card}; border: 1px solid ${line}; border-radius: 6px; }
    .primary { background: ${accent}; color: #fff; border-color: ${accent}; } .wide { width: 100%; margin: 12px 0 0; } .upper { text-transform: uppercase; letter-spacing: .04em; }
    .scrim { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: grid; place-items: center; } .dialog { width: 460px; }
    .buttons { display: flex; justify-content: flex-end; margin-top: 16px; } .list { padding: 24px; } .link { color: ${accent}; }
    table { margin: 24px; width: calc(100% - 48px); border-collapse: collapse; } th, td { text-align: left; padding: 10px 14px; border-bottom: 1px solid ${line}; }
    .columns { display: flex; gap: 40px; padding: 32px; } .columns > main { flex: 1; } nav { width: 240px; } .muted { opacity: .75; padding: 0 24px; }
    .promo { width: 360px; margin: 24px 0; } .warning { max-width: 520px; margin: 260px 40px 40px; display: flex; gap: 12px; align-items: center; }
    .dropdown { position: absolute; top: 48px; left: 80px; list-style: none; margin: 0; padding: 6px 0; background: ${card}; border: 1px solid ${line}; }
    .dropdown li { padding: 6px 28px; } .empty { position: absolute; right: 80px; bottom: 120px; } .columns aside.card { width: 380px; }
    .warning p, .promo p { margin: 0; }
  </style></head><body>${BODIES[kind](seg(language))}</body></html>`;
}
