/** Every UI string of the panel, in English; other languages translate these keys. */
export const en = {
  'app.title': 'Segment assets',
  'app.mockBadge': 'Mock backend',
  'app.signedInAs': 'Signed in as {account} on {server}',
  'app.disconnect': 'Disconnect',
  'app.connectOther': 'Connect to a server\u2026',
  'app.signingIn': 'Signing in to the mock backend\u2026',

  'connect.heading': 'Connect to Wordbee Translator',
  'connect.intro': 'Your API key is used to sign in and stays in this tab\u2019s memory only.',
  'connect.baseUrl': 'Server URL',
  'connect.baseUrlHint': 'For example https://team.eu.wordbee-translator.com',
  'connect.accountId': 'Account ID',
  'connect.apiKey': 'API key',
  'connect.submit': 'Connect',
  'connect.connecting': 'Connecting\u2026',
  'connect.badUrl': 'Enter the server\u2019s address, starting with https:// or http://.',
  'connect.useMock': 'Use the built-in mock instead',

  'target.scope': 'Scope',
  'target.scopeHint': 'pr{project}, jbs{job} or jbc{Codyt job}, e.g. pr7214',
  'target.segment': 'Segment',
  'target.open': 'Open segment',
  'target.badScope': '\u201c{value}\u201d is not a scope: use pr7214, jbs9926 or jbc9927.',
  'target.badSegment': '\u201c{value}\u201d is not a segment ID: use a positive whole number.',
  'target.none': 'Choose a scope and a segment to see its context.',

  'assets.label': 'Assets',
  'assets.loading': 'Loading the segment\u2019s assets\u2026',
  'assets.empty': 'No context yet: drop screenshots or videos here.',
  'assets.retry': 'Try again',
  'assets.count': '{count} assets',
  'assets.neutral': 'All languages',
  'assets.folder': 'Folder {folder}',

  'mock.menu': 'Mock backend',
  'mock.faults': 'Faults',
  'mock.faultsHint': 'e.g. latency:600,attach:500:1,upload:network:2,any:429:1:12',
  'mock.apply': 'Apply faults',
  'mock.expire': 'Expire session now',
  'mock.reset': 'Reset demo data',
  'mock.done': 'Done: {what}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
