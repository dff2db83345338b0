import { canonicalLocale, isLocaleCode } from '../../src/domain/locale';
import { formatScope, parseScope, type ScopeObject } from '../../src/domain/scope';
import { accountFor } from './auth';
import { forbidden, notFound, refuse } from './errors';
import type { MockState, ProjectRecord, SegmentRecord } from './state';

export interface ResolvedScope {
  code: string;
  scope: ScopeObject;
  project: ProjectRecord;
  /** False where the account may see the reference material but not add to it (mock rule). */
  canAdd: boolean;
}

function projectOf(state: MockState, scope: ScopeObject): ProjectRecord {
  let projectId: number;
  if (scope.type === 'Project') {
    projectId = scope.projectid;
  } else {
    const job = state.world.jobs.find((j) => j.jobId === scope.jobid && j.codyt === scope.jobcdyt);
    if (!job) throw notFound(`The ${scope.jobcdyt ? 'Codyt job' : 'job'} ${scope.jobid} does not exist.`);
    projectId = job.projectId;
  }
  const project = state.world.projects.find((p) => p.projectId === projectId);
  if (!project) throw notFound(`The project ${projectId} does not exist.`);
  return project;
}

export function resolveScope(state: MockState, accountId: string, scope: ScopeObject): ResolvedScope {
  const project = projectOf(state, scope);
  const account = accountFor(state, accountId);
  if (!account.projects.includes(project.projectId)) {
    throw forbidden('You do not have the right to access the reference material of this project.');
  }
  return { code: formatScope(scope), scope, project, canAdd: !account.viewOnly?.includes(project.projectId) };
}

export function resolveScopeCode(state: MockState, accountId: string, code: string | null): ResolvedScope {
  if (!code) throw refuse('The scope is missing: add ?scope=pr{projectId}, jbs{jobId} or jbc{jobId}.');
  const scope = parseScope(code);
  if (!scope) throw refuse(`"${code}" is not a scope: use pr{projectId}, jbs{jobId} or jbc{jobId}.`);
  return resolveScope(state, accountId, scope);
}

/** The scope object of `POST /api/resources/segments/rights`. */
export function parseScopeObject(body: unknown): ScopeObject {
  const value = (body ?? {}) as { type?: unknown; projectid?: unknown; jobid?: unknown; jobcdyt?: unknown };
  const type = typeof value.type === 'string' ? value.type.toLowerCase() : '';
  if (type === 'project' && Number.isInteger(value.projectid) && (value.projectid as number) > 0) {
    return { type: 'Project', projectid: value.projectid as number };
  }
  if (type === 'job' && Number.isInteger(value.jobid) && (value.jobid as number) > 0) {
    return { type: 'Job', jobid: value.jobid as number, jobcdyt: value.jobcdyt === true };
  }
  throw refuse('The scope is not valid: send {"type":"Project","projectid":…} or {"type":"Job","jobid":…,"jobcdyt":…}.');
}

export function parseSegmentParam(value: string | undefined | null): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) {
    throw notFound(`The segment ${value ?? ''} does not exist.`.replace('  ', ' '));
  }
  return Number(value);
}

export function segmentInScope(state: MockState, resolved: ResolvedScope, segmentId: number): SegmentRecord {
  const segment = state.world.segments.find((s) => s.segmentId === segmentId);
  if (!segment || segment.projectId !== resolved.project.projectId) {
    throw notFound(`The segment ${segmentId} does not exist in ${resolved.code}.`);
  }
  return segment;
}

/** A language of the scope, in the scope's own spelling; null for language-neutral. */
export function scopeLocale(resolved: ResolvedScope, locale: unknown): string | null {
  if (locale === undefined || locale === null || locale === '') return null;
  if (typeof locale !== 'string' || !isLocaleCode(locale)) throw refuse(`"${String(locale)}" is not a language code.`);
  const code = canonicalLocale(locale)!.toLowerCase();
  const match = resolved.project.locales.find((l) => l.loc.toLowerCase() === code);
  if (!match) throw refuse(`The language "${locale}" is not a language of this project.`);
  return match.loc;
}

export function rightsOf(resolved: ResolvedScope) {
  return {
    scope: resolved.scope,
    properties: { title: resolved.project.title, name: resolved.project.name },
    locales: resolved.project.locales,
    // Mock rule: Wordbee's documentation names no field for it; a client treats its absence as "may add".
    canAddAssets: resolved.canAdd,
  };
}
