/**
 * What every site adapter gives the content script: where the posts are, what
 * they say, and where their reply box is. One adapter per site in
 * lib/platforms/<site>/, selectors of a site in its selectors.ts only.
 */
import type { DetectedLanguage, Engagement, Platform, Reach } from '../schema';

/** A post or comment as read from the page, before brand matching and risk. */
export interface ExtractedPost {
  /** Stable id: `${platform}:${permalink path}`, e.g. "x:/nordlichtcoffee/status/123". */
  id: string;
  platform: Platform;
  /** Absolute permalink of the post or comment. */
  url: string;
  /** Absolute URL of the thread (the post the replies hang under). */
  threadUrl: string;
  authorName: string;
  /** Handle without '@'. */
  authorHandle: string;
  authorUrl: string;
  reach: Reach;
  engagement: Engagement;
  /** Plain text, with emoji images turned back into their characters and links as shown. */
  text: string;
  /** Language the page declares for the text (lang attribute), else 'und'. */
  language: DetectedLanguage;
  /** Epoch milliseconds, or null when the page shows no time. */
  postedAt: number | null;
  /** For a quoted post or a reply to a comment: id of the post it sits in or answers. */
  parentId: string | null;
  /** The element the post's own text and header live in (a quoted post's box for a quote). */
  element: Element;
}

/** How the content runtime finds post roots (see platforms/roots.ts). */
export interface PostRoots {
  /** The post root `el` sits in (or is), if any. */
  of(el: Element): Element | null;
  /** Every post root inside `scope`, not counting `scope` itself, in document order. */
  within(scope: Element | Document): ArrayLike<Element>;
  /** The first post root inside `scope` (stops at the first, unlike `within`). */
  first(scope: Element | Document): Element | null;
  /** Whether `el` is a post root. */
  is(el: Element): boolean;
}

export interface SelectorCheck {
  /** Name of the selector in the site's selectors.ts. */
  name: string;
  /** Whether it matched anything on the current page. */
  matched: boolean;
}

export interface PlatformAdapter {
  platform: Platform;
  /** CSS selector for the root element of each post or comment. */
  postSelector: string;
  /**
   * Where a CSS selector cannot say which element is one post, the adapter finds roots itself;
   * `postSelector` then matches candidates for the page-health check only. See platforms/roots.ts.
   */
  roots?: PostRoots;
  /** Whether this adapter handles the page at `url`. */
  matchesUrl(url: URL): boolean;
  /**
   * Reads one post root. Returns the post itself and, for a quote, the quoted post
   * as a second entry (parentId = the quoting post's id). Empty when the element is
   * not a readable post (a placeholder, an ad without permalink).
   */
  extract(root: Element, pageUrl: string): ExtractedPost[];
  /**
   * The elements holding the post's own text (and a quoted post's), for deciding cheaply
   * whether it can mention the brand at all: their text, one per line, must contain
   * everything extract() returns as text, with the same word boundaries (a root's
   * textContent glues an author's name to the text). Without it, Keel reads every post in full.
   */
  quickTextSelector?: string;
  /** The author's handle (without '@'), cheaply; used to look for the brand's answers. */
  authorHandleOf?(root: Element): string | null;
  /** Where the in-page badge goes, inside the post root. */
  badgeAnchor(root: Element): Element | null;
  /** The badge anchor is a flex row of the site's that the badge must fit into without moving anything (see content/badge.ts). */
  badgeFitsRow?: boolean;
  /**
   * Whether the page shows posts or comments at all, by a looser test than
   * postSelector: when this is true and postSelector finds nothing, the site's
   * markup has changed under Keel.
   */
  contentPresent?(doc: Document): boolean;
  /**
   * Checks that the selectors extraction depends on still match the page; used to
   * tell the person "Keel cannot read this page" instead of failing silently.
   */
  checkSelectors(doc: Document): SelectorCheck[];
}

export interface InsertResult {
  /** True only when reading the box back shows the text. */
  ok: boolean;
  /** How the text was put in: a synthetic paste (Draft.js, Lexical), or the native value setter (textarea). */
  method: 'paste' | 'insert-text' | 'value-setter' | 'none';
  /** What the box holds after the attempt. */
  readBack: string;
  /** Why it failed, for the panel; empty when ok. */
  error: string;
}

export interface ComposerAdapter {
  /** The reply box already open for the post, without opening one (for reading a draft). */
  find(postRoot: Element, doc: Document): HTMLElement | null;
  /**
   * The reply box for the post rooted at `postRoot`, opening the platform's reply
   * composer (clicking its reply button) when none is open. Null when there is none.
   */
  findOrOpen(postRoot: Element, doc: Document): Promise<HTMLElement | null>;
  /** Puts `text` into the box at the caret, keeping line breaks; never sends. */
  insert(box: HTMLElement, text: string): Promise<InsertResult>;
  /** The box's current text, line breaks as "\n". */
  read(box: HTMLElement): string;
}
