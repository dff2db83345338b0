import { useEffect, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { useEventCallback } from '../../ui/use-event-callback';
import type { ZoomPan } from './use-zoom-pan';
import { wheelFactor } from './zoom-math';

interface Point {
  x: number;
  y: number;
}

/** A point of an event in the stage's own pixels (what the zoom model calls a stage point). */
function stagePoint(stage: HTMLElement, event: { clientX: number; clientY: number }): Point {
  const box = stage.getBoundingClientRect();
  return { x: event.clientX - box.left - stage.clientLeft, y: event.clientY - box.top - stage.clientTop };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The stage's pointer and wheel gestures over the zoom model: Ctrl+wheel (and a touchpad's pinch,
 * which the browser sends as one) zooms around the pointer; the wheel alone pans a zoomed view;
 * one pointer drags; two touch points pinch (zoom around their middle, and follow it); a
 * double-click zooms in there, or back to the fit. Off (`enabled` false) while something else
 * owns the pointer, e.g. a video's controls.
 */
export function useStageGestures(stageRef: RefObject<HTMLElement | null>, zoom: ZoomPan, enabled: boolean) {
  const pointers = useRef(new Map<number, Point>());

  const onWheel = useEventCallback((event: WheelEvent) => {
    const stage = stageRef.current;
    if (!enabled || !stage || !zoom.ready) return;
    if (event.ctrlKey || event.metaKey) {
      // Without this the browser would zoom the whole page.
      event.preventDefault();
      zoom.zoomBy(wheelFactor(event.deltaY, event.deltaMode), stagePoint(stage, event));
    } else if (zoom.pannable) {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : 1;
      zoom.pan(-event.deltaX * unit, -event.deltaY * unit);
    }
  });

  // React's wheel listener is passive (it cannot stop the page's zoom): a native one is not.
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    stage.addEventListener('wheel', onWheel, { passive: false });
    return () => stage.removeEventListener('wheel', onWheel);
  }, [stageRef, onWheel]);

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    if (!enabled || (event.pointerType === 'mouse' && event.button !== 0)) return;
    // No native image drag, no text selection; the stage takes the focus so the keys go on working.
    event.preventDefault();
    event.currentTarget.focus({ preventScroll: true });
    pointers.current.set(event.pointerId, stagePoint(event.currentTarget, event));
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // An event made by a script has no active pointer to capture.
    }
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const list = pointers.current;
    const before = list.get(event.pointerId);
    if (!before) return;
    const now = stagePoint(event.currentTarget, event);
    const other = [...list.entries()].find(([id]) => id !== event.pointerId)?.[1];
    list.set(event.pointerId, now);
    if (!other) {
      zoom.pan(now.x - before.x, now.y - before.y);
      return;
    }
    const gap = distance(before, other);
    if (gap > 0) zoom.zoomBy(distance(now, other) / gap, middle(before, other));
    const from = middle(before, other);
    const to = middle(now, other);
    zoom.pan(to.x - from.x, to.y - from.y);
  }

  function onPointerEnd(event: PointerEvent<HTMLElement>) {
    pointers.current.delete(event.pointerId);
  }

  function onDoubleClick(event: MouseEvent<HTMLElement>) {
    if (!enabled || !zoom.ready) return;
    zoom.toggleAt(stagePoint(event.currentTarget, event));
  }

  return { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd, onLostPointerCapture: onPointerEnd, onDoubleClick };
}
