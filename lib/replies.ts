/**
 * Reply logic shared by the side panel and the background (whose keyboard
 * command inserts the top suggestion for the focused post): template variables
 * from a mention and the settings, the thread's earlier replies for the
 * copy-paste warning, and the choice of the top suggestion. Free of React and
 * browser globals.
 */
import type { KeelDatabase } from './db';
import { formatUpdateTime } from './incidents/next-update';
import { alreadyUsedIn, approvedByPerson, canInsertOneClick, fillTemplate, latestVersions, suggestTemplates, type TemplateVariable } from './playbooks/templates';
import type { AddressForm, CrisisType, Language, Mention, Settings, Template } from './schema';
import { LANGUAGES } from './schema';

export { TEMPLATE_VARIABLES, type TemplateVariable } from './playbooks/templates';

export interface VariableExtras {
  /** A ticket or case number the person typed for this reply. */
  ticket?: string;
  /**
   * The time the person promises the next update by, for {date}. Without it
   * {date} stays unfilled: Keel never promises a time on its own.
   */
  nextUpdateAt?: number | null;
  /** The current time, to tell whether the promised time needs its year. */
  now?: number;
}

/** The crisis type the person set, else the one risk scoring found, else 'none'. */
export function effectiveCrisisType(mention: Mention): CrisisType {
  return mention.crisisType ?? mention.risk?.crisisType ?? 'none';
}

/**
 * The language to answer in: the post's, else the one risk scoring detected,
 * else the given fallback (usually the UI language).
 */
export function replyLanguage(mention: Mention, fallback: Language): Language {
  const isLanguage = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);
  if (isLanguage(mention.language)) return mention.language;
  const detected = mention.risk?.language;
  if (detected && isLanguage(detected)) return detected;
  return fallback;
}

/** How to address the author: on Facebook by first name (handles are not shown there), elsewhere as @handle. */
export function addressAuthor(mention: Mention): string {
  const handle = mention.authorHandle.trim().replace(/^@/, '');
  const firstName = mention.authorName.trim().split(/\s+/u)[0] ?? '';
  if (mention.platform === 'facebook' && firstName) return firstName;
  if (handle) return `@${handle}`;
  return firstName;
}

/**
 * Values for a template's variables. Variables without a value (no agent name
 * set, no product mentioned…) are left out, so filling reports them as missing
 * instead of writing an empty gap into a public reply.
 */
export function templateVariables(
  mention: Mention,
  settings: Settings,
  extras: VariableExtras = {},
): Partial<Record<TemplateVariable, string>> {
  const language = replyLanguage(mention, 'en');
  const vars: Partial<Record<TemplateVariable, string>> = {};
  const put = (name: TemplateVariable, value: string | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) vars[name] = trimmed;
  };
  put('author', addressAuthor(mention));
  put('brand', settings.brand.names[0]);
  put('agent', settings.agentName);
  put('dm_link', settings.dmLink);
  put('ticket', extras.ticket);
  put('product', mention.matches.find((m) => m.kind === 'product')?.term);
  if (extras.nextUpdateAt != null) put('date', formatUpdateTime(extras.nextUpdateAt, language, extras.now));
  return vars;
}

/**
 * The next-update time a reply text promises: the picked time, when the text
 * says it as {date} would (the person may have edited the rest). Null when no
 * time is picked or the text does not carry it.
 */
export function promisedUpdateIn(text: string, mention: Mention, nextUpdateAt: number | null, now: number = Date.now()): number | null {
  if (nextUpdateAt === null) return null;
  return text.includes(formatUpdateTime(nextUpdateAt, replyLanguage(mention, 'en'), now)) ? nextUpdateAt : null;
}

/**
 * Text reduced to its words for comparing replies: case, punctuation, links
 * and @handles do not count, so one template filled for two authors is still
 * "the same words".
 */
export function replyWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+/gu, ' ')
    .replace(/@[\p{L}\p{N}_.]+/gu, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Below this many words a reply only counts as repeated when it is the same words exactly ("Thanks!" is not copy-paste). */
const MIN_WORDS_FOR_OVERLAP = 6;

/**
 * Whether `text` repeats an earlier reply: the same words, or for longer
 * replies nearly so (as template suggestions judge it, by shared words).
 */
export function repeatsReply(text: string, earlier: string): boolean {
  const a = replyWords(text);
  const b = replyWords(earlier);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length < MIN_WORDS_FOR_OVERLAP) return false;
  return alreadyUsedIn(a.join(' '), [b.join(' ')]);
}

/** The earlier replies in the thread that `text` repeats. */
export function repeatedIn(text: string, threadReplies: readonly string[]): string[] {
  return threadReplies.filter((earlier) => repeatsReply(text, earlier));
}

/**
 * Texts already posted in the mention's thread: replies Keel recorded for the
 * thread, and posts by the brand's own account seen in it.
 */
export async function loadThreadReplies(db: KeelDatabase, threadUrl: string, excludeMentionId?: string): Promise<string[]> {
  const [replies, posts] = await Promise.all([
    db.replies.where('threadUrl').equals(threadUrl).toArray(),
    db.mentions.where('threadUrl').equals(threadUrl).toArray(),
  ]);
  // Replies to the mention itself are left out when asked: answering the same person again is not copy-paste.
  const recorded = replies.filter((r) => r.mentionId !== excludeMentionId).map((r) => r.text);
  const texts = [...recorded, ...posts.filter((p) => p.byBrand).map((p) => p.text)];
  return [...new Set(texts.filter((t) => t.trim().length > 0))];
}

/** The brand's form of address in a language: German du/Sie (default Sie), Polish ty / Pan-Pani / Państwo (default Państwo). */
export function addressFormFor(settings: Settings, language: Language): AddressForm | null {
  if (language === 'de') return settings.addressDe ?? 'sie';
  if (language === 'pl') return settings.addressPl ?? 'panstwo';
  return null;
}

/**
 * Whether a template fits the brand's form of address: templates written for
 * one form (du, Sie, ty, Pan/Pani, Państwo) show only when the brand uses it
 * in the template's language; templates without a form fit every brand.
 */
export function fitsAddress(template: Template, settings: Settings): boolean {
  return !template.address || template.address === addressFormFor(settings, template.language);
}

export interface ReplySuggestion {
  template: Template;
  /** The body with the mention's variables filled; unfilled ones stay visible as {name}. */
  text: string;
  /** Variables the body uses that have no value. */
  missing: string[];
  /** The template is in another language than the mention (none fits its language). */
  fallback: boolean;
  /** The template is a generic one because none fits the crisis type. */
  generic: boolean;
  /** The filled text was already posted in this thread. */
  repeated: boolean;
  /** Whether "Insert" may put it into the reply box at once: approved and fully filled. */
  oneClick: boolean;
}

/**
 * Templates to offer for a mention: the approved ones suggestTemplates picks
 * (mention's crisis type, language and platform, with its fallbacks), then
 * drafts written for exactly this crisis type, language and platform, which
 * may be used as a starting point but never inserted with one click.
 */
export function replySuggestions(
  templates: readonly Template[],
  mention: Mention,
  settings: Settings,
  threadReplies: readonly string[],
  extras: VariableExtras = {},
): ReplySuggestion[] {
  const vars = templateVariables(mention, settings, extras);
  const query = { crisisType: effectiveCrisisType(mention), language: replyLanguage(mention, 'en'), platform: mention.platform };
  templates = templates.filter((t) => fitsAddress(t, settings));
  const approved: ReplySuggestion[] = suggestTemplates([...templates], query, [...threadReplies], vars).map((s) => ({
    template: s.template,
    text: s.filled.text,
    missing: s.filled.missing,
    fallback: s.languageFallback,
    generic: s.typeFallback,
    repeated: s.alreadyUsedInThread || repeatedIn(s.filled.text, threadReplies).length > 0,
    oneClick: canInsertOneClick(s.template) && s.filled.missing.length === 0,
  }));
  const drafts: ReplySuggestion[] = latestVersions([...templates])
    .filter(
      (t) =>
        t.status !== 'retired' &&
        !approvedByPerson(t) &&
        t.crisisType === query.crisisType &&
        t.language === query.language &&
        t.platforms.includes(query.platform),
    )
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((template) => {
      const filled = fillTemplate(template.body, vars);
      return {
        template,
        text: filled.text,
        missing: filled.missing,
        fallback: false,
        generic: false,
        repeated: repeatedIn(filled.text, threadReplies).length > 0,
        oneClick: false,
      };
    });
  return [...approved, ...drafts];
}

export interface Suggestion {
  template: Template;
  text: string;
  /** Variables the body uses that have no value; they stay visible in the text as {name}. */
  missing: string[];
}

/**
 * The reply Keel would insert with one keystroke: a template a person approved,
 * suggested for the mention's crisis type, language and platform whose filled
 * text was not already posted in the thread; fully filled ones first, then in
 * suggestion order. Null when none qualifies.
 */
export function topSuggestion(
  templates: readonly Template[],
  mention: Mention,
  settings: Settings,
  threadReplies: readonly string[],
  extras: VariableExtras = {},
): Suggestion | null {
  const candidates = replySuggestions(templates, mention, settings, threadReplies, extras).filter(
    (s) => canInsertOneClick(s.template) && !s.repeated,
  );
  const best = candidates.find((s) => s.missing.length === 0) ?? candidates[0];
  return best ? { template: best.template, text: best.text, missing: best.missing } : null;
}
