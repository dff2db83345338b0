/**
 * RFC 6266 / RFC 8187: an ASCII fallback in `filename=` with nothing a naive parser could split on,
 * and the exact name in `filename*=`. A name never reaches a header raw.
 */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\;%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
