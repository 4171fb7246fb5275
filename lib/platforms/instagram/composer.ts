/**
 * Instagram's reply box: the comment form's <textarea> (React-controlled) under
 * the post, or a contenteditable textbox where the page uses one. Replying to a
 * comment is that same box after the comment's Reply button has put the
 * "@handle " mention in it, so findOrOpen clicks Reply first, as a person would.
 * A textarea takes the text through the native value setter; a contenteditable
 * through a synthetic paste (see ../composer.ts for why).
 *
 * Found by structure, not by the words on the page: Reply is the first button after
 * the comment's time permalink (a[href*="/c/"] > time) that is neither a count (the
 * likes, "24 likes" / "24 curtidas", has digits) nor an icon (options, the heart) nor
 * labelled; "See translation" comes after it. Both layouts (./roots.ts) put the action row
 * after the permalink and the comment's replies after its own row.
 *
 * Logged out, Instagram shows no comment box but a link to log in: inserting then fails
 * with a message that says so, instead of a box that was not found.
 */
import type { ComposerAdapter, InsertResult } from '../types';
import { clickLikeAPerson, insertAndVerify, isTextField, readBox, waitForElement } from '../composer';
import { hasDigit, precedes } from '../dom';
import { IG_SELECTORS } from './selectors';

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

/** Shown when the page is logged out: Instagram offers no comment box, only a login link. */
export const LOGGED_OUT_ERROR = 'log in to Instagram to comment on this post';

/** The comment's Reply button: the first button after its permalink that is no count, no icon and unlabelled. */
export function instagramReplyButton(comment: Element): HTMLElement | null {
  const time = comment.querySelector(COMMENT_PERMALINK);
  const link = time?.closest('a');
  if (!link) return null;
  for (const button of Array.from(comment.querySelectorAll<HTMLElement>(BUTTON))) {
    if (!precedes(link, button) || button.contains(link)) continue;
    if (button.hasAttribute('aria-label') || button.hasAttribute('aria-haspopup')) continue;
    if (hasDigit(button) || button.querySelector('svg, img') !== null || !(button.textContent ?? '').trim()) continue;
    return button;
  }
  return null;
}

/** No comment box because the page is logged out: an error saying so, else null. */
function loggedOutError(doc: Document): Error | null {
  return doc.querySelector(IG_SELECTORS.commentBox) === null && doc.querySelector(IG_SELECTORS.loginLink) !== null
    ? new Error(LOGGED_OUT_ERROR)
    : null;
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
    if (!box) {
      const loggedOut = loggedOutError(doc);
      if (loggedOut) throw loggedOut;
      return null;
    }
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
