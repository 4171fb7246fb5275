/**
 * Every selector the Instagram adapter depends on, in one place, so that when
 * Instagram changes its markup there is one file to fix.
 *
 * Rules: selectors key on structure and stable hooks (the comment permalink
 * a[href*="/c/"] > time[datetime], profile links a[href^="/"][role="link"],
 * span[dir="auto"], ul/li nesting, role="dialog"), never on aria-label values or
 * visible text, because Instagram translates those ("View replies", "Antworten
 * ansehen", "12 likes", "Gefällt 12 Mal"); German, Danish and Polish interfaces must
 * work. Class names (_a9zj, x1i10hfl, …) are generated and change, so none are used.
 *
 * "Checked" notes name the fixture (tests/fixtures/instagram/<view>.<en|de>.html,
 * described in tests/fixtures/SOURCES-facebook-instagram.md) and the URL shape the
 * selector was verified on. tests/platforms/instagram/selectors.test.ts fails when a
 * selector here matches no fixture.
 */

export const IG_SELECTORS = {
  /**
   * Root of every comment and reply: the list item holding a comment permalink, but
   * not the item that only wraps a thread's reply list. post (/p/<code>/), reel
   * (/reel/<code>/), modal (/p/<code>/ over /<user>/); checked 2026-11.
   */
  commentItem: 'li:has(a[href*="/c/"] > time[datetime]):not(:has(> ul:only-child))',
  /**
   * Looser than commentItem: any list item with a timestamp. When these exist and
   * commentItem finds none, the permalink shape changed and Keel cannot read the
   * page. All fixtures; checked 2026-11.
   */
  timedListItem: 'li:has(time[datetime])',
  /** The comment's permalink with its timestamp. All fixtures; checked 2026-11. */
  permalinkTime: 'a[href*="/c/"] > time[datetime]',
  /** Any link: author, avatar, mentions, hashtags, permalink. All fixtures; checked 2026-11. */
  link: 'a[href]',
  /** Profile links carry the username as their text. All fixtures; checked 2026-11. */
  profileLink: 'a[href^="/"][role="link"]',
  /** Comment text; the username is a span[dir=auto] too, but inside its link. All fixtures; checked 2026-11. */
  text: 'span[dir="auto"]',
  /** Like count, Reply, "View replies (3)", "See translation". All fixtures; checked 2026-11. */
  button: 'button, [role="button"]',
  /**
   * Verified badge: an svg with a <title> ("Verified", "Verifiziert") right after the
   * username. The heart and options icons have titles too, but sit in buttons.
   * post, reel; checked 2026-11.
   */
  verifiedBadgeTitle: 'svg > title',
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
   * lives in composer.ts. All fixtures; checked 2026-11.
   */
  commentBox: 'form textarea[aria-label]',
} as const;

export type InstagramSelectorName = keyof typeof IG_SELECTORS;

/** Selectors extraction cannot work without; checkSelectors reports these. */
export const IG_REQUIRED: readonly InstagramSelectorName[] = ['commentItem', 'permalinkTime', 'profileLink', 'text'];

export const IG_HOSTS: ReadonlySet<string> = new Set(['instagram.com', 'www.instagram.com', 'm.instagram.com']);

export const IG_ORIGIN = 'https://www.instagram.com';

/**
 * A comment permalink path: /p/<code>/c/<id>/, /reel/<code>/c/<id>/ and, for a reply,
 * …/c/<parentId>/r/<id>/; some views put the username first (/<user>/p/<code>/c/<id>/).
 */
export const IG_PERMALINK_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)\/?(?:r\/(\d+)\/?)?$/;

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
