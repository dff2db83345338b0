import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { setMockSwitch, type MockSwitch } from './app/dev/mock-switch';
import { detectUiLanguage } from './ui/i18n/detect';
import { I18nProvider } from './ui/i18n/i18n';
import './ui/panel.css';
import './app/app.css';

/**
 * In development without VITE_API_BASE_URL, MSW's worker must answer before the first call:
 * awaited here. `import.meta.env.DEV` is the literal `false` in production builds (and MODE the
 * literal 'production'), so the import and every byte of the mock drop out of the bundle
 * (scripts/check-build.mjs checks). The end-to-end build (`--mode e2e`) keeps the mock.
 */
async function startMock(): Promise<MockSwitch | null> {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'e2e') || import.meta.env.VITE_API_BASE_URL) return null;
  const params = new URLSearchParams(window.location.search);
  const { startBrowserMock } = await import('../mocks/browser');
  const mock = await startBrowserMock({ faults: params.get('mock-faults') });
  // Opened for another server (`?server=`): the worker must not stand between page and network.
  if (params.has('server')) mock.pause();
  return mock;
}

// The standalone app speaks the browser's language (English, German or French).
const language = detectUiLanguage();
document.documentElement.lang = language;

void startMock().then((mock) => {
  setMockSwitch(mock);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <I18nProvider language={language}>
          <App />
        </I18nProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
