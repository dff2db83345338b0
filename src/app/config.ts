/**
 * How the standalone app finds its server. In development without VITE_API_BASE_URL, MSW's
 * worker answers on the app's own origin and the app signs in as the demo account by itself.
 */
export const apiBaseUrlFromEnv: string = import.meta.env.VITE_API_BASE_URL ?? '';
export const mockMode: boolean = (import.meta.env.DEV || import.meta.env.MODE === 'e2e') && !apiBaseUrlFromEnv;
