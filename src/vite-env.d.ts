/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The server the standalone app targets instead of the built-in mock. */
  readonly VITE_API_BASE_URL?: string;
  /** Parent origins embed.html obeys, fixed at build time (comma list); the URL cannot widen them. */
  readonly VITE_EMBED_PARENT_ORIGINS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
