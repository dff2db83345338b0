import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionForm } from '../../src/app/connection-form';
import { MOCK_BASE, renderUi, startMock } from './render';

beforeEach(() => localStorage.clear());

async function connectThroughForm(url: string) {
  const onConnected = vi.fn();
  renderUi(<ConnectionForm initialBaseUrl="" onConnected={onConnected} />);
  await userEvent.type(screen.getByRole('textbox', { name: 'Server URL' }), url);
  await userEvent.type(screen.getByRole('textbox', { name: 'Account ID' }), 'demo');
  await userEvent.type(screen.getByLabelText('API key'), 'demo-key');
  await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
  await waitFor(() => expect(onConnected).toHaveBeenCalledOnce());
}

describe('the server URL is remembered across a reload, nothing else', () => {
  it('keeps the URL of the server connected to in localStorage, never the account, key or token', async () => {
    await startMock({ seed: false });
    await connectThroughForm(MOCK_BASE);
    const stored = Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]));
    expect(stored).toEqual({ 'segment-asset-panel:server': MOCK_BASE });
    expect(JSON.stringify(stored)).not.toMatch(/demo-key|demo"/);
  });

  it('fills the form with it on the next visit', async () => {
    localStorage.setItem('segment-asset-panel:server', MOCK_BASE);
    renderUi(<ConnectionForm initialBaseUrl="" onConnected={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Server URL' })).toHaveValue(MOCK_BASE);
    expect(screen.getByRole('textbox', { name: 'Account ID' })).toHaveValue('');
  });

  it('a server from a link still comes first, and still needs trust', async () => {
    localStorage.setItem('segment-asset-panel:server', MOCK_BASE);
    renderUi(<ConnectionForm initialBaseUrl="https://other.example" fromLink onConnected={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Server URL' })).toHaveValue('https://other.example');
    expect(screen.getByRole('checkbox', { name: /^I trust https:\/\/other\.example:443/ })).toBeInTheDocument();
  });
});
