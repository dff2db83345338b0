import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastStore, SUCCESS_TOAST_MS } from '../../src/ui/toast-store';

const texts = (toasts: ReturnType<typeof createToastStore>) => toasts.store.getState().toasts.map((t) => t.text);

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a success notice leaves after a few seconds; a failure stays until dismissed', () => {
    const toasts = createToastStore();
    const exit = vi.fn();
    toasts.show({ text: 'Link copied.', onExit: exit });
    const failure = toasts.show({ text: 'Could not copy.', tone: 'error' });
    vi.advanceTimersByTime(SUCCESS_TOAST_MS - 1);
    expect(texts(toasts)).toEqual(['Link copied.', 'Could not copy.']);
    vi.advanceTimersByTime(1);
    expect(texts(toasts)).toEqual(['Could not copy.']);
    expect(exit).toHaveBeenCalledExactlyOnceWith('timeout');
    vi.advanceTimersByTime(60_000);
    expect(texts(toasts)).toEqual(['Could not copy.']);
    toasts.dismiss(failure);
    expect(texts(toasts)).toEqual([]);
  });

  it('no time passes while paused (hovered or focused)', () => {
    const toasts = createToastStore();
    toasts.show({ text: 'a', duration: 10_000 });
    vi.advanceTimersByTime(4000);
    toasts.pause();
    vi.advanceTimersByTime(60_000);
    expect(texts(toasts)).toEqual(['a']);
    toasts.resume();
    vi.advanceTimersByTime(5999);
    expect(texts(toasts)).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(texts(toasts)).toEqual([]);
  });

  it('a toast shown while paused waits too', () => {
    const toasts = createToastStore();
    toasts.pause();
    toasts.show({ text: 'b' });
    vi.advanceTimersByTime(SUCCESS_TOAST_MS * 3);
    expect(texts(toasts)).toEqual(['b']);
    toasts.resume();
    vi.advanceTimersByTime(SUCCESS_TOAST_MS);
    expect(texts(toasts)).toEqual([]);
  });

  it('another segment takes success notices away, silently; an undo in flight and failures stay', () => {
    const toasts = createToastStore();
    const exit = vi.fn();
    toasts.show({ text: 'copied', onExit: exit });
    toasts.show({ text: 'deleted', keepOnSegmentChange: true, duration: 10_000 });
    toasts.show({ text: 'failed', tone: 'error' });
    toasts.segmentChanged();
    expect(texts(toasts)).toEqual(['deleted', 'failed']);
    expect(exit).not.toHaveBeenCalled();
  });

  it('says how it left: by its action, dismissed, or withdrawn by its owner (not said)', () => {
    const toasts = createToastStore();
    const run = vi.fn();
    const exits: string[] = [];
    const a = toasts.show({ text: 'a', action: { label: 'Undo', run }, onExit: (e) => exits.push(`a:${e}`) });
    const b = toasts.show({ text: 'b', onExit: (e) => exits.push(`b:${e}`) });
    const c = toasts.show({ text: 'c', onExit: (e) => exits.push(`c:${e}`) });
    toasts.act(a);
    toasts.dismiss(b);
    toasts.withdraw(c);
    vi.advanceTimersByTime(60_000);
    expect(run).toHaveBeenCalledOnce();
    expect(exits).toEqual(['a:action', 'b:dismissed']);
  });
});
