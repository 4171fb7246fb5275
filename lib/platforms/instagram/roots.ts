/**
 * Finding Instagram's comment roots by structure. Today's instagram.com renders comments
 * without list elements: the comment list is a flex column of divs and one comment a small
 * tree of divs, with generated class names and translated labels. The one stable anchor is
 * the comment's permalink, a[href="/p/<code>/c/<id>/"] > time[datetime].
 *
 * A comment's root is the highest ancestor of its permalink that holds no other comment:
 * walking up from the permalink link, the walk stops below the first element that has,
 * beside the branch walked, another comment's timestamp or anything a comment never holds
 * (the caption's timestamp, the comment form, the action bar; IG_SELECTORS.notInComment).
 * Replies (…/c/<parent>/r/<id>/ permalinks) are roots of their own nested inside the
 * comment they answer: a comment's walk passes over reply timestamps. So opening a thread
 * ("View all 3 replies") adds roots but changes no existing one, and the comment's root
 * keeps its reply toggle.
 *
 * A root must also hold a profile link (its author) besides the permalink; where it does
 * not, Instagram changed its markup and there is no root, so the page is reported as
 * unreadable instead of being read wrong.
 *
 * The older layout (each comment an li) is kept: there the permalink's own list item is the root.
 *
 * Cost: finding every root (within) takes the page's timestamps in one call, marks the
 * elements holding them (each ancestor once), then walks up from each permalink asking those
 * marks about the other children of each ancestor; at the list level the first neighbour
 * asked is another comment, so the walk stops at once. Finding one root (of, is, first)
 * looks into the neighbours of a dozen ancestors instead, all of them small.
 */
import type { PostRoots } from '../types';
import { IG_PROFILE_PATH, IG_RESERVED_PATHS, IG_SELECTORS } from './selectors';

const PERMALINK_TIME = IG_SELECTORS.permalinkTime;
const NOT_IN_COMMENT = IG_SELECTORS.notInComment;
/**
 * IG_SELECTORS.notInComment as a tag set and roles, tested per element many times per comment
 * (Element.matches with a selector list costs more; tests check both agree).
 */
const NOT_IN_COMMENT_TAGS: ReadonlySet<string> = new Set(
  NOT_IN_COMMENT.split(',')
    .map((part) => part.trim())
    .filter((part) => /^[a-z0-9]+$/.test(part))
    .map((tag) => tag.toUpperCase()),
);
const NOT_IN_COMMENT_ROLES: ReadonlySet<string> = new Set(
  [...NOT_IN_COMMENT.matchAll(/\[role="([a-z]+)"\]/g)].map((match) => match[1]!),
);

/** Whether `el` is something no comment holds (IG_SELECTORS.notInComment). */
export function isNotInComment(el: Element): boolean {
  return NOT_IN_COMMENT_TAGS.has(el.tagName) || NOT_IN_COMMENT_ROLES.has(el.getAttribute('role') ?? '');
}
/** A comment permalink path (…/c/<id>/…), and a reply's (…/c/<parent>/r/<id>/). */
const COMMENT_PATH = /\/c\/\d+\//;
const REPLY_PATH = /\/c\/\d+\/r\/\d+/;

function hrefOf(link: Element): string {
  return link.getAttribute('href') ?? '';
}

/** Whether `el` is a permalink timestamp (IG_SELECTORS.permalinkTime as DOM calls, for one element). */
export function isPermalinkTime(el: Element): boolean {
  const link = el.parentElement;
  return el.tagName === 'TIME' && el.hasAttribute('datetime') && link?.tagName === 'A' && COMMENT_PATH.test(hrefOf(link));
}

function isReplyTime(time: Element): boolean {
  return REPLY_PATH.test(hrefOf(time.parentElement!));
}

/** Older layout: the permalink's own list item, unless that item holds other comments' permalinks as its own. */
function listItemOf(time: Element): Element | null {
  const item = time.closest('li');
  if (!item) return null;
  const times = item.querySelectorAll('time');
  for (let i = 0; i < times.length; i++) {
    const other = times[i]!;
    if (other !== time && isPermalinkTime(other) && other.closest('li') === item) return null;
  }
  return item;
}

/** Whether `el` holds a timestamp that is not one of the replies a comment's root may hold. */
function holdsTime(el: Element, repliesAllowed: boolean): boolean {
  if (el.tagName === 'TIME') return !repliesAllowed || !isPermalinkTime(el) || !isReplyTime(el);
  const first = el.querySelector('time');
  if (!first) return false;
  if (!repliesAllowed || !isPermalinkTime(first) || !isReplyTime(first)) return true;
  const times = el.querySelectorAll('time');
  for (let i = 1; i < times.length; i++) {
    const time = times[i]!;
    if (!isPermalinkTime(time) || !isReplyTime(time)) return true;
  }
  return false;
}

/** What an element holds, for finding many roots at once: nothing, replies only, or something else a comment stops at. */
const HOLDS_REPLY = 1;
const HOLDS_OTHER = 2;
type Marks = Map<Element, number>;

/**
 * Marks every element that holds one of `times` (each ancestor once), so that walking up
 * from many permalinks asks a map instead of querying every neighbour.
 */
function markTimes(times: ArrayLike<Element>, scope: Element | Document): Marks {
  const marks: Marks = new Map();
  for (let i = 0; i < times.length; i++) {
    const el = times[i]!;
    const kind = isPermalinkTime(el) && isReplyTime(el) ? HOLDS_REPLY : HOLDS_OTHER;
    for (let node: Element | null = el; node && node !== scope; node = node.parentElement) {
      if ((marks.get(node) ?? 0) >= kind) break;
      marks.set(node, kind);
    }
  }
  return marks;
}

/**
 * Whether `parent` holds, beside `branch`, another comment: a timestamp (the caption's, the
 * post date's, another comment's; a reply's only where replies are not allowed), or an
 * element no comment is (the form, the action bar, the caption heading, media).
 */
function sharedBeyond(parent: Element, branch: Element, repliesAllowed: boolean, marks?: Marks): boolean {
  for (let other = parent.firstElementChild; other; other = other.nextElementSibling) {
    if (other === branch) continue;
    if (isNotInComment(other)) return true;
    if (marks) {
      const held = marks.get(other) ?? 0;
      if (held === HOLDS_OTHER || (held === HOLDS_REPLY && !repliesAllowed)) return true;
    } else if (holdsTime(other, repliesAllowed)) {
      return true;
    }
  }
  return false;
}

function isBoundary(el: Element): boolean {
  return el.tagName === 'BODY' || el.tagName === 'HTML' || isNotInComment(el);
}

/** Whether `root` holds a profile link other than `permalink`: the comment's author. */
function holdsProfileLink(root: Element, permalink: Element): boolean {
  const links = root.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link === permalink) continue;
    const handle = IG_PROFILE_PATH.exec(hrefOf(link).replace(/^https?:\/\/[^/]+/i, ''))?.[1];
    if (handle && !IG_RESERVED_PATHS.has(handle)) return true;
  }
  return false;
}

/**
 * The root of the comment whose permalink timestamp is `time`; null when it has none Keel can
 * read. With `marks` (of `scope`), the walk asks them and stops at `scope`, whose own
 * neighbours were not marked: a root reaching `scope` is not inside it anyway.
 */
export function rootOfPermalink(time: Element, marks?: Marks, scope?: Element | Document): Element | null {
  if (!isPermalinkTime(time)) return null;
  const item = listItemOf(time);
  if (item) return item;
  const link = time.parentElement!;
  const repliesAllowed = !isReplyTime(time);
  let node: Element = link;
  for (let parent = node.parentElement; parent && !isBoundary(parent); parent = node.parentElement) {
    if (parent === scope) return null;
    if (sharedBeyond(parent, node, repliesAllowed, marks)) break;
    node = parent;
  }
  return node !== link && holdsProfileLink(node, link) ? node : null;
}

function firstPermalinkTime(scope: Element | Document): Element | null {
  return 'tagName' in scope && isPermalinkTime(scope) ? scope : scope.querySelector(PERMALINK_TIME);
}

/** The comment root `el` sits in (the innermost: a reply's, not the comment it answers). */
function rootOf(el: Element): Element | null {
  let tried: Element | null = null;
  for (let node: Element | null = el; node && !isBoundary(node); node = node.parentElement) {
    const time = firstPermalinkTime(node);
    if (!time || time === tried) continue;
    tried = time;
    const root = rootOfPermalink(time);
    if (root && root.contains(el)) return root;
  }
  return null;
}

function within(scope: Element | Document): Element[] {
  // Every timestamp at once (the caption's and the post date's too: comments stop at them).
  const times = scope.getElementsByTagName('time');
  const roots: Element[] = [];
  if (times.length === 0) return roots;
  const marks = markTimes(times, scope);
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    if (!isPermalinkTime(time)) continue;
    const root = rootOfPermalink(time, marks, scope);
    if (root && root !== scope && scope.contains(root) && roots[roots.length - 1] !== root) roots.push(root);
  }
  return roots;
}

function first(scope: Element | Document): Element | null {
  const times = scope.querySelectorAll(PERMALINK_TIME);
  for (let i = 0; i < times.length; i++) {
    const root = rootOfPermalink(times[i]!);
    if (root && root !== scope && scope.contains(root)) return root;
  }
  return null;
}

export const instagramRoots: PostRoots = {
  of: rootOf,
  within,
  first,
  is: (el) => {
    const time = firstPermalinkTime(el);
    return time !== null && rootOfPermalink(time) === el;
  },
};
