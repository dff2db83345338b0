/** Scope codes as the asset calls take them (`pr7214`, `jbs9926`, `jbc9927`) and the scope
 * objects other Wordbee calls take. */
export type ScopeObject =
  | { type: 'Project'; projectid: number }
  | { type: 'Job'; jobid: number; jobcdyt: boolean };

const SCOPE_CODE = /^(pr|jbs|jbc)([1-9]\d{0,9})$/;

export function parseScope(code: string): ScopeObject | null {
  const match = SCOPE_CODE.exec(code.trim().toLowerCase());
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  if (match[1] === 'pr') return { type: 'Project', projectid: id };
  return { type: 'Job', jobid: id, jobcdyt: match[1] === 'jbc' };
}

export function formatScope(scope: ScopeObject): string {
  if (scope.type === 'Project') return `pr${scope.projectid}`;
  return `${scope.jobcdyt ? 'jbc' : 'jbs'}${scope.jobid}`;
}

/** The canonical spelling of a scope code, or null when it is not one. */
export function normalizeScopeCode(code: string): string | null {
  const scope = parseScope(code);
  return scope ? formatScope(scope) : null;
}

export function describeScope(scope: ScopeObject): string {
  if (scope.type === 'Project') return `project ${scope.projectid}`;
  return `${scope.jobcdyt ? 'Codyt job' : 'job'} ${scope.jobid}`;
}

/** Segment IDs are positive 32-bit integers in Wordbee. */
export function parseSegmentId(value: string | number): number | null {
  const text = String(value).trim();
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : null;
}
