/**
 * Characters that make a name read other than it is. Direction overrides and isolates turn
 * `invoice\u202Egpj.exe` into what looks like "invoiceexe.jpg"; zero-width characters make two
 * different names look the same. The server accepts them; the panel refuses the first kind on
 * upload and flags the second wherever a name is shown.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
// Alternatives, not a class: a zero-width joiner inside brackets reads as joining its neighbours.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/;

export function hasDirectionControls(name: string): boolean {
  return DIRECTION_CONTROLS.test(name);
}

export function hasInvisibleCharacters(name: string): boolean {
  return INVISIBLE.test(name) || DIRECTION_CONTROLS.test(name);
}

/** `U+202E` for each hidden character, to say what is there. */
export function describeHiddenCharacters(name: string): string {
  const found = [...name].filter((c) => INVISIBLE.test(c) || DIRECTION_CONTROLS.test(c));
  return [...new Set(found)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
}

/**
 * Names go to the server in NFC: macOS hands out decomposed names (e + U+0301), Windows keeps
 * composed ones (\u00e9), and the server's file system would keep both as two files that look alike.
 */
export function canonicalFileName(name: string): string {
  return name.normalize('NFC');
}
