import { http, HttpResponse } from 'msw';
import { englishText, userMessage } from '../../src/domain/messages';
import { parseSegmentIds } from '../store/assets';
import { MockHttpError } from '../store/errors';
import { auth, readJsonBody, route, type HandlerContext } from './respond';
import { contentDisposition } from './content-disposition';

function address(url: URL) {
  const filename = url.searchParams.get('filename');
  if (filename === '') throw new MockHttpError(400, englishText(userMessage('refusal.name.empty')));
  return {
    filename: filename ?? '',
    locale: url.searchParams.get('locale') || null,
    relativePath: url.searchParams.get('relativePath') || null,
  };
}

export function assetHandlers(ctx: HandlerContext, base: string) {
  const { store } = ctx;
  return [
    http.get(`${base}/api/resources/assets/list`, route(ctx, 'list', ({ request }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const ids = parseSegmentIds(url.searchParams.get('segmentIds'));
      return HttpResponse.json(store.list(accountId, url.searchParams.get('scope'), ids, url.origin));
    })),

    http.get(`${base}/api/resources/assets/:segmentId/list`, route(ctx, 'list', ({ request, params }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const segmentId = String(params.segmentId);
      const ids = /^[1-9]\d{0,9}$/.test(segmentId) ? [Number(segmentId)] : [0];
      return HttpResponse.json(store.list(accountId, url.searchParams.get('scope'), ids, url.origin));
    })),

    http.post(`${base}/api/resources/assets/:segmentId`, route(ctx, 'attach', async ({ request, params }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const body = await readJsonBody(request);
      if (!body || typeof body !== 'object') throw new MockHttpError(400, 'Send a JSON body with the file token.');
      return HttpResponse.json(store.attach(accountId, url.searchParams.get('scope'), String(params.segmentId), body, url.origin));
    })),

    http.get(`${base}/api/resources/assets/:segmentId`, route(ctx, 'download', ({ request, params }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const where = address(url);
      if (!where.filename) throw new MockHttpError(400, 'The file name is missing.');
      const asset = store.download(accountId, url.searchParams.get('scope'), String(params.segmentId), where);
      const current = url.searchParams.get('v') === asset.modifiedTicks;
      return new HttpResponse(asset.blob, {
        headers: {
          'Content-Type': asset.contentType,
          'Content-Length': String(asset.blob.size),
          'Content-Disposition': contentDisposition('inline', asset.name),
          // `v` names one version: that URL's bytes never change.
          'Cache-Control': current ? 'private, max-age=31536000, immutable' : 'private, no-cache',
          'X-Content-Type-Options': 'nosniff',
          // Opened on its own, an uploaded HTML or SVG file runs no script on the API's origin.
          'Content-Security-Policy': "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'",
        },
      });
    })),

    http.delete(`${base}/api/resources/assets/:segmentId`, route(ctx, 'delete', ({ request, params }) => {
      const accountId = auth(ctx, request);
      const url = new URL(request.url);
      const scope = url.searchParams.get('scope');
      if (url.searchParams.has('filename')) {
        store.deleteOne(accountId, scope, String(params.segmentId), address(url));
      } else {
        store.deleteAll(accountId, scope, String(params.segmentId));
      }
      return new HttpResponse(null, { status: 200 });
    })),
  ];
}
