/**
 * An article read from a page (lib/capture/article.ts) becomes evidence: the brand
 * mentions in its text (the person's brand matcher) and its risk (the same engine that
 * scores replies), checked against the ArticleSnapshot schema.
 */
import { z } from 'zod';
import type { BrandMatcher } from '../brand';
import { ArticleSnapshot, describeZodError, LANGUAGES, type DetectedLanguage, type Language, type RiskAssessment } from '../schema';
import type { RiskInput } from '../risk/engine';
import { ARTICLE_LIMITS, type PageArticleResult } from './article';

/** What comes back out of the page, checked before anything is made of it. */
const PageArticleResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    article: z.object({
      url: z.string().max(ARTICLE_LIMITS.url),
      title: z.string().max(ARTICLE_LIMITS.title),
      byline: z.string().max(ARTICLE_LIMITS.byline).nullable(),
      siteName: z.string().max(ARTICLE_LIMITS.siteName).nullable(),
      publishedTime: z.string().max(ARTICLE_LIMITS.publishedTime).nullable(),
      excerpt: z.string().max(ARTICLE_LIMITS.excerpt),
      text: z.string().max(ARTICLE_LIMITS.text),
      lang: z.string().max(100).nullable(),
    }),
  }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);

/** The page's answer, or a refusal saying what was wrong with it. */
export function parsePageArticleResult(raw: unknown): PageArticleResult {
  const parsed = PageArticleResultSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return { ok: false, error: `Keel could not read the article this page gave back: ${describeZodError(parsed.error)}` };
}

/** "de-DE" → 'de'; a language Keel does not score in → 'und'. */
export function languageOf(lang: string | null): DetectedLanguage {
  const primary = lang?.toLowerCase().split(/[-_]/u)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'und';
}

export interface SnapshotTools {
  matcher: BrandMatcher;
  assessRisk: (input: RiskInput) => RiskAssessment;
  detectLanguage: (text: string) => DetectedLanguage;
}

/** The evidence item for an article: its text with the brand mentions and the risk found in it. */
export function articleSnapshot(result: PageArticleResult, tools: SnapshotTools): ArticleSnapshot {
  if (!result.ok) throw new Error(result.error);
  const { lang, ...article } = result.article;
  const declared = languageOf(lang);
  const language = declared === 'und' ? tools.detectLanguage(article.text) : declared;
  const matches = tools.matcher.isEmpty ? [] : tools.matcher.match(article.text);
  const risk = article.text ? tools.assessRisk({ text: article.text, language }) : null;
  const snapshot = ArticleSnapshot.safeParse({ kind: 'article', ...article, language, matches, risk });
  if (!snapshot.success) throw new Error(`The article from ${article.url} is not valid evidence: ${describeZodError(snapshot.error)}`);
  return snapshot.data;
}
