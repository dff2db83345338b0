import { http, HttpResponse } from 'msw';
import { MockHttpError } from '../store/errors';
import { PARSED_UPLOAD_HEADER, type UploadedFile } from './parsed-upload';
import { auth, route, type HandlerContext } from './respond';

async function filePart(ctx: HandlerContext, request: Request): Promise<UploadedFile> {
  const parsed = ctx.parsedUploads.get(request.headers.get(PARSED_UPLOAD_HEADER) ?? '');
  if (parsed instanceof MockHttpError) throw parsed;
  if (parsed) return parsed;
  if (!request.headers.get('Content-Type')?.toLowerCase().startsWith('multipart/form-data')) {
    throw new MockHttpError(400, 'Send the file as multipart/form-data with one file part.');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new MockHttpError(400, 'The multipart body could not be read.');
  }
  const files = [...form.values()].filter((value): value is File => typeof value !== 'string');
  if (files.length === 0) throw new MockHttpError(400, 'The request holds no file.');
  if (files.length > 1) throw new MockHttpError(400, 'Send one file per request.');
  const [file] = files as [File];
  return { name: file.name, type: file.type, blob: file };
}

export function mediaHandlers(ctx: HandlerContext, base: string) {
  return [
    http.post(`${base}/api/media/upload`, route(ctx, 'upload', async ({ request }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const file = await filePart(ctx, request);
      const record = ctx.store.receiveMedia({
        accountId,
        name: url.searchParams.get('filename') || file.name,
        contentType: file.type,
        blob: file.blob,
        maxsize: url.searchParams.get('maxsize'),
      });
      return HttpResponse.json({ result: { token: record.token, name: record.name } });
    })),
  ];
}
