/**
 * The inflected forms of a brand term, as people write them in English, German, Danish and
 * Polish posts. The matcher adds each form to its trie as a whole word, so a highlight
 * covers the whole inflected word and an inflected form never matches inside a longer word.
 * Every form is a closed list of endings on the term's last word: "Nord" gains "Norda",
 * "Nordem", never "Nordsee" or "Nordic".
 *
 * Rules (all on the folded last word; folding turns ó, ę, ą, ś, ź, ż, ć, ń, ł into ASCII):
 * - Every term: English possessive "'s"; after s, x or z the bare apostrophe ("Fjordlys'",
 *   German and Danish genitive of names in s/x/z; English plural possessive) and "'s"
 *   ("Fjordlys's"); otherwise the German/Danish genitive "s" ("Nordlichts").
 *   Duden, "Apostroph" (genitive of names ending in s, x, z); Retskrivningsordbogen §11
 *   (Danish genitive -s, apostrophe after s, x, z).
 * - Terms whose last word has at least MIN_INFLECTED_LETTERS letters (shorter ones collide
 *   with ordinary words too easily) also take Polish case endings, as Polish declines
 *   foreign brand names like native masculine nouns (Poradnia językowa PWN, "odmiana
 *   nazw firm"; Polszczyzna na co dzień, masculine declension):
 *   - ending in a consonant: gen. -a/-u, dat. -owi, instr. -em (-iem after k, g), loc./voc.
 *     -e with the stem's alternation (t→cie: Utrecht → w Utrechcie, Albrecht → Albrechcie;
 *     d→dzie, r→rze, st→ście, zd→ździe; b f m n p s v w z + ie: Fjordlys → Fjordlysie),
 *     -u after k, g, h, c, j, l, x (na Facebooku, w Lidlu); plural -y (-i after k, g), -ów,
 *     -om, -ami, -ach. A final x is spelled ks before an ending (Netflix → Netfliksa).
 *   - ending in -a (feminine, Skoda, Nokia): -y/-i, -ę, -ą, loc./dat. with alternation
 *     (Skodzie, Nokii), -om, -ami, -ach.
 *   - ending in -o (neuter, Volvo): -a, -u, -em, loc. with alternation (Volvie), -om,
 *     -ami, -ach.
 *   - ending in another vowel: the apostrophe forms Polish spelling uses when the last
 *     letter is silent or foreign (Google'a, Google'em, w Google'u).
 *   Multi-word terms inflect on their last word only, as Polish does with names used as a
 *   whole ("z Nordlicht Coffee" stays; "z Polarstern Espressem" is rare but follows it).
 * - Products (things people own: "min Polarstern") also take the Danish definite endings
 *   -en/-et (-n/-t after e) and their genitives: "Polarsternen". Names do not: Danish does
 *   not give proper names a definite suffix, and "Fjordlyset" is the ordinary word "the
 *   fjord light", not the brand.
 *
 * The per-term switch (BrandProfile.noInflection) keeps only the apostrophe forms, which
 * cannot collide with another word.
 */

/** Last words shorter than this take only the genitive and possessive endings. */
export const MIN_INFLECTED_LETTERS = 4;

export interface InflectedForm {
  /** The folded form, to be matched as a whole word. */
  form: string;
  /** A prefix of the term shared by the form, for the matcher's quick rejection. */
  stem: string;
}

export interface InflectionOptions {
  /** Whether the term is a product (Danish definite endings). */
  product: boolean;
  /** The per-term switch: false keeps only the apostrophe forms. */
  inflect: boolean;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const CONSONANT_ENDINGS = ['a', 'u', 'owi', 'ow', 'om', 'ami', 'ach'];
const VOWEL_APOSTROPHE_ENDINGS = ["'a", "'owi", "'em", "'u", "'iem"];

/** The Polish locative ending for a stem ending in `last` (and `prev` before it), or null. */
function locative(stem: string): [drop: number, ending: string] | null {
  const last = stem.slice(-1);
  const two = stem.slice(-2);
  if (two === 'st') return [2, 'scie'];
  if (two === 'zd') return [2, 'zdzie'];
  if (last === 't') return [1, 'cie'];
  if (last === 'd') return [1, 'dzie'];
  if (last === 'r') return [1, 'rze'];
  if ('bfmnpsvwz'.includes(last)) return [0, 'ie'];
  if (last === 'k') return [1, 'ce'];
  if (last === 'g') return [1, 'dze'];
  return null;
}

function lettersOf(word: string): number {
  let n = 0;
  for (const ch of word) if (/\p{L}/u.test(ch)) n++;
  return n;
}

/** Polish forms of a last word ending in a consonant; `stem` is the key without the word's spelling change. */
function polishConsonant(key: string, add: (form: string, stem: string) => void): void {
  // Netflix → Netfliksa: the ending attaches to "ks".
  const base = key.endsWith('x') ? key.slice(0, -1) + 'ks' : key;
  const shared = key.endsWith('x') ? key.slice(0, -1) : key;
  const last = base.slice(-1);
  for (const ending of CONSONANT_ENDINGS) add(base + ending, shared);
  const velar = last === 'k' || last === 'g';
  add(base + (velar ? 'iem' : 'em'), shared);
  add(base + (velar ? 'i' : 'y'), shared);
  const loc = locative(base);
  // k and g take -u in the masculine locative (na Facebooku); their -ce/-dze is feminine.
  if (loc && !velar) add(base.slice(0, base.length - loc[0]) + loc[1], base.slice(0, base.length - loc[0]));
}

function polishVowel(key: string, add: (form: string, stem: string) => void): void {
  const last = key.slice(-1);
  const stem = key.slice(0, -1);
  if (last === 'a') {
    const velar = stem.endsWith('k') || stem.endsWith('g');
    for (const ending of [velar ? 'i' : 'y', 'e', 'om', 'ami', 'ach']) add(stem + ending, stem);
    if (stem.endsWith('i')) add(stem + 'i', stem);
    const loc = locative(stem);
    if (loc) add(stem.slice(0, stem.length - loc[0]) + loc[1], stem.slice(0, stem.length - loc[0]));
  } else if (last === 'o') {
    for (const ending of ['a', 'u', 'em', 'om', 'ami', 'ach']) add(stem + ending, stem);
    const loc = locative(stem);
    if (loc && !stem.endsWith('k') && !stem.endsWith('g')) {
      add(stem.slice(0, stem.length - loc[0]) + loc[1], stem.slice(0, stem.length - loc[0]));
    }
  } else {
    for (const ending of VOWEL_APOSTROPHE_ENDINGS) add(key + ending, key);
  }
}

/** Every inflected form of a folded term (not the term itself), without duplicates. */
export function inflectedForms(key: string, options: InflectionOptions): InflectedForm[] {
  const out = new Map<string, string>();
  const add = (form: string, stem: string) => {
    if (form !== key && !out.has(form)) out.set(form, stem);
  };
  const last = key.slice(-1);
  if (!/\p{L}/u.test(last)) return [];
  const sibilant = last === 's' || last === 'x' || last === 'z';
  add(key + "'s", key);
  if (sibilant) add(key + "'", key);
  if (!options.inflect) return [...out].map(([form, stem]) => ({ form, stem }));
  if (!sibilant) add(key + 's', key);

  const lastWord = key.slice(key.lastIndexOf(' ') + 1);
  // Only Latin-script words ending in a-z follow the rules above.
  if (lettersOf(lastWord) >= MIN_INFLECTED_LETTERS && /^[a-z]$/.test(last)) {
    if (VOWELS.has(last)) polishVowel(key, add);
    else polishConsonant(key, add);
    if (options.product) {
      const article = last === 'e' ? ['n', 't', 'ns', 'ts'] : ['en', 'et', 'ens', 'ets'];
      for (const ending of article) add(key + ending, key);
    }
  }
  return [...out].map(([form, stem]) => ({ form, stem }));
}
