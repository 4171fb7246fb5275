import { describe, expect, it } from 'vitest';
import { formatDuration, HOUR, MAX_BUCKETS, mentionsOverTime, timeToFirstResponse } from '../../lib/incidents/figures';
import { recommendedAction, DECISION_GUIDE_POINTS, decisionGuideText } from '../../lib/incidents/decision-guide';
import { LANGUAGES, type Evidence, type RiskLevel } from '../../lib/schema';

const T0 = Date.UTC(2026, 11, 6, 9, 0, 0);
const snap = (capturedAt: number, level: RiskLevel | null, postedAt: number | null = null): Pick<Evidence, 'item' | 'capturedAt'> => ({
  capturedAt,
  item: {
    kind: 'mention', mentionId: `m${capturedAt}`, platform: 'x', url: '', threadUrl: '', authorName: '', authorHandle: '',
    reach: { verified: false, followers: null }, engagement: { replies: null, reposts: null, likes: null, views: null },
    text: '', language: 'en', postedAt, matches: [],
    risk: level ? { score: 1, level, reasons: [], crisisType: 'none', language: 'en' } : null,
  },
});

describe('time to first response', () => {
  it('runs from the earliest linked post to the first reply event', () => {
    const figure = timeToFirstResponse(
      { openedAt: T0 + 60 * 60_000 },
      [{ kind: 'opened', at: T0 + 60 * 60_000 }, { kind: 'reply-inserted', at: T0 + 95 * 60_000 }, { kind: 'reply-inserted', at: T0 + 80 * 60_000 }],
      [snap(T0 + HOUR, 'high', T0 + 10 * 60_000), snap(T0 + HOUR, 'low', T0 + 30 * 60_000)],
    );
    expect(figure).toEqual({ ms: 70 * 60_000, from: T0 + 10 * 60_000, fromKind: 'post', at: T0 + 80 * 60_000 });
  });

  it('counts a reply before the mention was linked, and starts at the opening when no post has a time', () => {
    const figure = timeToFirstResponse({ openedAt: T0 }, [{ kind: 'reply-inserted', at: T0 + HOUR }], [snap(T0, 'high', null)], [
      { firstReplyAt: T0 + 20 * 60_000 },
      { firstReplyAt: null },
    ]);
    expect(figure).toEqual({ ms: 20 * 60_000, from: T0, fromKind: 'opened', at: T0 + 20 * 60_000 });
    expect(timeToFirstResponse({ openedAt: T0 }, [{ kind: 'note', at: T0 + 1 }], []).ms).toBeNull();
  });
});

describe('mentions over time', () => {
  it('buckets links by hour, empty hours included, with the share of high or critical', () => {
    const buckets = mentionsOverTime([
      snap(T0 + 5 * 60_000, 'high'),
      snap(T0 + 50 * 60_000, 'low'),
      snap(T0 + 2 * HOUR + 1, 'critical'),
      snap(T0 + 2 * HOUR + 2, null),
    ]);
    expect(buckets).toEqual([
      { start: T0, linked: 2, highOrCritical: 1, share: 0.5 },
      { start: T0 + HOUR, linked: 0, highOrCritical: 0, share: null },
      { start: T0 + 2 * HOUR, linked: 2, highOrCritical: 1, share: 0.5 },
    ]);
    expect(mentionsOverTime([])).toEqual([]);
  });

  it('keeps the last week of hours when links span longer', () => {
    const buckets = mentionsOverTime([snap(T0, 'high'), snap(T0 + 400 * HOUR, 'low')]);
    expect(buckets).toHaveLength(MAX_BUCKETS);
    expect(buckets.at(-1)).toMatchObject({ start: T0 + 400 * HOUR, linked: 1 });
    expect(buckets.reduce((s, b) => s + b.linked, 0)).toBe(1);
  });

  it('formats durations', () => {
    expect([formatDuration(45 * 60_000), formatDuration(125 * 60_000), formatDuration(76 * HOUR)]).toEqual(['45 min', '2 h 05 min', '3 d 4 h']);
  });
});

describe('delete-or-keep guide', () => {
  it('recommends keeping unless the post is lewd or graphic or an obvious hack', () => {
    expect(recommendedAction([])).toBe('keep');
    expect(recommendedAction(['screenshots-exist', 'watch-surge'])).toBe('keep');
    expect(recommendedAction(['lewd-or-graphic'])).toBe('delete');
    expect(recommendedAction(['obvious-hack', 'screenshots-exist'])).toBe('delete');
  });

  it('has every point in every UI language, each distinct', () => {
    for (const language of LANGUAGES) {
      const texts = DECISION_GUIDE_POINTS.map((p) => decisionGuideText(p.id, language));
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.every((t) => t.length > 20)).toBe(true);
    }
  });
});
