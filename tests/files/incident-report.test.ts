import { afterEach, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import fc from 'fast-check';
import { incidentReport, mdQuote, mdText } from '../../lib/files/incident-report';
import { incidentFileName, incidentJson, loadIncidentRecord } from '../../lib/files/incident-json';
import { incidentFigures } from '../../lib/files/incident-figures';
import { Evidence, Incident, IncidentEvent, Mention } from '../../lib/schema';
import { filledDatabase, HOSTILE_TEXTS, MIN, T0 } from './fixture';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

// HTML allowed, as the most permissive wikis and tickets render Markdown.
const markdown = new MarkdownIt({ html: true });
/** The rendered HTML's text, tags removed and entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function expectInert(html: string) {
  expect(html).not.toMatch(/<a[\s>]/);
  expect(html).not.toMatch(/<img/);
  expect(html).not.toMatch(/<script|<b>|<i>/);
  expect(html).not.toMatch(/<code|<pre|<h[1-6]|<hr|<em|<strong/);
}

describe('escaping page text', () => {
  it.each(HOSTILE_TEXTS)('renders %j as its own text and nothing else', (text) => {
    const html = markdown.render(mdQuote(text));
    expect(html).not.toMatch(/<a[\s>]|<img|<script|<code|<pre|<h[1-6]|<hr|<em|<strong|<table/);
    // Every word comes through (leading indentation aside).
    expect(textOf(html).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('property: any text renders as exactly that text inside a paragraph, no markup', () => {
    const alphabet = fc.constantFrom(...'<>&[]()!#*_`~|\\-+=.1 \nabc:/"\'{}'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const html = markdown.render(mdText(text.replace(/\n/g, ' ')));
        expect(html).not.toMatch(/<(?!\/?p>)[a-z]/);
        expect(textOf(html).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\n/g, ' ').replace(/^[ \t]+/, '').replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 400 },
    );
  });
});

describe('incident report', () => {
  it('has the facts, figures, timeline in order, evidence and review, with page text inert', async () => {
    const f = await filledDatabase();
    cleanups.push(f.cleanup);
    const record = await loadIncidentRecord(f.db, f.incidentId);
    const report = incidentReport(record, T0 + 400 * MIN);
    const html = markdown.render(report);
    expectInert(html.replace(/<(\/?)(h[1-3]|strong)>/g, '')); // the report's own headings and times
    const text = textOf(html);
    expect(html).toContain('<h1>Service complaint &lt;b&gt;</h1>');
    expect(text).toMatch(/Severity\s*High/i);
    expect(text).toMatch(/Status\s*reviewed/);
    expect(text).toMatch(/Platforms\s*x/);
    expect(text).toMatch(/Opened\s*2026-11-24 09:31 UTC/);
    expect(text).toMatch(/Resolved\s*2026-11-24 11:00 UTC/);
    expect(text).toContain('Time to first response: 14 min (from the first linked post)');
    expect(text).toContain('Time to resolve: 1 h 29 min');
    const order = ['Incident opened', 'Mention linked', 'Reply inserted', 'Decision', 'Escalated', 'Note', 'Evidence captured', 'Status changed', 'Review saved'];
    const at = order.map((label) => text.indexOf(label));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Maria · Reply inserted: template service-complaint-en-1 v1, inserted into the reply box: “Sorry <b>Eve</b>, please DM us.”');
    expect(text).toContain('reason: Tracker image [x](javascript:y)');
    expect(text).toContain('to Jonas Berg (legal) by phone, +49 30 1234567');
    expect(text).toContain('Called the shop | <i>all fine</i>');
    // Evidence: both mentions with author, reach, URL, risk, full text quoted; the article.
    expect(text).toContain('Post by Eve <b>[Evil](javascript:x)</b> (@person1)');
    expect(text).toContain('1,000 followers, verified');
    expect(text).toContain('https://x.com/person1/status/1861000000000000001');
    expect(text).toContain(HOSTILE_TEXTS[0]);
    expect(html).toContain('<blockquote>');
    expect(text).toContain('Article: Nordlicht <script>alert(1)</script> under fire');
    expect(text).toContain('Site: News | Example');
    expect(text).toContain('Byline: By [Reporter](javascript:z)');
    expect(text).toContain('![](http://tracker.example/a.gif) Customers are angry.');
    expect(text).toContain('Brand mentions: 1 (Nordlicht)');
    expect(text).toMatch(/What happened\s*A <b>complaint<\/b> spread/);
    expect(text).toMatch(/What to change\s*# Nothing/);
    expect(text).toContain('Answer *faster* (other)');
  });

  it('figures: first response and resolve time from the timeline; none yet is none', () => {
    const incident = Incident.parse({ id: 'i', title: 't', crisisType: 'none', severity: 'low', status: 'responding', phase: 'respond', openedAt: T0, mentionIds: ['a', 'b'], updatedAt: T0 });
    const event = (kind: IncidentEvent['kind'], at: number) => IncidentEvent.parse({ incidentId: 'i', kind, at });
    expect(incidentFigures(incident, [event('opened', T0)])).toMatchObject({ mentions: 2, timeToFirstResponseMs: null, timeToResolveMs: null, replies: 0 });
    const figures = incidentFigures({ ...incident, resolvedAt: T0 + 90 * MIN }, [event('reply-inserted', T0 + 30 * MIN), event('reply-inserted', T0 + 7 * MIN), event('decision', T0 + 8 * MIN)]);
    expect(figures).toMatchObject({ timeToFirstResponseMs: 7 * MIN, timeToResolveMs: 90 * MIN, replies: 2, decisions: 1 });
  });
});

describe('incident as JSON', () => {
  it('is versioned and carries the incident, its events, evidence and mentions, each valid', async () => {
    const f = await filledDatabase();
    cleanups.push(f.cleanup);
    const record = await loadIncidentRecord(f.db, f.incidentId);
    const file = JSON.parse(incidentJson(record));
    expect(Object.keys(file)).toEqual(['keel', 'version', 'incident', 'events', 'evidence', 'mentions']);
    expect(file).toMatchObject({ keel: 'incident', version: 1, incident: { id: f.incidentId } });
    expect(Incident.parse(file.incident)).toEqual(await f.db.incidents.get(f.incidentId));
    expect(file.events.map((e: unknown) => IncidentEvent.parse(e).kind)).toEqual(record.events.map((e) => e.kind));
    expect(file.events.length).toBeGreaterThanOrEqual(9);
    expect(file.evidence.map((e: unknown) => Evidence.parse(e).item.kind)).toEqual(['mention', 'mention', 'article']);
    expect(file.mentions.map((m: unknown) => Mention.parse(m).id)).toEqual(record.incident.mentionIds);
    await expect(loadIncidentRecord(f.db, 'incident-none')).rejects.toThrow('No incident with id incident-none');
  });

  it('names files after the date and title, safely', () => {
    expect(incidentFileName({ title: 'Grinder <b>broke</b> / ../etc', openedAt: T0 }, 'md')).toBe('keel-incident-2026-11-24-grinder-b-broke-b-etc.md');
    expect(incidentFileName({ title: '???', openedAt: T0 }, 'json')).toBe('keel-incident-2026-11-24.json');
  });
});
