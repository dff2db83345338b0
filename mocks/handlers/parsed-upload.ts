import type { MockHttpError } from '../store/errors';

/**
 * The HTTP server streams a multipart upload to a file itself (MSW would buffer it whole) and
 * hands the media handler the result by an id in this header. The server drops any such header
 * a client sent; in the worker and msw/node nothing is ever parsed ahead, so it is ignored.
 */
export const PARSED_UPLOAD_HEADER = 'X-Mock-Parsed-Upload';

export interface UploadedFile {
  name: string;
  type: string;
  blob: Blob;
}

/** The file part, or why the body was refused (no file, two files, unreadable, too large). */
export type ParsedUpload = UploadedFile | MockHttpError;
