/**
 * Facebook's reply box for a comment: a Lexical editor (contenteditable,
 * role="textbox", data-lexical-editor="true") that Facebook mounts once the
 * comment's Reply button is clicked, below the comment, below the thread's
 * replies or inside a post dialog, often prefilled with the commenter's name as a
 * mention. Text goes in as a synthetic paste (see ../composer.ts for why), after
 * that name.
 *
 * Found by structure, not by the words on the page (Facebook is translated into
 * every language): a comment is a [role="article"]; its action row is the part
 * holding the comment's time permalink (a[href*="comment_id="]) and its buttons,
 * Like first and Reply second. Which box belongs to the comment: ./thread.ts.
 */
import type { ComposerAdapter, InsertResult } from '../types';
import { caretToEnd, clickLikeAPerson, insertAndVerify, isTextField, readBox, waitForElement } from '../composer';
import { editorsAfter, inThread, threadOf, type ThreadOf } from './thread';
import { FB_SELECTORS } from './selectors';

const COMMENT = FB_SELECTORS.article;
const COMMENT_PERMALINK = FB_SELECTORS.commentIdLink;
const BUTTON = '[role="button"], button';

/**
 * How long to wait for Facebook to mount the reply box after Reply is clicked. On a thread
 * with replies folded away Facebook loads them first and mounts the box below them.
 */
const OPEN_TIMEOUT_MS = 5000;

/**
 * Boxes Keel saw open after clicking a comment's Reply, with the thread they answer. On a
 * post with one comment thread, structure cannot tell a reply box from the post's comment
 * box (./thread.ts); this is how Keel knows it later, when reading the draft.
 */
const openedFor = new WeakMap<Element, string>();

/** The comment's own buttons (not those of replies nested in it), menus left out. */
function ownButtons(scope: Element, comment: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(BUTTON)).filter(
    (button) => button.closest(COMMENT) === comment && !button.hasAttribute('aria-haspopup'),
  );
}

/** The comment's Reply button: the second button of the row holding its time permalink. */
export function facebookReplyButton(comment: Element): HTMLElement | null {
  const permalinks = Array.from(comment.querySelectorAll(COMMENT_PERMALINK)).filter(
    (link) => link.closest(COMMENT) === comment,
  );
  // The author's name can link with comment_id too; the time link comes after it.
  const timeLink = permalinks[permalinks.length - 1];
  if (!timeLink) return null;
  for (let row = timeLink.parentElement; row && row !== comment.parentElement; row = row.parentElement) {
    const buttons = ownButtons(row, comment);
    if (buttons.length >= 2) return buttons[1] ?? null;
  }
  return null;
}

/**
 * The reply box already open in the comment's thread, without clicking anything: the first
 * box after the comment that is in its thread, where the thread's edge is known, or that
 * Keel itself opened for this thread.
 */
function openBox(thread: ThreadOf): HTMLElement | null {
  for (const box of editorsAfter(thread)) {
    const known = openedFor.get(box) === thread.threadId;
    if (inThread(box, thread, known)) return box;
  }
  return null;
}

/** Whether an element takes up space on the page (a box Facebook keeps hidden does not). */
function shown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** What the page's boxes looked like before Reply was clicked. */
interface Before {
  boxes: Set<Element>;
  hidden: Set<Element>;
}

function snapshot(doc: Document): Before {
  const boxes = new Set<Element>(doc.querySelectorAll(FB_SELECTORS.editor));
  return { boxes, hidden: new Set([...boxes].filter((box) => !shown(box))) };
}

/**
 * The box that Reply opened: one that was not on the page before the click, or that got
 * the focus (Facebook focuses the box it opens, also one that was open already), or that
 * was hidden and now shows; and that is in the comment's thread. The post's own comment
 * box was there before, is not focused by Reply, and holds other threads or the post with
 * the comment, so it never qualifies.
 */
function openedBox(thread: ThreadOf, before: Before): HTMLElement | null {
  const focused = thread.comment.ownerDocument.activeElement?.closest(FB_SELECTORS.editor) ?? null;
  for (const box of editorsAfter(thread)) {
    const appeared = !before.boxes.has(box) || box === focused || (before.hidden.has(box) && shown(box));
    if (appeared && inThread(box, thread, true)) return box;
  }
  return null;
}

/** Clicks the comment's Reply and waits for the box that opens; null when none does. */
async function openWithReply(thread: ThreadOf, doc: Document): Promise<HTMLElement | null> {
  const reply = facebookReplyButton(thread.comment);
  if (!reply) return null;
  // Focus in a box (the post's own, say) would otherwise look like the box Reply opened.
  const active = doc.activeElement as HTMLElement | null;
  if (active?.closest(FB_SELECTORS.editor)) active.blur();
  const before = snapshot(doc);
  clickLikeAPerson(reply);
  const box = await waitForElement(doc, () => openedBox(thread, before), OPEN_TIMEOUT_MS);
  if (!box) return null;
  openedFor.set(box, thread.threadId);
  // A box Keel opened is empty or holds Facebook's mention of the commenter: the reply goes after it.
  box.focus();
  caretToEnd(box);
  return box;
}

export const facebookComposer: ComposerAdapter = {
  find(postRoot: Element): HTMLElement | null {
    const thread = threadOf(postRoot);
    return thread ? openBox(thread) : null;
  },

  async findOrOpen(postRoot: Element, doc: Document): Promise<HTMLElement | null> {
    const thread = threadOf(postRoot);
    if (!thread) return null;
    const open = openBox(thread);
    if (open) {
      // Where the person is typing, their caret stays; else the reply goes at the end, after
      // the commenter's name Facebook put in (focus alone leaves Lexical's caret at the start).
      const active = doc.activeElement;
      if (!active || !open.contains(active)) {
        open.focus();
        caretToEnd(open);
      }
      return open;
    }
    return openWithReply(thread, doc);
  },

  insert(box: HTMLElement, text: string): Promise<InsertResult> {
    return insertAndVerify(box, text, isTextField(box) ? 'value-setter' : 'paste');
  },

  read(box: HTMLElement): string {
    return readBox(box);
  },
};
