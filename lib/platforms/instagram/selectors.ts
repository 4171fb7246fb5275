/**
 * Every selector the Instagram adapter depends on, in one place, so that when
 * Instagram changes its markup there is one file to fix.
 *
 * Rules: selectors key on structure and stable hooks (the comment permalink
 * a[href*="/c/"] > time[datetime], profile links a[href^="/"][role="link"],
 * span[dir="auto"], role="button", role="dialog"), never on aria-label values or
 * visible text, because Instagram translates those ("View all 3 replies", "Ver todas
 * as 3 respostas", "12 likes", "Gefällt 12 Mal"); any interface language must work.
 * Class names (_a9zj, x1i10hfl, …) are generated and change, so none are used.
 *
 * Two layouts are read. The current one (seen late 2025 – early 2026) has no list
 * elements: a comment is a small tree of divs, found from its permalink by
 * structure (./roots.ts). The older one wraps each comment in an li.
 *
 * "Checked" notes name the fixture and the URL shape the selector was verified on:
 * live/… are tests/fixtures/instagram/live/<view>.<en|pt>.html (current layout,
 * described in tests/fixtures/SOURCES-live.md), the others
 * tests/fixtures/instagram/<view>.<en|de>.html (older ul/li layout,
 * tests/fixtures/SOURCES-facebook-instagram.md). tests/platforms/instagram/selectors.test.ts
 * fails when a selector here matches no fixture.
 */

export const IG_SELECTORS = {
  /**
   * Older layout only: root of every comment and reply, the list item holding a comment
   * permalink, but not the item that only wraps a thread's reply list. post (/p/<code>/),
   * reel (/reel/<code>/), modal (/p/<code>/ over /<user>/); checked 2026-11. The current
   * layout has no list items: its roots are found by ./roots.ts.
   */
  commentItem: 'li:has(a[href*="/c/"] > time[datetime]):not(:has(> ul:only-child))',
  /**
   * Older layout: any list item with a timestamp. When these exist and no comment
   * root is found, the permalink shape changed and Keel cannot read the page. Older
   * fixtures; checked 2026-11.
   */
  timedListItem: 'li:has(time[datetime])',
  /**
   * The comment's permalink with its timestamp: /p/<code>/c/<id>/, replies
   * /p/<code>/c/<parent>/r/<id>/ (reel pages link comments under /p/ too). The one
   * stable anchor of a comment in every layout. All fixtures, live/post, live/reel,
   * live/modal, live/logged-out (/p/ and /reel/ pages, logged in and out, en and pt);
   * checked 2026-12.
   */
  permalinkTime: 'a[href*="/c/"] > time[datetime]',
  /**
   * A timestamp linking somewhere below a post (filtered by path in extract.ts): a
   * comment permalink of any shape. When these exist and no comment root is found,
   * Instagram changed the permalink and Keel says it cannot read the page. All
   * fixtures (comment permalinks; the caption's /p/<code>/ link is filtered out);
   * checked 2026-12.
   */
  postLinkTime: 'a[href*="/p/"] > time[datetime], a[href*="/reel/"] > time[datetime]',
  /**
   * What a comment never holds: the post's caption heading, media, the action bar
   * and comment form (section, form, textarea), page landmarks and the post dialog.
   * Walking up from a permalink stops before an element beside it that holds one of
   * these (or a timestamp), so that a comment root never takes in the post around
   * it. live/post (h1, section, form, textarea, main), live/reel (video),
   * live/modal (role=dialog, section), live/logged-out (no form); checked 2026-12.
   */
  notInComment: 'form, textarea, section, h1, video, main, article, header, nav, footer, [role="dialog"]',
  /** Any link: author, avatar, mentions, hashtags, permalink. All fixtures; checked 2026-11. */
  link: 'a[href]',
  /**
   * Profile links carry the username as their text; in the current layout
   * span[dir=auto] > a[href="/<user>/"] > span[dir=auto], the avatar a[href="/<user>/"] > img
   * before it. All fixtures, all live/ pages; checked 2026-12.
   */
  profileLink: 'a[href^="/"][role="link"]',
  /**
   * Comment text: the span[dir=auto] that is not inside a link. The username is a
   * span[dir=auto] inside its link (and, in the current layout, inside another
   * span[dir=auto] around that link); button captions sit in span[dir=auto] too but
   * are read as buttons. All fixtures, all live/ pages; checked 2026-12.
   */
  text: 'span[dir="auto"]',
  /**
   * Like count, Reply, "View replies (3)" / "View all 3 replies", "See translation",
   * the like heart. Older fixtures use button, live/ pages div[role=button];
   * checked 2026-12.
   */
  button: 'button, [role="button"]',
  /**
   * Verified badge: an svg with a <title> ("Verified", "Verifiziert") right after the
   * username. The heart and options icons have titles too, but sit in buttons.
   * post, reel; live/post, live/reel, live/modal; checked 2026-12.
   */
  verifiedBadgeTitle: 'svg > title',
  /**
   * Verified badge as the current layout may render it: an svg with an aria-label
   * ("Verified", "Verificado") and no title. Read only between the username and the
   * text, outside buttons. live/post, live/reel, live/modal; checked 2026-12.
   */
  verifiedBadgeLabelled: 'svg[aria-label]',
  /** Headings hold the username row, never comment text. post, modal; checked 2026-11. */
  heading: 'h1, h2, h3',
  /** A thread's reply list. post, reel, modal; checked 2026-11. */
  list: 'ul',
  /** The post viewer opened over a profile grid (URL becomes /p/<code>/). modal; checked 2026-11. */
  dialog: 'div[role="dialog"]',
  /** Post and reel tiles of a profile grid. modal; checked 2026-11. */
  gridTile: 'a[href^="/p/"], a[href^="/reel/"]',
  /**
   * Instagram's comment box, static as served. Read by checkSelectors only; insertion
   * lives in composer.ts. All fixtures and live/ pages logged in; logged out
   * (live/logged-out) there is none; checked 2026-12.
   */
  commentBox: 'form textarea[aria-label]',
  /**
   * Logged out: the link to the login page that takes the comment box's place
   * ("Log in to like or comment."). live/logged-out; checked 2026-12.
   */
  loginLink: 'a[href^="/accounts/login"]',
} as const;

export type InstagramSelectorName = keyof typeof IG_SELECTORS;

/**
 * Selectors extraction cannot work without; checkSelectors reports these, and
 * "commentRoot" (whether ./roots.ts finds a comment, which no selector can say).
 */
export const IG_REQUIRED: readonly InstagramSelectorName[] = ['permalinkTime', 'profileLink', 'text'];

export const IG_HOSTS: ReadonlySet<string> = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);

export const IG_ORIGIN = 'https://www.instagram.com';

/**
 * A comment permalink path: /p/<code>/c/<id>/, /reel/<code>/c/<id>/ and, for a reply,
 * …/c/<parentId>/r/<id>/; some views put the username first (/<user>/p/<code>/c/<id>/).
 */
export const IG_PERMALINK_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)\/?(?:r\/(\d+)\/?)?$/;

/** A post's own page, /p/<code>/ or /reel/<code>/ (with an optional username first), and anything below it. */
export const IG_POST_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/?/;

/** A profile path: /<username>/ (letters, digits, "." and "_", as Instagram allows). */
export const IG_PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;

/** First path segments that are Instagram's own pages, not usernames. */
export const IG_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'explore',
  'accounts',
  'direct',
  'stories',
  'about',
  'legal',
]);
