/** A refusal the mock answers with the documented error body. */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly headers: Record<string, string> = {},
    readonly body?: unknown,
  ) {
    super(title);
  }
}

export const TOKEN_INVALID = 'Token invalid or expired.';

export function errorBody(title: string, date: string) {
  return {
    error: { operation: null, date, title, details: null, errorurl: null, messages: [] },
    reason: title,
  };
}

export function throttlingBody(limit: number, window: string) {
  const message = `Requests throttled. Maximum allowed ${limit} per ${window}.`;
  return { error: { type: 'Throttling error', message }, reason: message };
}

export const refuse = (title: string) => new MockHttpError(400, title);
export const notFound = (title: string) => new MockHttpError(404, title);
export const forbidden = (title: string) => new MockHttpError(403, title);
