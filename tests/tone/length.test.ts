import { describe, expect, it } from 'vitest';
import { weightedLength } from '../../lib/tone/index';

describe('weightedLength (twitter-text v3 weights on X)', () => {
  it('counts ASCII one each: 280 fits, 281 is over', () => {
    expect(weightedLength('a'.repeat(280), 'x')).toBe(280);
    expect(weightedLength('a'.repeat(281), 'x')).toBe(281);
  });

  it('counts every URL as 23, however long', () => {
    expect(weightedLength('https://example.com', 'x')).toBe(23);
    expect(weightedLength('https://example.com/a/very/long/path/that/goes/on/and/on?with=query&and=more', 'x')).toBe(23);
    expect(weightedLength('see nordlicht.de/help now', 'x')).toBe(4 + 23 + 4);
    // Trailing punctuation is not part of the link.
    expect(weightedLength('Go to https://t.co/abc.', 'x')).toBe(6 + 23 + 1);
  });

  it('counts emoji as 2, including modifier and ZWJ sequences and flags', () => {
    expect(weightedLength('👋', 'x')).toBe(2);
    expect(weightedLength('👋🏽', 'x')).toBe(2);
    expect(weightedLength('👨‍👩‍👧‍👦', 'x')).toBe(2);
    expect(weightedLength('🇩🇰', 'x')).toBe(2);
    expect(weightedLength('❤️', 'x')).toBe(2);
    expect(weightedLength('Hi 👋', 'x')).toBe(5);
  });

  it('counts CJK and symbols outside the light ranges as 2, Latin letters with accents as 1', () => {
    expect(weightedLength('日本語', 'x')).toBe(6);
    expect(weightedLength('żółć æøå ß', 'x')).toBe(10);
    expect(weightedLength('…', 'x')).toBe(2);
    expect(weightedLength('–', 'x')).toBe(1);
  });

  it('counts code points on Facebook and Instagram', () => {
    expect(weightedLength('👋 https://example.com', 'facebook')).toBe(21);
    expect(weightedLength('a'.repeat(2200), 'instagram')).toBe(2200);
  });
});
