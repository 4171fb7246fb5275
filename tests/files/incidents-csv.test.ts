import { afterEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportIncidentsCsv, incidentsCsv, CSV_COLUMNS } from '../../lib/files/incidents-csv';
import { Incident, IncidentEvent } from '../../lib/schema';
import { filledDatabase, MIN, T0 } from './fixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const incident = (id: string, title: string, owner = '', extra: Partial<Incident> = {}) =>
  Incident.parse({ id, title, owner, crisisType: 'service-complaint', severity: 'high', status: 'responding', phase: 'respond', openedAt: T0, platforms: ['x', 'facebook'], mentionIds: ['m1', 'm2', 'm3'], updatedAt: T0, ...extra });

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { header: false }).data;

describe('incident list as CSV', () => {
  it('has the columns in order and one row per incident, newest first', async () => {
    const f = await filledDatabase();
    cleanups.push(f.cleanup);
    const rows = parse(await exportIncidentsCsv(f.db));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'incident-one',
      'Service complaint <b>',
      'Service complaint',
      'high',
      'reviewed',
      '',
      'x',
      new Date(T0 + MIN).toISOString(),
      new Date(T0 + 90 * MIN).toISOString(),
      '2',
      '14',
    ]);
  });

  it('keeps cells that start like a formula as text, quotes line breaks, commas and quotes', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0\nsecond line'];
    const incidents = hostile.map((title, i) => incident(`i${i}`, title, i === 0 ? '=owner' : '', { openedAt: T0 - i }));
    incidents.push(incident('plain', 'Late, "again"\nand again', 'Maria', { openedAt: T0 + 1, resolvedAt: T0 + 60 * MIN }));
    const events = [IncidentEvent.parse({ incidentId: 'plain', kind: 'reply-inserted', at: T0 + 15 * MIN + 1 })];
    const rows = parse(incidentsCsv(incidents, events));
    expect(rows[1]!.slice(1, 2)).toEqual(['Late, "again"\nand again']);
    expect(rows[1]![5]).toBe('Maria');
    expect(rows[1]![10]).toBe('15');
    expect(rows.slice(2).map((r) => r[1])).toEqual(hostile.map((t) => `'${t}`));
    expect(rows[2]![5]).toBe("'=owner");
    // Every cell of every row: nothing a spreadsheet would evaluate.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[2]![10]).toBe('');
  });
});
