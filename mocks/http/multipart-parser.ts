/** A part's head, as undici's `formData()` reads it (MSW's parser in Node). */
export interface PartHead {
  name: string;
  /** null: a field, not a file. */
  filename: string | null;
  contentType: string | null;
  encoding: string | null;
}

export interface PartSink {
  part(head: PartHead): void;
  data(bytes: Buffer): void;
  partEnd(): void;
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/** A part's headers longer than this are not a browser's: refused. */
const HEAD_LIMIT = 16 * 1024;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The type undici gives a file part: `text/plain` when it has none, and as `new File` keeps it. */
export function fileType(head: PartHead): string {
  const type = head.contentType ?? 'text/plain';
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

export function boundaryOf(contentType: string | undefined): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2])! : null;
}

/** A quoted name's bytes (read as latin1) in UTF-8, with the escapes browsers use for `"`, CR, LF. */
function decodeName(latin1: string): string {
  return new TextDecoder().decode(Buffer.from(latin1, 'latin1'))
    .replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

/** Reads `"…"` at the start of `text`: the name and what follows the closing quote, or null. */
function quoted(text: string): [string, string] | null {
  const end = text.indexOf('"');
  return end === -1 ? null : [decodeName(text.slice(0, end)), text.slice(end + 1)];
}

/** The rules of undici's `parseMultipartFormDataHeaders`; null where it fails. */
export function parsePartHead(block: Buffer): PartHead | null {
  const head: PartHead = { name: '', filename: null, contentType: null, encoding: null };
  let named = false;
  for (const line of block.toString('latin1').split('\r\n').slice(0, -1)) {
    const colon = line.indexOf(':');
    if (colon === -1 || /[\r\n]/.test(line)) return null;
    const headerName = line.slice(0, colon).replace(/^[\t ]+|[\t ]+$/g, '');
    if (!TOKEN.test(headerName)) return null;
    const value = line.slice(colon + 1).replace(/^[\t ]+/, '');
    switch (headerName.toLowerCase()) {
      case 'content-disposition': {
        if (!value.startsWith('form-data; name="')) return null;
        const name = quoted(value.slice(17));
        if (!name) return null;
        let rest = name[1];
        head.name = name[0];
        head.filename = null;
        named = true;
        const file = /^; filename\*?="/.exec(rest);
        if (file) {
          const filename = quoted(rest.slice(file[0].length));
          if (!filename) return null;
          [head.filename, rest] = filename;
        }
        if (rest !== '') return null;
        break;
      }
      case 'content-type':
        head.contentType = value.replace(/[\t ]+$/, '');
        break;
      case 'content-transfer-encoding':
        head.encoding = value.replace(/[\t ]+$/, '');
        break;
    }
  }
  return named ? head : null;
}

/**
 * multipart/form-data as a stream: each chunk is taken as it comes and each part's bytes go to
 * the sink as they are found, never collected. Accepts what undici's `formData()` accepts (it
 * reads a whole body at once), so the HTTP server refuses no upload the other modes take.
 */
export class MultipartParser {
  private phase: 'start' | 'after-boundary' | 'head' | 'body' | 'epilogue' | 'failed' = 'start';
  private pending = Buffer.alloc(0);
  private readonly opening: Buffer;
  private readonly delimiter: Buffer;

  constructor(boundary: string, private readonly sink: PartSink) {
    this.opening = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.concat([CRLF, this.opening]);
  }

  /** False once the body turned out malformed; nothing more is taken then. */
  push(chunk: Buffer): boolean {
    if (this.phase === 'failed') return false;
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    for (;;) {
      const rest = this.step(buf);
      if (rest === 'failed') {
        this.phase = 'failed';
        return false;
      }
      if (rest === 'wait') return true;
      buf = rest;
    }
  }

  /** Whether the body ended where a complete one ends (after the closing boundary). */
  end(): boolean {
    return this.phase === 'epilogue';
  }

  /** One step: the bytes left to read, or `wait` (kept for the next chunk), or `failed`. */
  private step(buf: Buffer): Buffer | 'wait' | 'failed' {
    switch (this.phase) {
      case 'start': {
        let at = 0;
        while (buf[at] === 13 && buf[at + 1] === 10) at += 2;
        const rest = buf.subarray(at);
        if (rest.length < this.opening.length) {
          const prefix = rest.equals(this.opening.subarray(0, rest.length)) || (rest.length === 1 && rest[0] === 13);
          return prefix ? this.keep(rest) : 'failed';
        }
        if (!rest.subarray(0, this.opening.length).equals(this.opening)) return 'failed';
        this.phase = 'after-boundary';
        return rest.subarray(this.opening.length);
      }
      case 'after-boundary': {
        if (buf.length < 2) return this.keep(buf);
        if (buf[0] === 45 && buf[1] === 45) this.phase = 'epilogue';
        else if (buf[0] === 13 && buf[1] === 10) this.phase = 'head';
        else return 'failed';
        return buf.subarray(2);
      }
      case 'head': {
        if (buf[0] === 13 && buf[1] === 10) return 'failed'; // a part without a name
        const end = buf.indexOf(HEAD_END);
        if (end === -1) return buf.length > HEAD_LIMIT ? 'failed' : this.keep(buf);
        const head = parsePartHead(buf.subarray(0, end + 2));
        if (!head) return 'failed';
        this.sink.part(head);
        this.phase = 'body';
        return buf.subarray(end + 4);
      }
      case 'body': {
        const at = buf.indexOf(this.delimiter);
        if (at === -1) {
          // The last bytes may begin a delimiter: kept until the next chunk tells.
          const safe = Math.max(0, buf.length - (this.delimiter.length - 1));
          if (safe > 0) this.sink.data(buf.subarray(0, safe));
          return this.keep(buf.subarray(safe));
        }
        if (at > 0) this.sink.data(buf.subarray(0, at));
        this.sink.partEnd();
        this.phase = 'after-boundary';
        return buf.subarray(at + this.delimiter.length);
      }
      case 'epilogue':
        // Only line breaks may follow the closing boundary.
        return buf.every((byte) => byte === 13 || byte === 10) ? 'wait' : 'failed';
      case 'failed':
        return 'failed';
    }
  }

  private keep(bytes: Buffer): 'wait' {
    this.pending = Buffer.from(bytes);
    return 'wait';
  }
}
