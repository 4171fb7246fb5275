/**
 * Deterministic language guess for short posts: function words of English, German, Danish and
 * Polish plus the letters only one of them uses (ß/ä/ö/ü, æ/ø/å, ą/ę/ł/ś/ż/ź/ć/ń) and a few
 * spelling patterns. One sentence is usually enough; ties and posts without evidence give 'und'.
 */
import type { DetectedLanguage, Language } from '../schema';

const STOPWORDS: Record<Language, string> = {
  en: `the a an and or but is are was were be been to of in on at for with this that it its it's i i'm you your you're my me we our they their
    he she his her not no don't can't won't have has had do does did will would what why how when who just so get got from about all still there
    here if than then very really please thanks thank after again never only because any been being should could them been into out up over`,
  de: `der die das und ist nicht ich du sie er es wir ihr mit auf für von zu den dem des ein eine einen einem einer auch noch schon aber wie was
    wenn dass daß mal nur so mich mir dich dir euch hat habe haben sind war wird werden kann bei nach aus um oder doch ja nein kein keine sehr
    immer jetzt hier heute man sich seit wieder alle gibt geht bitte danke warum nie mehr ihre ihren unser diese dieser dieses gegen wer`,
  da: `og er det den de en et jeg du han hun vi ikke at på med til af for som har var kan vil skal men så om hvad hvor hvorfor når meget også
    bare nu her der min mit mine din dit jeres os dem sig mig dig efter fra over ind ud op aldrig stadig altid ingen noget nogen blevet blev
    havde være været kun hvis fordi tak jo lige sådan hvordan hele mere nogle andre deres`,
  pl: `i w z na się sie nie to jest że ze do o a jak co ale po od za tak już juz czy by jego jej ich mnie mi ja ty on ona my wy oni ten ta te tego
    tym są sa był byl była było być może moze tylko jeszcze bardzo dla przez przy gdy kiedy bo też tez nic we sobie pan pani no tu tam który
    ktory która które jestem jesteś będzie bedzie można trzeba dlaczego dziękuję dziekuje coś cos jakby niech wszyscy`,
};

const LANGS: readonly Language[] = ['en', 'de', 'da', 'pl'];

/** word → bit mask of the languages that use it as a function word. */
const WORD_MASK = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of STOPWORDS[lang].split(/\s+/)) {
    if (w) WORD_MASK.set(w, (WORD_MASK.get(w) ?? 0) | (1 << i));
  }
});

const CHAR_LANG = new Map<number, { lang: number; weight: number }>();
for (const ch of 'äöüß') CHAR_LANG.set(ch.charCodeAt(0), { lang: 1, weight: 1 });
for (const ch of 'æøå') CHAR_LANG.set(ch.charCodeAt(0), { lang: 2, weight: 1.5 });
for (const ch of 'ąćęłńśźż') CHAR_LANG.set(ch.charCodeAt(0), { lang: 3, weight: 1.5 });
CHAR_LANG.set('ó'.charCodeAt(0), { lang: 3, weight: 0.5 });

/** Spelling patterns typical of one language, looked for inside words. */
const PATTERNS: ReadonlyArray<{ re: RegExp; lang: number; weight: number }> = [
  { re: /sch|tz|ung\b|chen\b|lich\b/gu, lang: 1, weight: 0.5 },
  { re: /rz|cz|sz|ść|ów\b|ych\b|owa|ię/gu, lang: 3, weight: 0.5 },
  { re: /th|ing\b|ly\b|ght/gu, lang: 0, weight: 0.4 },
  { re: /hv|ej\b|lse\b|sk\b|nd\p{L}?\b|ede\b/gu, lang: 2, weight: 0.3 },
];

const WORD = /[\p{L}']+/gu;
const MAX_SCAN = 2000;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase();
  const scores = [0, 0, 0, 0];
  const charCaps = [0, 0, 0, 0];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sample)) !== null) {
    const mask = WORD_MASK.get(m[0]);
    if (mask === undefined) continue;
    for (let i = 0; i < 4; i++) if (mask & (1 << i)) scores[i]! += 1;
  }
  for (let i = 0; i < sample.length; i++) {
    const hit = CHAR_LANG.get(sample.charCodeAt(i));
    if (hit && charCaps[hit.lang]! < 4) {
      scores[hit.lang]! += hit.weight;
      charCaps[hit.lang]! += 1;
    }
  }
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let count = 0;
    while (p.re.exec(sample) !== null && count < 4) count++;
    scores[p.lang]! += count * p.weight;
  }
  let best = -1;
  let second = -1;
  let bestLang = -1;
  for (let i = 0; i < 4; i++) {
    const s = scores[i]!;
    if (s > best) {
      second = best;
      best = s;
      bestLang = i;
    } else if (s > second) {
      second = s;
    }
  }
  if (best < 1 || best - second < 0.5) return 'und';
  return LANGS[bestLang]!;
}
