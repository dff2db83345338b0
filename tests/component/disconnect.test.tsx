import { screen, waitFor, within } from '@testing-library/react';
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

  it('a delete still waiting out its Undo goes out, and is answered, before the logout', async () => {
    const mock = await startMock();
    await signedIn(mock);
    const calls: string[] = [];
    mock.server.events.on('response:mocked', ({ request, response }) => {
      if (request.method === 'DELETE') calls.push(`${new URL(request.url).pathname} ${response.status}`);
    });
    const name = 'pexels-gons3.jpg';
    await userEvent.click(await screen.findByRole('button', { name: `Delete ${name}` }, { timeout: 10_000 }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: `Delete ${name}?` })).getByRole('button', { name: 'Delete' }));
    await screen.findByRole('button', { name: `Undo deleting ${name}` });
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Connect to a server\u2026' }));
    await waitFor(() => expect(calls.at(-1)).toBe('/api/auth/token 200'));
    expect(calls).toEqual(['/api/resources/assets/27665601 200', '/api/auth/token 200']);
    expect([...mock.store.state.assets.values()].some((a) => a.name === name)).toBe(false);
    // Not renewed behind the user's back: no session is left.
    expect(mock.store.state.sessions.size).toBe(0);
  });
});
