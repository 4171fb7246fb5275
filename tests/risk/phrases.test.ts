import { describe, expect, it } from 'vitest';
import { LEXICONS, type LexiconGroup } from '../../lib/risk/lexicon';
import { indexPhrases, literalPrefix, parseEntry } from '../../lib/risk/phrases';
import { lexiconHits } from '../../lib/risk/rules';
import { LANGUAGES, type Language } from '../../lib/schema';

/**
 * The regular expression the phrase matcher replaces, as it ran in the product before: the
 * reference for what every entry means.
 */
const STEM = '[a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u0300-\\u036f]*';
function referenceRegex(groups: readonly LexiconGroup[]): RegExp {
  const source = (entry: string) =>
    entry.replace(/~/g, STEM).replace(/ \?/g, '[\\s\\-]*').replace(/ /g, '[\\s\\-]+').replace(/\((?!\?)/g, '(?:');
  const body = groups.map((g) => `(${g.entries.map(source).join('|')})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${body})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
}
const ORDER: Record<Language | 'und', readonly Language[]> = { en: ['en'], de: ['de', 'en'], da: ['da', 'en'], pl: ['pl', 'en'], und: ['en', 'de', 'da', 'pl'] };
const REGEXES = Object.fromEntries(LANGUAGES.map((l) => [l, referenceRegex(LEXICONS[l])])) as Record<Language, RegExp>;

/** What the reference finds: kind and span of each hit, sorted. */
function referenceHits(text: string, language: Language | 'und'): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const lang of ORDER[language]) {
    const regex = REGEXES[lang];
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      let g = 0;
      while (m[g + 1] === undefined) g++;
      out.push(`${LEXICONS[lang][g]!.kind}@${m.index}-${m.index + m[0].length}`);
    }
  }
  return out.sort();
}

function phraseHits(text: string, language: Language | 'und'): string[] {
  return lexiconHits(text, language)
    // Escalation hits repeat spans of complaint and staff hits; the reference knows lexicon groups only.
    .filter((h) => h.kind !== 'escalation')
    .flatMap((h) => h.spans.map(([a, b]) => `${h.kind}@${a}-${b}`))
    .sort();
}

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** Texts built from the lexicon's own words, variations of them and noise. */
function generatedTexts(lang: Language, count: number, seed: number): string[] {
  const rand = random(seed);
  const words = new Set<string>();
  for (const l of LANGUAGES) for (const g of LEXICONS[l]) for (const e of g.entries) for (const w of e.split(/[^\p{L}\p{N}'*.-]+/u)) if (w) words.add(w);
  const vocab = [...words, 'the', 'and', 'Nordlicht', 'coffee', 'ß', 'İstanbul', '😡', 'x_y', '_hack', '2', '10', 'ﬁne', 'ſtaff'];
  const seps = [' ', ' ', ' ', '  ', '-', ' - ', ', ', '. ', '!', '\n', '\u00a0', '\u2009', '', "'", '_', '#', '@'];
  const suffixes = ['', '', '', 'ing', 'ed', 's', 'er', 'ów', 'en', 'ę', 'é', '9', 'X'];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 12);
    let t = '';
    for (let j = 0; j < n; j++) {
      let w = vocab[Math.floor(rand() * vocab.length)]!;
      const r = rand();
      if (r < 0.15) w = w.toUpperCase();
      else if (r < 0.3) w = w[0]!.toUpperCase() + w.slice(1);
      if (rand() < 0.2) w += suffixes[Math.floor(rand() * suffixes.length)];
      t += w + seps[Math.floor(rand() * seps.length)];
    }
    texts.push(t);
  }
  void lang;
  return texts;
}

describe('phrase matcher', () => {
  it('parses every entry of every language, and reads its literal start as the parser does', () => {
    for (const lang of LANGUAGES) {
      expect(indexPhrases(LEXICONS[lang]).size).toBe(LEXICONS[lang].flatMap((g) => g.entries).length);
      for (const entry of LEXICONS[lang].flatMap((g) => g.entries)) {
        const items = parseEntry(entry).items;
        let parsed = '';
        for (const item of items) {
          if (item.type !== 0 || item.cls !== 0 || item.min !== 1) break;
          parsed += String.fromCharCode(item.code);
          if (item.max !== 1) break;
        }
        // The quick read may stop early (at an escape), never read further than the parser.
        expect({ entry, ok: parsed.startsWith(literalPrefix(entry)), some: /^[\p{L}]/u.test(entry) ? literalPrefix(entry).length > 0 : true }).toEqual({ entry, ok: true, some: true });
      }
    }
  });

  it('finds what the regular expression it replaces finds, on 16,000 generated texts', () => {
    const languages: Array<Language | 'und'> = [...LANGUAGES, 'und'];
    let compared = 0;
    let withHits = 0;
    for (const [k, lang] of languages.entries()) {
      for (const text of generatedTexts(lang === 'und' ? 'en' : lang, 3200, 17 + k)) {
        const expected = referenceHits(text, lang);
        if (expected.length) withHits++;
        expect({ text, lang, hits: phraseHits(text, lang) }).toEqual({ text, lang, hits: expected });
        compared++;
      }
    }
    expect(compared).toBe(16_000);
    // The texts exercise the entries, not only misses.
    expect(withHits).toBeGreaterThan(8000);
  });

  it('agrees with the reference on hostile input', () => {
    const hostile = [
      '',
      '🙂'.repeat(500),
      'boycott'.repeat(2000),
      'hack '.repeat(3000),
      '\ud800hack\udc00 boycott',
      '𝐁𝐨𝐲𝐜𝐨𝐭𝐭 boycott𝐁',
      'ميزة boycott العلامة',
      'e.coli e coli e-coli ecoli E. COLI',
      'burned my \u{1d400}\u{1d401} arm, burnt my',
      'waited 12 hours, waited hours, been waiting for 3 weeks',
      'f***ck f*ck fck',
      'İNTERNET boycott İİİ lawyer',
      'a\u0301boycott boycotte\u0301d hack\u0308',
    ];
    for (const text of hostile) for (const lang of [...LANGUAGES, 'und'] as const) expect(phraseHits(text, lang)).toEqual(referenceHits(text, lang));
  });

  it('says which entry and where when an entry cannot be read', () => {
    expect(() => parseEntry('boycott (now')).toThrow(/"boycott \(now", position \d+: unclosed "\("/);
    expect(() => parseEntry('(a)?')).toThrow(/can match nothing/);
    expect(() => parseEntry('a)b')).toThrow(/unexpected "\)"/);
  });
});
