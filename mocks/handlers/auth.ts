import { http, HttpResponse } from 'msw';
import { auth, readJsonBody, route, type HandlerContext } from './respond';

export function authHandlers(ctx: HandlerContext, base: string) {
  return [
    http.post(`${base}/api/auth/token`, route(ctx, 'auth', async ({ request }) => {
      return HttpResponse.json(ctx.store.login(await readJsonBody(request)));
    })),
    http.delete(`${base}/api/auth/token`, route(ctx, 'auth', ({ request }) => {
      auth(ctx, request);
      ctx.store.logout(request.headers.get('X-Auth-Token'));
      return new HttpResponse(null, { status: 200 });
    })),
  ];
}
