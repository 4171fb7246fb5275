/**
 * X's reply box: a Draft.js editor whose contenteditable carries
 * data-testid="tweetTextarea_0". On a status page the focal post has an inline
 * composer right after it; any other post opens a reply dialog from its Reply
 * button. Text goes in as a synthetic paste (see ../composer.ts for why).
 */
import type { ComposerAdapter, InsertResult } from '../types';
import { clickLikeAPerson, insertAndVerify, readBox, waitForElement } from '../composer';
import { X_COMPOSER_SELECTORS, X_SELECTORS, X_TESTIDS } from './selectors';

/** The editable reply box itself (X also puts tweetTextarea_0_label / …RichTextInputContainer on wrappers). */
const REPLY_BOX = `div${X_COMPOSER_SELECTORS.textbox}[contenteditable="true"]`;
const POST = X_SELECTORS.postRoot;
const REPLY_BUTTON = `[data-testid="${X_TESTIDS.reply}"]`;
const DIALOG = '[role="dialog"]';
/** The post's permalink: its time element sits inside the status link. */
const PERMALINK = 'a[href*="/status/"] time';

/** How long to wait for X to mount the reply dialog after the Reply button is clicked. */
const OPEN_TIMEOUT_MS = 3000;

/** "/handle/status/123…" → "123…", from the first time-stamped status link in `root`. */
function statusIdOf(root: Element): string | null {
  const time = root.querySelector(PERMALINK);
  const href = time?.closest('a')?.getAttribute('href') ?? '';
  return /\/status\/(\d+)/.exec(href)?.[1] ?? null;
}

/** The post that comes last before `el` in document order (or contains it). */
function postBefore(el: Element, doc: Document): Element | null {
  let found: Element | null = null;
  for (const post of Array.from(doc.querySelectorAll(POST))) {
    const position = post.compareDocumentPosition(el);
    // The nearest enclosing article (a quote inside a post) or preceding one wins.
    if (position & 4 /* FOLLOWING */ || position & 16 /* CONTAINED_BY */) found = post;
  }
  return found;
}

/** The inline composer under `postRoot` when it is the focal post of a status page. */
function inlineBoxFor(postRoot: Element, doc: Document): HTMLElement | null {
  for (const box of Array.from(doc.querySelectorAll<HTMLElement>(REPLY_BOX))) {
    if (box.closest(DIALOG)) continue;
    // The inline composer answers the post right above it, and only that post.
    if (postBefore(box, doc) === postRoot) return box;
  }
  return null;
}

/** An open reply dialog's box, when that dialog answers `postRoot`. */
function dialogBoxFor(postRoot: Element, doc: Document): HTMLElement | null {
  const postId = statusIdOf(postRoot);
  for (const box of Array.from(doc.querySelectorAll<HTMLElement>(REPLY_BOX))) {
    const dialog = box.closest(DIALOG);
    if (!dialog) continue;
    if (postId !== null && statusIdOf(dialog) === postId) return box;
  }
  return null;
}

export const xComposer: ComposerAdapter = {
  find(postRoot: Element, doc: Document): HTMLElement | null {
    return inlineBoxFor(postRoot, doc) ?? dialogBoxFor(postRoot, doc);
  },
  async findOrOpen(postRoot: Element, doc: Document): Promise<HTMLElement | null> {
    const existing = inlineBoxFor(postRoot, doc) ?? dialogBoxFor(postRoot, doc);
    if (existing) {
      existing.focus();
      return existing;
    }
    const replyButton = postRoot.querySelector<HTMLElement>(REPLY_BUTTON);
    if (!replyButton) return null;
    const before = new Set(Array.from(doc.querySelectorAll(REPLY_BOX)));
    clickLikeAPerson(replyButton);
    // The dialog (or, on narrow layouts, the compose page) mounts a new box.
    const opened = await waitForElement(
      doc,
      () => Array.from(doc.querySelectorAll<HTMLElement>(REPLY_BOX)).find((box) => !before.has(box)) ?? null,
      OPEN_TIMEOUT_MS,
    );
    if (!opened) return null;
    opened.focus();
    return opened;
  },

  insert(box: HTMLElement, text: string): Promise<InsertResult> {
    return insertAndVerify(box, text, 'paste');
  },

  read(box: HTMLElement): string {
    return readBox(box);
  },
};
