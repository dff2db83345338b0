import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { demoSegments } from '../fixtures/segments';
import { DEMO_SCOPE } from '../demo/world';
import { errorResponse, readJsonBody, type HandlerContext } from './respond';

/**
 * Calls that change the mock's state need this header. A page on another site cannot add a
 * custom header to a "simple" request: it needs a CORS preflight, which the HTTP server grants
 * only to allowed origins (and the worker only ever sees its own origin's pages).
 */
export const MOCK_CONTROL_HEADER = 'X-Mock-Control';
const CONTROL_REFUSED = `The mock's control calls need the header ${MOCK_CONTROL_HEADER}: 1.`;

/**
 * The mock's own switches, outside `/api`: faults, session expiry, throttling, reset, and the
 * demo document's segment texts. They exist only in the mock; the panel's production code
 * never calls them (the demo segment source is a development feature). Those that change
 * state answer 403 without `X-Mock-Control: 1`.
 */
export function controlHandlers(ctx: HandlerContext, base: string) {
  const bad = (title: string) => HttpResponse.json({ error: { title }, reason: title }, { status: 400 });
  const guarded = (resolver: HttpResponseResolver): HttpResponseResolver => (info) =>
    info.request.headers.get(MOCK_CONTROL_HEADER) === '1' ? resolver(info) : errorResponse(ctx.store, 403, CONTROL_REFUSED);
  return [
    http.get(`${base}/__mock/info`, () => HttpResponse.json({ mock: true, faults: ctx.faults.describe() })),

    http.get(`${base}/__mock/faults`, () => HttpResponse.json({ spec: ctx.faults.describe() })),
    http.put(`${base}/__mock/faults`, guarded(async ({ request }) => {
      const { spec } = ((await readJsonBody(request)) ?? {}) as { spec?: unknown };
      try {
        ctx.faults.set(typeof spec === 'string' ? spec : '');
      } catch (error) {
        return bad((error as Error).message);
      }
      return HttpResponse.json({ spec: ctx.faults.describe() });
    })),
    http.delete(`${base}/__mock/faults`, guarded(() => {
      ctx.faults.clear();
      return HttpResponse.json({ spec: '' });
    })),

    http.post(`${base}/__mock/expire-sessions`, guarded(() => HttpResponse.json({ expired: ctx.store.expireAllSessions() }))),

    http.put(`${base}/__mock/throttle`, guarded(async ({ request }) => {
      const { limit, windowSeconds } = ((await readJsonBody(request)) ?? {}) as { limit?: unknown; windowSeconds?: unknown };
      if (limit === null || limit === undefined) {
        ctx.store.setThrottle(null);
      } else if (typeof limit === 'number' && limit > 0) {
        ctx.store.setThrottle({ limit, windowMs: (typeof windowSeconds === 'number' ? windowSeconds : 3600) * 1000 });
      } else {
        return bad('limit must be a positive number, or null to switch throttling off');
      }
      return HttpResponse.json({ limit: limit ?? null });
    })),

    http.post(`${base}/__mock/reset`, guarded(async () => {
      await ctx.reset();
      return HttpResponse.json({ reset: true });
    })),

    http.post(`${base}/__mock/seed`, guarded(async ({ request }) => {
      const { segmentId, count, locale } = ((await readJsonBody(request)) ?? {}) as Record<string, unknown>;
      if (typeof segmentId !== 'number' || typeof count !== 'number' || count < 1 || count > 20_000) {
        return bad('send {"segmentId": 27665605, "count": 1000, "locale": "de" | null}');
      }
      const added = await ctx.seedMany(segmentId, count, typeof locale === 'string' ? locale : null);
      return HttpResponse.json({ added });
    })),

    http.get(`${base}/__mock/segments`, ({ request }) => {
      const scope = new URL(request.url).searchParams.get('scope');
      if (scope !== DEMO_SCOPE && scope !== 'jbs9926' && scope !== 'jbc9927') return HttpResponse.json([]);
      return HttpResponse.json(demoSegments);
    }),
  ];
}
