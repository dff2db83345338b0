import type { Asset } from '../domain/asset';
import type { Mark } from '../domain/marks';
import type { SegmentText } from '../domain/segment-text';
import type { SegmentStrings } from '../domain/string-to-find';
import type { PreviewAuth } from '../features/gallery/gallery-options';
import type { UploadRecord } from '../features/upload/core/types';

/** Everything a host can tell the panel (React props, mountAssetPanel options, element attributes). */
export interface AssetPanelOptions {
  /** The Wordbee platform URL (`https://team.eu.wordbee-translator.com`), with or without `/api`. */
  apiBaseUrl: string;
  accountId: string;
  /** A session token the host already has; never put in a URL or a log. */
  token?: string | null;
  /** Called for a token when none is given, and again whenever the server says it expired. */
  getToken?: (() => Promise<string> | string) | null;
  /** `pr{projectId}`, `jbs{jobId}` or `jbc{jobId}`. */
  scope: string;
  segmentId: number;
  /** The gallery's language: a code, `neutral`, or null for all languages. */
  locale?: string | null;
  /** Languages of the scope to offer in the filter and for uploads; all when absent. */
  languages?: readonly string[] | null;
  /** Largest file accepted, in bytes (also sent to the server as `maxsize`). Default 500 MB. */
  maxFileSize?: number;
  /** Uploads running at once. Default 4. */
  concurrency?: number;
  /** `headers` (default): previews fetched with the auth headers. `cookie`: the host's session cookie authenticates, URLs are used directly. */
  previewAuth?: PreviewAuth;
  /** No upload, no delete. */
  readOnly?: boolean;
  /** Offer "Mark the string" in the lightbox (marks are written as `<image>.marks.json`); default true. Marks are shown either way. */
  marking?: boolean;
  /**
   * The default of the person's setting "Find my segment's string on screenshots I drop" (under
   * "Add context"): an image dropped on the segment opens after its upload with its string's
   * places proposed. Off when absent; the person's own choice, kept by their browser, wins.
   */
  proposeAfterDrop?: boolean;
  /** `en`, `de` or `fr`; the browser's language when absent. */
  uiLanguage?: string | null;
  /** Keeps unfinished uploads in IndexedDB under this key so a reload resumes them; off when absent or empty. Give each panel its own. */
  persistKey?: string | null;
  /**
   * The shown segment's texts, for "Find the string" (marks proposed by text recognition):
   * `source`, and `target` with its `targetLocale`. A language-neutral or source-language image
   * is searched for the source text, an image in the target language for the target text.
   */
  segmentText?: SegmentStrings | null;
  /**
   * The document's segments with their texts by language code (`[{segmentId, texts: {en, de}}]`),
   * called once per scope: "Use for other segments" lists them, and "Find the string" takes the
   * shown segment's texts from it when `segmentText` is absent.
   */
  segmentSource?: SegmentSource | null;
  /**
   * What "Copy link" copies for an asset: a link into the host's editor that shows it (the panel
   * cannot know the host's URLs). Absent: there is no "Copy link" (the API download URL opens
   * for nobody without a session). Never put a token in it.
   */
  assetLink?: ((asset: Asset) => string | null | undefined | Promise<string | null | undefined>) | null;
}

/** Lists a document's segments with their texts (see `segmentSource`). */
export type SegmentSource = (scope: string) => Promise<readonly SegmentText[]> | readonly SegmentText[];

export interface UploadFailure {
  name: string;
  title: string;
  scope: string;
  segmentId: number;
  locale: string | null;
}

/** Marks written (or cleared: `marks` empty) for an image of a segment. */
export interface MarksSaved {
  scope: string;
  segmentId: number;
  /** The image's name; its marks file is `<assetName>.marks.json` beside it. */
  assetName: string;
  locale: string | null;
  relativePath: string;
  marks: Mark[];
}

export interface ErrorDetail {
  title: string;
  kind: string;
  status: number;
}

/** What the panel tells the host: callbacks here, CustomEvents on the element, messages from the iframe. */
export interface AssetPanelEvents {
  onAssetUploaded?: (asset: Asset) => void;
  onAssetDeleted?: (assets: Asset[]) => void;
  onUploadFailed?: (failure: UploadFailure) => void;
  onSegmentChanged?: (segment: { scope: string; segmentId: number }) => void;
  onMarksSaved?: (saved: MarksSaved) => void;
  onError?: (error: ErrorDetail) => void;
}

export const EVENT_NAMES = {
  onAssetUploaded: 'asset-uploaded',
  onAssetDeleted: 'asset-deleted',
  onUploadFailed: 'upload-failed',
  onSegmentChanged: 'segment-changed',
  onMarksSaved: 'marks-saved',
  onError: 'error',
} as const satisfies Record<keyof AssetPanelEvents, string>;

export type PanelEventName = (typeof EVENT_NAMES)[keyof typeof EVENT_NAMES];

export function uploadFailure(record: UploadRecord): UploadFailure {
  return {
    name: record.name,
    title: record.error?.title ?? '',
    scope: record.target.scope,
    segmentId: record.target.segmentId,
    locale: record.target.locale,
  };
}

export function errorDetail(error: unknown): ErrorDetail {
  const e = error as { title?: unknown; kind?: unknown; status?: unknown; message?: unknown } | null;
  return {
    title: typeof e?.title === 'string' ? e.title : typeof e?.message === 'string' ? e.message : String(error),
    kind: typeof e?.kind === 'string' ? e.kind : 'unknown',
    status: typeof e?.status === 'number' ? e.status : 0,
  };
}
