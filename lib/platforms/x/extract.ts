/**
 * Reads X posts (article[data-testid="tweet"]) into ExtractedPost records.
 *
 * Speed matters: the content script reads thousands of rows on a long thread, so
 * each post costs one querySelectorAll('[data-testid]') plus short walks, and text
 * is read by walking text nodes (innerText would force a layout per post).
 */
import { LANGUAGES } from '../../schema';
import { plainText } from '../dom';
import type { DetectedLanguage, Engagement } from '../../schema';
import type { ExtractedPost, SelectorCheck } from '../types';
import {
  PROFILE_PATH,
  STATUS_PATH,
  X_HOSTS,
  X_ORIGIN,
  X_SELECTORS,
  X_TESTIDS,
} from './selectors';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Tags whose content is never text the person wrote. */
const SKIPPED_TAGS = new Set(['svg', 'SVG', 'STYLE', 'SCRIPT', 'TEMPLATE', 'VIDEO']);

/**
 * Appends the text a node shows: text nodes as they are (X keeps line breaks as
 * "\n" under white-space: pre-wrap), emoji images as their alt character, <br> as
 * "\n", links as their text.
 */
function appendText(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push((child as Text).data);
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'IMG') {
        const alt = el.getAttribute('alt');
        if (alt) out.push(alt);
      } else if (tag === 'BR') {
        out.push('\n');
      } else if (tag === 'A' && isExternalLink(el)) {
        out.push(linkText(el));
      } else if (!SKIPPED_TAGS.has(tag)) {
        appendText(el, out);
      }
    }
  }
}

function isExternalLink(el: Element): boolean {
  const href = el.getAttribute('href');
  return !!href && (href.startsWith('https://') || href.startsWith('http://'));
}

/**
 * An external link as its full address: X shortens long links for display by hiding
 * the scheme and the tail in tiny spans and adding a "…"; the hidden parts stay in
 * the text (so a brand matcher can tell a URL from a mention), the "…" does not.
 */
function linkText(el: Element): string {
  const out: string[] = [];
  appendText(el, out);
  const text = out.join('');
  return text.endsWith('\u2026') ? text.slice(0, -1) : text;
}

/**
 * What makes an element's text differ from its textContent (see appendText): emoji images, line
 * breaks, external links (shortened for display) and the skipped tags.
 */
const NOT_PLAIN = 'img, br, a[href^="http"], svg, style, script, template, video';

/** The text an element shows, read from its text nodes and emoji alt texts. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const plain = plainText(node, NOT_PLAIN);
  if (plain !== null) return plain;
  const out: string[] = [];
  appendText(node, out);
  return out.join('');
}

const THOUSAND = new Set(['k', 'tsd', 't', 'tus', 'tys', 'tis']);
const MILLION = new Set(['m', 'mio', 'mln', 'mn']);
const BILLION = new Set(['b', 'bn', 'mrd', 'mia', 'md', 'mld']);

/**
 * Parses a count as X shows it in any interface language: "48", "1,234", "1.234",
 * "1 234", "29.9K", "1,2 Tsd.", "12,3 tys.", "3 Mio.", "2.5M". Null when the text
 * is not a count.
 */
export function parseCount(raw: string): number | null {
  // Most counts under replies are plain digits ("48"): read them without the general parser.
  if (raw.length > 0 && raw.length <= 9) {
    let digits = true;
    for (let i = 0; i < raw.length && digits; i++) {
      const c = raw.charCodeAt(i);
      digits = c >= 0x30 && c <= 0x39;
    }
    if (digits) return Number(raw);
  }
  const text = raw.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim().toLowerCase();
  if (!text) return null;
  const match = /^(\d[\d.,' ]*?)\s*([a-z\u00c0-\u024f]*)\.?$/.exec(text);
  if (!match) return null;
  const numberPart = (match[1] ?? '').replace(/[ ']/g, '');
  const suffix = match[2] ?? '';
  let multiplier = 1;
  if (suffix) {
    if (THOUSAND.has(suffix)) multiplier = 1_000;
    else if (MILLION.has(suffix)) multiplier = 1_000_000;
    else if (BILLION.has(suffix)) multiplier = 1_000_000_000;
    else return null;
  }
  const lastDot = numberPart.lastIndexOf('.');
  const lastComma = numberPart.lastIndexOf(',');
  const lastSep = Math.max(lastDot, lastComma);
  let normalised: string;
  if (lastSep < 0) {
    normalised = numberPart;
  } else {
    const sepChar = numberPart[lastSep] ?? '.';
    const separatorCount = numberPart.split(sepChar).length - 1;
    const digitsAfter = numberPart.length - lastSep - 1;
    const bothKinds = lastDot >= 0 && lastComma >= 0;
    // The last separator is a decimal mark when both kinds occur ("1.234,5"), or when
    // it occurs once and cannot be a thousands group ("29.9K", "1,2 Tsd.").
    const isDecimal = bothKinds || (separatorCount === 1 && (multiplier > 1 || digitsAfter !== 3));
    if (isDecimal) {
      normalised = numberPart.slice(0, lastSep).replace(/[.,]/g, '') + '.' + numberPart.slice(lastSep + 1);
    } else {
      normalised = numberPart.replace(/[.,]/g, '');
    }
  }
  const value = Number(normalised);
  if (!Number.isFinite(value)) return null;
  return Math.round(value * multiplier);
}

/** Maps a lang attribute ("de", "en-GB", X's "qme"/"zxx"/"und") to a Keel language. */
export function languageOf(lang: string | null): DetectedLanguage {
  if (!lang) return 'und';
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as DetectedLanguage) : 'und';
}

const ORIGIN_PREFIX = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?=\/)/i;

/** "/<handle>/status/<id>" for a status href (relative or absolute), else null. */
export function statusPath(href: string | null): { handle: string; statusId: string; path: string } | null {
  if (!href) return null;
  const match = STATUS_PATH.exec(href.replace(ORIGIN_PREFIX, ''));
  if (!match) return null;
  const handle = match[1] ?? '';
  const statusId = match[2] ?? '';
  return { handle, statusId, path: `/${handle}/status/${statusId}` };
}

let lastPageUrl = '';
let lastThreadPath: string | null = null;

/** The status path the page is showing (the focused post), or null off status pages. */
export function focusedStatusPath(pageUrl: string): string | null {
  if (pageUrl === lastPageUrl) return lastThreadPath;
  let path: string | null = null;
  try {
    const url = new URL(pageUrl);
    if (X_HOSTS.has(url.hostname)) path = statusPath(url.pathname)?.path ?? null;
  } catch {
    path = null;
  }
  lastPageUrl = pageUrl;
  lastThreadPath = path;
  return path;
}

/** The action bar's buttons, found among the post's few <button> elements. */
interface ActionButtons {
  reply: Element | null;
  repost: Element | null;
  like: Element | null;
}

function actionButtons(root: Element): ActionButtons {
  const found: ActionButtons = { reply: null, repost: null, like: null };
  const buttons = root.getElementsByTagName('button');
  for (let i = 0; i < buttons.length; i++) {
    const button = buttons[i] as Element;
    switch (button.getAttribute('data-testid')) {
      case X_TESTIDS.reply:
        found.reply ??= button;
        break;
      case X_TESTIDS.retweet:
      case X_TESTIDS.unretweet:
        found.repost ??= button;
        break;
      case X_TESTIDS.like:
      case X_TESTIDS.unlike:
        found.like ??= button;
        break;
    }
  }
  return found;
}

/**
 * The quoted post's box: the role=link div around a timestamp other than the post's
 * own. Times are few per post, so this costs far less than searching for a second
 * User-Name through the whole post.
 */
function findQuoteBox(root: Element, times: HTMLCollectionOf<Element>): Element | null {
  for (let i = 1; i < times.length; i++) {
    const box = times[i]?.closest(X_SELECTORS.quoteBox);
    if (box && box !== root && root.contains(box) && box.querySelector(X_SELECTORS.userName)) return box;
  }
  return null;
}

/** Display name: the first row of the User-Name block, emoji included. */
function nameOf(userName: Element | null): string {
  const row = userName?.firstElementChild ?? userName;
  return textOf(row).replace(/\s+/g, ' ').trim();
}

/** Handle from the profile link in User-Name, else the "@handle" text of its second row. */
function handleOf(userName: Element | null): string {
  if (!userName) return '';
  const links = userName.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const match = PROFILE_PATH.exec(links[i]?.getAttribute('href') ?? '');
    if (match?.[1]) return match[1];
  }
  const row = userName.children[1] ?? userName;
  const at = /@([A-Za-z0-9_]{1,15})/.exec(textOf(row));
  return at?.[1] ?? '';
}

/** Whether the verified badge sits in this User-Name block. */
function isVerified(userName: Element | null): boolean {
  return userName !== null && userName.querySelector(X_SELECTORS.verifiedBadge) !== null;
}

/** A count inside an action button or link: its animated number, else its text; 0 when it shows none. */
function countIn(el: Element | null): number | null {
  if (!el) return null;
  const inner = el.querySelector(X_SELECTORS.countText);
  const text = textOf(inner ?? el).trim();
  if (!text) return 0;
  return parseCount(text);
}

/**
 * Views: the number on the post's own analytics link ("/<handle>/status/<id>/analytics"),
 * matched by path rather than position so a quoted post's box cannot claim it. The post a
 * status page is about (`focused`) shows them beside its time instead.
 */
function viewsOf(root: Element, quoteBox: Element | null, ownPath: string, focused: boolean): number | null {
  const links = root.querySelectorAll(X_SELECTORS.analyticsLink);
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    if (statusPath(link.getAttribute('href'))?.path === ownPath) return countIn(link);
  }
  // The focused post on a status page shows "29.9K Views" beside its time instead. Only it:
  // looking through every reply's counts for one outside a button cost each mention a query.
  if (!focused) return null;
  const counts = root.querySelectorAll(X_SELECTORS.countText);
  for (let i = 0; i < counts.length; i++) {
    const el = counts[i] as Element;
    if (quoteBox && quoteBox.contains(el)) continue;
    if (!el.closest('button, a, [role="button"]')) return parseCount(textOf(el));
  }
  return null;
}

function postedAtOf(time: Element | null): number | null {
  const value = time?.getAttribute('datetime');
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function firstTimeOutside(times: HTMLCollectionOf<Element>, box: Element | null): Element | null {
  for (let i = 0; i < times.length; i++) {
    const time = times[i] as Element;
    if (time.hasAttribute('datetime') && !(box && box.contains(time))) return time;
  }
  return null;
}

/** The first match of `selector` in root that is not inside `box`. */
function firstOutside(root: Element, selector: string, box: Element | null): Element | null {
  const first = root.querySelector(selector);
  if (!first || !box || !box.contains(first)) return first;
  // Rare: the post has no own match before the quote (e.g. a quote without comment).
  const all = root.querySelectorAll(selector);
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    if (!box.contains(el)) return el;
  }
  return null;
}

/**
 * Longest Article text kept: ObservedPost.text's limit, so the record stays valid. The risk
 * engine reads only the first 20,000 characters of it (RULES_MAX_CHARS, CLASSIFIER_MAX_CHARS);
 * the brand matcher reads all of it, so a brand named late in a long Article is still found.
 */
export const ARTICLE_MAX_CHARS = 100_000;

/** The text of one Article body block: its text runs, or nothing for a media block. */
function blockText(block: Element): string {
  const runs = block.querySelectorAll(X_SELECTORS.articleBlockText);
  let out = '';
  for (let i = 0; i < runs.length; i++) out += textOf(runs[i]);
  return out;
}

/**
 * An Article's text as one post text: the title, a blank line, then one line per body block
 * (the full read view), or per line of the card a quote shows (title and preview). Empty
 * when `container` holds no Article.
 */
function articleText(container: Element): string {
  const view = container.querySelector(X_SELECTORS.articleReadView);
  const lines: string[] = [];
  if (view) {
    const blocks = view.querySelectorAll(X_SELECTORS.articleBlock);
    let length = 0;
    for (let i = 0; i < blocks.length && length < ARTICLE_MAX_CHARS; i++) {
      const line = blockText(blocks[i] as Element);
      if (line.trim() === '') continue;
      lines.push(line);
      length += line.length + 1;
    }
    const title = textOf(view.querySelector(X_SELECTORS.articleTitle)).trim();
    return joinArticle(title, lines);
  }
  const card = container.querySelectorAll(X_SELECTORS.articleCardText);
  for (let i = 0; i < card.length; i++) lines.push(textOf(card[i]).trim());
  return joinArticle(lines[0] ?? '', lines.slice(1));
}

function joinArticle(title: string, body: readonly string[]): string {
  const text = body.length === 0 ? title : title ? `${title}\n\n${body.join('\n')}` : body.join('\n');
  return text.length > ARTICLE_MAX_CHARS ? text.slice(0, ARTICLE_MAX_CHARS) : text;
}

/** A post's own text, outside `box`: its tweetText, else the Article it is. */
function ownText(root: Element, tweetText: Element | null, box: Element | null): string {
  if (tweetText) return textOf(tweetText);
  if (box === null) return articleText(root);
  // The Article is the post's own only when it sits outside the quoted post's box.
  const view = firstOutside(root, `${X_SELECTORS.articleReadView}, ${X_SELECTORS.articleCardText}`, box);
  return view ? articleText(root) : '';
}

const AVATAR_PREFIX = 'UserAvatar-Container-';

const NO_ENGAGEMENT: Engagement = { replies: null, reposts: null, likes: null, views: null };

/**
 * Reads one post root. Returns [] when it has no permalink (ads, tombstones,
 * half-rendered rows); for a quote, also the quoted post (parentId = quoting id).
 */
export function extractXPost(root: Element, pageUrl: string): ExtractedPost[] {
  const times = root.getElementsByTagName('time');
  const quoteBox = times.length > 1 ? findQuoteBox(root, times) : null;

  const time = firstTimeOutside(times, quoteBox);
  const permalink = time?.closest(X_SELECTORS.permalink) ?? null;
  const status = statusPath(permalink?.getAttribute('href') ?? null);
  if (!status) return [];

  const url = X_ORIGIN + status.path;
  const threadPath = focusedStatusPath(pageUrl);
  const threadUrl = threadPath ? X_ORIGIN + threadPath : url;
  const id = `x:${status.path}`;

  const userName = firstOutside(root, X_SELECTORS.userName, quoteBox);
  const handle = handleOf(userName) || status.handle;
  const tweetText = firstOutside(root, X_SELECTORS.tweetText, quoteBox);
  const buttons = actionButtons(root);

  const post: ExtractedPost = {
    id,
    platform: 'x',
    url,
    threadUrl,
    authorName: nameOf(userName),
    authorHandle: handle,
    authorUrl: `${X_ORIGIN}/${handle}`,
    reach: {
      verified: isVerified(userName),
      // X rows never show follower counts.
      followers: null,
    },
    engagement: {
      replies: countIn(buttons.reply),
      reposts: countIn(buttons.repost),
      likes: countIn(buttons.like),
      // Handles are case-insensitive: a typed URL may spell the handle otherwise than the permalink.
      views: viewsOf(root, quoteBox, status.path, threadPath !== null && threadPath.toLowerCase() === status.path.toLowerCase()),
    },
    text: ownText(root, tweetText, quoteBox),
    language: languageOf(tweetText?.getAttribute('lang') ?? null),
    postedAt: postedAtOf(time),
    parentId: null,
    element: root,
  };
  if (!quoteBox) return [post];
  return [post, extractQuoted(quoteBox, post)];
}

/**
 * The quoted post inside a quote. X renders it as a clickable div without a status
 * link, so its id comes from a status link inside it (a photo link) when there is
 * one, else it is named after the quoting post: `x:/<quoter>/status/<id>#quoted`.
 */
function extractQuoted(box: Element, quoting: ExtractedPost): ExtractedPost {
  const userName = box.querySelector(X_SELECTORS.userName);
  const tweetText = box.querySelector(X_SELECTORS.tweetText);
  const time = box.querySelector(X_SELECTORS.time);

  const quotingPath = quoting.id.slice(2);
  let status: ReturnType<typeof statusPath> = null;
  const links = box.getElementsByTagName('a');
  for (let i = 0; i < links.length && !status; i++) {
    const found = statusPath(links[i]?.getAttribute('href') ?? null);
    // Links back to the quoting post (its analytics link) are not the quoted post's.
    if (found && found.path !== quotingPath) status = found;
  }

  let handle = handleOf(userName);
  if (!handle) {
    const avatar = box.querySelector(X_SELECTORS.avatarContainer)?.getAttribute('data-testid') ?? '';
    handle = avatar.startsWith(AVATAR_PREFIX) ? avatar.slice(AVATAR_PREFIX.length) : (status?.handle ?? '');
  }

  const url = status ? X_ORIGIN + status.path : quoting.url;
  return {
    id: status ? `x:${status.path}` : `x:${quotingPath}#quoted`,
    platform: 'x',
    url,
    threadUrl: quoting.threadUrl,
    authorName: nameOf(userName),
    authorHandle: handle,
    authorUrl: handle ? `${X_ORIGIN}/${handle}` : '',
    reach: { verified: isVerified(userName), followers: null },
    // The quote card shows no counts.
    engagement: { ...NO_ENGAGEMENT },
    // A quoted Article shows its card (title and preview) instead of a tweetText.
    text: tweetText ? textOf(tweetText) : articleText(box),
    language: languageOf(tweetText?.getAttribute('lang') ?? null),
    postedAt: postedAtOf(time),
    parentId: quoting.id,
    element: box,
  };
}

/** Where the badge goes: the post's own User-Name block (append as its last child). */
export function xBadgeAnchor(root: Element): Element | null {
  const own = root.querySelector(X_SELECTORS.userName);
  if (own) return own;
  const time = root.querySelector(X_SELECTORS.permalinkTime);
  return time?.closest(X_SELECTORS.permalink)?.parentElement ?? null;
}

/**
 * The selectors extraction depends on, and whether each matched: the per-post ones count as
 * matched when any post contains them. Each is one query that stops at its first match near
 * the top of the page (listing every post first walked a 2,000-post page's 285,000 elements
 * for 7 ms in the page-health check).
 */
export function checkXSelectors(doc: Document): SelectorCheck[] {
  const anyPost = doc.querySelector(X_SELECTORS.postRoot) !== null;
  const inPosts = (selector: string): boolean => anyPost && doc.querySelector(`${X_SELECTORS.postRoot} ${selector}`) !== null;
  return [
    { name: 'postRoot', matched: anyPost },
    { name: 'permalinkTime', matched: inPosts(X_SELECTORS.permalinkTime) },
    { name: 'userName', matched: inPosts(X_SELECTORS.userName) },
    // An Article's status page may show no tweetText at all until replies load.
    { name: 'tweetText', matched: inPosts(X_SELECTORS.tweetText) || inPosts(X_SELECTORS.articleTitle) },
  ];
}
