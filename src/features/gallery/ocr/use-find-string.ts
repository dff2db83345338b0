import { useEffect, useRef, useState } from 'react';
import type { OcrPage } from '../../../domain/find-string';
import type { ReadProgress } from './read-text';

/** Why a search failed, in words the panel has: its files did not load, the browser lacks what it needs, the picture is too large, or the reading failed. */
export type FindFailure = 'load' | 'unsupported' | 'too-large' | 'read';

function failure(error: unknown): FindFailure {
  if (error instanceof Error && error.name === 'PictureTooLargeError') return 'too-large';
  if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined' || typeof OffscreenCanvas === 'undefined') return 'unsupported';
  const message = error instanceof Error ? error.message : String(error);
  // A chunk or worker that did not load, a model that did not come: the network, or a deploy in between.
  return error instanceof TypeError || /load|fetch|import|network/i.test(message) ? 'load' : 'read';
}

export type FindState<T> =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ReadProgress | null }
  | { kind: 'found'; occurrences: T[] }
  | { kind: 'failed'; reason: FindFailure }
  | { kind: 'canceled' };

/**
 * Reads the picture (the recognition code is imported on the first call, so the panel's own files
 * hold none of it), then looks for strings on it with `search` (which imports the matching).
 * One search at a time; a new one, a cancel or leaving the tool stops the one running.
 */
export function useTextSearch<T>(picture: () => Promise<Blob>, locale: string | null, search: (page: OcrPage) => Promise<T[]>) {
  const [state, setState] = useState<FindState<T>>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  async function start() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'running', progress: null });
    try {
      const { readText } = await import('./read-text');
      const page = await readText(await picture(), locale, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState({ kind: 'running', progress });
        },
      });
      const occurrences = await search(page);
      if (!controller.signal.aborted) setState({ kind: 'found', occurrences });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: 'failed', reason: failure(error) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  function cancel() {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'canceled' });
  }

  return { state, start, cancel, reset: () => setState({ kind: 'idle' }) };
}
