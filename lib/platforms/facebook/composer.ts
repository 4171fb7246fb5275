/**
 * Facebook's reply box for a comment: a Lexical editor (contenteditable,
 * role="textbox", data-lexical-editor="true") that Facebook mounts in the replies
 * section under the comment once its Reply button is clicked. Text goes in as a
 * synthetic paste (see ../composer.ts for why).
 *
 * Found by structure, not by the words on the page (Facebook is translated into
 * every language): a comment is a [role="article"]; its action row is the part
 * holding the comment's time permalink (a[href*="comment_id="]) and its buttons,
 * Like first and Reply second.
 */
import type { ComposerAdapter, InsertResult } from '../types';
import { clickLikeAPerson, insertAndVerify, isTextField, readBox, waitForElement } from '../composer';

const REPLY_BOX = 'div[contenteditable="true"][role="textbox"]';
const COMMENT = '[role="article"]';
const COMMENT_PERMALINK = 'a[href*="comment_id="]';
const BUTTON = '[role="button"], button';

/** How long to wait for Facebook to mount the reply box after Reply is clicked. */
const OPEN_TIMEOUT_MS = 3000;

/**
 * The element holding the comment and its replies section: the comment's
 * parent, or the grandparent when the parent wraps the comment alone.
 */
function threadOf(comment: Element): Element | null {
  const parent = comment.parentElement;
  if (!parent) return null;
  if (parent.children.length === 1 && parent.parentElement) return parent.parentElement;
  return parent;
}

/** The reply box in the comment's own replies section, if one is open. */
function replyBoxFor(comment: Element): HTMLElement | null {
  const thread = threadOf(comment);
  if (!thread) return null;
  for (const box of Array.from(thread.querySelectorAll<HTMLElement>(REPLY_BOX))) {
    // A box inside another comment (a reply's own reply box) is not ours.
    const owner = box.closest(COMMENT);
    if (owner && owner !== comment) continue;
    if (comment.contains(box) || comment.compareDocumentPosition(box) & 4 /* FOLLOWING */) return box;
  }
  return null;
}

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

export const facebookComposer: ComposerAdapter = {
  find(postRoot: Element): HTMLElement | null {
    return replyBoxFor(postRoot);
  },
  async findOrOpen(postRoot: Element, doc: Document): Promise<HTMLElement | null> {
    const open = replyBoxFor(postRoot);
    if (open) {
      open.focus();
      return open;
    }
    const reply = facebookReplyButton(postRoot);
    if (!reply) return null;
    clickLikeAPerson(reply);
    const box = await waitForElement(doc, () => replyBoxFor(postRoot), OPEN_TIMEOUT_MS);
    if (!box) return null;
    box.focus();
    return box;
  },

  insert(box: HTMLElement, text: string): Promise<InsertResult> {
    return insertAndVerify(box, text, isTextField(box) ? 'value-setter' : 'paste');
  },

  read(box: HTMLElement): string {
    return readBox(box);
  },
};
