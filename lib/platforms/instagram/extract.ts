/**
 * Reads Instagram comments and replies into ExtractedPost records: the div trees of
 * the current layout (roots found by ./roots.ts) and the list items of the older one.
 *
 * Nothing here reads aria-labels or button captions: the interface language changes
 * them. The like count is the button with digits in the comment's own action row, the
 * reply count the button with digits outside it ("View all 3 replies", "Ver todas as 3
 * respostas") plus the replies opened; replies are told by their
 * …/c/<parent>/r/<id>/ permalink, or failing that (older layout) by the list they sit in.
 *
 * The thread URL is the post as the person has it open: on the post's own page
 * (/p/<code>/ or /reel/<code>/) that page's URL, whatever the comment links use (reel
 * pages link their comments under /p/); elsewhere the post the permalink names. Ids
 * always use /p/<code>/, so one comment seen on a reel page and in the post viewer is
 * one record.
 *
 * Text helpers and the link parser come from the Facebook adapter: both sites are
 * rendered by Meta with the same conventions.
 */
import type { Engagement } from '../../schema';
import type { ExtractedPost, SelectorCheck } from '../types';
import { absoluteTimeOf, hasDigit, languageOf, linkParts, parseCount, readText, type LinkParts } from '../dom';
import { instagramRoots, rootOfPermalink } from './roots';
import {
  IG_ORIGIN,
  IG_PERMALINK_PATH,
  IG_POST_PATH,
  IG_PROFILE_PATH,
  IG_REQUIRED,
  IG_RESERVED_PATHS,
  IG_SELECTORS,
} from './selectors';

export interface InstagramPermalink {
  /** Stable id: "instagram:/p/<code>/c/<id>/" or "instagram:/p/<code>/c/<parent>/r/<id>/". */
  id: string;
  parentId: string | null;
  /** Absolute permalink as the page links it (post or reel path), without query. */
  url: string;
  /** Absolute URL of the post or reel as the permalink names it (see threadUrlOf for the one Keel stores). */
  threadUrl: string;
  /** The post's code. */
  code: string;
}

/**
 * Reads a comment permalink. Posts and reels share their code, so ids always use
 * /p/<code>/: the same comment seen on the reel page and in the post viewer is one record.
 */
export function parseInstagramPermalink(link: LinkParts): InstagramPermalink | null {
  const match = IG_PERMALINK_PATH.exec(link.path);
  if (!match) return null;
  const [, kind = 'p', code = '', commentId = '', replyId] = match;
  const origin = link.origin || IG_ORIGIN;
  const pathKind = kind === 'reels' ? 'reel' : kind;
  const topId = `instagram:/p/${code}/c/${commentId}/`;
  const own = replyId ? `c/${commentId}/r/${replyId}/` : `c/${commentId}/`;
  return {
    id: replyId ? `instagram:/p/${code}/${own}` : topId,
    parentId: replyId ? topId : null,
    url: `${origin}/${pathKind}/${code}/${own}`,
    threadUrl: `${origin}/${pathKind}/${code}/`,
    code,
  };
}

/**
 * The thread URL Keel stores for a comment: the open page's URL when the page is the
 * comment's post (a reel page, whose comments link to /p/<code>/, stays the reel),
 * else the post the permalink names.
 */
export function threadUrlOf(permalink: InstagramPermalink, pageUrl: string): string {
  const page = linkParts(pageUrl, pageUrl);
  const match = page ? IG_POST_PATH.exec(page.path) : null;
  if (!page || !match || match[2] !== permalink.code) return permalink.threadUrl;
  const kind = match[1] === 'reels' ? 'reel' : match[1];
  return `${page.origin || IG_ORIGIN}/${kind}/${permalink.code}/`;
}

export interface InstagramProfile {
  handle: string;
  url: string;
}

/** The account a link points to, or null when it is not a profile link. */
export function instagramProfileOf(link: LinkParts): InstagramProfile | null {
  const match = IG_PROFILE_PATH.exec(link.path);
  const handle = match?.[1];
  if (!handle || IG_RESERVED_PATHS.has(handle)) return null;
  return { handle, url: `${link.origin || IG_ORIGIN}/${handle}/` };
}

interface Placed {
  el: Element;
  /** Position among the comment's own matched elements, in document order. */
  at: number;
}

interface PlacedLink extends Placed {
  inText: boolean;
}

interface CommentParts {
  links: PlacedLink[];
  texts: Placed[];
  buttons: Placed[];
  titledSvgs: Placed[];
  times: Element[];
  /** Reply lists nested inside the item (some layouts nest replies in the comment's li). */
  lists: Element[];
}

const PARTS_SELECTOR = [
  'li',
  IG_SELECTORS.list,
  IG_SELECTORS.button,
  IG_SELECTORS.link,
  IG_SELECTORS.text,
  IG_SELECTORS.verifiedBadgeTitle,
  IG_SELECTORS.verifiedBadgeLabelled,
  'time[datetime]',
  IG_SELECTORS.heading,
].join(', ');

/** Whether `link` is all the text of `wrapper` (the username's wrapper, not text with a mention in it). */
function isWholeText(wrapper: Element, link: Element): boolean {
  return (wrapper.textContent ?? '').trim() === (link.textContent ?? '').trim();
}

/**
 * One pass over the comment's own elements (not its reply list, nor the roots in `nested`:
 * replies inside it), matched natively.
 */
function collectParts(root: Element, nested?: ReadonlySet<Element>): CommentParts {
  const parts: CommentParts = { links: [], texts: [], buttons: [], titledSvgs: [], times: [], lists: [] };
  const found = root.querySelectorAll(PARTS_SELECTOR);
  let skipped: Element | null = null;
  let text: Element | null = null;
  let link: Element | null = null;
  let linkPart: PlacedLink | null = null;
  let heading: Element | null = null;
  for (let at = 0; at < found.length; at++) {
    const el = found[at]!;
    if (skipped) {
      if (skipped.contains(el)) continue;
      skipped = null;
    }
    if (nested && nested.size > 0) {
      for (const reply of nested) if (reply.contains(el)) skipped = reply;
      if (skipped) continue;
    }
    const tag = el.tagName;
    if (tag === 'UL' || tag === 'LI') {
      if (tag === 'UL') parts.lists.push(el);
      skipped = el;
      continue;
    }
    if (tag === 'BUTTON' || el.getAttribute('role') === 'button') {
      // Labels of buttons are interface text; the like count is read from the button itself.
      parts.buttons.push({ el, at });
      skipped = el;
      continue;
    }
    if (text && !text.contains(el)) text = null;
    if (link && !link.contains(el)) link = null;
    if (heading && !heading.contains(el)) heading = null;
    if (tag === 'A') {
      linkPart = { el, at, inText: text !== null };
      parts.links.push(linkPart);
      link = el;
    } else if (tag === 'SPAN') {
      if (!text && !link && !heading) {
        parts.texts.push({ el, at });
        text = el;
      } else if (text && link && linkPart?.inText && parts.texts[parts.texts.length - 1]?.el === text && isWholeText(text, link)) {
        // span[dir=auto] > a > span[dir=auto]: the username in its wrapper (current layout), not
        // text with a mention in it (a mention link holds its text directly).
        parts.texts.pop();
        linkPart.inText = false;
        text = null;
      }
    } else if (tag === 'svg' || tag === 'SVG') {
      if (el.hasAttribute('aria-label')) parts.titledSvgs.push({ el, at });
    } else if (tag === 'H1' || tag === 'H2' || tag === 'H3') {
      heading = el;
    } else if (tag === 'title' || tag === 'TITLE') {
      if (el.parentElement) parts.titledSvgs.push({ el: el.parentElement, at });
    } else if (tag === 'TIME') {
      parts.times.push(el);
    }
  }
  return parts;
}

interface Permalink extends InstagramPermalink {
  link: PlacedLink;
  time: Element;
}

function findPermalink(parts: CommentParts, pageUrl: string): Permalink | null {
  for (const time of parts.times) {
    const anchor = time.parentElement;
    if (!anchor || anchor.tagName !== 'A') continue;
    const link = parts.links.find((candidate) => candidate.el === anchor);
    if (!link) continue;
    const href = linkParts(anchor.getAttribute('href'), pageUrl);
    const parsed = href ? parseInstagramPermalink(href) : null;
    if (parsed) return { ...parsed, threadUrl: threadUrlOf(parsed, pageUrl), link, time };
  }
  return null;
}

/** IG_SELECTORS.commentItem as DOM calls, for single elements (no :has() walk over the whole list). */
function isCommentItem(el: Element): boolean {
  if (el.tagName !== 'LI') return false;
  for (const time of el.querySelectorAll(IG_SELECTORS.permalinkTime)) {
    if (time.closest('li') === el) return true;
  }
  return false;
}

/**
 * The comment a reply answers when its permalink does not say: the comment item it
 * is nested in, or the comment item right before the list item that holds its list.
 */
function structuralParent(root: Element): Element | null {
  let el = root.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    if (isCommentItem(el)) return el;
    const previous = el.previousElementSibling;
    if (el.tagName === 'LI' && previous && isCommentItem(previous)) return previous;
  }
  return null;
}

function countOf(button: Element): number | null {
  return hasDigit(button) ? parseCount(button.textContent ?? '') : null;
}

/**
 * Older layout: reply count as shown, "View replies (3)" / "Antworten ansehen (3)" (a button
 * with digits in the comment's reply list, outside the replies) plus replies loaded.
 */
function listReplyCount(root: Element, parts: CommentParts, isReply: boolean): number | null {
  const lists = [...parts.lists];
  if (!isReply) {
    const next = root.nextElementSibling;
    if (next && next.tagName === 'LI' && !isCommentItem(next)) {
      const list = next.querySelector(IG_SELECTORS.list);
      if (list) lists.push(list);
    }
  }
  if (lists.length === 0) return null;
  let loaded = 0;
  let shown: number | null = null;
  for (const list of lists) {
    for (const item of list.querySelectorAll('li')) if (isCommentItem(item)) loaded++;
    if (shown !== null) continue;
    for (const button of list.querySelectorAll(IG_SELECTORS.button)) {
      const item = button.closest('li');
      if (item && list.contains(item) && isCommentItem(item)) continue;
      if ((shown = countOf(button)) !== null) break;
    }
  }
  if (shown !== null) return shown + loaded;
  return loaded > 0 ? loaded : null;
}

interface Author {
  author: PlacedLink | null;
  handle: string;
  authorUrl: string;
  authorName: string;
}

/** The author: the first profile link with a name, outside the text (and not the permalink). */
function findAuthor(parts: CommentParts, pageUrl: string, permalink: PlacedLink | null): Author {
  for (const link of parts.links) {
    if (link.inText || link === permalink) continue;
    const href = linkParts(link.el.getAttribute('href'), pageUrl);
    const profile = href ? instagramProfileOf(href) : null;
    if (!profile) continue;
    const authorName = readText(link.el);
    if (!authorName) continue;
    return { author: link, handle: profile.handle, authorUrl: profile.url, authorName };
  }
  return { author: null, handle: '', authorUrl: '', authorName: '' };
}

/**
 * The comment's author handle as extractInstagramComment reads it, without the rest (used to
 * look for the brand's answers among a mention's neighbours). A permalink is never a profile
 * link, so it need not be found first.
 */
export function instagramAuthorHandle(root: Element): string | null {
  return findAuthor(collectParts(root), root.ownerDocument?.location?.href ?? '', null).handle || null;
}

/**
 * Current layout: the replies nested in a comment's root (each a root of its own, see
 * ./roots.ts), which reading the comment skips and counts.
 */
function nestedRoots(root: Element): Set<Element> {
  const nested = new Set<Element>();
  const times = root.querySelectorAll(IG_SELECTORS.permalinkTime);
  for (let i = 1; i < times.length; i++) {
    const inner = rootOfPermalink(times[i]!);
    if (inner && inner !== root && root.contains(inner)) nested.add(inner);
  }
  return nested;
}

/** The lowest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/** The like count: the first button with digits after the permalink, in the comment's own row (when given). */
function likesOf(parts: CommentParts, permalinkAt: number, row: Element | null): number | null {
  for (const button of parts.buttons) {
    if (button.at <= permalinkAt || (row && !row.contains(button.el))) continue;
    const count = countOf(button.el);
    if (count !== null) return count;
  }
  return null;
}

/**
 * Current layout: the reply count as shown, a button with digits after the comment's own row
 * ("View all 3 replies", "Ver todas as 3 respostas"), plus the replies opened below it.
 */
function divReplyCount(parts: CommentParts, row: Element, permalinkAt: number, opened: number): number | null {
  let shown: number | null = null;
  for (const button of parts.buttons) {
    if (button.at > permalinkAt && !row.contains(button.el) && (shown = countOf(button.el)) !== null) break;
  }
  if (shown !== null) return shown + opened;
  return opened > 0 ? opened : null;
}

/** Reads one comment or reply (its root as ./roots.ts finds it). Empty when it has no comment permalink. */
export function extractInstagramComment(root: Element, pageUrl: string): ExtractedPost[] {
  const listLayout = root.tagName === 'LI';
  const nested = listLayout ? undefined : nestedRoots(root);
  const parts = collectParts(root, nested);
  const permalink = findPermalink(parts, pageUrl);
  if (!permalink) return [];
  const permalinkAt = permalink.link.at;

  const { author, handle, authorUrl, authorName } = findAuthor(parts, pageUrl, permalink.link);

  const texts = parts.texts.filter((span) => !author || span.at > author.at);
  let text = '';
  let textEl: Element | null = null;
  for (const span of texts) {
    const paragraph = readText(span.el);
    if (paragraph) text = text ? `${text}\n${paragraph}` : paragraph;
    if (paragraph && !textEl) textEl = span.el;
  }

  let verified = false;
  if (author) {
    const end = texts[0]?.at ?? permalinkAt;
    verified = parts.titledSvgs.some((svg) => svg.at > author.at && svg.at < end);
  }

  // The comment's own row (current layout): what holds its permalink and its text, and so its
  // action row; the reply toggle and the replies come after it.
  const row = listLayout ? null : (commonAncestor(permalink.link.el, textEl ?? author?.el ?? permalink.link.el) ?? root);
  const likes = likesOf(parts, permalinkAt, row);

  let parentId = permalink.parentId;
  if (!parentId && listLayout) {
    const parent = structuralParent(root);
    parentId = parent ? (findPermalink(collectParts(parent), pageUrl)?.id ?? null) : null;
  }

  let replies: number | null;
  if (listLayout) replies = listReplyCount(root, parts, parentId !== null);
  else replies = parentId !== null ? null : divReplyCount(parts, row!, permalinkAt, nested!.size);
  const engagement: Engagement = { replies, reposts: null, likes, views: null };

  return [
    {
      id: permalink.id,
      platform: 'instagram',
      url: permalink.url,
      threadUrl: permalink.threadUrl,
      authorName,
      authorHandle: handle,
      authorUrl,
      reach: { verified, followers: null },
      engagement,
      text,
      language: languageOf(listLayout ? (texts[0]?.el ?? null) : textEl, root),
      postedAt: absoluteTimeOf(permalink.time),
      parentId,
      element: root,
    },
  ];
}

/** Where the in-page badge goes: next to the username. */
export function instagramBadgeAnchor(root: Element): Element | null {
  for (const link of collectParts(root).links) {
    if (link.inText) continue;
    const href = linkParts(link.el.getAttribute('href'), IG_ORIGIN);
    if (href && instagramProfileOf(href) && readText(link.el)) return link.el.parentElement ?? root;
  }
  return root;
}

/**
 * What Keel needs on a page with comments: a comment root (found by structure, so checked
 * by finding one) and the selectors reading depends on.
 */
export function checkInstagramSelectors(doc: Document): SelectorCheck[] {
  return [
    { name: 'commentRoot', matched: instagramRoots.first(doc) !== null },
    ...IG_REQUIRED.map((name) => ({ name, matched: doc.querySelector(IG_SELECTORS[name]) !== null })),
  ];
}

/**
 * Whether the page shows comments at all, by a looser test than the root finder: a
 * timestamp linking below a post (a comment permalink of any shape), or a list item with a
 * timestamp (older layout). When this holds and no comment root is found, Instagram
 * changed its markup and Keel cannot read the page.
 */
export function instagramContentPresent(doc: Document): boolean {
  const pageUrl = doc.location?.href ?? IG_ORIGIN;
  for (const time of doc.querySelectorAll(IG_SELECTORS.postLinkTime)) {
    const link = linkParts(time.parentElement?.getAttribute('href') ?? null, pageUrl);
    const post = link ? IG_POST_PATH.exec(link.path) : null;
    // Below the post: more path than /p/<code>/ (the caption's and the date's own links).
    if (post && link!.path.replace(/\/$/, '').length > post[0].replace(/\/$/, '').length) return true;
  }
  return doc.querySelector(IG_SELECTORS.timedListItem) !== null;
}
