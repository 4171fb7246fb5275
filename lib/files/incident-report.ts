/**
 * One incident as a Markdown report for people outside Keel: the facts, the figures,
 * the timeline, the evidence and the review.
 *
 * Page text is hostile here too. A post could carry Markdown or HTML that, pasted into a
 * wiki or ticket, would turn into a link, a tracking image or markup. Every piece of text
 * that came from a page or a person goes through `mdText` (or `mdCell` in the table):
 * HTML's < > & become entities, every Markdown control character is backslash-escaped, and
 * line starts that would make a heading, list, quote or rule are neutralised. The report
 * itself writes no links: URLs appear as text.
 */
import { crisisTypeLabel, explainReason, levelLabel } from '../risk/explain';
import type { ArticleSnapshot, Evidence, EventDetail, IncidentEvent, MentionSnapshot } from '../schema';
import { formatDuration, incidentFigures } from './incident-figures';
import type { IncidentRecord } from './incident-json';

/** Characters Markdown (CommonMark and GFM) gives meaning anywhere in a line. */
const INLINE_CONTROL = /[\\`*_{}[\]()#!|~]/g;

/** Page text as Markdown text that renders exactly as written; one line or many. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        // Indentation would make a code block; the words matter, not the indent.
        .replace(/^[ \t]+/, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(INLINE_CONTROL, '\\$&')
        // At a line start: list markers, setext underlines, thematic breaks, ordered lists.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** Text on one line (a list item or a heading). */
export const mdLine = (text: string): string => mdText(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());

/** Text in a table cell: one line, pipes escaped (mdText does), never empty. */
const mdCell = (text: string): string => mdLine(text) || '—';

/** Text as a quoted block, every line quoted. */
export function mdQuote(text: string): string {
  return mdText(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** A time as people read it in a shared report: date and minutes in UTC. */
export const reportTime = (at: number | null | undefined): string =>
  at == null ? '—' : `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const EVENT_LABEL: Record<IncidentEvent['kind'], string> = {
  opened: 'Incident opened',
  'mention-added': 'Mention linked',
  'reply-inserted': 'Reply inserted',
  decision: 'Decision',
  escalation: 'Escalated',
  note: 'Note',
  'status-changed': 'Status changed',
  'phase-changed': 'Phase changed',
  'field-changed': 'Details changed',
  'evidence-captured': 'Evidence captured',
  'review-saved': 'Review saved',
  closed: 'Incident closed',
};

/** What the event's detail says, as Markdown text. */
function detailText(detail: EventDetail): string {
  switch (detail.kind) {
    case 'reply': {
      const template = detail.templateId ? `template ${mdLine(detail.templateId)} v${detail.templateVersion ?? '?'}` : 'written without a template';
      return `${template}, ${detail.method === 'inserted' ? 'inserted into the reply box' : 'copied to the clipboard'}: “${mdLine(detail.text)}”`;
    }
    case 'decision':
      return `${detail.action} ${mdLine(detail.postUrl)} — reason: ${mdLine(detail.reason)}${detail.guide.length ? ` (guide: ${mdLine(detail.guide.join(', '))})` : ''}`;
    case 'escalation':
      return `to ${mdLine(detail.to)}${detail.role ? ` (${mdLine(detail.role)})` : ''} by ${detail.via}${detail.contact ? `, ${mdLine(detail.contact)}` : ''}`;
    case 'status':
      return `${detail.from ?? '—'} → ${detail.to}`;
    case 'field':
      return `${detail.field}: ${mdLine(detail.from) || '—'} → ${mdLine(detail.to) || '—'}`;
  }
}

function eventLine(event: IncidentEvent): string {
  const who = event.by ? mdLine(event.by) : 'Keel';
  const parts = [EVENT_LABEL[event.kind]];
  if (event.detail) parts.push(detailText(event.detail));
  else if (event.kind === 'phase-changed') parts.push(`to ${mdLine(event.note)}`);
  if (event.note && event.kind !== 'phase-changed') parts.push(mdLine(event.note));
  if (event.mentionId && event.kind === 'mention-added') parts.push(`mention ${mdLine(event.mentionId)}`);
  return `- **${reportTime(event.at)}** · ${who} · ${parts.join(': ')}`;
}

function riskLines(risk: MentionSnapshot['risk']): string[] {
  if (!risk) return ['- Risk: not assessed'];
  const reasons = risk.reasons.map((r) => `  - ${mdLine(explainReason(r, 'en'))}`);
  return [`- Risk: ${levelLabel(risk.level, 'en')} (${Math.round(risk.score)})${reasons.length ? ', because:' : ''}`, ...reasons];
}

function mentionSection(item: MentionSnapshot, e: Evidence, n: number): string[] {
  const followers = item.reach.followers === null ? 'followers not shown' : `${item.reach.followers.toLocaleString('en')} followers`;
  return [
    `### ${n}. Post by ${mdLine(item.authorName) || 'unknown'} (@${mdLine(item.authorHandle.replace(/^@/, ''))})`,
    '',
    `- Platform: ${item.platform}`,
    `- Reach: ${followers}${item.reach.verified ? ', verified' : ''}`,
    `- URL: ${mdLine(item.url)}`,
    `- Posted: ${reportTime(item.postedAt)}`,
    `- Linked: ${reportTime(e.capturedAt)}${e.capturedBy ? ` by ${mdLine(e.capturedBy)}` : ''}`,
    ...riskLines(item.risk),
    '',
    mdQuote(item.text),
  ];
}

function articleSection(item: ArticleSnapshot, e: Evidence, n: number): string[] {
  const brand = [...new Set(item.matches.map((m) => m.term))];
  return [
    `### ${n}. Article: ${mdLine(item.title) || 'untitled'}`,
    '',
    `- Site: ${item.siteName ? mdLine(item.siteName) : '—'}`,
    `- Byline: ${item.byline ? mdLine(item.byline) : '—'}`,
    `- Published: ${item.publishedTime ? mdLine(item.publishedTime) : '—'}`,
    `- URL: ${mdLine(item.url)}`,
    `- Captured: ${reportTime(e.capturedAt)}${e.capturedBy ? ` by ${mdLine(e.capturedBy)}` : ''}`,
    `- Brand mentions: ${item.matches.length}${brand.length ? ` (${mdLine(brand.join(', '))})` : ''}`,
    ...riskLines(item.risk),
    '',
    mdQuote(item.excerpt || item.text.slice(0, 1000)),
  ];
}

function reviewSection(review: IncidentRecord['incident']['review']): string[] {
  if (!review) return ['No review saved yet.'];
  const block = (heading: string, text: string) => [`### ${heading}`, '', text.trim() ? mdText(text) : '—', ''];
  return [
    `Saved ${reportTime(review.at)}${review.by ? ` by ${mdLine(review.by)}` : ''}.`,
    '',
    ...block('What happened', review.whatHappened),
    ...block('What worked', review.whatWorked),
    ...block('What to change', review.whatToChange),
    '### Lessons',
    '',
    ...(review.lessons.length ? review.lessons.map((l) => `- ${mdLine(l.text)} (${l.target}${l.draftRef ? `, draft ${mdLine(l.draftRef)}` : ''})`) : ['—']),
  ];
}

/** The report as Markdown text. */
export function incidentReport(record: IncidentRecord, exportedAt: number): string {
  const { incident, events, evidence, mentions } = record;
  const figures = incidentFigures(incident, events, evidence, mentions);
  const duration = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));
  const facts: Array<[string, string]> = [
    ['Crisis type', crisisTypeLabel(incident.crisisType, 'en')],
    ['Severity', levelLabel(incident.severity, 'en')],
    ['Status', incident.status],
    ['Phase', incident.phase],
    ['Owner', incident.owner || '—'],
    ['Platforms', incident.platforms.join(', ') || '—'],
    ['Opened', reportTime(incident.openedAt)],
    ['Resolved', reportTime(incident.resolvedAt)],
  ];
  const lines = [
    `# ${mdLine(incident.title)}`,
    '',
    `Incident report exported from Keel on ${reportTime(exportedAt)}. Page text is quoted as it was captured.`,
    '',
    '| | |',
    '|---|---|',
    ...facts.map(([k, v]) => `| ${k} | ${mdCell(v)} |`),
    '',
    '## Figures',
    '',
    `- Time to first response: ${duration(figures.timeToFirstResponseMs)} (from ${figures.firstResponseFrom === 'post' ? 'the first linked post' : 'the incident\'s opening'})`,
    `- Time to resolve: ${duration(figures.timeToResolveMs)}`,
    `- Mentions: ${figures.mentions}; evidence items: ${figures.evidence}`,
    `- Replies: ${figures.replies}; decisions: ${figures.decisions}; escalations: ${figures.escalations}; notes: ${figures.notes}`,
    '',
    '## Timeline',
    '',
    ...(events.length ? events.map(eventLine) : ['—']),
    '',
    '## Evidence',
    '',
    ...(evidence.length
      ? evidence.flatMap((e, i) => [...(e.item.kind === 'mention' ? mentionSection(e.item, e, i + 1) : articleSection(e.item, e, i + 1)), ''])
      : ['—', '']),
    '## Review',
    '',
    ...reviewSection(incident.review),
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
