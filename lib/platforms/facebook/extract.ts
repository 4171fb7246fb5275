/**
 * Reads Facebook comments and replies (div[role="article"] with a comment permalink)
 * into ExtractedPost records.
 *
 * Nothing here reads aria-labels or button captions: the interface language changes
 * them. Which link is the permalink, which button is the reaction count and which is
 * the "view replies" toggle is decided by URL shape, digits and document order.
 *
 * Speed: the content script reads thousands of comments on a long thread, so each
 * comment costs a few querySelectorAll calls and text-node walks (innerText would
 * force a layout per comment).
 *
 * Text, counts, languages, times and links are read with the helpers in ../dom,
 * shared with the Instagram adapter (Meta renders both the same way).
 */
import type { DetectedLanguage, Engagement } from '../../schema';
import type { ExtractedPost, SelectorCheck } from '../types';
import { absoluteTimeOf, hasDigit, languageOf, linkParts, parseCount, readText, type LinkParts } from '../dom';
import { FB_IDENTITY_PARAMS, FB_NON_PROFILE_ROOTS, FB_ORIGIN, FB_REQUIRED, FB_SELECTORS } from './selectors';

// ---------------------------------------------------------------------------
// Facebook URLs
// ---------------------------------------------------------------------------

/**
 * A comment id from a link: numeric as in timestamp permalinks, or base64 of
 * "comment:<postId>_<commentId>" as in profile links under comments.
 */
export function decodeCommentId(raw: string | null): string | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return raw;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(raw)) return null;
  try {
    const decoded = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    const match = /^comment:\d+_(\d+)$/.exec(decoded);
    return match?.[1] ?? null;
  } catch {
    return null;
  }
}

export interface FacebookProfile {
  /** Vanity name or numeric id. */
  handle: string;
  /** Profile URL without tracking parameters. */
  url: string;
}

/** The person or page a link points to, or null when it is not a profile link. */
export function profileOf(link: LinkParts): FacebookProfile | null {
  const origin = link.origin;
  const segments = link.path.split('/').filter(Boolean);
  if (link.path === '/profile.php') {
    const id = link.params.get('id');
    return id && /^\d+$/.test(id) ? { handle: id, url: `${origin}/profile.php?id=${id}` } : null;
  }
  const [first, second, third, fourth] = segments;
  if (first === 'groups' && third === 'user' && fourth) {
    return { handle: fourth, url: `${origin}/groups/${second}/user/${fourth}/` };
  }
  if (first === 'people' && segments.length >= 3 && third) {
    return { handle: third, url: `${origin}/people/${second}/${third}/` };
  }
  if (segments.length === 1 && first && !FB_NON_PROFILE_ROOTS.has(first) && !first.includes('.php')) {
    return { handle: first, url: `${origin}/${first}` };
  }
  return null;
}

export interface FacebookPermalink {
  /** Stable id, e.g. "facebook:/nordlichtcoffee/posts/pfbid0…?comment_id=1&reply_comment_id=2". */
  id: string;
  /** Id of the comment a reply answers; null for top-level comments. */
  parentId: string | null;
  /** Absolute permalink without tracking parameters (__cft__, __tn__, …). */
  url: string;
  /** Absolute URL of the post the comment sits under. */
  threadUrl: string;
}

/**
 * Reads a comment permalink. Keeps only what identifies the post (path, fbid,
 * story_fbid, id, v) and the comment (comment_id, reply_comment_id), so the same
 * comment gets the same id on the feed, the post page and the photo viewer.
 */
export function parsePermalink(link: LinkParts): FacebookPermalink | null {
  const commentId = decodeCommentId(link.params.get('comment_id') ?? null);
  if (!commentId) return null;
  const replyId = decodeCommentId(link.params.get('reply_comment_id') ?? null);
  const identity: string[] = [];
  for (const name of FB_IDENTITY_PARAMS) {
    const value = link.params.get(name);
    if (value) identity.push(`${name}=${encodeURIComponent(value)}`);
  }
  const path = link.path;
  const idPath = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const threadQuery = identity.length ? `?${identity.join('&')}` : '';
  const commentQuery = [...identity, `comment_id=${commentId}`];
  const topId = `facebook:${idPath}?${commentQuery.join('&')}`;
  if (replyId) commentQuery.push(`reply_comment_id=${replyId}`);
  const origin = link.origin || FB_ORIGIN;
  return {
    id: replyId ? `${topId}&reply_comment_id=${replyId}` : topId,
    parentId: replyId ? topId : null,
    url: `${origin}${path}?${commentQuery.join('&')}`,
    threadUrl: `${origin}${path}${threadQuery}`,
  };
}

// ---------------------------------------------------------------------------
// Comment roots
// ---------------------------------------------------------------------------

const ARTICLE = FB_SELECTORS.article;

interface Placed {
  el: Element;
  /** Position in the comment's own elements, in document order. */
  at: number;
}

interface PlacedLink extends Placed {
  /** Inside a text paragraph (a mention or hashtag), not the author's name. */
  inText: boolean;
}

/** What one walk over a comment's own elements (not its nested replies) finds. */
interface CommentParts {
  links: PlacedLink[];
  /** Outermost div[dir=auto] paragraphs outside links. */
  blocks: Placed[];
  buttons: Placed[];
  /** svg elements with a <title> child, outside buttons; `at` is the title's position. */
  titledSvgs: Placed[];
  times: Element[];
  /** Replies nested inside this comment's article. */
  nestedArticles: Element[];
}

/** Everything collectParts looks at, matched natively in one call (a JS walk is several times slower). */
const PARTS_SELECTOR = [
  FB_SELECTORS.article,
  FB_SELECTORS.button,
  'button',
  FB_SELECTORS.link,
  FB_SELECTORS.textBlock,
  FB_SELECTORS.verifiedBadgeTitle,
  FB_SELECTORS.absoluteTime,
].join(', ');

function collectParts(root: Element): CommentParts {
  const parts: CommentParts = { links: [], blocks: [], buttons: [], titledSvgs: [], times: [], nestedArticles: [] };
  const found = root.querySelectorAll(PARTS_SELECTOR);
  // Matches come in document order, so "inside X" only needs X.contains() until X ends.
  let skipped: Element | null = null;
  let block: Element | null = null;
  let link: Element | null = null;
  for (let at = 0; at < found.length; at++) {
    const el = found[at]!;
    if (skipped) {
      if (skipped.contains(el)) continue;
      skipped = null;
    }
    const role = el.getAttribute('role');
    const tag = el.tagName;
    if (role === 'article') {
      // A reply nested in this comment: read on its own.
      parts.nestedArticles.push(el);
      skipped = el;
      continue;
    }
    if (role === 'button' || tag === 'BUTTON') {
      // Nothing the extractor reads lives inside a button; its label is interface text.
      parts.buttons.push({ el, at });
      skipped = el;
      continue;
    }
    if (block && !block.contains(el)) block = null;
    if (link && !link.contains(el)) link = null;
    if (tag === 'A') {
      parts.links.push({ el, at, inText: block !== null });
      link = el;
    } else if (tag === 'DIV') {
      if (!block && !link) {
        parts.blocks.push({ el, at });
        block = el;
      }
    } else if (tag === 'title' || tag === 'TITLE') {
      if (el.parentElement) parts.titledSvgs.push({ el: el.parentElement, at });
    } else {
      parts.times.push(el);
    }
  }
  return parts;
}

interface Permalink extends FacebookPermalink {
  link: PlacedLink;
}

/** The comment's timestamp permalink: the last comment-id link that is not a profile link. */
function findPermalink(links: PlacedLink[], pageUrl: string): Permalink | null {
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i];
    if (!link || link.inText) continue;
    const href = link.el.getAttribute('href') ?? '';
    if (!href.includes('comment_id=')) continue;
    const parts = linkParts(href, pageUrl);
    if (!parts || profileOf(parts)) continue;
    const parsed = parsePermalink(parts);
    if (parsed) return { ...parsed, link };
  }
  return null;
}

/**
 * FB_SELECTORS.commentRoot spelled out as DOM calls: matching the :has() selector on
 * the post article would walk every comment under it, once per comment.
 */
function isCommentRoot(el: Element): boolean {
  return (
    el.getAttribute('role') === 'article' &&
    !el.hasAttribute('aria-posinset') &&
    el.querySelector(FB_SELECTORS.postMessage) === null &&
    el.querySelector(FB_SELECTORS.commentIdLink) !== null
  );
}

/**
 * The comment a reply answers when its permalink does not say: the comment article it
 * is nested in, or (replies in a sibling block) the comment article right before the
 * block that holds it.
 */
function structuralParent(root: Element): Element | null {
  const outer = root.parentElement?.closest(ARTICLE);
  if (outer && isCommentRoot(outer)) return outer;
  let el = root.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const previous = el.previousElementSibling;
    if (previous && isCommentRoot(previous)) return previous;
  }
  return null;
}

function countOf(button: Element): number | null {
  return hasDigit(button) ? parseCount(button.textContent ?? '') : null;
}

/**
 * The block after a comment where its replies are, if any: the next element, or the one
 * after it when the comment's open reply box comes first (Facebook opens it right below
 * the comment, above the replies).
 */
function repliesBlockAfter(root: Element): Element | null {
  const next = root.nextElementSibling;
  // The article test first: it stops early, in the next comment's element.
  if (next && !next.querySelector(ARTICLE) && next.querySelector(FB_SELECTORS.editor)) return next.nextElementSibling;
  return next;
}

/**
 * Reply count as shown: the "View all 3 replies" / "Alle 3 Antworten ansehen" toggle
 * (a button with digits after the comment's permalink, inside the comment when
 * replies nest, else in the block right after it) plus replies already loaded.
 */
function replyCount(root: Element, parts: CommentParts, permalinkAt: number, isReply: boolean): number | null {
  let loaded = parts.nestedArticles.filter((article) => article.querySelector(FB_SELECTORS.commentIdLink)).length;
  let shown: number | null = null;
  for (const button of parts.buttons) {
    if (button.at > permalinkAt && (shown = countOf(button.el)) !== null) break;
  }
  const next = isReply ? null : repliesBlockAfter(root);
  if (next && next.getAttribute('role') !== 'article') {
    for (const article of next.querySelectorAll(ARTICLE)) {
      const outer = article.parentElement?.closest(ARTICLE) ?? null;
      if ((outer === null || !next.contains(outer)) && article.querySelector(FB_SELECTORS.commentIdLink)) loaded++;
    }
    if (shown === null) {
      for (const button of next.querySelectorAll(FB_SELECTORS.button)) {
        const outer = button.closest(ARTICLE);
        if ((outer === null || !next.contains(outer)) && (shown = countOf(button)) !== null) break;
      }
    }
  }
  if (shown !== null) return shown + loaded;
  return loaded > 0 ? loaded : null;
}

interface Author {
  author: PlacedLink | null;
  profile: FacebookProfile | null;
  authorName: string;
}

/** The author: the first profile link with a name that is not a mention inside the text. */
function findAuthor(parts: CommentParts, pageUrl: string): Author {
  for (const link of parts.links) {
    if (link.inText || link.el.getAttribute('aria-hidden') === 'true') continue;
    const href = linkParts(link.el.getAttribute('href'), pageUrl);
    const profile = href ? profileOf(href) : null;
    if (!profile) continue;
    const authorName = readText(link.el);
    if (!authorName) continue;
    return { author: link, profile, authorName };
  }
  return { author: null, profile: null, authorName: '' };
}

/**
 * The comment's author handle as extractFacebookComment reads it, without the rest (used to
 * look for the brand's answers among a mention's neighbours).
 */
export function facebookAuthorHandle(root: Element): string | null {
  const handle = findAuthor(collectParts(root), root.ownerDocument?.location?.href ?? '').profile?.handle;
  return handle || null;
}

/**
 * The id of the thread a comment or reply belongs to: its top-level comment's id (a reply's
 * permalink names the comment it answers). Null when the article carries no permalink.
 */
export function facebookThreadId(root: Element, pageUrl: string): string | null {
  const permalink = findPermalink(collectParts(root).links, pageUrl);
  return permalink ? (permalink.parentId ?? permalink.id) : null;
}

/**
 * The thread a link names when it is a comment's or reply's permalink (not a profile link,
 * which carries a comment id too); null for any other link.
 */
export function permalinkThreadId(link: Element, pageUrl: string): string | null {
  const parts = linkParts(link.getAttribute('href'), pageUrl);
  if (!parts || profileOf(parts)) return null;
  const permalink = parsePermalink(parts);
  return permalink ? (permalink.parentId ?? permalink.id) : null;
}

/**
 * The language the page declares for a comment's text: on the text or around it, or (when the
 * text's paragraph wraps the span[lang] that holds it, as in current comment threads) inside it.
 */
function textLanguage(block: Element | null, root: Element): DetectedLanguage {
  const around = languageOf(block, root);
  if (around !== 'und' || !block) return around;
  return languageOf(block.querySelector(FB_SELECTORS.lang), root);
}

/** Reads one comment or reply article. Empty when it has no comment permalink. */
export function extractFacebookComment(root: Element, pageUrl: string): ExtractedPost[] {
  const parts = collectParts(root);
  const permalink = findPermalink(parts.links, pageUrl);
  if (!permalink) return [];
  const permalinkAt = permalink.link.at;

  const firstBlock = parts.blocks[0] ?? null;
  let text = '';
  for (const block of parts.blocks) {
    const paragraph = readText(block.el);
    if (paragraph) text = text ? `${text}\n${paragraph}` : paragraph;
  }

  const { author, profile, authorName } = findAuthor(parts, pageUrl);

  // Verified badge: an svg with a title between the name and the text.
  let verified = false;
  if (author) {
    const end = firstBlock ? firstBlock.at : permalinkAt;
    verified = parts.titledSvgs.some((svg) => svg.at > author.at && svg.at < end);
  }

  // Reaction count: the button with digits before the permalink.
  let likes: number | null = null;
  for (const button of parts.buttons) {
    if (button.at > permalinkAt) break;
    if ((likes = countOf(button.el)) !== null) break;
  }

  let parentId = permalink.parentId;
  if (!parentId) {
    const parent = structuralParent(root);
    parentId = parent ? (findPermalink(collectParts(parent).links, pageUrl)?.id ?? null) : null;
  }

  const engagement: Engagement = {
    replies: replyCount(root, parts, permalinkAt, parentId !== null),
    reposts: null,
    likes,
    views: null,
  };

  return [
    {
      id: permalink.id,
      platform: 'facebook',
      url: permalink.url,
      threadUrl: permalink.threadUrl,
      authorName,
      authorHandle: profile?.handle ?? '',
      authorUrl: profile?.url ?? '',
      reach: { verified, followers: null },
      engagement,
      text,
      language: textLanguage(firstBlock?.el ?? null, root),
      postedAt: absoluteTimeOf(parts.times[0] ?? null),
      parentId,
      element: root,
    },
  ];
}

/** Where the in-page badge goes: next to the author's name. */
export function facebookBadgeAnchor(root: Element): Element | null {
  for (const link of collectParts(root).links) {
    if (link.inText || link.el.getAttribute('aria-hidden') === 'true') continue;
    const parts = linkParts(link.el.getAttribute('href'), FB_ORIGIN);
    if (parts && profileOf(parts) && readText(link.el)) return link.el.parentElement ?? root;
  }
  return root;
}

/**
 * Whether the page shows comments at all, whatever becomes of the article roles Keel's comment
 * selector keys on: a comment's permalink (comment_id= in a link that is not a profile link)
 * showing its time ("5h", "2 Std.", "1d", or an abbr/time element). When this holds and no
 * comment root is read, the page says "Keel cannot read this page".
 */
export function facebookContentPresent(doc: Document): boolean {
  const pageUrl = doc.location?.href ?? FB_ORIGIN;
  for (const link of doc.querySelectorAll(FB_SELECTORS.commentIdLink)) {
    const shown = link.textContent ?? '';
    const timed = link.querySelector(FB_SELECTORS.absoluteTime) !== null || (shown.length <= 24 && /\d/.test(shown));
    if (!timed) continue;
    // Any comment id counts, also one Keel can no longer decode: that is the case to report.
    const parts = linkParts(link.getAttribute('href'), pageUrl);
    if (parts && !profileOf(parts) && parts.params.get('comment_id')) return true;
  }
  return false;
}

export function checkFacebookSelectors(doc: Document): SelectorCheck[] {
  return FB_REQUIRED.map((name) => ({ name, matched: doc.querySelector(FB_SELECTORS[name]) !== null }));
}
