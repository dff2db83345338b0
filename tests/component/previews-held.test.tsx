import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useListStreaming } from '../../src/features/gallery/previews-held';

function Probe({ list, segment = 1 }: { list: unknown; segment?: number }) {
  return <p>{useListStreaming(list, `pr7214|${segment}`) ? 'held' : 'free'}</p>;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useListStreaming', () => {
  it('holds previews while the list keeps changing, and frees them once it is still', () => {
    const view = render(<Probe list={[]} />);
    for (let i = 1; i <= 2; i += 1) {
      act(() => vi.advanceTimersByTime(1000));
      view.rerender(<Probe list={[i]} />);
      expect(view.container.textContent).toBe('free');
    }
    // The third change in a row, each within the quiet time of the one before: a stream.
    act(() => vi.advanceTimersByTime(1000));
    view.rerender(<Probe list={[3]} />);
    expect(view.container.textContent).toBe('held');
    // Each new batch keeps it held; still for 1.5 s, it is free again.
    act(() => vi.advanceTimersByTime(1000));
    view.rerender(<Probe list={[4]} />);
    act(() => vi.advanceTimersByTime(1000));
    expect(view.container.textContent).toBe('held');
    act(() => vi.advanceTimersByTime(500));
    expect(view.container.textContent).toBe('free');
  });

  it('holds nothing for a change or two (one upload and its refetch) or for changes far apart', () => {
    const view = render(<Probe list={[]} />);
    view.rerender(<Probe list={[1]} />);
    act(() => vi.advanceTimersByTime(100));
    view.rerender(<Probe list={[1, 2]} />);
    expect(view.container.textContent).toBe('free');
    for (let i = 3; i < 6; i += 1) {
      act(() => vi.advanceTimersByTime(2000));
      view.rerender(<Probe list={[i]} />);
      expect(view.container.textContent).toBe('free');
    }
  });

  it('holds nothing while the user moves quickly from segment to segment (each list loading, then loaded)', () => {
    const view = render(<Probe list={[]} />);
    for (let segment = 2; segment < 7; segment += 1) {
      act(() => vi.advanceTimersByTime(300));
      view.rerender(<Probe list={undefined} segment={segment} />);
      act(() => vi.advanceTimersByTime(100));
      view.rerender(<Probe list={[segment]} segment={segment} />);
      expect(view.container.textContent).toBe('free');
    }
  });
});
