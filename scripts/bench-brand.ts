/**
 * Times the brand matcher: microseconds per post for 280-character posts (with and
 * without a mention, ASCII and accented text) and for a 100,000-character text, with a
 * small profile and with a profile at the schema's term caps.
 *
 *   npx tsx scripts/bench-brand.ts
 */
import { compileBrandMatcher, type BrandMatcher } from '../lib/brand';
import type { BrandProfile } from '../lib/schema';

const SMALL: BrandProfile = {
  names: ['Nordlicht', 'Nordlicht Coffee'],
  aliases: ['Nordlight', 'Nordlicht Kaffee'],
  handles: ['@nordlichtcoffee'],
  hashtags: ['#nordlicht', '#nordlichtcoffee'],
  products: ['Polarnacht Espresso', 'Mitternachtsröstung'],
  exclude: ['Nordlicht Festival', 'aurora nordlicht'],
};

// Deterministic pseudo-random words so runs are comparable.
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
function word(min: number, max: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const length = min + Math.floor(random() * (max - min + 1));
  let out = '';
  for (let k = 0; k < length; k++) out += letters[Math.floor(random() * letters.length)];
  return out;
}

const FULL: BrandProfile = {
  names: Array.from({ length: 200 }, (_, k) => `${word(4, 10)} ${k % 3 === 0 ? word(3, 8) : ''}`.trim()),
  aliases: Array.from({ length: 200 }, () => word(5, 12)),
  handles: Array.from({ length: 50 }, () => '@' + word(6, 15)),
  hashtags: Array.from({ length: 50 }, () => '#' + word(5, 12)),
  products: Array.from({ length: 200 }, () => `${word(4, 9)} ${word(4, 9)}`),
  exclude: Array.from({ length: 200 }, () => `${word(4, 9)} nordlicht`),
};
FULL.names[0] = 'Nordlicht';

const FILLER_EN =
  'Ordered the new blend yesterday and honestly the delivery took way too long, but the taste is great. ';
const FILLER_DE = 'Die Lieferung hat zwei Wochen gedauert, das ist wirklich ärgerlich. Größe passt, Geschmack ok. ';

function post(filler: string, mention: string | null): string {
  let text = '';
  while (text.length < 280) text += filler;
  text = text.slice(0, 280);
  if (mention === null) return text;
  return text.slice(0, 120) + ' ' + mention + ' ' + text.slice(122 + mention.length);
}

function long(filler: string, mentionEvery: number): string {
  const parts: string[] = [];
  let length = 0;
  let k = 0;
  while (length < 100_000) {
    const piece = k % mentionEvery === mentionEvery - 1 ? 'Nordlicht Coffee ' : filler;
    parts.push(piece);
    length += piece.length;
    k++;
  }
  return parts.join('').slice(0, 100_000);
}

function time(matcher: BrandMatcher, text: string, minMs = 300): { us: number; matches: number } {
  let matches = 0;
  for (let k = 0; k < 50; k++) matches = matcher.match(text).length; // warm up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let k = 0; k < 100; k++) matcher.match(text);
    runs += 100;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { us: (elapsed * 1000) / runs, matches };
}

function report(label: string, matcher: BrandMatcher, text: string): void {
  const { us, matches } = time(matcher, text, text.length > 10_000 ? 1000 : 300);
  console.log(`${label.padEnd(58)} ${String(text.length).padStart(7)} chars  ${us.toFixed(2).padStart(9)} µs/post  ${matches} matches`);
}

const compileStart = performance.now();
const small = compileBrandMatcher(SMALL);
const smallCompileMs = performance.now() - compileStart;
const fullStart = performance.now();
const full = compileBrandMatcher(FULL);
const fullCompileMs = performance.now() - fullStart;

console.log(`compile: small profile ${smallCompileMs.toFixed(2)} ms, full profile (900 terms) ${fullCompileMs.toFixed(2)} ms`);
for (const [name, matcher] of [
  ['small profile', small],
  ['full profile', full],
] as const) {
  report(`${name}: 280-char English post, no mention`, matcher, post(FILLER_EN, null));
  report(`${name}: 280-char English post, one mention`, matcher, post(FILLER_EN, 'Nordlicht'));
  report(`${name}: 280-char English post, mention + URL`, matcher, post(FILLER_EN, 'Nordlicht see nordlicht.de/x'));
  report(`${name}: 280-char German post (umlauts), one mention`, matcher, post(FILLER_DE, 'Nördlicht'));
  report(`${name}: 100,000-char English text, no mention`, matcher, long(FILLER_EN, Number.MAX_SAFE_INTEGER));
  report(`${name}: 100,000-char English text, mention every 10 pieces`, matcher, long(FILLER_EN, 10));
  report(`${name}: 100,000-char German text, mention every 10 pieces`, matcher, long(FILLER_DE, 10));
}
// Pathological input: one 100,000-letter "word" must stay linear.
report('small profile: 100,000 letters without a space', small, 'nordlicht'.repeat(11_112).slice(0, 100_000));
report('small profile: 100,000 chars of "a.a.a…" (URL scanner)', small, 'nordlicht a.'.repeat(8334).slice(0, 100_000));
