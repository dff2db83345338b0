import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useNearViewport } from '../../src/features/gallery/use-near-viewport';

/** A stand-in IntersectionObserver the test moves by hand: `move(true)` brings the element near. */
class FakeObserver {
  static current: FakeObserver | null = null;
  static made = 0;
  disconnected = false;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
    FakeObserver.made += 1;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  /** Every watched element (or those whose text is `only`) comes near or goes away. */
  move(isIntersecting: boolean, only?: string) {
    const entries = [...this.targets].filter((t) => only === undefined || t.getAttribute('data-name') === only)
      .map((target) => ({ isIntersecting, target }) as unknown as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function Probe({ name = 'a' }: { name?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return <div ref={box} data-name={name}>{`${name}:${near ? 'near' : 'far'}`}</div>;
}

beforeEach(() => {
  FakeObserver.made = 0;
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useNearViewport', () => {
  it('ignores a tile that only flashes past during a fast scroll', () => {
    const view = render(<Probe />);
    act(() => FakeObserver.current!.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 20));
    act(() => FakeObserver.current!.move(false));
    act(() => vi.advanceTimersByTime(1000));
    expect(view.container).toHaveTextContent('a:far');
  });

  it('counts a tile that stays near the view, for good', () => {
    const view = render(<Probe />);
    act(() => FakeObserver.current!.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(view.container).toHaveTextContent('a:near');
    expect(FakeObserver.current!.disconnected).toBe(true);
  });

  it('starts over when a tile comes back', () => {
    const view = render(<Probe />);
    const observer = FakeObserver.current!;
    act(() => observer.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    act(() => observer.move(false));
    act(() => observer.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(view.container).toHaveTextContent('a:far');
    act(() => vi.advanceTimersByTime(1));
    expect(view.container).toHaveTextContent('a:near');
  });

  it('watches a whole grid with one observer and one timer: the tiles that stay are told, the ones that pass are not', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const names = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const view = render(<>{names.map((name) => <Probe key={name} name={name} />)}</>);
    expect(FakeObserver.made).toBe(1);
    const observer = FakeObserver.current!;
    act(() => observer.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    act(() => observer.move(false, 't0'));
    act(() => vi.advanceTimersByTime(SETTLE_MS / 2));
    expect(view.container).toHaveTextContent('t1:near');
    expect(view.container).toHaveTextContent('t29:near');
    expect(view.container).toHaveTextContent('t0:far');
    // One timer for the 30 (set again when t0 left), not one each.
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(3);
    // Only t0 is still watched.
    expect(observer.targets.size).toBe(1);
    view.unmount();
    expect(observer.disconnected).toBe(true);
  });
});
