import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelView, type PanelViewProps } from '../../src/embed/panel-view';
import { renderUi, startMock } from './render';

const copyButton = (name: string) => screen.queryByRole('button', { name: `Copy link to ${name}` });

async function openPanel(props: Partial<PanelViewProps> = {}) {
  const mock = await startMock();
  const base = { client: mock.client, queryClient: mock.queryClient, scope: 'pr7214', segmentId: 27665601, persistKey: null } as const;
  const view = renderUi(<PanelView {...base} {...props} />);
  await screen.findByText('checkout-de.png');
  const rerender = (next: Partial<PanelViewProps>) => view.rerender(<PanelView {...base} {...props} {...next} />);
  return { mock, rerender };
}

describe('"Copy link"', { timeout: 20_000 }, () => {
  it('is not offered when nothing says what to copy (an embed without assetLink)', async () => {
    await openPanel();
    expect(copyButton('pexels-gons3.jpg')).toBeNull();
    expect(screen.getByRole('button', { name: 'Download pexels-gons3.jpg' })).toBeInTheDocument();
  });

  it('copies what assetLink answers, never the download URL, and says so in a toast', async () => {
    const user = userEvent.setup();
    const assetLink = vi.fn(async (asset: { name: string; locale: string | null }) => `https://editor.example/job/7/asset/${asset.locale}/${asset.name}`);
    await openPanel({ assetLink });
    await user.click(copyButton('pexels-gons3.jpg')!);
    expect(await navigator.clipboard.readText()).toBe('https://editor.example/job/7/asset/en/pexels-gons3.jpg');
    expect(await screen.findByText('Link to pexels-gons3.jpg copied.')).toBeInTheDocument();
  });

  it('says so when the host has no link for this asset', async () => {
    const user = userEvent.setup();
    await openPanel({ assetLink: () => null });
    await user.click(copyButton('pexels-gons3.jpg')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no link to pexels-gons3.jpg to copy.');
  });
});

describe('toasts', { timeout: 20_000 }, () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('take no room, leave after a few seconds, and do not follow the user to another segment (an Undo does)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { rerender } = await openPanel({ assetLink: (a) => `https://x.example/${a.name}` });
    const region = document.querySelector('.sap-toasts')!;
    // Last in the panel, so it can push nothing down (its height is 0 by the panel's CSS, which jsdom does not apply).
    expect(region.parentElement!.lastElementChild).toBe(region);
    await user.click(copyButton('pexels-gons3.jpg')!);
    expect(await screen.findByText('Link to pexels-gons3.jpg copied.')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5500));
    expect(screen.queryByText('Link to pexels-gons3.jpg copied.')).toBeNull();

    await user.click(copyButton('checkout-de.png')!);
    await screen.findByText('Link to checkout-de.png copied.');
    await user.click(screen.getByRole('button', { name: 'Delete pexels-gons3.jpg' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByText('pexels-gons3.jpg was deleted.')).toBeInTheDocument();
    rerender({ segmentId: 27665602 });
    await waitFor(() => expect(screen.queryByText('Link to checkout-de.png copied.')).toBeNull());
    expect(screen.getByText('pexels-gons3.jpg was deleted.')).toBeInTheDocument();
  });
});

describe('a link to one asset', { timeout: 20_000 }, () => {
  // jsdom has no ResizeObserver; the lightbox fits its stage with one.
  beforeEach(() => {
    globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  });

  it('opens its lightbox, widening the language filter that hid it', async () => {
    const onOpenAssetHandled = vi.fn();
    await openPanel({ locale: 'de', openAsset: 'en:pexels-gons3.jpg', onOpenAssetHandled });
    expect(await screen.findByRole('dialog', { name: 'pexels-gons3.jpg' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Language', hidden: true })).toHaveValue('all');
    expect(onOpenAssetHandled).toHaveBeenCalledOnce();
  });

  it('says so when the asset is gone', async () => {
    const onOpenAssetHandled = vi.fn();
    await openPanel({ openAsset: 'de:public/views/gone.png', onOpenAssetHandled });
    expect(await screen.findByRole('alert')).toHaveTextContent('The link names gone.png, which is no longer in segment 27665601.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpenAssetHandled).toHaveBeenCalledOnce();
  });
});
