import { assetHandlers } from './assets';
import { authHandlers } from './auth';
import { controlHandlers } from './control';
import { mediaHandlers } from './media';
import type { HandlerContext } from './respond';
import { rightsHandlers } from './rights';

export type { HandlerContext } from './respond';

/**
 * Every handler of the mock. `base` is `''` in the browser (the app's own origin) and `*` in
 * Node, where the server may be reached under any host name.
 */
export function createHandlers(ctx: HandlerContext, base = '') {
  return [
    ...authHandlers(ctx, base),
    ...rightsHandlers(ctx, base),
    ...mediaHandlers(ctx, base),
    ...assetHandlers(ctx, base),
    ...controlHandlers(ctx, base),
  ];
}
