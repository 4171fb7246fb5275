/**
 * A database filled the way people fill it: settings saved, posts observed, one escalated
 * into an incident, a reply inserted, a decision, an escalation, a note, an article
 * captured, the incident resolved and reviewed, a playbook edited. Every write goes through
 * the functions the background calls, so the rows are shaped as Keel stores them.
 */
import { Dexie } from 'dexie';
import { KeelDatabase, recordReply, saveSettings, upsertObservedPosts } from '../../lib/db';
import { seedDefaults } from '../../lib/seed';
import { addEvidence, addNote, escalateMention, logReplyToIncident, recordDecision, recordEscalation, setIncidentStatus } from '../../lib/incidents';
import { saveReview } from '../../lib/incidents/review';
import { savePlaybookDraft } from '../../lib/playbooks/versions';
import type { ObservedPost, Settings } from '../../lib/schema';

export const T0 = Date.UTC(2026, 10, 24, 9, 30);
export const MIN = 60_000;

/** Page text as hostile as pages get: HTML, Markdown links and images, code, headings, table pipes. */
export const HOSTILE_TEXTS = [
  '<img src=x onerror="alert(1)"> Nordlicht ruined my morning',
  'Nordlicht [click here](javascript:alert(1)) for a refund',
  '![](http://tracker.example/pixel.gif) Nordlicht',
  '`rm -rf /` and ```js\nalert(1)\n``` Nordlicht',
  '# Nordlicht is a scam\n## really\n---\n> quoted',
  'Nordlicht | col | <script>alert(1)</script> | =cmd|\' /C calc\'!A0',
  '<a href="http://evil.example">Nordlicht</a> [ref]: http://evil.example *bold* _it_ <http://auto.example>',
];

export const SETTINGS: Settings = {
  brand: { names: ['Nordlicht'], aliases: [], handles: ['@nordlichtcoffee'], hashtags: ['#nordlicht'], products: ['Polarstern'], exclude: [] },
  agentName: 'Maria',
  dmLink: 'https://nordlicht.example/help',
  uiLanguage: 'en',
};

export function post(n: number, text: string, level: 'low' | 'medium' | 'high' | 'critical' = 'high'): ObservedPost {
  const url = `https://x.com/person${n}/status/18610000000000${String(n).padStart(5, '0')}`;
  const at = text.indexOf('Nordlicht');
  return {
    id: `x:/person${n}/status/${n}`,
    platform: 'x',
    url,
    threadUrl: 'https://x.com/nordlichtcoffee/status/1861000000000000001',
    pageUrl: 'https://x.com/nordlichtcoffee/status/1861000000000000001',
    authorName: n === 1 ? 'Eve <b>[Evil](javascript:x)</b>' : `Person ${n}`,
    authorHandle: `person${n}`,
    authorUrl: `https://x.com/person${n}`,
    reach: { verified: n === 1, followers: n * 1000 },
    engagement: { replies: n, reposts: null, likes: 10 * n, views: null },
    text,
    language: 'en',
    postedAt: T0 - n * MIN,
    parentId: null,
    byBrand: false,
    matches: at >= 0 ? [{ term: 'Nordlicht', kind: 'name', span: [at, at + 9] }] : [],
    risk: {
      score: 70,
      level,
      reasons: [
        { kind: 'complaint', spans: [[0, 5]], weight: 30, params: {} },
        { kind: 'reach', spans: [], weight: 10, params: { followers: n * 1000 } },
      ],
      crisisType: 'service-complaint',
      language: 'en',
    },
  };
}

export async function filledDatabase(name = `keel-files-${Math.random().toString(36).slice(2)}`) {
  const db = new KeelDatabase(name);
  const incidentId = await fill(db);
  return { db, incidentId, cleanup: async () => { db.close(); await Dexie.delete(name); } };
}

/** Fills a database as described above; returns the incident's id. */
export async function fill(db: KeelDatabase): Promise<string> {
  await saveSettings(db, SETTINGS);
  await seedDefaults(db, T0 - 1000 * MIN);
  await upsertObservedPosts(db, HOSTILE_TEXTS.map((text, i) => post(i + 1, text)), T0);
  const incident = await escalateMention(db, post(1, '').id, 'service-complaint', 'Service complaint <b>', T0 + MIN, () => 'incident-one', 'Maria');
  await escalateMention(db, post(2, '').id, 'service-complaint', 'ignored', T0 + 2 * MIN, () => 'unused', 'Jonas');
  const reply = { mentionId: post(1, '').id, templateId: 'service-complaint-en-1', templateVersion: 1, language: 'en' as const, text: 'Sorry <b>Eve</b>, please DM us.', threadUrl: post(1, '').threadUrl, insertedAt: T0 + 12 * MIN, method: 'inserted' as const };
  await recordReply(db, reply);
  await logReplyToIncident(db, reply.mentionId, reply.insertedAt, null, { reply, by: 'Maria' });
  await recordDecision(db, incident.id, { action: 'hide', postUrl: post(3, '').url, reason: 'Tracker image [x](javascript:y)' }, 'Maria', T0 + 20 * MIN);
  await recordEscalation(db, incident.id, { to: 'Jonas Berg', role: 'legal', via: 'phone', contact: '+49 30 1234567' }, 'Maria', T0 + 25 * MIN);
  await addNote(db, incident.id, 'Called the shop | <i>all fine</i>', 'Jonas', T0 + 30 * MIN);
  await addEvidence(db, incident.id, {
    kind: 'article',
    url: 'https://news.example/nordlicht',
    title: 'Nordlicht <script>alert(1)</script> under fire',
    byline: 'By [Reporter](javascript:z)',
    siteName: 'News | Example',
    publishedTime: '2026-11-24T08:00:00Z',
    excerpt: '![](http://tracker.example/a.gif) Customers are angry.',
    text: 'Customers of Nordlicht are angry.',
    language: 'en',
    matches: [{ term: 'Nordlicht', kind: 'name', span: [13, 22] }],
    risk: null,
  }, 'Maria', T0 + 35 * MIN);
  await setIncidentStatus(db, incident.id, 'resolved', 'Maria', T0 + 90 * MIN, 'Refunds sent');
  await saveReview(db, incident.id, { whatHappened: 'A <b>complaint</b> spread', whatWorked: 'Fast reply', whatToChange: '# Nothing', lessons: [{ id: 'l1', text: 'Answer *faster*', target: 'other', draftRef: null }] }, 'Maria', T0 + 200 * MIN);
  const playbook = (await db.playbooks.toArray())[0]!;
  await savePlaybookDraft(db, { ...playbook, summary: `${playbook.summary} (edited)` }, 'Maria', 'Shorter summary', T0 + 300 * MIN);
  return incident.id;
}

/** Every table's rows, in key order, for deep comparison. */
export async function dump(db: KeelDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
