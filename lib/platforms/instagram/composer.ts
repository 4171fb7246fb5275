/**
 * Instagram's reply box: the comment form's <textarea> (React-controlled) under
 * the post, or a contenteditable textbox where the page uses one. Replying to a
 * comment is that same box after the comment's Reply button has put the
 * "@handle " mention in it, so findOrOpen clicks Reply first, as a person would.
 * A textarea takes the text through the native value setter; a contenteditable
 * through a synthetic paste (see ../composer.ts for why).
 *
 * Found by structure, not by the words on the page: a comment's action row is the
 * part holding its time permalink (a[href*="/c/"] > time); Reply is the last
 * unlabelled button there (the likes count comes before it, the options menu
 * carries an aria-label).
 */
import type { ComposerAdapter, InsertResult } from '../types';
import { clickLikeAPerson, insertAndVerify, isTextField, readBox, waitForElement } from '../composer';

const FORM_BOX = 'form textarea, form [contenteditable="true"][role="textbox"]';
const COMMENT_PERMALINK = 'a[href*="/c/"] time';
const BUTTON = 'button, [role="button"]';
/** A post (feed item or the post dialog): the comment form of a comment's own post is inside it. */
const POST = 'article, [role="dialog"], main';

/** How long to wait for the Reply click to reach the box (mention prefix, focus). */
const OPEN_TIMEOUT_MS = 3000;

function formBoxFor(comment: Element, doc: Document): HTMLElement | null {
  for (let scope = comment.closest(POST); scope; scope = scope.parentElement?.closest(POST) ?? null) {
    const box = scope.querySelector<HTMLElement>(FORM_BOX);
    if (box) return box;
  }
  return doc.querySelector<HTMLElement>(FORM_BOX);
}

/** The comment's Reply button: the last unlabelled button in the row holding its time permalink. */
export function instagramReplyButton(comment: Element): HTMLElement | null {
  const time = comment.querySelector(COMMENT_PERMALINK);
  const link = time?.closest('a');
  if (!link) return null;
  for (let row = link.parentElement; row && row !== comment.parentElement; row = row.parentElement) {
    const buttons = Array.from(row.querySelectorAll<HTMLElement>(BUTTON)).filter(
      (button) => !button.hasAttribute('aria-label') && !button.hasAttribute('aria-haspopup') && !button.contains(link),
    );
    const last = buttons[buttons.length - 1];
    if (last) return last;
  }
  return null;
}

/** The comment author's handle, from the first profile link ("/handle/") in the comment. */
function authorHandleOf(comment: Element): string | null {
  for (const link of Array.from(comment.querySelectorAll('a[href]'))) {
    const match = /^\/([A-Za-z0-9._]+)\/?$/.exec(link.getAttribute('href') ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

export const instagramComposer: ComposerAdapter = {
  find(postRoot: Element, doc: Document): HTMLElement | null {
    return formBoxFor(postRoot, doc);
  },
  async findOrOpen(postRoot: Element, doc: Document): Promise<HTMLElement | null> {
    const box = formBoxFor(postRoot, doc);
    if (!box) return null;
    const reply = instagramReplyButton(postRoot);
    const handle = authorHandleOf(postRoot);
    // Clicking Reply again would reset a box that already answers this person.
    const alreadyMentioned = handle !== null && readBox(box).includes(`@${handle}`);
    if (reply && !alreadyMentioned) {
      const before = readBox(box);
      clickLikeAPerson(reply);
      // Instagram puts "@handle " in the box and focuses it; wait for that so the
      // reply lands after the mention, not before it.
      await waitForElement(doc, () => (readBox(box) !== before ? box : null), OPEN_TIMEOUT_MS);
    }
    if (!box.isConnected) return formBoxFor(postRoot, doc);
    if (doc.activeElement !== box) box.focus();
    return box;
  },

  insert(box: HTMLElement, text: string): Promise<InsertResult> {
    return insertAndVerify(box, text, isTextField(box) ? 'value-setter' : 'paste');
  },

  read(box: HTMLElement): string {
    return readBox(box);
  },
};
