import { moveMark, resizeMark } from '../../domain/mark-geometry';
import type { Mark } from '../../domain/marks';

/** One arrow press: 1 % of the image, 10 % with Shift. */
export const MARK_KEY_STEP = 0.01;
export const MARK_KEY_STEP_LARGE = 0.1;

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

interface Modifiers {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The focused mark after an arrow key: moved, or with Alt resized from its top-left corner
 * (Right wider, Down taller, Left and Up smaller). Null for any other key, and for Ctrl or Cmd
 * with an arrow, which stay the system's.
 */
export function markAfterKey(mark: Mark, key: string, { shiftKey, altKey, ctrlKey, metaKey }: Modifiers): Mark | null {
  const arrow = ARROWS[key];
  if (!arrow || ctrlKey || metaKey) return null;
  const step = shiftKey ? MARK_KEY_STEP_LARGE : MARK_KEY_STEP;
  const [dx, dy] = [arrow[0] * step, arrow[1] * step];
  return altKey ? resizeMark(mark, dx, dy) : moveMark(mark, dx, dy);
}
