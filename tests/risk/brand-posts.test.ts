/**
 * Level agreement with the hand-labelled brand posts (tests/fixtures/texts). The development set
 * was used to check the rules; the held-out set only measures (its texts are never printed here:
 * a failure reports the figures, not the posts). docs/risk.md gives the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelAgreement, type LabelledPost } from '../../lib/risk/evaluation';
import { assessRisk } from '../../lib/risk/index';
import { LANGUAGES, type Language } from '../../lib/schema';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'texts');

function agreement(file: string) {
  const items = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as LabelledPost[];
  return levelAgreement(items, (item) => assessRisk({ text: item.text, language: item.lang as Language }));
}

describe('hand-labelled brand posts', () => {
  it('development set: at least 85 % exact levels and 90 % flagged agreement in every language', () => {
    const byLang = agreement('brand-posts.dev.json');
    for (const lang of LANGUAGES) {
      const t = byLang.get(lang)!;
      expect({ lang, exact: t.exact / t.n >= 0.85, flagged: t.flagged / t.n >= 0.9 }).toEqual({ lang, exact: true, flagged: true });
    }
  });

  it('held-out set: flagged agreement does not fall below the figures docs/risk.md reports', () => {
    const byLang = agreement('brand-posts.held.json');
    // Per cent of posts where Keel and the label agree on flagged (≥ medium) or not.
    const floor: Record<string, number> = { en: 73, de: 77, da: 57, pl: 77, all: 71 };
    for (const [lang, min] of Object.entries(floor)) {
      const t = byLang.get(lang)!;
      expect(Math.round((100 * t.flagged) / t.n), lang).toBeGreaterThanOrEqual(min);
    }
  });
});
