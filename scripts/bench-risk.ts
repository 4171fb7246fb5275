/**
 * Speed of assessRisk on one core: `npx tsx scripts/bench-risk.ts`.
 * Realistic posts in four languages (median and p99 µs per post), then pathological inputs
 * (empty, emoji only, 100,000 characters, mixed scripts, RTL, lone surrogates, zero-width
 * joiners, combining marks) — none may throw — and µs per 1,000 characters at 1k/10k/100k to
 * show the time grows no faster than the text.
 */
import { assessRisk, type RiskInput } from '../lib/risk/index';
import { RULES_MAX_CHARS } from '../lib/risk/rules';

const POSTS: RiskInput[] = [
  { text: '@nordlicht my order #4411 never arrived, waited 3 weeks and nobody answers. Worst service ever.', language: 'en' },
  { text: 'Love the new seasonal blend, great job team ☕️', language: 'en' },
  { text: 'You absolute clowns. Refund me now or my lawyer will be in touch. Everyone retweet this!!!', language: 'en', reach: { verified: true, followers: 85000 } },
  { text: 'Is the Berlin store open on Sunday?', language: 'en' },
  { text: 'Your account got hacked, it is posting crypto scam links', language: 'en' },
  { text: 'Seit zwei Wochen warte ich auf mein Paket, keine Antwort vom Kundenservice. Frechheit!', language: 'de' },
  { text: 'Danke für die schnelle Hilfe gestern, super nett!', language: 'de' },
  { text: 'Eure Mitarbeiterin war unverschämt. Ich gehe zum Anwalt und zur Presse.', language: 'de', engagement: { replies: 12, reposts: 40, likes: 300, views: null } },
  { text: 'Jeg har ventet i tre uger på min pakke og ingen svarer. Elendig service.', language: 'da' },
  { text: 'Tak for en god oplevelse i butikken i dag', language: 'da' },
  { text: 'Czekam od miesiąca na zwrot pieniędzy, nikt nie odpowiada. Oszuści!', language: 'pl' },
  { text: 'Dzięki za szybką dostawę, polecam', language: 'pl' },
  { text: 'THIS IS A DISGRACE. RACIST AD. BOYCOTT NOW', language: 'und' },
  { text: 'Wo ist meine Bestellung?', language: 'und' },
  { text: 'Hele familien fik madforgiftning efter jeres buffet, skamme jer', language: 'und' },
  { text: 'Fajny produkt, ale dostawa trwała długo', language: 'und' },
];

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

function timeUs(fn: () => void, repeat: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return out.sort((a, b) => a - b);
}

// Warm-up so the figures show the steady state the content script reaches after a few posts.
for (let i = 0; i < 2000; i++) assessRisk(POSTS[i % POSTS.length]!);

const all: number[] = [];
for (let round = 0; round < 400; round++) {
  for (const post of POSTS) {
    const t = process.hrtime.bigint();
    assessRisk(post);
    all.push(Number(process.hrtime.bigint() - t) / 1000);
  }
}
all.sort((a, b) => a - b);
console.log(`realistic posts (${POSTS.length} posts × 400): median ${percentile(all, 0.5).toFixed(1)} µs, p99 ${percentile(all, 0.99).toFixed(1)} µs per post`);

const mixed = 'Это scam 这是诈骗 ist Betrug هذا احتيال oszustwo שירות גרוע ';
const PATHOLOGICAL: Array<[string, string]> = [
  ['empty', ''],
  ['emoji only', '😡🔥💩👎🏽🤬'.repeat(10)],
  ['mixed scripts', mixed.repeat(4)],
  ['RTL', '\u202Bهذا احتيال، خدمة سيئة جدا\u202C שירות גרוע '.repeat(4)],
  ['lone surrogates', '\uD83D scam \uDE00 fraud \uD800'.repeat(10)],
  ['zero-width joiners', 'sc\u200Bam 👩\u200D👩\u200D👧 fr\u200Daud\u200D'.repeat(10)],
  ['combining marks', 'f\u0335r\u0335a\u0335u\u0335d\u0335 Z\u0351\u0352\u0353A\u0354L\u0355G\u0356O '.repeat(10)],
  ['100,000 chars', 'worst service ever, my lawyer hears of it. '.repeat(2400).slice(0, 100_000)],
];
console.log('\npathological inputs (median of 50 runs):');
for (const [name, text] of PATHOLOGICAL) {
  for (const language of ['und', 'en'] as const) {
    let error = '';
    const times = timeUs(() => {
      try {
        assessRisk({ text, language });
      } catch (e) {
        error = String(e);
      }
    }, 50);
    console.log(`  ${name.padEnd(20)} ${language.padEnd(4)} ${percentile(times, 0.5).toFixed(1).padStart(9)} µs  ${error ? `THROWS ${error}` : 'ok'}`);
  }
}

console.log(`\nlength scaling (µs per 1,000 chars; posts are scored on their first ${RULES_MAX_CHARS} characters, so 100k costs what 20k does):`);
const unit = 'Seit Wochen keine Antwort, my parcel never arrived, czekam na zwrot pieniędzy, ingen svar! 😡 ';
for (const length of [1_000, 10_000, 100_000]) {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const times = timeUs(() => assessRisk({ text, language: 'und' }), length >= 100_000 ? 20 : 50);
  console.log(`  ${String(length).padStart(7)} chars: ${((percentile(times, 0.5) / length) * 1000).toFixed(1)} µs per 1k chars`);
}
