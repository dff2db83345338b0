import { describe, expect, it } from 'vitest';
import { findString } from '../../src/domain/find-string';
import { ocrPage, PAGE_HEIGHT, PAGE_WIDTH, wordsOf } from './ocr-page';

const found = (rows: Parameters<typeof ocrPage>[0], text: string) => {
  const page = ocrPage(rows);
  return findString(page, text).map((o) => wordsOf(page, o));
};

describe('finding a string among recognized words', () => {
  it('finds it on one line, boxed around its words with a little room, as fractions of the image', () => {
    const page = ocrPage(['Profile', 'Save changes']);
    const [occurrence, ...more] = findString(page, 'Save changes');
    expect(more).toHaveLength(0);
    expect(wordsOf(page, occurrence!)).toBe('Save changes');
    // Words: x 20..60 and 66..136, y 40..52; 3 px of room (a quarter of the word height).
    expect(occurrence!.box.x).toBeCloseTo(17 / PAGE_WIDTH, 6);
    expect(occurrence!.box.y).toBeCloseTo(37 / PAGE_HEIGHT, 6);
    expect(occurrence!.box.width).toBeCloseTo(122 / PAGE_WIDTH, 6);
    expect(occurrence!.box.height).toBeCloseTo(18 / PAGE_HEIGHT, 6);
    expect(occurrence!.embedded).toBe(false);
    expect(occurrence!.confidence).toBeCloseTo(0.95, 6);
  });

  it('keeps a box to the height of its letters when the recognition gave the word a much taller one', () => {
    const page = ocrPage(['Abbrechen']);
    // 90 px wide for 9 letters: about 19 px to the em, so at most 24 px high, around the middle.
    const tall = { ...page, words: [{ ...page.words[0]!, box: { x0: 20, y0: 0, x1: 110, y1: 60 } }] };
    const [occurrence] = findString(tall, 'Abbrechen');
    expect((occurrence!.box.y + occurrence!.box.height / 2) * PAGE_HEIGHT).toBeCloseTo(30, 6);
    expect(occurrence!.box.height * PAGE_HEIGHT).toBeCloseTo(24.04 * 1.5, 1);
  });

  it('ignores case, punctuation, accents and typographic quotes', () => {
    expect(found(['SAVE CHANGES'], 'Save changes')).toEqual(['SAVE CHANGES']);
    expect(found(['Supprimer ce fichier?'], 'Supprimer ce fichier ?')).toEqual(['Supprimer ce fichier?']);
    expect(found(['Anderungen speichern'], 'Änderungen speichern')).toEqual(['Anderungen speichern']);
    expect(found(["M'envoyer un resume"], 'M’envoyer un résumé')).toEqual(["M'envoyer un resume"]);
    expect(found(['Strasse'], 'Straße')).toEqual(['Strasse']);
  });

  it('tolerates recognition errors in longer words, less sure of them', () => {
    const page = ocrPage(['Benachrichtigunqen', 'Notif1cations']);
    const [german] = findString(page, 'Benachrichtigungen');
    expect(german && wordsOf(page, german)).toBe('Benachrichtigunqen');
    expect(german!.confidence).toBeLessThan(0.95);
    expect(found(['Notif1cations'], 'Notifications')).toEqual(['Notif1cations']);
  });

  it('finds a string wrapped over two lines as one box over both', () => {
    const page = ocrPage(['Upgrade to Premium for unlimited', 'storage and priority support']);
    const [occurrence] = findString(page, 'Upgrade to Premium for unlimited storage and priority support');
    expect(occurrence && wordsOf(page, occurrence)).toBe('Upgrade to Premium for unlimited storage and priority support');
    expect(occurrence!.box.y * PAGE_HEIGHT).toBeCloseTo(17, 6);
    expect((occurrence!.box.y + occurrence!.box.height) * PAGE_HEIGHT).toBeCloseTo(55, 6);
  });

  it('follows a wrapped string to the line just below it, whatever order the lines came in', () => {
    // The second line first (two readings merged, or columns read across), a line of another column between.
    const rows = [{ text: 'storage and priority support', y: 40 }, { text: 'Order summary', x: 600, y: 30 }, { text: 'Upgrade to Premium for unlimited', y: 20 }];
    expect(found(rows, 'Upgrade to Premium for unlimited storage and priority support')).toEqual(['Upgrade to Premium for unlimited storage and priority support']);
  });

  it('joins a word hyphenated at a line break, and a word the recognition split or merged', () => {
    expect(found(['Wöchentliche Zusammen-', 'fassung per E-Mail senden'], 'Wöchentliche Zusammenfassung per E-Mail senden')).toHaveLength(1);
    expect(found(['Ein stellungen'], 'Einstellungen')).toEqual(['Ein stellungen']);
    expect(found(['Savechanges'], 'Save changes')).toEqual(['Savechanges']);
  });

  it('lets a placeholder stand for 1 to 3 words, at either end or inside', () => {
    expect(found(['12 files selected'], '{count} files selected')).toEqual(['12 files selected']);
    expect(found(['Welcome back, Anna Müller!'], 'Welcome back, {name}!')).toEqual(['Welcome back, Anna Müller!']);
    expect(found(['Showing 1–20 of 348 items'], 'Showing %s of %s items')).toEqual(['Showing 1–20 of 348 items']);
    expect(found(['Your session expires in 5 minutes.'], 'Your session expires in {{minutes}} minutes.')).toEqual(['Your session expires in 5 minutes.']);
    expect(found(['Page 3 of 7'], 'Page %1$s of %2$s')).toEqual(['Page 3 of 7']);
    // Not four words, and not a string of placeholders alone.
    expect(found(['Showing one two three four items'], 'Showing {count} items')).toEqual([]);
    expect(found(['Anna'], '{name}')).toEqual([]);
  });

  it('finds every place a string is, each once', () => {
    const page = ocrPage(['Cancel', { text: 'Cancel', x: 400, y: 300 }]);
    const occurrences = findString(page, 'Cancel');
    expect(occurrences).toHaveLength(2);
    expect(occurrences[0]!.box.y).toBeLessThan(occurrences[1]!.box.y);
    expect(found(['Cancel Cancel'], 'Cancel')).toEqual(['Cancel', 'Cancel']);
  });

  it('does not take near misses for the string', () => {
    expect(found(['Sign up'], 'Sign in')).toEqual([]);
    expect(found(['Delete this folder?'], 'Delete this file?')).toEqual([]);
    expect(found(['Save'], 'Save changes')).toEqual([]);
    expect(found(['changes Save'], 'Save changes')).toEqual([]);
    expect(found(['Save all changes'], 'Save changes')).toEqual([]);
    expect(found(['Settings'], 'Setting up')).toEqual([]);
    expect(found(['Passwort vergessen?'], 'Passwort ändern')).toEqual([]);
    expect(found(['Order summary', 'Shipping address'], 'Billing address')).toEqual([]);
  });

  it('does not join words of different columns or far-apart lines', () => {
    expect(found(['Last modified | Size'], 'modified Size')).toEqual([]);
    expect(found([{ text: 'Save', y: 20 }, { text: 'changes', y: 200 }], 'Save changes')).toEqual([]);
    expect(found([{ text: 'Save', x: 20 }, { text: 'changes', x: 600 }], 'Save changes')).toEqual([]);
  });

  it('prefers the string where it stands alone over its place inside longer text', () => {
    const page = ocrPage(['Password', 'Forgot your password?']);
    expect(findString(page, 'Password').map((o) => wordsOf(page, o))).toEqual(['Password']);
    const inside = ocrPage(['Forgot your password?']);
    const [only] = findString(inside, 'Password');
    expect(only!.embedded).toBe(true);
    expect(only!.confidence).toBeLessThan(0.5);
  });

  it('finds nothing where the string is absent, or on an empty page', () => {
    expect(found(['Order summary', 'Place order'], 'Keyboard shortcuts')).toEqual([]);
    expect(found([], 'Cancel')).toEqual([]);
    expect(found(['—', '|'], 'Cancel')).toEqual([]);
    expect(found(['Cancel'], '  ')).toEqual([]);
  });

  it('reads a paragraph and the button beside it as two strings when the recognition gave them one line each', () => {
    // Tesseract's lines: the paragraph's first line runs on into the button's "Save", its second into "changes".
    const laid = ocrPage(['Your session expires in 5 minutes. Save your work', 'to avoid losing changes.', { text: 'save', x: 700, y: 20 }, { text: 'changes', x: 690, y: 40 }]);
    const page = { ...laid, words: laid.words.map((w) => ({ ...w, line: w.line % 2 })) };
    const session = findString(page, 'Your session expires in {{minutes}} minutes. Save your work to avoid losing changes.');
    expect(session.map((o) => wordsOf(page, o))).toEqual(['Your session expires in 5 minutes. Save your work to avoid losing changes.']);
    const button = findString(page, 'Save changes');
    expect(button.map((o) => wordsOf(page, o))).toContain('save changes');
  });

  it('is not "inside longer text" for a stray mark read beside it (a checkbox taken for "9" or "O")', () => {
    const page = ocrPage([{ text: '9 Dark mode', confidence: 0.9 }]);
    const checkbox = { ...page, words: page.words.map((w, i) => (i === 0 ? { ...w, confidence: 0.4 } : w)) };
    expect(findString(checkbox, 'Dark mode').map((o) => o.embedded)).toEqual([false]);
    expect(findString(page, 'Dark mode').map((o) => o.embedded)).toEqual([true]);
  });

  it('takes a placeholder\'s value onto the next line up to the text\'s closing punctuation', () => {
    const page = ocrPage(['Welcome back, Anna', 'Müller!']);
    expect(findString(page, 'Welcome back, {name}!').map((o) => wordsOf(page, o))).toEqual(['Welcome back, Anna Müller!']);
    // Without closing punctuation the value stays on its line.
    expect(found(['Total: 12', 'Shipping'], 'Total: {amount}')).toEqual(['Total: 12']);
  });
});
