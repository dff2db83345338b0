import type { ApiClient } from './client';

/**
 * Work that must reach the server with the session before it ends: a delete waiting out its Undo
 * window, when the user signs out inside it. Sent after the logout, it would meet a revoked token
 * (or renew the session the user just ended). Keyed by client: each connection has its own.
 */
const tasks = new WeakMap<ApiClient, Set<() => Promise<unknown>>>();

/** Registers `task` to run before `client`'s session ends; returns the way to take it back. */
export function beforeSignOut(client: ApiClient, task: () => Promise<unknown>): () => void {
  let set = tasks.get(client);
  if (!set) tasks.set(client, (set = new Set()));
  set.add(task);
  return () => void set.delete(task);
}

/** Runs every registered task and waits for all of them, whatever their outcome. */
export async function settleBeforeSignOut(client: ApiClient): Promise<void> {
  await Promise.allSettled([...(tasks.get(client) ?? [])].map((task) => task()));
}
