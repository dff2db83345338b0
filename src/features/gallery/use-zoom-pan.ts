import { useEffect, useState, type RefObject } from 'react';
import type { Rect } from '../../domain/mark-geometry';
import {
  canPan, clampView, doubleClickScale, fitView, frameView, panBy, stepScale, zoomAt, zoomLimits, type Size, type View,
} from './zoom-math';

/** What the view follows: the whole content, a framed mark (re-framed when the stage changes), or the user's own view. */
type Target =
  | { kind: 'fit' }
  | { kind: 'frame'; mark: Rect; margin: number; tag: number }
  | { kind: 'view'; view: View };

const FIT: Target = { kind: 'fit' };
const NONE: Size = { width: 0, height: 0 };

export interface ZoomPan {
  /** Where the content is drawn now (scale, and its top-left corner in stage pixels). */
  view: View;
  stage: Size;
  /** The content's natural size (zero until known). */
  content: Size;
  /** The whole content is shown (the "Fit" state). */
  fitted: boolean;
  /** The tag given to `frame` while that frame is shown, else null (a zoom or pan of one's own leaves it). */
  framedTag: number | null;
  /** The content is larger than the stage: drag and arrow keys move it. */
  pannable: boolean;
  ready: boolean;
  zoomStep(direction: 1 | -1): void;
  /** Zooms by `factor` around a stage point (the stage's centre without one). */
  zoomBy(factor: number, point?: { x: number; y: number }): void;
  toggleAt(point: { x: number; y: number }): void;
  fit(): void;
  actualSize(): void;
  frame(mark: Rect, margin: number, tag: number): void;
  pan(dx: number, dy: number): void;
}

/** The stage's inner size, kept up to date (a resized window, a docked panel, a hidden stage shown again). */
function useStageSize(stage: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>(NONE);
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => setSize((old) => (old.width === element.clientWidth && old.height === element.clientHeight ? old : { width: element.clientWidth, height: element.clientHeight }));
    measure();
    // Without ResizeObserver (old engines, jsdom) the first size stays.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return size;
}

/**
 * One zoom model for everything the lightbox shows up close (an image, a PDF page): fit, steps,
 * zoom around a point, pan, and framing a mark. `content` is the natural size (null until known);
 * `upscale` lets the fit grow content smaller than the stage (a PDF page; an image stays at most
 * 100 % when fitted). A new `resetKey` (another asset, another page) starts from the fit.
 */
export function useZoomPan(stageRef: RefObject<HTMLElement | null>, content: Size | null, upscale: boolean, resetKey: string): ZoomPan {
  const stage = useStageSize(stageRef);
  const [target, setTarget] = useState<Target>(FIT);
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setTarget(FIT);
  }
  const size = content ?? NONE;
  const ready = !!content && content.width > 0 && content.height > 0 && stage.width > 0 && stage.height > 0;
  const limits = zoomLimits(stage, size, upscale);
  const viewOf = (t: Target): View => {
    if (!ready) return { scale: limits.min, x: 0, y: 0 };
    if (t.kind === 'fit') return fitView(stage, size, upscale);
    if (t.kind === 'frame') return frameView(t.mark, t.margin, stage, size, limits);
    return clampView(t.view, stage, size, limits);
  };
  const view = viewOf(target);

  /**
   * A view of one's own, made from the latest one (two wheel events may come before a render);
   * back at the smallest scale it is the fit again, which follows the stage.
   */
  const show = (make: (current: View) => View) => {
    if (!ready) return;
    setTarget((current) => {
      const next = make(viewOf(current));
      return next.scale <= limits.min + 1e-6 ? FIT : { kind: 'view', view: next };
    });
  };
  const centre = { x: stage.width / 2, y: stage.height / 2 };
  const zoomTo = (scale: (current: number) => number, point = centre) => show((v) => zoomAt(v, scale(v.scale), point, stage, size, limits));

  return {
    view,
    stage,
    content: size,
    fitted: target.kind === 'fit',
    framedTag: target.kind === 'frame' ? target.tag : null,
    pannable: ready && canPan(view, stage, size),
    ready,
    zoomStep: (direction) => zoomTo((scale) => stepScale(scale, direction, limits)),
    zoomBy: (factor, point) => zoomTo((scale) => scale * factor, point),
    toggleAt: (point) => zoomTo((scale) => doubleClickScale(scale, limits), point),
    fit: () => setTarget(FIT),
    actualSize: () => zoomTo(() => 1),
    frame: (mark, margin, tag) => setTarget({ kind: 'frame', mark, margin, tag }),
    pan: (dx, dy) => show((v) => panBy(v, dx, dy, stage, size, limits)),
  };
}
