/**
 * Shared mechanics for putting a reply into a platform's own reply box: how text
 * reaches each kind of editor, how the box is read back, and how two texts are
 * compared. The site composers in lib/platforms/<site>/composer.ts decide which
 * box to use and which method fits it.
 *
 * Why these methods (measured in Chromium against the real editors):
 * - Draft.js (X): `execCommand('insertText')` into an empty editor makes React
 *   drop the composer; a synthetic `paste` carrying text/plain goes through
 *   Draft's own paste handler, updates its EditorState and keeps line breaks.
 * - Lexical (Facebook): execCommand loses line breaks; the synthetic paste goes
 *   through Lexical's PASTE_COMMAND and lands as LineBreakNodes, with history.
 * - React-controlled <textarea> (Instagram): a paste event has no default action
 *   when synthetic, so nothing happens. Setting the value through the prototype's
 *   native setter bypasses React's value tracker, so the following `input` event
 *   reaches React's onChange and the component state follows.
 *
 * Everything works on the element's own document and window (never the globals),
 * so the same code runs in a content script's isolated world and in tests.
 */
import type { InsertResult } from './types';

/** How long insert() waits for the editor to re-render before judging the read-back. */
const READ_BACK_TIMEOUT_MS = 1000;
const READ_BACK_POLL_MS = 20;
/** How long the text must stay in the box after it first shows. */
const SETTLE_MS = 60;

/** Characters that editors add or drop without changing what a reader sees. */
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
const SPACE_LOOKALIKES = /[\u00A0\u2007\u202F]/g;

/**
 * The form two texts are compared in: Unicode NFC, line breaks as "\n",
 * no-break spaces as spaces, zero-width characters removed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(SPACE_LOOKALIKES, ' ')
    .replace(ZERO_WIDTH, '');
}

/** How many times `needle` occurs in `haystack`, without overlaps. */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    count += 1;
    from = at + needle.length;
  }
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The text a box shows, lines joined with "\n".
 *
 * For contenteditables this follows what the editors render rather than
 * `innerText` (which needs layout and counts placeholder breaks): each block
 * element is a line; a <br> is a line break, except the one that only keeps an
 * empty line open or closes the last line of a block (Draft's `<br data-text>`
 * in an empty block, Lexical's managed trailing <br> and its webkit <img>).
 */
export function readBox(box: HTMLElement): string {
  if (isTextField(box)) return box.value;
  const lines: string[] = [];
  let current = '';
  let lineOpen = false;

  const endLine = () => {
    lines.push(current);
    current = '';
    lineOpen = false;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node as Text).data;
      lineOpen = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      if (isTrailingBreak(el)) {
        lineOpen = true;
        return;
      }
      endLine();
      lineOpen = true;
      return;
    }
    if (el.tagName === 'IMG') {
      if (el.hasAttribute('data-lexical-linebreak')) return;
      // Emoji drawn as images keep their character in alt.
      current += el.getAttribute('alt') ?? '';
      lineOpen = true;
      return;
    }
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(el.tagName);
    if (block && (lineOpen || current !== '')) endLine();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block && (lineOpen || current !== '')) endLine();
  };

  for (const child of Array.from(box.childNodes)) walk(child);
  if (lineOpen || current !== '') endLine();
  return lines.join('\n');
}

/** A <br> that only closes the last line of its block, so it adds no line of its own. */
function isTrailingBreak(br: Element): boolean {
  let node: Node = br;
  // Climb through inline wrappers (Draft wraps its <br> in a span) to the block.
  for (;;) {
    let next = node.nextSibling;
    while (next && isIgnorable(next)) next = next.nextSibling;
    if (next) return false;
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1) return true;
    if (BLOCK_TAGS.has((parent as Element).tagName) || (parent as HTMLElement).isContentEditable === false) return true;
    if ((parent as Element).getAttribute('contenteditable') === 'true') return true;
    node = parent;
  }
}

function isIgnorable(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data === '';
  if (node.nodeType === 1) return (node as Element).hasAttribute('data-lexical-linebreak');
  return node.nodeType !== 1;
}

function viewOf(el: Element): Window & typeof globalThis {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error('The reply box is not in a displayed page.');
  return view;
}

export function delay(view: Window, ms: number): Promise<void> {
  return new Promise((resolve) => view.setTimeout(resolve, ms));
}

/** Whether the document's selection sits inside `box`. */
function selectionInside(box: HTMLElement): boolean {
  const selection = box.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  return (
    selection.anchorNode !== null &&
    selection.focusNode !== null &&
    box.contains(selection.anchorNode) &&
    box.contains(selection.focusNode)
  );
}

/** Whether focus is in `box` (the box itself or an element inside it). */
function hasFocus(box: HTMLElement): boolean {
  const active = box.ownerDocument.activeElement;
  return active !== null && (active === box || box.contains(active));
}

/**
 * Focuses the box, keeping the person's caret when it is already in the box and
 * otherwise putting it at the end of what the box holds. Waits for the editor to
 * take the selection (Draft.js and Lexical follow `selectionchange`, which the
 * browser fires asynchronously), so a paste lands where the caret is shown.
 */
export async function focusAtCaret(box: HTMLElement): Promise<void> {
  const view = viewOf(box);
  if (isTextField(box)) {
    const focused = hasFocus(box);
    if (!focused) box.focus();
    if (!focused) box.setSelectionRange(box.value.length, box.value.length);
    return;
  }
  const keepCaret = hasFocus(box) && selectionInside(box);
  if (!hasFocus(box)) {
    box.focus();
    // Editors restore their own selection on focus (Draft re-renders with it).
    await delay(view, 0);
  }
  if (!keepCaret) caretToEnd(box);
  // Editors follow selectionchange, which the browser delivers as a task of its own; on a busy
  // page the person's last caret move can still be waiting for it. Telling them now makes the
  // editor read the caret the browser shows (Lexical then pastes there, not at its old caret).
  if (keepCaret) box.ownerDocument.dispatchEvent(new view.Event('selectionchange'));
  // Give the editor two frames' time to take the selection.
  await delay(view, 30);
}

/** Puts the document's caret at the end of what a contenteditable box holds (after a prefilled mention, say). */
export function caretToEnd(box: HTMLElement): void {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const lastText = lastTextNode(box);
  if (lastText) {
    range.setStart(lastText, lastText.data.length);
    range.collapse(true);
  } else {
    range.selectNodeContents(box);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);
}

function lastTextNode(root: Node): Text | null {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data !== '') last = node as Text;
  }
  return last;
}

/**
 * Dispatches a paste of `text` (as text/plain) at the box, the way the browser
 * does on Ctrl+V. Returns whether an editor handled it (cancelled the default).
 */
export function dispatchPaste(box: HTMLElement, text: string): boolean {
  const view = viewOf(box);
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  // Firefox's ClipboardEvent ignores `clipboardData` in its init and builds the event's data
  // from its own `dataType` and `data` fields instead (measured in firefox-esr: without them
  // Draft.js and Lexical read an empty paste). Chromium ignores those two fields.
  const init: ClipboardEventInit & { dataType: string; data: string } = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const event = new view.ClipboardEvent('paste', init);
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Puts `text` into a text field at its selection through the native value setter
 * (not the instance's, which React wraps), then tells the page with an `input`
 * event, so a React-controlled field's onChange runs and its state follows.
 * The browser's undo history does not see this change.
 */
export function setFieldValueAtCaret(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const view = viewOf(field);
  const prototype = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setValue) throw new Error('This browser gives no native value setter for text fields.');
  const value = field.value;
  const start = field.selectionStart ?? value.length;
  const end = field.selectionEnd ?? start;
  setValue.call(field, value.slice(0, start) + text + value.slice(end));
  const caret = start + text.length;
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/**
 * Types `text` into the focused text field with the browser's insertText
 * command: the browser edits the value at the caret, records the edit in the
 * field's undo history (Ctrl+Z works) and fires a real `input` event that React
 * handles as typing. Only for <textarea>/<input>: in Draft.js and Lexical the
 * same command breaks the editor or its line breaks.
 */
function typeIntoField(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  if (field.ownerDocument.activeElement !== field) return;
  try {
    field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    // A browser without the command leaves the value as it was; the setter follows.
  }
}

function isReadOnly(box: HTMLElement): boolean {
  if (isTextField(box)) return box.disabled || box.readOnly;
  return box.isContentEditable === false || box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true';
}

export type InsertMethod = Exclude<InsertResult['method'], 'none'>;

/**
 * Inserts `text` at the box's caret with `method`, then reads the box back until
 * it shows one more copy of the text than before (or a second has passed) and
 * still shows it a moment later. `ok` is true only when that read-back shows it.
 *
 * 'paste' is the synthetic paste for Draft.js and Lexical. 'value-setter' is the
 * text-field path: the browser's insertText command first (it keeps the field's
 * undo history), the native value setter when the field ignores that command.
 */
export async function insertAndVerify(box: HTMLElement, text: string, method: InsertMethod): Promise<InsertResult> {
  const failure = (error: string, readBack: string, used: InsertResult['method']): InsertResult => ({
    ok: false,
    method: used,
    readBack,
    error,
  });
  if (!box.isConnected) return failure('The reply box is no longer on the page.', '', 'none');
  const expected = normaliseText(text);
  if (expected.trim() === '') return failure('There is no text to insert.', readBox(box), 'none');
  if (isReadOnly(box)) return failure('The reply box does not accept text right now.', readBox(box), 'none');

  const view = viewOf(box);
  const needle = expected.trim();
  const copiesBefore = countOccurrences(normaliseText(readBox(box)), needle);

  const shows = (readBack: string) => countOccurrences(normaliseText(readBack), needle) > copiesBefore;

  await focusAtCaret(box);
  let used: InsertMethod = method;
  if (method === 'paste') {
    dispatchPaste(box, text);
  } else {
    if (!isTextField(box)) return failure('The value setter only works on text fields.', readBox(box), 'none');
    // The browser's own insertText keeps undo working; the native value setter is
    // the fallback for a field that ignores it. Both end in React's onChange.
    typeIntoField(box, text);
    used = 'insert-text';
    await delay(view, 0);
    if (!shows(readBox(box))) {
      setFieldValueAtCaret(box, text);
      used = 'value-setter';
    }
  }

  let readBack = readBox(box);
  const deadline = Date.now() + READ_BACK_TIMEOUT_MS;
  while (!shows(readBack) && Date.now() < deadline) {
    await delay(view, READ_BACK_POLL_MS);
    if (!box.isConnected) return failure('The page removed the reply box while the text went in.', '', used);
    readBack = readBox(box);
  }
  if (shows(readBack)) {
    // A page can take the text and then put its own state back (a controlled
    // field re-rendering, an editor reconciling); judge what stays.
    await delay(view, SETTLE_MS);
    readBack = box.isConnected ? readBox(box) : '';
  }
  if (!shows(readBack)) {
    return failure('The reply box does not show the text after inserting it; copy the reply instead.', readBack, used);
  }
  return { ok: true, method: used, readBack, error: '' };
}

/**
 * Resolves with what `find` returns as soon as it returns an element, or with
 * null after `timeoutMs`. Watches the document for changes and also polls, since
 * some of what pages change (a field's value, focus) is no DOM mutation.
 */
export function waitForElement<T extends Element>(
  doc: Document,
  find: () => T | null,
  timeoutMs: number,
): Promise<T | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  const view = doc.defaultView;
  if (!view) return Promise.resolve(null);
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearInterval(poll);
      resolve(result);
    };
    const observer = new view.MutationObserver(() => {
      const match = find();
      if (match) finish(match);
    });
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'role', 'data-testid'],
    });
    const poll = view.setInterval(() => {
      const match = find();
      if (match) finish(match);
    }, 50);
    const timer = view.setTimeout(() => finish(find()), timeoutMs);
  });
}

/** Clicks an element the way a person's click reaches a React page (pointer, mouse, click). */
export function clickLikeAPerson(el: HTMLElement): void {
  const view = viewOf(el);
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  el.dispatchEvent(new view.PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new view.MouseEvent('mousedown', init));
  el.dispatchEvent(new view.PointerEvent('pointerup', { ...init, pointerType: 'mouse', isPrimary: true }));
  el.dispatchEvent(new view.MouseEvent('mouseup', init));
  el.click();
}
