import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_MARKS, type Mark } from '../../src/domain/marks';
import { MarksEditor, type MarksEditorProps } from '../../src/features/gallery/marks-editor';
import { I18nProvider, type UiLanguage } from '../../src/ui/i18n/i18n';

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

function setup(props: Partial<MarksEditorProps> = {}, language: UiLanguage = 'en') {
  const onSave = vi.fn<(marks: Mark[]) => void>();
  const onCancel = vi.fn();
  // What a surrounding lightbox would do with keys that escape the editor.
  const outerKeys = vi.fn();
  const user = userEvent.setup();
  render(
    <I18nProvider language={language}>
      <div onKeyDown={outerKeys}>
        <MarksEditor src={PIXEL} alt="checkout.png" naturalWidth={1000} naturalHeight={500} initial={[]} onSave={onSave} onCancel={onCancel} {...props} />
      </div>
    </I18nProvider>,
  );
  return { user, onSave, onCancel, outerKeys };
}

const boxes = () => screen.queryAllByRole('button', { name: /^Mark \d+ of \d+/ });
const box = (n: number) => boxes()[n - 1]!;
const status = () => screen.getByRole('status');
const near = (x: number, y: number, width: number, height: number, label?: string) => ({
  x: expect.closeTo(x, 6), y: expect.closeTo(y, 6), width: expect.closeTo(width, 6), height: expect.closeTo(height, 6), ...(label ? { label } : {}),
});

describe('marks editor: keyboard', () => {
  it('adds, moves, resizes, goes from mark to mark, deletes and saves, saying each change', async () => {
    const { user, onSave, outerKeys } = setup();
    const add = screen.getByRole('button', { name: 'New mark' });
    expect(add).toHaveFocus();

    await user.click(add);
    expect(box(1)).toHaveFocus();
    expect(box(1)).toHaveAccessibleName('Mark 1 of 1, 40 % from the left, 46 % from the top, 20 % wide, 8 % high');
    expect(status()).toHaveTextContent('Mark 1 of 1, 40 % from the left, 46 % from the top, 20 % wide, 8 % high');

    await user.keyboard('{ArrowRight}');
    expect(status()).toHaveTextContent('Mark 1 of 1, 41 % from the left, 46 % from the top');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(status()).toHaveTextContent('41 % from the left, 56 % from the top, 20 % wide, 8 % high');
    await user.keyboard('{Alt>}{ArrowRight}{ArrowDown}{ArrowDown}{/Alt}');
    expect(status()).toHaveTextContent('41 % from the left, 56 % from the top, 21 % wide, 10 % high');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Shift>}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    expect(status()).toHaveTextContent('41 % from the left, 56 % from the top, 31 % wide, 9 % high');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(status()).toHaveTextContent('30 % wide, 9 % high');
    // Arrows never reach a surrounding lightbox (which would go to the next image).
    expect(outerKeys).not.toHaveBeenCalled();

    await user.click(add);
    expect(boxes()).toHaveLength(2);
    expect(box(2)).toHaveFocus();
    expect(status()).toHaveTextContent('Mark 2 of 2, 40 % from the left, 46 % from the top, 20 % wide, 8 % high');

    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(box(1)).toHaveFocus();
    expect(box(1)).toHaveAccessibleName('Mark 1 of 2, 41 % from the left, 56 % from the top, 30 % wide, 9 % high');
    await user.keyboard('{ArrowUp}');
    expect(status()).toHaveTextContent('Mark 1 of 2, 41 % from the left, 55 % from the top, 30 % wide, 9 % high');
    await user.tab();
    expect(box(2)).toHaveFocus();

    await user.keyboard('{Delete}');
    expect(boxes()).toHaveLength(1);
    expect(status()).toHaveTextContent('Mark 2 deleted.');
    expect(box(1)).toHaveFocus();
    expect(box(1)).toHaveAccessibleName(/^Mark 1 of 1, 41 % from the left/);

    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([near(0.41, 0.55, 0.3, 0.09)]);
  });

  it('puts a new mark a step down and right while the centre is taken, so none hides another', async () => {
    const { user } = setup();
    const add = screen.getByRole('button', { name: 'New mark' });
    await user.click(add);
    await user.click(add);
    expect(box(2)).toHaveAccessibleName('Mark 2 of 2, 43 % from the left, 49 % from the top, 20 % wide, 8 % high');
  });

  it('stops at the image edges and at the minimum size', async () => {
    const { user, onSave } = setup({ initial: [{ x: 0.9, y: 0, width: 0.1, height: 0.02 }] });
    expect(box(1)).toHaveFocus();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowUp}{/Shift}{Alt>}{ArrowUp}{ArrowUp}{ArrowUp}{/Alt}');
    expect(status()).toHaveTextContent('Mark 1 of 1, 90 % from the left, 0 % from the top, 10 % wide, 1 % high');
    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([near(0.9, 0, 0.1, 0.01)]);
  });

  it('Backspace removes a mark too; with none left the focus goes to New mark', async () => {
    const { user } = setup({ initial: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }] });
    await user.keyboard('{Backspace}');
    expect(boxes()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'New mark' })).toHaveFocus();
    expect(status()).toHaveTextContent('Mark 1 deleted.');
  });

  it('Esc cancels without saving, and goes no further than the editor', async () => {
    const { user, onSave, onCancel, outerKeys } = setup({ initial: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }] });
    await user.keyboard('{ArrowRight}');
    const escape = fireEvent.keyDown(box(1), { key: 'Escape' });
    expect(escape).toBe(false); // default prevented: a surrounding <dialog> does not close
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
    expect(outerKeys).not.toHaveBeenCalled();
  });

  it('Cancel drops the changes', async () => {
    const { user, onSave, onCancel } = setup({ initial: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }] });
    await user.keyboard('{Delete}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('edits the selected mark\u2019s label; Esc in the field only goes back to the mark', async () => {
    const { user, onSave, onCancel, outerKeys } = setup({ initial: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }, { x: 0.5, y: 0.5, width: 0.1, height: 0.1, label: 'Total' }] });
    const field = screen.getByRole('textbox', { name: 'Label (optional)' });
    expect(field).toHaveAttribute('maxLength', '200');
    expect(field).toHaveAccessibleDescription('For mark 1. Enter or Esc goes back to the mark.');
    await user.click(field);
    await user.type(field, '  Place order 0+- ');
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    expect(outerKeys).not.toHaveBeenCalled();
    expect(box(1)).toHaveFocus();
    expect(box(1)).toHaveAccessibleName('Mark 1 of 2, 10 % from the left, 10 % from the top, 20 % wide, 20 % high, labelled \u201cPlace order 0+-\u201d');
    await user.tab();
    expect(box(2)).toHaveAccessibleName(/, labelled \u201cTotal\u201d$/);
    expect(field).toHaveValue('Total');
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(box(2)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([near(0.1, 0.1, 0.2, 0.2, 'Place order 0+-'), near(0.5, 0.5, 0.1, 0.1)]);
    expect(onSave.mock.calls[0]![0][1]).not.toHaveProperty('label');
  });

  it('says so at the limit of marks', async () => {
    const full = Array.from({ length: MAX_MARKS }, (_, i) => ({ x: (i % 10) / 10, y: Math.floor(i / 10) / 10, width: 0.05, height: 0.05 }));
    const { user } = setup({ initial: full });
    expect(screen.getByText('At most 50 marks on one image.')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'New mark' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    await user.click(add);
    expect(boxes()).toHaveLength(MAX_MARKS);
    expect(status()).toHaveTextContent('At most 50 marks on one image.');
  });

  it('offers to keep or clear stale marks, both by saving', async () => {
    const initial = [{ x: 0.1, y: 0.2, width: 0.3, height: 0.1 }];
    const { user, onSave } = setup({ initial, stale: true });
    expect(screen.getByText('Marked on an earlier version of this image.')).toBeInTheDocument();
    expect(document.querySelector('.sap-marking')).toHaveClass('sap-marking-stale');
    const keep = screen.getByRole('button', { name: 'Keep marks' });
    expect(keep).toHaveFocus();
    await user.click(keep);
    expect(onSave).toHaveBeenLastCalledWith([near(0.1, 0.2, 0.3, 0.1)]);
    await user.click(screen.getByRole('button', { name: 'Clear marks' }));
    expect(onSave).toHaveBeenLastCalledWith([]);
  });

  it('does not save twice while saving', async () => {
    const { user, onSave } = setup({ saving: true });
    const save = screen.getByRole('button', { name: 'Saving marks\u2026' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the hint and speaks German', async () => {
    const { user } = setup({ hint: 'Bestellung aufgeben' }, 'de');
    expect(screen.getByText('Bestellung aufgeben')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Neue Markierung' }));
    // textContent, not toHaveTextContent: that one folds the no-break spaces into spaces.
    expect(screen.getByRole('status').textContent).toBe('Markierung 1 von 1, 40\u00A0% von links, 46\u00A0% von oben, 20\u00A0% breit, 8\u00A0% hoch');
  });
});

describe('marks editor: pointer', () => {
  /** The image shown at 400 × 200 CSS pixels, 100 px from the left and 50 from the top. */
  function placeImage(left = 100, top = 50, width = 400, height = 200) {
    const image = screen.getByRole('img', { name: 'checkout.png' });
    vi.spyOn(image, 'getBoundingClientRect').mockReturnValue({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) } as DOMRect);
    return { at: (fx: number, fy: number) => ({ clientX: left + fx * width, clientY: top + fy * height, pointerId: 1, button: 0, pointerType: 'mouse' }) };
  }
  const surface = () => screen.getByRole('group', { name: 'Marks' });

  function drag(from: Element, path: object[]) {
    fireEvent.pointerDown(from, path[0]);
    for (const point of path.slice(1)) fireEvent.pointerMove(surface(), point);
    fireEvent.pointerUp(surface(), path[path.length - 1]);
  }

  it('draws a rectangle in any direction, and a click on empty area only deselects', async () => {
    const { user, onSave } = setup();
    const { at } = placeImage();
    fireEvent.pointerDown(surface(), at(0.5, 0.5));
    fireEvent.pointerMove(surface(), at(0.3, 0.4));
    expect(document.querySelector('.sap-marking-draft')).not.toBeNull();
    fireEvent.pointerUp(surface(), at(0.2, 0.2));
    expect(document.querySelector('.sap-marking-draft')).toBeNull();
    expect(box(1)).toHaveFocus();
    expect(box(1)).toHaveClass('sap-marking-selected');
    expect(status()).toHaveTextContent('Mark 1 of 1, 20 % from the left, 20 % from the top, 30 % wide, 30 % high');

    drag(surface(), [at(0.9, 0.9), at(0.903, 0.902)]);
    expect(boxes()).toHaveLength(1);
    expect(document.querySelector('.sap-marking-selected')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Label (optional)' })).toBeDisabled();

    // A touch, at another size of the image: the fractions are the same.
    const { at: atSmall } = placeImage(10, 10, 200, 100);
    drag(surface(), [{ ...atSmall(0.6, 0.6), pointerType: 'touch', pointerId: 7 }, { ...atSmall(1.2, 0.7), pointerType: 'touch', pointerId: 7 }]);
    expect(boxes()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([near(0.2, 0.2, 0.3, 0.3), near(0.6, 0.6, 0.4, 0.1)]);
  });

  it('moves a mark by dragging inside it, and resizes it by a handle', async () => {
    const { user, onSave } = setup({ initial: [{ x: 0.2, y: 0.2, width: 0.4, height: 0.2, label: 'Pay' }] });
    const { at } = placeImage();
    drag(box(1), [at(0.3, 0.3), at(0.35, 0.3), at(0.4, 0.25)]);
    expect(box(1)).toHaveFocus();
    expect(status()).toHaveTextContent('Mark 1 of 1, 30 % from the left, 15 % from the top, 40 % wide, 20 % high');

    const se = box(1).querySelector('[data-handle="se"]')!;
    drag(se, [at(0.7, 0.35), at(0.8, 0.45)]);
    expect(status()).toHaveTextContent('Mark 1 of 1, 30 % from the left, 15 % from the top, 50 % wide, 30 % high');
    const nw = box(1).querySelector('[data-handle="nw"]')!;
    drag(nw, [at(0.3, 0.15), at(-0.5, 0.1)]);
    expect(status()).toHaveTextContent('Mark 1 of 1, 0 % from the left, 10 % from the top, 80 % wide, 35 % high');

    await user.click(screen.getByRole('button', { name: 'Save marks' }));
    expect(onSave).toHaveBeenCalledWith([near(0, 0.1, 0.8, 0.35, 'Pay')]);
  });

  it('Esc during a drag puts the mark back and keeps the editor open', () => {
    const { onCancel, outerKeys } = setup({ initial: [{ x: 0.2, y: 0.2, width: 0.2, height: 0.2 }] });
    const { at } = placeImage();
    fireEvent.pointerDown(box(1), at(0.3, 0.3));
    fireEvent.pointerMove(surface(), at(0.6, 0.6));
    expect(box(1)).toHaveAccessibleName(/50 % from the left/);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.pointerUp(surface(), at(0.6, 0.6));
    expect(box(1)).toHaveAccessibleName('Mark 1 of 1, 20 % from the left, 20 % from the top, 20 % wide, 20 % high');
    expect(onCancel).not.toHaveBeenCalled();
    expect(outerKeys).not.toHaveBeenCalled();

    // The same while drawing: the focus is on the surface, inside the editor.
    fireEvent.pointerDown(surface(), at(0.7, 0.7));
    fireEvent.pointerMove(surface(), at(0.9, 0.9));
    expect(surface()).toHaveFocus();
    fireEvent.keyDown(surface(), { key: 'Escape' });
    fireEvent.pointerUp(surface(), at(0.9, 0.9));
    expect(boxes()).toHaveLength(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('draws nothing at the limit, and says why', () => {
    const full = Array.from({ length: MAX_MARKS }, (_, i) => ({ x: (i % 10) / 10, y: Math.floor(i / 10) / 20, width: 0.05, height: 0.04 }));
    setup({ initial: full });
    const { at } = placeImage();
    drag(surface(), [at(0.1, 0.8), at(0.5, 0.95)]);
    expect(boxes()).toHaveLength(MAX_MARKS);
    expect(status()).toHaveTextContent('At most 50 marks on one image.');
  });
});
