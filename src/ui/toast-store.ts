import { createStore } from 'zustand/vanilla';

export type ToastTone = 'success' | 'error';
/** Why a toast left: its time ran out, the user closed it, or the user took its action. */
export type ToastExit = 'timeout' | 'dismissed' | 'action';

export interface ToastInput {
  text: string;
  /** `success` (default) leaves by itself; `error` stays until dismissed. */
  tone?: ToastTone;
  /** Milliseconds on screen (not counting pauses); null: until dismissed. Default 5 s for success. */
  duration?: number | null;
  /** One button beside the text (e.g. Undo); `name` is its accessible name when the label is short. */
  action?: { label: string; name?: string; run: () => void };
  /** Stays when the panel shows another segment (an undo in flight). Default: failures stay, success notices go. */
  keepOnSegmentChange?: boolean;
  /** Told once when the toast leaves, except when the store is destroyed or the segment changes. */
  onExit?: (exit: ToastExit) => void;
}

export interface Toast extends ToastInput {
  id: number;
  tone: ToastTone;
}

export const SUCCESS_TOAST_MS = 5000;

interface Timing {
  remaining: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The panel's passing messages. Times live here, not in components: a toast leaves on time whether
 * or not it is drawn. While the user hovers or focuses the toasts (`pause`), no time passes.
 */
export function createToastStore() {
  const store = createStore<{ toasts: Toast[] }>(() => ({ toasts: [] }));
  const timings = new Map<number, Timing>();
  let paused = false;
  let nextId = 1;

  const start = (id: number, timing: Timing) => {
    timing.startedAt = Date.now();
    timing.timer = setTimeout(() => leave(id, 'timeout'), timing.remaining);
  };

  function remove(id: number): Toast | undefined {
    const toast = store.getState().toasts.find((t) => t.id === id);
    if (!toast) return undefined;
    const timing = timings.get(id);
    if (timing?.timer) clearTimeout(timing.timer);
    timings.delete(id);
    store.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    return toast;
  }

  function leave(id: number, exit: ToastExit) {
    remove(id)?.onExit?.(exit);
  }

  return {
    store,
    show(input: ToastInput): number {
      const id = nextId++;
      const tone = input.tone ?? 'success';
      const duration = input.duration === undefined ? (tone === 'success' ? SUCCESS_TOAST_MS : null) : input.duration;
      store.setState((s) => ({ toasts: [...s.toasts, { ...input, tone, duration, id }] }));
      if (duration !== null) {
        const timing: Timing = { remaining: duration, startedAt: 0, timer: null };
        timings.set(id, timing);
        if (!paused) start(id, timing);
      }
      return id;
    },
    /** Closed by the user. */
    dismiss: (id: number) => leave(id, 'dismissed'),
    /** Its action taken (the action itself runs first). */
    act(id: number) {
      const toast = store.getState().toasts.find((t) => t.id === id);
      if (!toast?.action) return;
      toast.action.run();
      leave(id, 'action');
    },
    /** Taken away by its owner (e.g. a delete that went out): no exit is told. */
    withdraw: (id: number) => void remove(id),
    /** Another segment is shown: what concerned the last one goes. */
    segmentChanged() {
      for (const toast of store.getState().toasts) if (!(toast.keepOnSegmentChange ?? toast.tone === 'error')) remove(toast.id);
    },
    pause() {
      if (paused) return;
      paused = true;
      for (const timing of timings.values()) {
        if (!timing.timer) continue;
        clearTimeout(timing.timer);
        timing.timer = null;
        timing.remaining = Math.max(0, timing.remaining - (Date.now() - timing.startedAt));
      }
    },
    resume() {
      if (!paused) return;
      paused = false;
      for (const [id, timing] of timings) start(id, timing);
    },
    /** The panel goes away: timers stop, nobody is told (owners flush their own work). */
    destroy() {
      for (const timing of timings.values()) if (timing.timer) clearTimeout(timing.timer);
      timings.clear();
      store.setState({ toasts: [] });
    },
  };
}

export type ToastStore = ReturnType<typeof createToastStore>;
