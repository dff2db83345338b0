import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { ticksToIso } from '../../src/domain/ticks';
import type { SeedManyOptions } from '../demo/seed-many';
import type { MockFaults, RouteName } from '../faults';
import { errorBody, MockHttpError, throttlingBody, TOKEN_INVALID } from '../store/errors';
import type { MockStore } from '../store';
import type { ParsedUpload } from './parsed-upload';

export interface HandlerContext {
  store: MockStore;
  faults: MockFaults;
  /** The demo data again, as on a first start. */
  reset(): Promise<void>;
  /** Adds `count` generated assets to a segment (for large galleries), some marked if asked. */
  seedMany(segmentId: number, count: number, locale: string | null, options?: SeedManyOptions): Promise<number>;
  /** Uploads the HTTP server already read, by the id in `PARSED_UPLOAD_HEADER`. */
  parsedUploads: Map<string, ParsedUpload>;
}

export function errorResponse(store: MockStore, status: number, title: string, headers: Record<string, string> = {}, body?: unknown) {
  return HttpResponse.json(body ?? errorBody(title, ticksToIso(store.clock.ticks())), { status, headers });
}

function faultResponse(store: MockStore, effect: NonNullable<ReturnType<MockFaults['take']>>) {
  switch (effect.type) {
    case 'network':
      return HttpResponse.error();
    case 'expired':
      return errorResponse(store, 401, TOKEN_INVALID);
    case 'throttle': {
      const body = throttlingBody(1000, '01:00:00');
      return errorResponse(store, 429, body.reason, { 'Retry-After': String(effect.retryAfterSeconds) }, body);
    }
    case 'status':
      return errorResponse(store, effect.status, effect.status >= 500
        ? 'An unexpected error occurred on the server. Please try again.'
        : 'The request could not be processed.');
  }
}

export function auth(ctx: HandlerContext, request: Request): string {
  return ctx.store.authenticate(request.headers.get('X-Auth-Token'), request.headers.get('X-Auth-AccountId'));
}

/** Every route: latency and faults first, then the store; a refusal becomes the documented error body. */
export function route(ctx: HandlerContext, name: RouteName, resolver: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    if (ctx.faults.latencyMs) await delay(ctx.faults.latencyMs);
    const fault = ctx.faults.take(name);
    if (fault) return faultResponse(ctx.store, fault);
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof MockHttpError) return errorResponse(ctx.store, error.status, error.title, error.headers, error.body);
      console.error('[mock] handler failed', error);
      return errorResponse(ctx.store, 500, 'An unexpected error occurred on the server. Please try again.');
    }
  };
}

export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new MockHttpError(400, 'The request body is not valid JSON.');
  }
}
