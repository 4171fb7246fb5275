import { describe, expect, it } from 'vitest';
import {
  firstAnswerWithin,
  formatUpdateTime,
  fromDateTimeLocal,
  nextUpdateOptions,
  toDateTimeLocal,
} from '../../lib/incidents/next-update';
import type { RiskAssessment } from '../../lib/schema';

const risk = (kinds: string[]): { risk: RiskAssessment } => ({
  risk: {
    score: 80,
    level: 'high',
    crisisType: 'product-defect',
    language: 'en',
    reasons: kinds.map((kind) => ({ kind: kind as RiskAssessment['reasons'][number]['kind'], spans: [], weight: 1, params: {} })),
  },
});

describe('next update time', () => {
  it('asks for a first answer within 15 minutes for safety problems and hacks or leaks, else within 60', () => {
    expect(firstAnswerWithin(risk(['safety']), 'product-defect')).toBe(15);
    expect(firstAnswerWithin(risk(['data-leak']), 'none')).toBe(15);
    expect(firstAnswerWithin({ risk: null }, 'security-incident')).toBe(15);
    expect(firstAnswerWithin(risk(['complaint']), 'product-defect')).toBe(60);
    expect(firstAnswerWithin({ risk: null }, 'service-complaint')).toBe(60);
  });

  it('offers 1, 2 and 4 hours from now, rounded up to the quarter hour, and tomorrow at 10:00', () => {
    const now = new Date(2026, 11, 6, 14, 2).getTime();
    const options = nextUpdateOptions(now);
    expect(options.map((o) => o.key)).toEqual(['in1h', 'in2h', 'in4h', 'tomorrow10']);
    expect(options.map((o) => toDateTimeLocal(o.at))).toEqual(['2026-12-06T15:15', '2026-12-06T16:15', '2026-12-06T18:15', '2026-12-07T10:00']);
    for (const o of options.slice(0, 3)) expect(o.at).toBeGreaterThan(now);
    // On the quarter hour already: not pushed further.
    expect(toDateTimeLocal(nextUpdateOptions(new Date(2026, 11, 6, 14, 0).getTime())[0]!.at)).toBe('2026-12-06T15:00');
  });

  it('writes the time with date and time in the reply’s language, the year only when it differs', () => {
    const at = new Date(2026, 11, 6, 15, 0).getTime();
    const now = new Date(2026, 11, 6, 9, 0).getTime();
    expect(formatUpdateTime(at, 'en', now)).toBe('6 Dec, 15:00');
    expect(formatUpdateTime(at, 'de', now)).toBe('6. Dez., 15:00');
    expect(formatUpdateTime(at, 'da', now)).toMatch(/^6\. dec\.,? 15[.:]00$/);
    expect(formatUpdateTime(at, 'pl', now)).toBe('6 gru, 15:00');
    expect(formatUpdateTime(new Date(2027, 0, 2, 9, 30).getTime(), 'en', now)).toBe('2 Jan 2027, 09:30');
  });

  it('reads and writes datetime-local values in local time', () => {
    const at = new Date(2026, 11, 6, 15, 30).getTime();
    expect(fromDateTimeLocal(toDateTimeLocal(at))).toBe(at);
    expect(fromDateTimeLocal('')).toBeNull();
    expect(fromDateTimeLocal('tomorrow')).toBeNull();
  });
});
