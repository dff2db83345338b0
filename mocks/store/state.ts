import type { MockClock } from '../clock';

export interface LocaleRecord {
  loc: string;
  name: string;
  issrc: boolean;
  istrg: boolean;
  canEdit: boolean;
  loc_rtl: boolean;
}

export interface ProjectRecord {
  projectId: number;
  title: string;
  name: string;
  locales: LocaleRecord[];
}

export interface AccountRecord {
  accountId: string;
  key: string;
  /** Projects whose reference material this account may use. */
  projects: number[];
  /** Of those, the ones it may only see (mock rule): the rights call says `canAddAssets: false`, an attach answers 403. */
  viewOnly?: number[];
}

export interface SegmentRecord {
  segmentId: number;
  documentId: number;
  projectId: number;
}

export interface JobRecord {
  jobId: number;
  codyt: boolean;
  projectId: number;
}

/** A file received by the media upload, waiting to be attached (once, within an hour). */
export interface MediaRecord {
  token: string;
  accountId: string;
  name: string;
  contentType: string;
  blob: Blob;
  expiresAtMs: number;
}

/** An asset as stored: folders normalized with `/`, dates in ticks, the bytes beside. */
export interface StoredAsset {
  projectId: number;
  documentId: number;
  segmentId: number;
  locale: string | null;
  relativePath: string;
  name: string;
  contentType: string;
  createdTicks: string;
  modifiedTicks: string;
  blob: Blob;
}

export interface SessionRecord {
  accountId: string;
  lastUsedMs: number;
}

export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export interface MockWorld {
  accounts: AccountRecord[];
  projects: ProjectRecord[];
  jobs: JobRecord[];
  segments: SegmentRecord[];
}

export interface MockState {
  world: MockWorld;
  clock: MockClock;
  sessions: Map<string, SessionRecord>;
  media: Map<string, MediaRecord>;
  /** By asset key (see `assetKey` in src/domain). */
  assets: Map<string, StoredAsset>;
  throttle: ThrottleRule | null;
  calls: Map<string, number[]>;
}

/** Storage the store writes through to (IndexedDB in the browser); absent in Node. */
export interface MockPersistence {
  putAsset(key: string, asset: StoredAsset): Promise<void>;
  deleteAsset(key: string): Promise<void>;
  putMedia(media: MediaRecord): Promise<void>;
  deleteMedia(token: string): Promise<void>;
  /** null until the demo data was seeded once. */
  load(): Promise<{ assets: [string, StoredAsset][]; media: MediaRecord[] } | null>;
  /** Resolves once this write and every earlier one have landed. */
  markSeeded(): Promise<void>;
  clear(): Promise<void>;
  /** Resolves when every write so far has landed. */
  flush(): Promise<void>;
}
