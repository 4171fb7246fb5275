/**
 * A year of a busy brand's record for `npm run bench -- --record`: 100,000 mentions over
 * X, Facebook and Instagram in four languages (1,000 of them on one thread), 500 incidents
 * with the mentions escalated to them, their timelines, the replies sent, and (from schema
 * v4) the evidence kept for each. Deterministic (seeded), and every row parsed with today's
 * schemas, so what the bench stores is what Keel itself would accept.
 */
import * as schema from '../lib/schema';
import { INCIDENT_STATUSES, Mention, Incident, IncidentEvent, ReplyRecord, RISK_LEVELS, type CrisisType, type RiskLevel } from '../lib/schema';

export const RECORD_MENTIONS = 100_000;
export const RECORD_INCIDENTS = 500;
export const TAB_MENTIONS = 1_000;
/** The thread the bench opens the Queue on: the demo X thread, whose own mentions Keel reads as well. */
export const TAB_URL = 'https://x.com/nordlichtcoffee/status/1790000000000000001';

const YEAR = 365 * 86_400_000;
const END = Date.UTC(2026, 11, 1);

/** A small seeded generator (mulberry32): the same record every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS: Record<'en' | 'de' | 'da' | 'pl', string[]> = {
  en: [
    'Nordlicht my Polarstern grinder broke after a week. Third time I write, still no answer.',
    '@nordlichtcoffee order #{n} is two weeks late and nobody answers the phone',
    'Love the Nordlicht winter blend, best coffee in town ☕',
    'Is it true Nordlicht staff were rude to a customer in Aarhus? Not ok.',
    'Nordlicht Cold Brew gave my whole office stomach ache. Anyone else?? #nordlicht',
    'Boycott Nordlicht until they answer about the data leak. Everyone RT',
  ],
  de: [
    'Der Kaffee von Nordlicht schmeckt seit der neuen Röstung verbrannt.',
    '@nordlichtcoffee Bestellung {n} seit 14 Tagen nicht da, keine Antwort auf drei Mails!',
    'Nordlicht Polarstern ist die beste Mühle, die ich je hatte.',
    'Warum antwortet Nordlicht nicht? Ich warte seit Wochen auf mein Geld zurück.',
  ],
  da: [
    'Nordlicht har ikke svaret på min klage i to uger. Dårlig service.',
    'Elsker Nordlicht Cold Brew om sommeren!',
    '@nordlichtcoffee min ordre {n} er aldrig kommet frem',
  ],
  pl: [
    'Nordlicht nie odpowiada na reklamację od miesiąca. Skandal!',
    'Kawa Nordlicht jest super, polecam Polarstern.',
    '@nordlichtcoffee zamówienie {n} nie dotarło, co się dzieje?',
  ],
};
const LANGS = ['en', 'en', 'en', 'de', 'de', 'da', 'pl'] as const;
const PLATFORMS = ['x', 'x', 'facebook', 'instagram'] as const;
const CRISIS: CrisisType[] = ['product-defect', 'service-complaint', 'reputation-attack', 'employee-misconduct', 'security-incident', 'social-responsibility', 'own-post'];

function threadUrl(platform: string, t: number): string {
  if (platform === 'x') return `https://x.com/nordlichtcoffee/status/${1_860_000_000_000_000_000n + BigInt(t)}`;
  if (platform === 'facebook') return `https://www.facebook.com/nordlichtcoffee/posts/pfbid0Nordlicht${t}`;
  return `https://www.instagram.com/p/Nordlicht${t}/`;
}

function mention(i: number, rnd: () => number, onTab: boolean): Mention {
  const platform = PLATFORMS[Math.floor(rnd() * PLATFORMS.length)]!;
  const language = LANGS[Math.floor(rnd() * LANGS.length)]!;
  const texts = TEXTS[language];
  const text = texts[Math.floor(rnd() * texts.length)]!.replace('{n}', String(10_000 + i));
  const thread = threadUrl(platform, Math.floor(rnd() * 3000));
  const brand = Math.max(0, text.search(/nordlicht/i));
  const score = Math.round(rnd() ** 1.6 * 100);
  const level: RiskLevel = RISK_LEVELS[Math.min(3, Math.floor(score / 25))]!;
  const seenAt = END - Math.floor(rnd() * YEAR);
  const url = platform === 'x' ? `https://x.com/person${i}/status/${1_870_000_000_000_000_000n + BigInt(i)}` : `${thread}?comment_id=${i}`;
  return Mention.parse({
    id: `${platform}:${new URL(url).pathname}${new URL(url).search}`,
    platform,
    url,
    threadUrl: thread,
    authorName: `Person ${i}`,
    authorHandle: `person${i}`,
    authorUrl: platform === 'x' ? `https://x.com/person${i}` : '',
    reach: { verified: rnd() < 0.03, followers: rnd() < 0.5 ? Math.floor(rnd() ** 3 * 200_000) : null },
    engagement: { replies: Math.floor(rnd() * 40), reposts: platform === 'x' ? Math.floor(rnd() * 80) : null, likes: Math.floor(rnd() * 500), views: platform === 'x' ? Math.floor(rnd() * 50_000) : null },
    text,
    language,
    postedAt: seenAt - Math.floor(rnd() * 3_600_000),
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Nordlicht', kind: text.startsWith('@') ? 'handle' : 'name', span: [brand, brand + 9] }],
    risk: {
      score,
      level,
      reasons: level === 'low' ? [] : [{ kind: level === 'critical' ? 'boycott' : 'complaint', spans: [[brand, brand + 9]], weight: score / 3, params: {} }],
      crisisType: CRISIS[Math.floor(rnd() * CRISIS.length)]!,
      language,
    },
    pageUrls: onTab ? [TAB_URL, thread] : [thread],
    firstSeenAt: seenAt,
    lastSeenAt: seenAt + Math.floor(rnd() * 86_400_000),
    status: rnd() < 0.7 ? 'new' : rnd() < 0.6 ? 'replied' : 'ignored',
    crisisType: null,
    incidentId: null,
    firstReplyAt: null,
  });
}

/** Today's schema for a store added after v3, when this build has it (the evidence store came with v4). */
const laterSchema = (name: string) => (schema as unknown as Record<string, { parse(v: unknown): unknown } | undefined>)[name];

export interface RecordData {
  mentions: Mention[];
  incidents: Incident[];
  incidentEvents: IncidentEvent[];
  replies: ReplyRecord[];
  evidence: unknown[];
}

/** The mention as incident evidence keeps it (lib/db.ts mentionSnapshot). */
function snapshot(m: Mention) {
  const { id, platform, url, threadUrl, authorName, authorHandle, reach, engagement, text, language, postedAt, matches, risk } = m;
  return { kind: 'mention', mentionId: id, platform, url, threadUrl, authorName, authorHandle, reach, engagement, text, language, postedAt, matches, risk };
}

function incidentFor(n: number, linked: Mention[], rnd: () => number, out: RecordData): void {
  const id = `incident-${n.toString(36).padStart(4, '0')}`;
  const openedAt = Math.min(...linked.map((m) => m.firstSeenAt));
  const crisisType = CRISIS[n % CRISIS.length]!;
  // Any status but a reviewed one (a review is a record of its own).
  const statuses = INCIDENT_STATUSES.filter((s) => s !== ('reviewed' as string));
  const status = statuses[Math.floor(rnd() * statuses.length)]!;
  const ended = ['closed', 'resolved', 'reviewed'].includes(status);
  const closedAt = ended ? openedAt + Math.floor(rnd() * 5 * 86_400_000) : null;
  const severity = RISK_LEVELS[Math.max(...linked.map((m) => RISK_LEVELS.indexOf(m.risk!.level)))]!;
  out.incidents.push(
    Incident.parse({
      id, title: `${crisisType} ${n}`, crisisType, status, phase: ended ? 'recover' : 'respond', openedAt, closedAt,
      mentionIds: linked.map((m) => m.id), nextUpdateDueAt: ended ? null : openedAt + 4 * 3_600_000,
      // Fields of the v4 record; a v3 schema leaves them out.
      severity, owner: n % 3 === 0 ? 'Mia' : '', platforms: [...new Set(linked.map((m) => m.platform))], resolvedAt: closedAt, review: null, updatedAt: closedAt ?? openedAt,
    }),
  );
  const event = (at: number, kind: string, mentionId: string | null = null, note = '') => out.incidentEvents.push(IncidentEvent.parse({ incidentId: id, at, kind, mentionId, note }));
  event(openedAt, 'opened');
  const Evidence = laterSchema('Evidence');
  for (const m of linked) {
    m.incidentId = id;
    m.status = 'escalated';
    event(m.firstSeenAt + 60_000, 'mention-added', m.id);
    if (Evidence) out.evidence.push(Evidence.parse({ incidentId: id, capturedAt: m.firstSeenAt + 60_000, capturedBy: 'Mia', item: snapshot(m) }));
    if (rnd() < 0.6) {
      const insertedAt = m.firstSeenAt + Math.floor(rnd() * 3_600_000);
      m.firstReplyAt = insertedAt;
      out.replies.push(ReplyRecord.parse({ mentionId: m.id, templateId: null, templateVersion: null, language: m.language, text: `Hi ${m.authorName}, we are on it. Mia`, threadUrl: m.threadUrl, insertedAt, method: 'inserted' }));
      event(insertedAt, 'reply-inserted', m.id);
    }
  }
  event(openedAt + 600_000, 'phase-changed', null, 'detect → respond');
  event(openedAt + 7_200_000, 'note', null, 'Statement agreed with legal; next update in 2 hours.');
  if (closedAt !== null) event(closedAt, 'closed', null, 'Lessons: answer the first complaint within the hour.');
}

/** Only the mentions on the Queue's tab: `count` of them, as the record has them. */
export function tabMentions(count: number): Mention[] {
  const rnd = random(20261206);
  return Array.from({ length: count }, (_, i) => mention(i, rnd, true));
}

/** The record; `scale` below 1 makes a smaller one (mentions and incidents alike) for a quick run. */
export function recordData(scale = 1): RecordData {
  const rnd = random(20261206);
  const out: RecordData = { mentions: [], incidents: [], incidentEvents: [], replies: [], evidence: [] };
  for (let i = 0; i < Math.round(RECORD_MENTIONS * scale); i++) out.mentions.push(mention(i, rnd, i < TAB_MENTIONS));
  // Incidents take their mentions from the riskier part of the record, 2–40 each, none twice.
  const risky = out.mentions.filter((m, i) => i >= TAB_MENTIONS && m.risk!.level !== 'low');
  let next = 0;
  for (let n = 0; n < Math.round(RECORD_INCIDENTS * scale); n++) {
    const count = 2 + Math.floor(rnd() ** 2 * 39);
    incidentFor(n, risky.slice(next, next + count), rnd, out);
    next += count;
  }
  return out;
}
