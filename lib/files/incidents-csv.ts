/**
 * The incident list as CSV, for a spreadsheet or a report to management. Written with
 * papaparse (quoting, embedded line breaks, quotes inside cells).
 *
 * Titles and owners are typed by people but may quote page text. A spreadsheet treats a
 * cell starting with = + - @ (or a tab or carriage return before one) as a formula, which can
 * run commands or send data away; such cells get a leading apostrophe so they stay text.
 */
import Papa from 'papaparse';
import type { KeelDatabase } from '../db';
import { crisisTypeLabel } from '../risk/explain';
import type { Evidence, Incident, IncidentEvent } from '../schema';
import { incidentFigures, toMinutes } from './incident-figures';

export const CSV_COLUMNS = [
  'id',
  'title',
  'crisis type',
  'severity',
  'status',
  'owner',
  'platforms',
  'opened',
  'resolved',
  'mentions',
  'time to first response (minutes)',
] as const;

/**
 * A cell a spreadsheet would read as a formula. papaparse's own `escapeFormulae: true` uses
 * /^[=+\-@\t\r].*$/, which misses a formula followed by a line break; this one does not.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const isoTime = (at: number | null | undefined): string => (at == null ? '' : new Date(at).toISOString());

function groupBy<T extends { incidentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.incidentId);
    if (list) list.push(row);
    else out.set(row.incidentId, [row]);
  }
  return out;
}

/**
 * One row per incident, newest first. `events` and `evidence` are those of these incidents
 * (time to first response counts from the first linked post, as lib/incidents/figures.ts does).
 */
export function incidentsCsv(incidents: readonly Incident[], events: readonly IncidentEvent[], evidence: readonly Evidence[] = []): string {
  const byIncident = groupBy(events);
  const evidenceOf = groupBy(evidence);
  const rows = [...incidents]
    .sort((a, b) => b.openedAt - a.openedAt)
    .map((incident) => {
      const figures = incidentFigures(incident, byIncident.get(incident.id) ?? [], evidenceOf.get(incident.id) ?? []);
      const cells = [
        incident.id,
        incident.title,
        crisisTypeLabel(incident.crisisType, 'en'),
        incident.severity,
        incident.status,
        incident.owner,
        incident.platforms.join(' '),
        isoTime(incident.openedAt),
        isoTime(incident.resolvedAt),
        String(figures.mentions),
        String(toMinutes(figures.timeToFirstResponseMs) ?? ''),
      ];
      return cells;
    });
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { quotes: false, newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}

/** Every stored incident as CSV text. */
export async function exportIncidentsCsv(db: KeelDatabase): Promise<string> {
  const [incidents, events, evidence] = await db.transaction('r', db.incidents, db.incidentEvents, db.evidence, () =>
    Promise.all([
      db.incidents.toArray(),
      db.incidentEvents.filter((e) => e.kind === 'reply-inserted').toArray(),
      // Only the linked posts' times matter here; article text can be long.
      db.evidence.filter((e) => e.item.kind === 'mention').toArray(),
    ]),
  );
  return incidentsCsv(incidents, events, evidence);
}
