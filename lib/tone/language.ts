/**
 * A tiny language guesser for reply drafts: counts common function words and
 * language-specific letters for the four languages Keel writes in. It is kept
 * here (not shared with the risk scorer) so the tone check stays small and fast
 * enough to run on every keystroke.
 */
import type { DetectedLanguage, Language } from '../schema';

// Words that are frequent in one language and rare in the others. Words shared
// between two of them ("du", "in", "to", "at", "i", "for", "der") are left out,
// because they would only blur the profiles.
const STOP_WORDS: Record<Language, readonly string[]> = {
  en: [
    'the', 'and', 'you', 'your', 'we', 'our', 'is', 'are', 'of', 'this', 'that', 'it', 'with', 'have', 'has',
    'be', 'was', 'were', 'will', 'please', 'sorry', 'not', 'on', 'us', 'can', 'what', 'about', 'thanks',
    'thank', 'here', 'would', 'very', 'there', 'they', 'my', 'me', 'hi', 'hello', 'if', 'from', 'an',
    "we're", "we'll", "you're", "it's", "don't", 'just', 'know', 'been', 'get', 'how', 'again', 'all',
    'which', 'should', 'could', 'happened', 'right', 'really', 'by', 'or', 'no', 'yes', 'as', 'when',
  ],
  de: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'sie', 'wir', 'uns', 'es', 'mit', 'für', 'auf',
    'ein', 'eine', 'einen', 'einem', 'dem', 'den', 'des', 'zu', 'von', 'bitte', 'danke', 'haben', 'hat',
    'sind', 'wird', 'werden', 'leider', 'auch', 'noch', 'schon', 'wie', 'was', 'dass', 'aber', 'oder',
    'ihre', 'ihnen', 'ihr', 'dir', 'dich', 'mir', 'mich', 'sehr', 'kein', 'keine', 'tut', 'uns', 'hallo',
    'wieder', 'doch', 'wenn', 'bei', 'nach', 'aus', 'ihrer', 'ihren', 'sich', 'diese', 'dieser', 'ganz',
  ],
  da: [
    'og', 'er', 'det', 'en', 'et', 'jeg', 'vi', 'os', 'dig', 'din', 'dit', 'dine', 'ikke', 'med', 'på',
    'til', 'af', 'har', 'som', 'den', 'vil', 'kan', 'skal', 'meget', 'hej', 'beklager', 'hvad', 'hvor',
    'hvis', 'også', 'bare', 'lige', 'kun', 'jer', 'vores', 'jeres', 'være', 'blevet', 'fra', 'om', 'men',
    'eller', 'sig', 'mere', 'nu', 'her', 'gerne', 'tak', 'godt', 'igen', 'dem', 'hvordan', 'der',
  ],
  pl: [
    'się', 'nie', 'jest', 'na', 'że', 'co', 'jak', 'ale', 'za', 'od', 'po', 'dla', 'czy', 'już', 'bardzo',
    'przepraszamy', 'dziękujemy', 'prosimy', 'pan', 'pani', 'pana', 'panu', 'panią', 'państwa', 'nam',
    'nas', 'może', 'są', 'być', 'będzie', 'tym', 'ten', 'ta', 'te', 'ich', 'jego', 'jej', 'przez', 'oraz',
    'jeśli', 'żeby', 'aby', 'tego', 'tej', 'który', 'która', 'które', 'dzień', 'dobry', 'tu', 'tutaj',
  ],
};

// "der" is both German and Danish; keep it German only.
const DA_EXCLUDE = new Set(['der']);

const WORD_LANGS = new Map<string, Language[]>();
for (const lang of Object.keys(STOP_WORDS) as Language[]) {
  for (const word of STOP_WORDS[lang]) {
    if (lang === 'da' && DA_EXCLUDE.has(word)) continue;
    const list = WORD_LANGS.get(word);
    if (list) {
      if (!list.includes(lang)) list.push(lang);
    } else WORD_LANGS.set(word, [lang]);
  }
}

const LETTER_HINTS: Array<[RegExp, Language]> = [
  [/[æøå]/i, 'da'],
  [/[ąćęłńśźżó]/i, 'pl'],
  [/[äöüß]/i, 'de'],
];

// Template variables, links, handles and hashtags say nothing about the language.
const NOISE = /\{[a-z_]+\}|https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+/gu;
const WORD = /[\p{L}'’]+/gu;

export interface LanguageGuess {
  language: DetectedLanguage;
  /** Number of words the guess rests on (stop words and marked letters). */
  evidence: number;
  /** Number of words in the text. */
  words: number;
}

/** Guesses the language of a short text; 'und' when the evidence is thin or split. */
export function guessLanguage(text: string): LanguageGuess {
  const scores: Record<Language, number> = { en: 0, de: 0, da: 0, pl: 0 };
  let words = 0;
  const clean = text.replace(NOISE, ' ');
  for (const match of clean.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    words++;
    const langs = WORD_LANGS.get(word);
    if (langs) for (const lang of langs) scores[lang] += 1;
    for (const [pattern, lang] of LETTER_HINTS) {
      if (pattern.test(word)) {
        scores[lang] += 1;
        break;
      }
    }
  }
  let best: Language = 'en';
  let second = 0;
  for (const lang of ['de', 'da', 'pl'] as const) {
    if (scores[lang] > scores[best]) best = lang;
  }
  for (const lang of Object.keys(scores) as Language[]) {
    if (lang !== best && scores[lang] > second) second = scores[lang];
  }
  const top = scores[best];
  // Two pieces of evidence at least, and a clear lead over the runner-up.
  if (top < 2 || top < second * 1.5 + 1) return { language: 'und', evidence: top, words };
  return { language: best, evidence: top, words };
}

/** The draft's language, or 'und' when it cannot be told. */
export function detectDraftLanguage(text: string): DetectedLanguage {
  return guessLanguage(text).language;
}
