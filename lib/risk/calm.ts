/**
 * Posts that need no urgent answer: thanks, praise and plain questions. A community manager
 * answers them too, but they are not escalating, so a post that says so and has no negative rule
 * signal (complaint, insult, threat, claim) stays 'low' whatever the classifier makes of it
 * (the classifier learned "strong wording", and "love it!!!" or "why?" is strong wording too).
 * Sarcastic thanks ("thanks for nothing") are complaint phrases, so they never count as calm.
 * Same entry syntax as lexicon.ts.
 */
import type { Language } from '../schema';
import { indexPhrases, lowerSameLength, scanPhrases, type PhraseIndex } from './phrases';

const THANKS: Record<Language, readonly string[]> = {
  en: [
    'thank~', 'thanks', 'thx', 'ty', 'cheers', 'much appreciated', 'appreciate (it|this|you|that)', 'love (it|this|you|your|the)', 'loving (it|this|the)', 'great (service|job|product|coffee|team|work|stuff)',
    'well done', 'amazing', 'awesome', 'brilliant', 'fantastic', 'excellent', 'lovely', 'perfect', 'delicious', 'best (\\p{L}+ )?ever', 'kudos', 'happy customer', 'arrived (quickly|fast|on time|early)',
    'so (good|nice|helpful|quick|fast)', 'very (good|nice|helpful|quick|fast)',
  ],
  de: [
    'danke~', 'dank', 'vielen dank', 'merci', 'super', 'toll~', 'klasse', 'prima', 'spitze', 'perfekt~', 'lecker~', 'großartig~', 'wunderbar~', 'hervorragend~', 'ausgezeichnet~', 'begeistert',
    'liebe (es|euch|eure|euren|diesen|diese)', 'weiter so', 'schnell (geliefert|angekommen|da)', 'sehr (gut|nett|freundlich|hilfreich|schnell)', 'zufrieden', 'empfehlenswert',
  ],
  da: [
    'tak', 'tusind tak', 'mange tak', 'super', 'fantastisk~', 'dejlig~', 'lækker~', 'perfekt~', 'fremragende', 'elsker (det|jer|den|jeres)', 'godt gået', 'rigtig (god|godt|gode|fin|flot|sød|hjælpsom)',
    'virkelig (god|godt|gode|fin|flot|lækker)', 'meget (god|godt|tilfreds|hjælpsom|venlig)', 'tilfreds', 'kan anbefale~', 'anbefales', 'hurtig levering', 'smager (godt|fantastisk|skønt)',
  ],
  pl: [
    'dziękuj~', 'dzięki', 'dzieki', 'super', 'świetn~', 'swietn~', 'rewelac~', 'doskonał~', 'pyszn~', 'idealn~', 'polecam', 'kocham (to|was|wasz)',
    'bardzo (dobr~|mił~|pomocn~|szybk~)', 'zadowolon~', 'szybka (wysyłka|dostawa)', 'godn~ polecenia',
  ],
};

/** Questions that ask for information (not "why do you even exist?"), at the start of a sentence or after a greeting. */
const QUESTIONS: Record<Language, readonly string[]> = {
  en: [
    'does (anyone|anybody|someone|it|this|the|your)', 'do (you|they|i|we)', 'is (there|it|this|the)', 'are (there|you|the)', 'can (i|you|we|someone|anyone)', 'could (i|you|someone|anyone)', 'will (you|there|it|the)',
    'how (do|can|long|much|many|often)', 'when (will|does|do|is|are|can)', 'where (can|do|does|is the)', 'what (is|are|time|does)', 'which', 'any (news|update|plans|chance)', 'anyone know', 'quick question', 'just wondering',
  ],
  de: [
    'gibt es', 'habt ihr', 'haben sie', 'kann (ich|man)', 'könnt ihr', 'können sie', 'wisst ihr', 'weiß jemand', 'weiss jemand', 'wie (lange|kann|viel|oft)', 'wann (kommt|gibt|wird|ist|öffnet)', 'wo (kann|gibt|finde)',
    'ist (das|es|der|die)', 'liefert', 'versendet', 'verkauft', 'welche~', 'kurze frage', 'frage',
  ],
  da: [
    'ved (nogen|i)', 'har (i|du|nogen)', 'kan (man|jeg|i)', 'er (der|det|den)', 'hvornår', 'hvordan', 'hvor (kan|lang|meget|mange|finder)', 'hvilke~', 'hvad (koster|er)', 'sender i', 'leverer i', 'sælger i',
    'er der nogen', 'et hurtigt spørgsmål', 'spørgsmål', 'sender', 'leverer', 'sælger', 'findes', 'åbner',
  ],
  pl: [
    'czy', 'gdzie (mogę|można|kupię|jest)', 'jak (mogę|można|długo)', 'kiedy (będzie|bedzie|przyjdzie|otwieracie)', 'ile (kosztuje|trwa)',
    'macie', 'pytanie',
  ],
};

const THANKS_EMOJI = /(?:👍|🙏|❤|♥|😍|🥰|😊|🙂|👏|💯|🤩|😋|💚|💙|💜|🧡|💛)/u;

const indexes: Partial<Record<Language, { thanks: PhraseIndex; questions: PhraseIndex }>> = {};

function indexFor(lang: Language): { thanks: PhraseIndex; questions: PhraseIndex } {
  return (indexes[lang] ??= {
    thanks: indexPhrases([{ entries: [...THANKS[lang], ...THANKS.en] }]),
    questions: indexPhrases([{ entries: [...QUESTIONS[lang], ...QUESTIONS.en] }]),
  });
}

function hasMatch(index: PhraseIndex, lower: string): boolean {
  let found = false;
  scanPhrases(index, lower, () => {
    found = true;
  });
  return found;
}

/** Longest post read for calm signals: a long text with one "thanks" in it is not a thank-you note. */
const CALM_MAX_CHARS = 280;

/**
 * Whether the post reads as thanks, praise or a plain question. The caller decides what that
 * means: with a negative rule signal, it means nothing.
 */
export function isCalm(text: string, language: Language | 'und'): boolean {
  if (text.length > CALM_MAX_CHARS || text.length === 0) return false;
  const lang: Language = language === 'und' ? 'en' : language;
  const lower = lowerSameLength(text);
  const index = indexFor(lang);
  if (THANKS_EMOJI.test(text) || hasMatch(index.thanks, lower)) return true;
  // A question: one question mark ending a sentence, and an information-seeking opener.
  return /\?\s*(?:\S{0,3}\s*)?$/u.test(text) && !/\?{2,}|!{2,}/.test(text) && hasMatch(index.questions, lower);
}
