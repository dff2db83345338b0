import { createStore } from 'zustand/vanilla';

export interface Announcement {
  id: number;
  text: string;
}

/** Completions this close together are said as one ("12 files uploaded"), not as a stream. */
const BURST_MS = 700;

/** Messages for the polite live region: each completion and failure, said once. */
export function createAnnouncer() {
  let next = 1;
  const store = createStore<{ messages: Announcement[] }>(() => ({ messages: [] }));
  const say = (text: string) => store.setState((s) => ({ messages: [...s.messages.slice(-4), { id: next++, text }] }));
  let burst: { first: string; count: number; many: (count: number) => string } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  return {
    store,
    say,
    /** A finished upload: its own sentence, or counted with the others that finish with it. */
    done(text: string, many: (count: number) => string) {
      burst = burst ? { ...burst, count: burst.count + 1, many } : { first: text, count: 1, many };
      timer ??= setTimeout(() => {
        timer = null;
        if (burst) say(burst.count === 1 ? burst.first : burst.many(burst.count));
        burst = null;
      }, BURST_MS);
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;
