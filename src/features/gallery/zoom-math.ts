import { frameRect, type Rect } from '../../domain/mark-geometry';

/** A width and a height in CSS pixels (the stage) or in the content's own units (its natural size). */
export interface Size {
  width: number;
  height: number;
}

/**
 * Where the content is on the stage: drawn at `scale` CSS pixels per content unit, its top-left
 * corner at (x, y) in the stage's pixels.
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** Never more than this many CSS pixels per content unit (8 screen pixels per image pixel). */
export const MAX_SCALE = 8;
/** The +/- steps, as scales; "fit" joins them wherever it falls. */
export const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8] as const;

const EPSILON = 1e-6;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const usable = (size: Size) => size.width > 0 && size.height > 0;

/** The scale that shows the whole content; `upscale` false: never larger than its natural size. */
export function fitScale(stage: Size, content: Size, upscale = false): number {
  if (!usable(stage) || !usable(content)) return 1;
  const scale = Math.min(stage.width / content.width, stage.height / content.height);
  return upscale ? scale : Math.min(1, scale);
}

/** From the fitted whole down to nothing smaller, up to MAX_SCALE (or the fit, when that is larger). */
export function zoomLimits(stage: Size, content: Size, upscale = false): ZoomLimits {
  const min = fitScale(stage, content, upscale);
  return { min, max: Math.max(MAX_SCALE, min) };
}

/**
 * Along one axis: content smaller than the stage is centred; larger, it covers the stage (no
 * empty band beside it). So nothing is ever lost off-stage, and no pan shows only black.
 */
function clampAxis(offset: number, length: number, stage: number): number {
  return length <= stage ? (stage - length) / 2 : clamp(offset, stage - length, 0);
}

/** The view inside the limits and the rules above. */
export function clampView(view: View, stage: Size, content: Size, limits: ZoomLimits): View {
  const scale = clamp(view.scale, limits.min, limits.max);
  return {
    scale,
    x: clampAxis(view.x, content.width * scale, stage.width),
    y: clampAxis(view.y, content.height * scale, stage.height),
  };
}

/** The whole content, centred. */
export function fitView(stage: Size, content: Size, upscale = false): View {
  const scale = fitScale(stage, content, upscale);
  return { scale, x: (stage.width - content.width * scale) / 2, y: (stage.height - content.height * scale) / 2 };
}

/**
 * Zoomed to `scale` around `point` (stage pixels): the content point under it stays where it is,
 * as far as the clamping allows (it does whenever the content covers the stage before and after).
 */
export function zoomAt(view: View, scale: number, point: { x: number; y: number }, stage: Size, content: Size, limits: ZoomLimits): View {
  const next = clamp(scale, limits.min, limits.max);
  const ux = (point.x - view.x) / view.scale;
  const uy = (point.y - view.y) / view.scale;
  return clampView({ scale: next, x: point.x - ux * next, y: point.y - uy * next }, stage, content, limits);
}

/** Moved by (dx, dy) stage pixels, within the rules. */
export function panBy(view: View, dx: number, dy: number, stage: Size, content: Size, limits: ZoomLimits): View {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, stage, content, limits);
}

/** The next +/- step from `scale`: the steps and the fit, within the limits; the same scale at an end. */
export function stepScale(scale: number, direction: 1 | -1, limits: ZoomLimits): number {
  const steps = [...new Set([...ZOOM_STEPS, limits.min])].filter((s) => s >= limits.min - EPSILON && s <= limits.max + EPSILON).sort((a, b) => a - b);
  const next = direction > 0 ? steps.find((s) => s > scale + EPSILON) : steps.reverse().find((s) => s < scale - EPSILON);
  return next ?? scale;
}

/** How much one wheel event zooms: smooth for a touchpad pinch (small deltas), about 1.2× per mouse notch. */
export function wheelFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return clamp(Math.exp(-pixels * 0.002), 0.5, 2);
}

/** Double-click: from the fit to a close look (at least 100 %, at least twice the fit); zoomed in, back to the fit. */
export function doubleClickScale(scale: number, limits: ZoomLimits): number {
  if (scale > limits.min + EPSILON) return limits.min;
  return clamp(Math.max(1, limits.min * 2), limits.min, limits.max);
}

/** Whether the content is larger than the stage along either axis: then there is something to pan to. */
export function canPan(view: View, stage: Size, content: Size): boolean {
  return content.width * view.scale > stage.width + 0.5 || content.height * view.scale > stage.height + 0.5;
}

/**
 * A view that frames `mark` (fractions of the content) with `margin` around it, filling the stage
 * (frameRect: never more than the whole content), centred on it.
 */
export function frameView(mark: Rect, margin: number, stage: Size, content: Size, limits: ZoomLimits): View {
  if (!usable(stage) || !usable(content)) return { scale: 1, x: 0, y: 0 };
  const frame = frameRect(mark, content.width, content.height, stage.width / stage.height, margin);
  const width = frame.width * content.width;
  const height = frame.height * content.height;
  const scale = clamp(Math.min(stage.width / width, stage.height / height), limits.min, limits.max);
  const view = {
    scale,
    x: stage.width / 2 - (frame.x * content.width + width / 2) * scale,
    y: stage.height / 2 - (frame.y * content.height + height / 2) * scale,
  };
  return clampView(view, stage, content, limits);
}
