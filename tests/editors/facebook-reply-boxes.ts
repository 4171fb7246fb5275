/**
 * Facebook's Reply button as the tests need it, on the static reply-box fixtures
 * (tests/fixtures/facebook/reply-boxes): clicking a comment's Reply opens a reply box
 * for its thread where that fixture's Facebook put it (below the comment, below the
 * thread's replies, or inside the post dialog), labelled in the page's language,
 * prefilled with the commenter's name as a mention or empty, and focused.
 *
 * The box is a copy of the one the fixture shows open; `take` removes that one first so
 * that only a click opens a box. `mount` turns a new box into a live editor (the browser
 * tests mount real Lexical, see facebook-live.tsx); without it the box stays static (jsdom).
 * Plain DOM: runs in jsdom and, bundled, in the page.
 */
export type Placement = 'below-comment' | 'below-replies' | 'dialog';

export interface ReplySimulation {
  placement: Placement;
  /** Whether Facebook prefills the box with the commenter's name. */
  prefill: boolean;
  /** The author of the comment whose box the fixture shows open (its label names them). */
  openFor: string;
  /** How long Facebook takes to mount the box after the click. */
  delayMs?: number;
  /** Comment authors whose Reply opens nothing (Facebook failing to mount the box). */
  opensNothingFor?: string[];
  mount?: (box: HTMLElement) => HTMLElement;
}

const EDITOR = 'div[contenteditable="true"][role="textbox"]';
const ARTICLE = '[role="article"]';

/** The fixture's open reply box: the element holding its form, up to where comments are. */
function openBoxWrapper(doc: Document, openFor: string): Element {
  const box = Array.from(doc.querySelectorAll(EDITOR)).find((el) => (el.getAttribute('aria-label') ?? '').includes(openFor));
  if (!box) throw new Error(`no open reply box for ${openFor}`);
  let wrapper: Element = box;
  while (wrapper.parentElement && !wrapper.parentElement.querySelector(ARTICLE)) wrapper = wrapper.parentElement;
  return wrapper;
}

export function authorOf(article: Element): string {
  return article.querySelector('a span[dir="auto"]')?.textContent?.trim() ?? '';
}

function isReply(article: Element): boolean {
  const links = Array.from(article.querySelectorAll('a[href*="comment_id="]')).filter((a) => a.closest(ARTICLE) === article);
  return links.some((a) => (a.getAttribute('href') ?? '').includes('reply_comment_id='));
}

/** The thread's element (its first child is the top-level comment) and that comment. */
function threadOf(article: Element): { thread: Element; comment: Element } | null {
  for (let el = article.parentElement; el; el = el.parentElement) {
    const first = el.firstElementChild;
    if (first?.matches(ARTICLE) && !isReply(first)) return { thread: el, comment: first };
  }
  return null;
}

/** Whether `button` is a comment's Reply: the third item of its action row (time, Like, Reply). */
function isReplyButton(button: Element): boolean {
  const item = button.closest('li');
  const row = item?.parentElement;
  return !!row && row.tagName === 'UL' && Array.from(row.children).indexOf(item) === 2 && row.querySelector('a[href*="comment_id="]') !== null;
}

function boxHtml(doc: Document, name: string, prefill: boolean): string {
  const span = (text: string) => {
    const el = doc.createElement('span');
    el.setAttribute('data-lexical-text', 'true');
    el.textContent = text;
    return el.outerHTML;
  };
  return prefill ? `<p dir="auto">${span(name)}${span(' ')}</p>` : '<p dir="auto"><br></p>';
}

/** Removes the fixture's open reply box and makes every comment's Reply open one as Facebook does. */
export function simulateReplyBoxes(doc: Document, sim: ReplySimulation): void {
  const original = openBoxWrapper(doc, sim.openFor);
  const template = original.cloneNode(true) as Element;
  original.remove();
  const label = (template.querySelector(EDITOR)?.getAttribute('aria-label') ?? '').split(sim.openFor);
  const opened = new WeakMap<Element, HTMLElement>();

  const open = (article: Element) => {
    const found = threadOf(article);
    if (!found || sim.opensNothingFor?.includes(authorOf(article))) return;
    const { thread, comment } = found;
    const existing = opened.get(thread);
    if (existing?.isConnected) return existing.focus();
    const name = authorOf(article);
    const wrapper = template.cloneNode(true) as Element;
    const box = wrapper.querySelector<HTMLElement>(EDITOR)!;
    box.setAttribute('aria-label', label.join(name));
    box.setAttribute('aria-placeholder', `${label.join(name)}…`);
    box.innerHTML = boxHtml(doc, name, sim.prefill);
    const replies = comment.nextElementSibling;
    if (sim.placement === 'below-replies' && replies?.querySelector(ARTICLE)) replies.append(wrapper);
    else comment.after(wrapper);
    const live = sim.mount ? sim.mount(box) : box;
    opened.set(thread, live);
    live.focus();
  };

  doc.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.('[role="button"]');
      const article = button?.closest(ARTICLE);
      if (!button || !article || !isReplyButton(button)) return;
      setTimeout(() => open(article), sim.delayMs ?? 150);
    },
    true,
  );
}
