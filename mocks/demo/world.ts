import type { LocaleRecord, MockWorld } from '../store/state';

export const DEMO_ACCOUNT = { accountId: 'demo', key: 'demo-key' } as const;
export const DEMO_PROJECT_ID = 7214;
export const DEMO_DOCUMENT_ID = 19641;
export const DEMO_SCOPE = 'pr7214';
/** pr7301: a project the demo account may see but not add to (its rights say `canAddAssets: false`). */
const VIEW_ONLY_PROJECT_ID = 7301;
export const FIRST_DEMO_SEGMENT = 27665601;
export const DEMO_SEGMENT_COUNT = 30;

const locale = (loc: string, name: string, issrc = false): LocaleRecord => ({
  loc, name, issrc, istrg: !issrc, canEdit: true, loc_rtl: false,
});

/**
 * Who and what exists in the mock: the demo account, project 7214 with its jobs, pr7301 it may
 * only see, and pr9999 it may not see.
 */
export function demoWorld(): MockWorld {
  const demoSegments = Array.from({ length: DEMO_SEGMENT_COUNT }, (_, i) => ({
    segmentId: FIRST_DEMO_SEGMENT + i, documentId: DEMO_DOCUMENT_ID, projectId: DEMO_PROJECT_ID,
  }));
  const confidentialSegments = Array.from({ length: 5 }, (_, i) => ({
    segmentId: 29990001 + i, documentId: 19999, projectId: 9999,
  }));
  const viewOnlySegments = Array.from({ length: 5 }, (_, i) => ({
    segmentId: 27730101 + i, documentId: 19701, projectId: VIEW_ONLY_PROJECT_ID,
  }));
  return {
    accounts: [{
      accountId: DEMO_ACCOUNT.accountId, key: DEMO_ACCOUNT.key,
      projects: [DEMO_PROJECT_ID, VIEW_ONLY_PROJECT_ID], viewOnly: [VIEW_ONLY_PROJECT_ID],
    }],
    projects: [
      {
        projectId: DEMO_PROJECT_ID,
        title: 'Web shop 4.2 \u2014 user interface',
        name: 'WEBSHOP-4.2',
        locales: [locale('en', 'English', true), locale('de', 'Deutsch'), locale('fr', 'Fran\u00e7ais'), locale('ja', '\u65e5\u672c\u8a9e')],
      },
      {
        projectId: VIEW_ONLY_PROJECT_ID,
        title: 'Web shop 4.1 \u2014 archived, view only',
        name: 'WEBSHOP-4.1',
        locales: [locale('en', 'English', true), locale('de', 'Deutsch')],
      },
      {
        projectId: 9999,
        title: 'Confidential \u2014 legal review',
        name: 'LEGAL-9999',
        locales: [locale('en', 'English', true), locale('de', 'Deutsch')],
      },
    ],
    jobs: [
      { jobId: 9926, codyt: false, projectId: DEMO_PROJECT_ID },
      { jobId: 9927, codyt: true, projectId: DEMO_PROJECT_ID },
    ],
    segments: [...demoSegments, ...viewOnlySegments, ...confidentialSegments],
  };
}
