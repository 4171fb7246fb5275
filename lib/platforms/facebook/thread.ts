/**
 * Which reply box belongs to which comment thread, by structure only.
 *
 * Facebook puts a comment's reply box in different places: right below the comment, below
 * the thread's replies (after the last reply), inside the comment's article when replies
 * nest there, or in the same spots inside a post opened in a dialog. Its label is written in
 * the interface language ("Reply to …", "Antworten an …"), so it is never read. What stays
 * the same is that the box comes after the comment in document order and sits in the
 * comment's thread: the part of the page that holds the comment and its replies and no
 * other top-level comment. Replies name their comment in their permalinks
 * (comment_id=<comment>&reply_comment_id=<reply>), so "another thread" is a permalink with
 * another comment id.
 *
 * The post's own comment box ("Write a comment…") also comes after the last comment. It is
 * told apart by the same rule: the smallest element holding both the comment and that box
 * holds the other comments too. Only on a post with a single comment thread can structure
 * not tell the two apart; there a box counts only when Keel saw it open after clicking the
 * comment's Reply (composer.ts).
 */
import { facebookThreadId, permalinkThreadId } from './extract';
import { FB_ORIGIN, FB_SELECTORS } from './selectors';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so lib/ needs no DOM globals. */
const FOLLOWING = 4;

/** A comment on the page, with the thread it belongs to. */
export interface ThreadOf {
  comment: Element;
  /** Id of the thread's top-level comment (the comment's own id when it is one). */
  threadId: string;
  pageUrl: string;
}

export function threadOf(comment: Element): ThreadOf | null {
  // Links are read against the page's address; a page without a web address (a test page, a
  // saved copy) reads them as facebook.com's.
  const href = comment.ownerDocument?.location?.href ?? '';
  const pageUrl = /^https?:/.test(href) ? href : FB_ORIGIN;
  const threadId = facebookThreadId(comment, pageUrl);
  return threadId ? { comment, threadId, pageUrl } : null;
}

/** Whether `scope` holds a comment or reply of another thread (mentions in text do not count). */
function holdsOtherThread(scope: Element, thread: ThreadOf): boolean {
  for (const link of scope.querySelectorAll(FB_SELECTORS.commentIdLink)) {
    if (link.closest(FB_SELECTORS.textBlock)) continue;
    const id = permalinkThreadId(link, thread.pageUrl);
    if (id !== null && id !== thread.threadId) return true;
  }
  return false;
}

/** Whether `el` is where a post ends: its header or text, a feed unit, the dialog, the page. */
function isPostBoundary(el: Element): boolean {
  return el.matches(FB_SELECTORS.postBoundary) || el.querySelector(FB_SELECTORS.postBoundary) !== null || el.tagName === 'BODY';
}

/** The smallest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  let el: Element | null = b;
  while (el && !el.contains(a)) el = el.parentElement;
  return el;
}

/** Whether `box` sits inside a comment or reply article of another thread. */
function insideOtherThread(box: Element, thread: ThreadOf): boolean {
  for (let article = box.closest(FB_SELECTORS.article); article; article = article.parentElement?.closest(FB_SELECTORS.article) ?? null) {
    const id = facebookThreadId(article, thread.pageUrl);
    if (id !== null && id !== thread.threadId) return true;
  }
  return false;
}

/**
 * The first permalink of another thread after the comment (the next top-level comment), looked
 * for in what follows the comment at each level up to where the post ends.
 */
function nextOtherThread(thread: ThreadOf): Element | null {
  for (let el: Element | null = thread.comment; el && !isPostBoundary(el); el = el.parentElement) {
    for (let sibling = el.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      for (const link of sibling.querySelectorAll(FB_SELECTORS.commentIdLink)) {
        if (link.closest(FB_SELECTORS.textBlock)) continue;
        const id = permalinkThreadId(link, thread.pageUrl);
        if (id !== null && id !== thread.threadId) return link;
      }
    }
  }
  return null;
}

/** Whether `scope` holds a reply of the thread (an article whose permalink names the thread). */
function holdsReply(scope: Element, thread: ThreadOf): boolean {
  for (const article of scope.querySelectorAll(FB_SELECTORS.article)) {
    if (facebookThreadId(article, thread.pageUrl) === thread.threadId) return true;
  }
  return false;
}

/** Whether the thread's edge is known: further out, before the post ends, another thread shows. */
function bounded(shared: Element, thread: ThreadOf): boolean {
  for (let el = shared.parentElement; el; el = el.parentElement) {
    if (holdsOtherThread(el, thread)) return true;
    if (isPostBoundary(el)) return false;
  }
  return false;
}

/**
 * Whether `box` is in the comment's thread. Always: it comes after the comment (or sits
 * inside its article), in no other thread's article, before the next top-level comment,
 * and within the post. Then, unless Keel saw the box open for this comment (`seenOpen`),
 * one of the two ways Facebook lays a thread out must hold:
 * - the thread has an element of its own: the smallest element holding the comment and
 *   the box holds no other thread, and another thread shows further out (else a post with
 *   one thread could hand over its comment box);
 * - the replies sit in a block of their own beside the comment, among the other threads:
 *   the box is in that block, which holds replies of this thread and nothing of another.
 */
export function inThread(box: Element, thread: ThreadOf, seenOpen: boolean): boolean {
  const { comment } = thread;
  if (!box.isConnected || !comment.isConnected) return false;
  if (!(comment.compareDocumentPosition(box) & FOLLOWING)) return false;
  if (insideOtherThread(box, thread)) return false;
  const next = nextOtherThread(thread);
  if (next && !(box.compareDocumentPosition(next) & FOLLOWING)) return false;
  const shared = commonAncestor(comment, box);
  if (!shared || isPostBoundary(shared)) return false;
  if (seenOpen) return true;
  if (!holdsOtherThread(shared, thread)) return bounded(shared, thread);
  let block: Element | null = box;
  while (block && block.parentElement !== shared) block = block.parentElement;
  return block !== null && !holdsOtherThread(block, thread) && holdsReply(block, thread);
}

/** The editable boxes on the page after the comment, in document order. */
export function editorsAfter(thread: ThreadOf): HTMLElement[] {
  const doc = thread.comment.ownerDocument;
  return Array.from(doc.querySelectorAll<HTMLElement>(FB_SELECTORS.editor)).filter(
    (box) => (thread.comment.compareDocumentPosition(box) & FOLLOWING) !== 0,
  );
}
