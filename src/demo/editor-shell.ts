import { apiFromUrl, loadSegments, signIn, type DemoSegment, type HostSession } from './host-session';
import { askForKey, asSentence } from './key-form';
import './editor.css';

export const SCOPE = 'pr7214';
const TARGETS = [['de', 'Deutsch'], ['fr', 'Fran\u00e7ais'], ['ja', '\u65e5\u672c\u8a9e']] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export interface EditorShell {
  session: HostSession;
  /** Where the host puts the panel (custom element or iframe). */
  panelSlot: HTMLElement;
  targetLocale(): string;
  log(event: string, detail: unknown): void;
  onSelect(listener: (segmentId: number) => void): void;
  onTargetLocale(listener: (locale: string) => void): void;
  selected(): number;
}

/** Why signing in failed, in one sentence or two, each ending in one full stop. */
function signInProblem(apiBaseUrl: string, error: unknown): string {
  const host = new URL(apiBaseUrl).host;
  if (error instanceof TypeError) {
    return `${host} cannot be reached. Start the mock server (npm run mock:server), or open this page with ?api= and the server's URL.`;
  }
  return `Could not sign in to ${host}: ${asSentence((error as Error).message)}`;
}

/**
 * The mock's public demo account (a real editor has its own session). Development and end-to-end
 * builds know its key and try it first; a production build, or a server that refuses that key,
 * asks for the key in a form.
 */
async function signInDemo(apiBaseUrl: string, root: HTMLElement, status: HTMLElement): Promise<HostSession> {
  const builtInKey = import.meta.env.DEV || import.meta.env.MODE === 'e2e' ? 'demo-key' : null;
  let problem: string | null = null;
  if (builtInKey) {
    try {
      return await signIn(apiBaseUrl, 'demo', builtInKey);
    } catch (error) {
      problem = signInProblem(apiBaseUrl, error);
    }
  }
  status.textContent = 'Not signed in.';
  return askForKey({
    slot: root, server: new URL(apiBaseUrl).host, accountId: 'demo', initialKey: builtInKey ?? '', problem,
    submit: (key) => signIn(apiBaseUrl, 'demo', key).catch((error: unknown) => {
      throw new Error(signInProblem(apiBaseUrl, error));
    }),
  });
}

/**
 * A small CAT editor: a segment grid (source and target) on the left, the host's side panel on
 * the right, and a log of what the panel told the host. Plain DOM: the panel must fit any host.
 */
export async function startEditorShell(title: string): Promise<EditorShell> {
  const root = document.getElementById('editor')!;
  const status = el('p', { className: 'demo-status', role: 'status' }, 'Signing in\u2026');
  root.append(el('header', { className: 'demo-header' }, el('h1', {}, title), status));

  const apiBaseUrl = apiFromUrl();
  const session = await signInDemo(apiBaseUrl, root, status);
  status.textContent = `Signed in to ${new URL(apiBaseUrl).host} as demo \u2014 scope ${SCOPE}`;

  const segments: DemoSegment[] = await loadSegments(apiBaseUrl, SCOPE);
  const selectListeners: ((id: number) => void)[] = [];
  const localeListeners: ((locale: string) => void)[] = [];
  let selectedId = segments[0]?.segmentId ?? 27665601;

  const target = el('select', { id: 'demo-target' }, ...TARGETS.map(([code, name]) => el('option', { value: code }, `${name} (${code})`)));
  const grid = el('table', { className: 'demo-grid' });
  grid.setAttribute('aria-label', 'Segments');
  const head = el('thead', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, 'Source (en)'), el('th', { id: 'demo-target-head' }, 'Target')));
  const body = el('tbody');
  grid.append(head, body);

  function renderRows() {
    const locale = target.value;
    body.replaceChildren(...segments.map((segment) => {
      const row = el('tr', { tabIndex: segment.segmentId === selectedId ? 0 : -1 });
      row.dataset.segmentId = String(segment.segmentId);
      row.setAttribute('aria-selected', String(segment.segmentId === selectedId));
      row.append(
        el('td', { className: 'demo-id' }, String(segment.segmentId)),
        el('td', {}, segment.texts.en ?? ''),
        el('td', { lang: locale }, segment.texts[locale] ?? ''),
      );
      row.addEventListener('click', () => select(segment.segmentId, true));
      return row;
    }));
  }

  function select(segmentId: number, focus = false) {
    if (segmentId === selectedId) return;
    selectedId = segmentId;
    renderRows();
    if (focus) (body.querySelector('tr[aria-selected="true"]') as HTMLElement | null)?.focus();
    for (const listener of selectListeners) listener(segmentId);
  }

  body.addEventListener('keydown', (event) => {
    const index = segments.findIndex((s) => s.segmentId === selectedId);
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (next < 0 || next >= segments.length) return;
    event.preventDefault();
    select(segments[next]!.segmentId, true);
  });
  target.addEventListener('change', () => {
    renderRows();
    for (const listener of localeListeners) listener(target.value);
  });

  const panelSlot = el('aside', { className: 'demo-panel' });
  panelSlot.setAttribute('aria-label', 'Segment context');
  const log = el('ol', { className: 'demo-log' });
  log.setAttribute('aria-label', 'Panel events');
  root.append(el('main', { className: 'demo-main' },
    el('section', { className: 'demo-left' },
      el('label', { htmlFor: 'demo-target' }, 'Target language '), target, grid,
      el('h2', {}, 'Events from the panel'), log),
    panelSlot));
  renderRows();

  return {
    session,
    panelSlot,
    targetLocale: () => target.value,
    selected: () => selectedId,
    onSelect: (listener) => selectListeners.push(listener),
    onTargetLocale: (listener) => localeListeners.push(listener),
    log(event, detail) {
      const summary = (detail as { name?: string } | null)?.name ?? (detail as { title?: string } | null)?.title
        ?? (Array.isArray(detail) ? detail.map((a: { name?: string }) => a.name).join(', ') : JSON.stringify(detail));
      log.prepend(el('li', {}, el('strong', {}, event), ` ${summary ?? ''}`));
    },
  };
}
