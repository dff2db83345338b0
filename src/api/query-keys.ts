/** Every cache key the panel uses, from one place, so an invalidation cannot miss. */
export const assetKeys = {
  all: ['assets'] as const,
  scope: (scope: string) => ['assets', scope] as const,
  segment: (scope: string, segmentId: number) => ['assets', scope, 'segment', segmentId] as const,
  segments: (scope: string, segmentIds: readonly number[]) => ['assets', scope, 'segments', segmentIds.join(',')] as const,
};

export const rightsKeys = {
  scope: (scope: string) => ['rights', scope] as const,
};

export const previewKeys = {
  all: ['preview'] as const,
  /** `auth`: how the preview authenticates (`headers`, `cookie`): a different answer for the same URL. */
  url: (downloadUrl: string, auth: string) => ['preview', downloadUrl, auth] as const,
};

export const marksKeys = {
  all: ['marks'] as const,
  /** A marks file by its download URL: immutable thanks to `v`, so it is read once. */
  url: (downloadUrl: string) => ['marks', downloadUrl] as const,
};
