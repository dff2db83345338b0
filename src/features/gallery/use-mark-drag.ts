import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import { MIN_MARK_SIZE, moveMark, rectFromPoints, resizeByHandle, type Handle, type Point, type Rect } from '../../domain/mark-geometry';
import type { Mark } from '../../domain/marks';

type Drag =
  | { kind: 'draw'; pointerId: number; start: Point }
  | { kind: 'move'; pointerId: number; start: Point; index: number; before: Mark }
  | { kind: 'resize'; pointerId: number; start: Point; index: number; before: Mark; handle: Handle };

interface MarkDragOptions {
  image: RefObject<HTMLImageElement | null>;
  marks: readonly Mark[];
  /** False at the limit: a drag on empty area then calls onRefused instead of drawing. */
  canDraw: boolean;
  /** A mark or its handle was pressed. */
  onPress(index: number): void;
  /** Empty area was pressed: nothing is selected any more. */
  onPressEmpty(): void;
  /** A mark changes while it is moved or resized (and back, when the drag is cancelled). */
  onChange(index: number, mark: Mark): void;
  /** A move or resize ended with the mark somewhere else. */
  onMoved(index: number, mark: Mark): void;
  /** A drag on empty area ended, large enough to be a mark. */
  onDrawn(rect: Rect): void;
  onRefused(): void;
}

/**
 * Where the pointer is, in fractions of the image as it is shown now: read from the image's box
 * at each event, so the layout's size, a resize or a CSS zoom never matter.
 */
function pointOnImage(image: HTMLImageElement | null, event: { clientX: number; clientY: number }): Point {
  const box = image?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return { x: 0, y: 0 };
  return { x: (event.clientX - box.left) / box.width, y: (event.clientY - box.top) / box.height };
}

const changed = (a: Rect, b: Rect) => a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height;

/**
 * Drawing, moving and resizing marks with any pointer (mouse, pen, touch), for handlers set on
 * the drawing surface. A mark element carries `data-mark-index`, a handle `data-handle`.
 */
export function useMarkDrag(options: MarkDragOptions) {
  const drag = useRef<Drag | null>(null);
  const [draft, setDraft] = useState<Rect | null>(null);

  function shapeAt(current: Drag, event: { clientX: number; clientY: number }): Rect {
    const point = pointOnImage(options.image.current, event);
    if (current.kind === 'draw') return rectFromPoints(current.start, point);
    const dx = point.x - current.start.x;
    const dy = point.y - current.start.y;
    return current.kind === 'move' ? moveMark(current.before, dx, dy) : resizeByHandle(current.before, current.handle, dx, dy);
  }

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    // A second finger, or a mouse's other buttons, do not start anything.
    if (drag.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    // No text selection, no native image drag; the editor moves the focus itself.
    event.preventDefault();
    const target = event.target as Element;
    const markElement = target.closest<HTMLElement>('[data-mark-index]');
    const handle = target.closest<HTMLElement>('[data-handle]')?.dataset.handle as Handle | undefined;
    const start = pointOnImage(options.image.current, event);
    const { pointerId } = event;
    if (markElement) {
      const index = Number(markElement.dataset.markIndex);
      const before = options.marks[index];
      if (!before) return;
      drag.current = handle ? { kind: 'resize', pointerId, start, index, before, handle } : { kind: 'move', pointerId, start, index, before };
      options.onPress(index);
    } else {
      options.onPressEmpty();
      if (!options.canDraw) {
        options.onRefused();
        return;
      }
      drag.current = { kind: 'draw', pointerId, start };
    }
    try {
      // The drag goes on when the pointer leaves the image; points outside are clamped to its edges.
      event.currentTarget.setPointerCapture?.(pointerId);
    } catch {
      // An event made by a script has no active pointer to capture.
    }
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const shape = shapeAt(current, event);
    if (current.kind === 'draw') setDraft(shape);
    else options.onChange(current.index, { ...current.before, ...shape });
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    const shape = shapeAt(current, event);
    if (current.kind === 'draw') {
      setDraft(null);
      // Smaller than a mark can be: a click, which only deselected.
      if (shape.width >= MIN_MARK_SIZE && shape.height >= MIN_MARK_SIZE) options.onDrawn(shape);
      return;
    }
    const mark = { ...current.before, ...shape };
    options.onChange(current.index, mark);
    if (changed(mark, current.before)) options.onMoved(current.index, mark);
  }

  /** Ends a drag where it started (Esc, a cancelled pointer); true when there was one. */
  function cancel(): boolean {
    const current = drag.current;
    if (!current) return false;
    drag.current = null;
    if (current.kind === 'draw') setDraft(null);
    else options.onChange(current.index, current.before);
    return true;
  }

  return {
    draft,
    cancel,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel, onLostPointerCapture: cancel },
  };
}
