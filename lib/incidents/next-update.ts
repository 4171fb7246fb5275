/**
 * The time a reply promises the next update by, which fills a template's
 * {date}. The practice: the first public acknowledgement within an hour (a
 * quarter of an hour for safety problems and hacks or leaks), then updates
 * every two to four hours while the topic trends. Keel never fills {date} on
 * its own: the person picks the time they can keep.
 */
import type { CrisisType, Language, Mention } from '../schema';

/** Reasons that make a post a safety or security matter, answered within 15 minutes. */
const URGENT_REASONS = new Set(['safety', 'security', 'data-leak']);

/** Minutes within which the first public acknowledgement should be out. */
export function firstAnswerWithin(mention: Pick<Mention, 'risk'>, crisisType: CrisisType): 15 | 60 {
  if (crisisType === 'security-incident') return 15;
  return mention.risk?.reasons.some((r) => URGENT_REASONS.has(r.kind)) ? 15 : 60;
}

export const UPDATE_OPTION_KEYS = ['in1h', 'in2h', 'in4h', 'tomorrow10'] as const;
export type UpdateOptionKey = (typeof UPDATE_OPTION_KEYS)[number];

export interface UpdateOption {
  key: UpdateOptionKey;
  at: number;
}

const QUARTER_HOUR = 15 * 60_000;

/** Rounded up to the next quarter hour: a promise reads "by 15:15", and is never earlier than said. */
function roundUpToQuarter(at: number): number {
  return Math.ceil(at / QUARTER_HOUR) * QUARTER_HOUR;
}

/** Times to offer for the next update: in 1, 2 and 4 hours (the 2–4 hour rhythm), and tomorrow at 10:00 local time. */
export function nextUpdateOptions(now: number): UpdateOption[] {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(10, 0, 0, 0);
  return [
    { key: 'in1h', at: roundUpToQuarter(now + 60 * 60_000) },
    { key: 'in2h', at: roundUpToQuarter(now + 2 * 60 * 60_000) },
    { key: 'in4h', at: roundUpToQuarter(now + 4 * 60 * 60_000) },
    { key: 'tomorrow10', at: tomorrow.getTime() },
  ];
}

const LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK', pl: 'pl-PL' };

/**
 * A promised time as the reply's readers write it, with date and time:
 * "6 Dec, 15:00", "6. Dez., 15:00", "6. dec., 15.00", "6 gru, 15:00". The
 * year is added when it is not the current one.
 */
export function formatUpdateTime(at: number, language: Language, now: number = Date.now()): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** The value of a datetime-local input for a time, in local time ("2026-12-06T15:00"). */
export function toDateTimeLocal(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local input's value as a time, or null when it is empty or not a time. */
export function fromDateTimeLocal(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value).getTime();
  return Number.isNaN(at) ? null : at;
}
