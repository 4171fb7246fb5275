/**
 * The readiness checklist of the crisis practice's prepare phase, computed from
 * the crisis team and the templates: is everyone a crisis needs named, can they
 * be reached out of hours and stood in for, and is the wording approved.
 */
import { latestVersions } from './playbooks/templates';
import type { Team, TeamRole, Template } from './schema';

/** Roles a crisis cannot proceed without: who leads, who approves, who decides whether a post stays. */
export const KEY_ROLES: readonly TeamRole[] = ['lead', 'approver', 'delete-or-keep'];

export type ReadinessCheck =
  | { item: 'role'; role: TeamRole; ok: boolean }
  | { item: 'backups'; ok: boolean; missing: TeamRole[] }
  | { item: 'templates'; ok: boolean; approved: number; draft: number }
  | { item: 'monitoring'; ok: boolean }
  | { item: 'drill'; ok: boolean; lastDrill: string | null };

/** Starter templates by status, each counted once by its newest version. */
function starterCounts(templates: readonly Template[]): { approved: number; draft: number } {
  const starters = latestVersions([...templates]).filter((t) => t.builtin);
  return {
    approved: starters.filter((t) => t.status === 'approved').length,
    draft: starters.filter((t) => t.status === 'draft').length,
  };
}

/** Every item of the checklist, in the order Settings lists them; `templates` null when not yet loaded. */
export function readinessChecks(team: Team, templates: readonly Template[] | null): ReadinessCheck[] {
  const holders = (role: TeamRole) => team.members.filter((m) => m.role === role);
  const checks: ReadinessCheck[] = KEY_ROLES.map((role) => ({ item: 'role', role, ok: holders(role).length > 0 }));
  const missing = KEY_ROLES.filter(
    (role) => !holders(role).some((m) => Boolean(m.deputy?.trim()) && Boolean(m.outOfHours?.trim())),
  );
  checks.push({ item: 'backups', ok: missing.length === 0, missing });
  if (templates) {
    const counts = starterCounts(templates);
    checks.push({ item: 'templates', ok: counts.draft === 0 && counts.approved > 0, ...counts });
  }
  checks.push({ item: 'monitoring', ok: team.readiness.monitoringSetUp });
  checks.push({ item: 'drill', ok: team.readiness.lastDrill !== null, lastDrill: team.readiness.lastDrill });
  return checks;
}
