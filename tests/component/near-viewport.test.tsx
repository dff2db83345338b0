import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useNearViewport } from '../../src/features/gallery/use-near-viewport';

/** A stand-in IntersectionObserver the test moves by hand: `move(true)` brings the element near. */
class FakeObserver {
  static current: FakeObserver | null = null;
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  move(isIntersecting: boolean) {
    this.callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

function Probe() {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return <div ref={box}>{near ? 'near' : 'far'}</div>;
}

beforeEach(() => {
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
    expect(view.container).toHaveTextContent('far');
  });

  it('counts a tile that stays near the view, for good', () => {
    const view = render(<Probe />);
    act(() => FakeObserver.current!.move(true));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(view.container).toHaveTextContent('near');
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
    expect(view.container).toHaveTextContent('far');
    act(() => vi.advanceTimersByTime(1));
    expect(view.container).toHaveTextContent('near');
  });
});
