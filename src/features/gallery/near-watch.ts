/**
 * Where tiles learn that they came near the view and stayed: one IntersectionObserver per margin
 * and settling time, and one timer, for all of them. A tile of its own each made an observer and
 * a timer as it mounted, a few hundred of each while a fling passed the tiles by.
 */
interface Watch {
  /** When the element will have stayed near long enough; null while it is away. */
  dueAt: number | null;
  near(): void;
}

interface Watcher {
  observer: IntersectionObserver;
  watched: Map<Element, Watch>;
  timer: ReturnType<typeof setTimeout> | null;
  /** The time the timer is set for. */
  timerAt: number;
}

// By observer class, then by margin and time: a test (or a page) that swaps the class gets new ones.
const watchers = new WeakMap<typeof IntersectionObserver, Map<string, Watcher>>();

function arm(watcher: Watcher, all: Map<string, Watcher>, name: string) {
  let next = Infinity;
  for (const watch of watcher.watched.values()) if (watch.dueAt !== null && watch.dueAt < next) next = watch.dueAt;
  if (watcher.timer && watcher.timerAt === next) return;
  if (watcher.timer) clearTimeout(watcher.timer);
  watcher.timer = null;
  if (next === Infinity) return;
  watcher.timerAt = next;
  watcher.timer = setTimeout(() => {
    watcher.timer = null;
    const now = Date.now();
    for (const [element, watch] of [...watcher.watched]) {
      if (watch.dueAt === null || watch.dueAt > now) continue;
      forget(watcher, all, name, element);
      watch.near();
    }
    arm(watcher, all, name);
  }, Math.max(0, next - Date.now()));
}

function forget(watcher: Watcher, all: Map<string, Watcher>, name: string, element: Element) {
  if (!watcher.watched.delete(element)) return;
  watcher.observer.unobserve(element);
  if (watcher.watched.size > 0) return;
  watcher.observer.disconnect();
  if (watcher.timer) clearTimeout(watcher.timer);
  watcher.timer = null;
  if (all.get(name) === watcher) all.delete(name);
}

/**
 * Calls `near` once `element` has stayed within `margin` of the view for `settleMs`; a tile that
 * only flashes past is never told. Returns the function that stops watching.
 */
export function watchNear(element: Element, margin: string, settleMs: number, near: () => void): () => void {
  const Observer = IntersectionObserver;
  const all = watchers.get(Observer) ?? new Map<string, Watcher>();
  watchers.set(Observer, all);
  const name = `${margin}|${settleMs}`;
  let watcher = all.get(name);
  if (!watcher) {
    const created: Watcher = { observer: null!, watched: new Map(), timer: null, timerAt: Infinity };
    created.observer = new Observer((entries) => {
      // The latest entry of an element says where it is now.
      for (const entry of entries) {
        const watch = created.watched.get(entry.target);
        if (!watch) continue;
        if (!entry.isIntersecting) watch.dueAt = null;
        else watch.dueAt ??= Date.now() + settleMs;
      }
      arm(created, all, name);
    }, { rootMargin: margin });
    all.set(name, (watcher = created));
  }
  watcher.watched.set(element, { dueAt: null, near });
  watcher.observer.observe(element);
  const mine = watcher;
  return () => forget(mine, all, name, element);
}
