import type { Locator, Page } from '@playwright/test';
import { APP_ORIGIN } from '../../playwright.config';

/** The test host page (tests/e2e/pages/host.html), once its module has set up `window.panelLib`. */
export async function openHost(page: Page, origin = APP_ORIGIN): Promise<void> {
  await page.goto(`${origin}/tests/e2e/pages/host.html`);
  await page.waitForFunction(() => window.hostReady === true);
}

/** A `<segment-asset-panel>` with these attributes, signed in to the mock at `api`, appended to the host page's `#host` or to `into`. */
export async function appendPanelElement(page: Page, api: string, attributes: Record<string, string>, into?: Locator): Promise<void> {
  const slot = into ? await into.elementHandle() : null;
  await page.evaluate(async ([api, attributes, slot]) => {
    const element = document.createElement('segment-asset-panel') as HTMLElement & { token: string };
    for (const [name, value] of Object.entries({ 'api-base-url': api, 'account-id': 'demo', scope: 'pr7214', ...attributes })) {
      element.setAttribute(name, value);
    }
    element.token = await window.panelLib.signIn(api);
    (slot ?? document.getElementById('host')!).append(element);
  }, [api, attributes, slot] as const);
}

/**
 * A host made of a web component (`#host-app`) whose column (`.column`, with `columnStyle`) lies
 * in its open shadow root, holding a `<slot>` when `slotted`. Its locators: the component (where
 * a slotted panel goes, as its own child) and the column.
 */
export async function addComponentHost(page: Page, { columnStyle, slotted = false }: { columnStyle: string; slotted?: boolean }) {
  await page.evaluate(([style, slotted]) => {
    const app = document.createElement('div');
    app.id = 'host-app';
    const column = document.createElement('div');
    column.className = 'column';
    column.style.cssText = style;
    if (slotted) column.append(document.createElement('slot'));
    app.attachShadow({ mode: 'open' }).append(column);
    document.getElementById('host')!.append(app);
  }, [columnStyle, slotted] as const);
  return { component: page.locator('#host-app'), column: page.locator('#host-app .column') };
}
