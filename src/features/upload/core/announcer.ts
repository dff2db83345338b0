import { createStore } from 'zustand/vanilla';

export interface Announcement {
  id: number;
  text: string;
}

/** Messages for the polite live region: each completion and failure, said once. */
export function createAnnouncer() {
  let next = 1;
  const store = createStore<{ messages: Announcement[] }>(() => ({ messages: [] }));
  return {
    store,
    say(text: string) {
      store.setState((s) => ({ messages: [...s.messages.slice(-4), { id: next++, text }] }));
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;
