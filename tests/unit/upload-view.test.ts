import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createAnnouncer } from '../../src/features/upload/core/announcer';
import { throttledStore } from '../../src/features/upload/core/throttled-store';

describe('the uploads view store (throttled)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('wakes its listeners once per burst, at most every 100 ms, with the latest state', () => {
    const store = createStore(() => ({ n: 0 }));
    const view = throttledStore(store, { ms: 100 });
    const seen: number[] = [];
    view.subscribe((state) => seen.push(state.n));
    for (let i = 1; i <= 5; i += 1) store.setState({ n: i });
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([5]);
    store.setState({ n: 6 });
    store.setState({ n: 7 });
    vi.advanceTimersByTime(50);
    expect(seen).toEqual([5]);
    vi.advanceTimersByTime(50);
    expect(seen).toEqual([5, 7]);
    expect(view.getState().n).toBe(7);
  });

  it('wakes its listeners less often once changes have kept coming for a while, and quickly again after a quiet spell', () => {
    const store = createStore(() => ({ n: 0 }));
    const view = throttledStore(store, { ms: 100, streamMs: 300, streamAfterMs: 1000 });
    const wakes: number[] = [];
    view.subscribe(() => wakes.push(Date.now()));
    const start = Date.now();
    // A change every 10 ms for 3 s: a long batch's progress.
    for (let t = 0; t < 3000; t += 10) {
      store.setState({ n: t });
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(300);
    const gaps = wakes.slice(1).map((at, i) => at - wakes[i]!);
    const firstSecond = gaps.filter((_, i) => wakes[i + 1]! - start <= 1000);
    const later = gaps.filter((_, i) => wakes[i]! - start >= 1200);
    expect(firstSecond.length).toBeGreaterThanOrEqual(8);
    expect(firstSecond.every((gap) => gap >= 100 && gap <= 110)).toBe(true);
    expect(later.length).toBeGreaterThanOrEqual(4);
    expect(later.every((gap) => gap >= 300 && gap <= 310)).toBe(true);
    expect(view.getState().n).toBe(2990);
    // Quiet for a second: the next change goes out at once, the next ones 100 ms apart.
    vi.advanceTimersByTime(1000);
    const before = wakes.length;
    store.setState({ n: 1 });
    vi.advanceTimersByTime(0);
    expect(wakes.length).toBe(before + 1);
    store.setState({ n: 2 });
    vi.advanceTimersByTime(100);
    expect(wakes.length).toBe(before + 2);
  });

  it('flush tells the listeners at once', () => {
    const store = createStore(() => ({ n: 0 }));
    const view = throttledStore(store, { ms: 100 });
    const listener = vi.fn();
    view.subscribe(listener);
    store.setState({ n: 1 });
    vi.advanceTimersByTime(0);
    store.setState({ n: 2 });
    view.flush();
    expect(listener).toHaveBeenLastCalledWith({ n: 2 }, { n: 1 });
    vi.advanceTimersByTime(500);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops listening to the store when the last listener leaves', () => {
    const store = createStore(() => ({ n: 0 }));
    const view = throttledStore(store, { ms: 100 });
    const listener = vi.fn();
    const unsubscribe = view.subscribe(listener);
    unsubscribe();
    store.setState({ n: 1 });
    // Still subscribed, the view would set its timer for a change nobody listens to.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(200);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the announcer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says one finished file by name, and a burst as a count', () => {
    const announcer = createAnnouncer();
    const texts = () => announcer.store.getState().messages.map((m) => m.text);
    announcer.done('a.png uploaded.', (n) => `${n} files uploaded.`);
    vi.advanceTimersByTime(1000);
    expect(texts()).toEqual(['a.png uploaded.']);
    for (const name of ['b', 'c', 'd']) announcer.done(`${name}.png uploaded.`, (n) => `${n} files uploaded.`);
    vi.advanceTimersByTime(1000);
    expect(texts()).toEqual(['a.png uploaded.', '3 files uploaded.']);
    announcer.say('x.png failed: no.');
    expect(texts().at(-1)).toBe('x.png failed: no.');
  });
});
