import { describe, expect, it } from 'vitest';
import { boundaryOf, fileType, MultipartParser, type PartHead } from '../../mocks/http/multipart-parser';

type Outcome = 'failure' | { files: [string, string, string][]; fields: string[] };

/** What MSW's handler sees in msw/node: undici's `formData()` over the whole body. */
async function undici(contentType: string, body: Buffer): Promise<Outcome> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { 'Content-Type': contentType } }).formData();
    const files: [string, string, string][] = [];
    const fields: string[] = [];
    for (const [name, value] of form) {
      if (typeof value === 'string') fields.push(name);
      else files.push([value.name, value.type, Buffer.from(await value.arrayBuffer()).toString('hex')]);
    }
    return { files, fields };
  } catch {
    return 'failure';
  }
}

/** The HTTP server's streaming parser, fed in pieces of `step` bytes. */
function streamed(contentType: string, body: Buffer, step: number): Outcome {
  const boundary = boundaryOf(contentType);
  if (!boundary) return 'failure';
  const parts: { head: PartHead; bytes: Buffer[] }[] = [];
  const parser = new MultipartParser(boundary, {
    part: (head) => parts.push({ head, bytes: [] }),
    data: (bytes) => parts.at(-1)!.bytes.push(Buffer.from(bytes)),
    partEnd: () => undefined,
  });
  for (let at = 0; at < body.length; at += step) if (!parser.push(body.subarray(at, at + step))) return 'failure';
  if (!parser.end()) return 'failure';
  return {
    files: parts.filter((p) => p.head.filename !== null)
      .map((p) => [p.head.filename!, fileType(p.head), Buffer.concat(p.bytes).toString('hex')]),
    fields: parts.filter((p) => p.head.filename === null).map((p) => p.head.name),
  };
}

const CT = 'multipart/form-data; boundary=XyZ';
const part = (disposition: string, data: string, extra = '') =>
  `--XyZ\r\nContent-Disposition: form-data; ${disposition}\r\n${extra}\r\n${data}\r\n`;
const END = '--XyZ--\r\n';

const CASES: [string, string, string][] = [
  ['one file', CT, part('name="file"; filename="a.png"', 'hello', 'Content-Type: image/png\r\n') + END],
  ['a file without a type', CT, part('name="file"; filename="a.png"', 'x') + END],
  ['an empty file', CT, part('name="file"; filename="empty.png"', '') + END],
  ['a UTF-8 name with a folder', CT, part('name="file"; filename="dossier/caf\u00c3\u00a9.png"', 'x') + END],
  ['escaped quote, CR and LF', CT, part('name="file"; filename="a%22b%0D%0Ac.png"', 'x') + END],
  ['a control character in the name', CT, part('name="file"; filename="bell\u0007.png"', 'x') + END],
  ['a NUL in the name', CT, part('name="file"; filename="nul\u0000.png"', 'x') + END],
  ['filename*', CT, part('name="file"; filename*="star.png"', 'x') + END],
  ['a field, then a file', CT, part('name="note"', 'text') + part('name="file"; filename="a.png"', 'x') + END],
  ['two files', CT, part('name="a"; filename="a.png"', '1') + part('name="b"; filename="b.png"', '2') + END],
  ['no file', CT, part('name="note"', 'text') + END],
  ['bytes that almost make a boundary', CT, part('name="file"; filename="a.bin"', '\r\n--XyY\r\n--Xy\r\n-\r') + END],
  ['leading line breaks, no trailing one', CT, `\r\n\r\n${part('name="file"; filename="a.png"', 'x')}--XyZ--`],
  ['a quoted boundary', 'multipart/form-data; boundary="XyZ"', part('name="file"; filename="a.png"', 'x') + END],
  ['an upper-case type', CT, part('name="file"; filename="a.png"', 'x', 'content-type: Image/PNG\r\n') + END],
  ['a preamble', CT, `junk\r\n${part('name="file"; filename="a.png"', 'x')}${END}`],
  ['no closing boundary', CT, part('name="file"; filename="a.png"', 'x')],
  ['an epilogue', CT, `${part('name="file"; filename="a.png"', 'x')}${END}junk`],
  ['a header without a colon', CT, part('name="file"; filename="a.png"', 'x', 'Broken\r\n') + END],
  ['a part without a name', CT, '--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n' + END],
  ['a part without headers', CT, '--XyZ\r\n\r\nx\r\n' + END],
  ['an unquoted name', CT, '--XyZ\r\nContent-Disposition: form-data; name=file; filename="a.png"\r\n\r\nx\r\n' + END],
  ['something after the file name', CT, part('name="file"; filename="a.png"; size=1', 'x') + END],
  ['no boundary parameter', 'multipart/form-data', part('name="file"; filename="a.png"', 'x') + END],
];

describe('the HTTP server\u2019s streaming multipart parser', () => {
  it.each(CASES)('reads %s as undici does, in pieces of any size', async (_label, contentType, text) => {
    const body = Buffer.from(text, 'latin1');
    const expected = await undici(contentType, body);
    for (const step of [1, 2, 3, 7, 64, body.length]) expect(streamed(contentType, body, step), `pieces of ${step}`).toEqual(expected);
  });

  it('holds back at most a delimiter\u2019s length of a part\u2019s bytes', () => {
    const received: number[] = [];
    const parser = new MultipartParser('XyZ', { part: () => undefined, data: (b) => received.push(b.length), partEnd: () => undefined });
    parser.push(Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\n'));
    parser.push(Buffer.alloc(100_000));
    expect(received.reduce((a, b) => a + b, 0)).toBe(100_000 - ('\r\n--XyZ'.length - 1));
  });
});
