import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { renderUi, startMock, type Mock } from './render';

/** The app signs in to the built-in mock by itself (msw/node answers the page's own origin here). */
async function signedIn(mock: Mock) {
  renderUi(<App />);
  await screen.findByText(/Signed in as demo/, {}, { timeout: 10_000 });
  await waitFor(() => expect(mock.store.state.sessions.size).toBe(1));
}

describe('"Disconnect" ends the session on the server too', () => {
  it('calls the logout endpoint: the token is no longer valid on the server', async () => {
    const mock = await startMock({ seed: false });
    await signedIn(mock);
    const [token] = [...mock.store.state.sessions.keys()];
    await userEvent.click(screen.getByRole('button', { name: 'Connect to a server\u2026' }));
    await screen.findByRole('form', { name: 'Connect to Wordbee Translator' });
    await waitFor(() => expect(mock.store.state.sessions.has(token!)).toBe(false));
  });

  it('forgets the session even when the logout call fails', async () => {
    const mock = await startMock({ seed: false });
    await signedIn(mock);
    const logouts: number[] = [];
    mock.server.events.on('response:mocked', ({ request, response }) => {
      if (request.method === 'DELETE' && new URL(request.url).pathname === '/api/auth/token') logouts.push(response.status);
    });
    mock.faults.set('auth:503:*');
    await userEvent.click(screen.getByRole('button', { name: 'Connect to a server\u2026' }));
    await screen.findByRole('form', { name: 'Connect to Wordbee Translator' });
    await waitFor(() => expect(logouts).toEqual([503]));
    expect(screen.queryByText(/Signed in as demo/)).toBeNull();
  });
});
