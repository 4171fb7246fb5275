import { describe, expect, it } from 'vitest';
import { readinessChecks } from '../lib/team';
import { EMPTY_TEAM, type Team, type Template } from '../lib/schema';

const ready: Team = {
  members: [
    { role: 'lead', name: 'Maja', deputy: 'Jonas', outOfHours: '+49 170 1234567' },
    { role: 'approver', name: 'Ida', deputy: 'Ole', outOfHours: '+45 12345678' },
    { role: 'delete-or-keep', name: 'Ana', deputy: 'Piotr', outOfHours: '+48 601234567' },
  ],
  readiness: { monitoringSetUp: true, lastDrill: '2026-11-30' },
};

function template(id: string, version: number, status: Template['status'], builtin = true): Template {
  return { id, version, status, builtin } as Template;
}

describe('readinessChecks', () => {
  it('finds everything missing on an empty team, and skips templates until they are loaded', () => {
    const checks = readinessChecks(EMPTY_TEAM, null);
    expect(checks.map((c) => c.item)).toEqual(['role', 'role', 'role', 'backups', 'monitoring', 'drill']);
    expect(checks.every((c) => !c.ok)).toBe(true);
    expect(checks.find((c) => c.item === 'backups')).toMatchObject({ missing: ['lead', 'approver', 'delete-or-keep'] });
  });

  it('is all done for a full team with approved starters', () => {
    const checks = readinessChecks(ready, [template('a', 1, 'draft'), template('a', 2, 'approved'), template('mine', 1, 'draft', false)]);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.find((c) => c.item === 'templates')).toMatchObject({ approved: 1, draft: 0 });
  });

  it('names the key roles whose holder lacks a deputy or an out-of-hours phone', () => {
    const team: Team = { ...ready, members: ready.members.map((m) => (m.role === 'approver' ? { ...m, outOfHours: '' } : m)) };
    expect(readinessChecks(team, null).find((c) => c.item === 'backups')).toEqual({ item: 'backups', ok: false, missing: ['approver'] });
  });

  it('counts starter templates still in draft', () => {
    const checks = readinessChecks(ready, [template('a', 1, 'approved'), template('b', 1, 'draft')]);
    expect(checks.find((c) => c.item === 'templates')).toEqual({ item: 'templates', ok: false, approved: 1, draft: 1 });
  });
});
