import type { CSSProperties } from 'react';
import type { Rect } from '../../domain/mark-geometry';
import type { Mark } from '../../domain/marks';

interface MarksOverlayProps {
  marks: readonly Mark[];
  /** Drawn on an earlier version of the image: dashed. */
  stale?: boolean;
  /** The mark shown in the lightbox now, drawn stronger. */
  current?: number;
}

/**
 * The boxes over an image, in the image's own coordinates (a 1×1 view box stretched over it), so
 * they follow any size, zoom or framing. A dark outer line and a light inner one read on light
 * and dark screenshots alike. Decorative for screen readers: the labels are said in text.
 */
export function MarksOverlay({ marks, stale = false, current }: MarksOverlayProps) {
  return (
    <svg className={`sap-marks${stale ? ' sap-marks-stale' : ''}`} viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {marks.map((m, i) => (
        <g key={i} className={i === current ? 'sap-mark sap-mark-current' : 'sap-mark'}>
          <rect className="sap-mark-outer" x={m.x} y={m.y} width={m.width} height={m.height} vectorEffect="non-scaling-stroke" />
          <rect className="sap-mark-inner" x={m.x} y={m.y} width={m.width} height={m.height} vectorEffect="non-scaling-stroke" />
        </g>
      ))}
    </svg>
  );
}

/**
 * Styles that show only `frame` (fractions of the image) of an image laid out in a box of the
 * frame's aspect: the image and its overlay are scaled and shifted together inside that box.
 */
export function framedStyle(frame: Rect): CSSProperties {
  return {
    position: 'absolute',
    width: `${100 / frame.width}%`,
    height: `${100 / frame.height}%`,
    left: `${(-frame.x / frame.width) * 100}%`,
    top: `${(-frame.y / frame.height) * 100}%`,
  };
}
