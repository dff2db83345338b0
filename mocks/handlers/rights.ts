import { http, HttpResponse } from 'msw';
import { auth, readJsonBody, route, type HandlerContext } from './respond';

export function rightsHandlers(ctx: HandlerContext, base: string) {
  return [
    http.post(`${base}/api/resources/segments/rights`, route(ctx, 'rights', async ({ request }) => {
      const accountId = auth(ctx, request);
      return HttpResponse.json(ctx.store.rights(accountId, await readJsonBody(request)));
    })),
  ];
}
