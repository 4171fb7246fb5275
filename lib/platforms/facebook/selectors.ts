/**
 * Every selector the Facebook adapter depends on, in one place, so that when
 * Facebook changes its markup there is one file to fix.
 *
 * Rules: selectors key on structure and stable hooks (role, data-ad-rendering-role,
 * href patterns, dir="auto", lang, abbr[data-utime]), never on aria-label or visible
 * text, because Facebook translates those ("Comment by …", "Kommentar von …",
 * "See more", "Mehr ansehen"); German, Danish and Polish interfaces must work.
 * Facebook's class names are generated and change weekly, so none are used.
 *
 * "Checked" notes name the fixture (tests/fixtures/facebook/<view>.<en|de>.html,
 * described in tests/fixtures/SOURCES-facebook-instagram.md) and the URL shape the
 * selector was verified on. tests/platforms/facebook/selectors.test.ts fails when a
 * selector here matches no fixture.
 */

export const FB_SELECTORS = {
  /**
   * Root of every comment and reply: an article that carries a comment permalink and
   * is not a feed unit (feed units carry aria-posinset and the story_message hook).
   * page-post (/<page>/posts/<pfbid>, replies nested inside their comment), group-post
   * (/groups/<id>/posts/<id>/, replies in a sibling block), feed (/), photo-viewer
   * (/photo/?fbid=, dialog); checked 2026-11.
   */
  commentRoot:
    'div[role="article"]:has(a[href*="comment_id="]):not([aria-posinset]):not(:has([data-ad-rendering-role="story_message"]))',
  /** Any article; used to stop text walks at a nested reply. All fixtures; checked 2026-11. */
  article: '[role="article"]',
  /**
   * Links carrying a comment id: the timestamp permalink ("2h", "2 Std.") and, on
   * current Facebook, the author's profile links too (with a base64 comment_id). The
   * extractor tells them apart by path. All fixtures; checked 2026-11.
   */
  commentIdLink: 'a[href*="comment_id="]',
  /** Links in a comment: author, avatar, mentions, permalink. All fixtures; checked 2026-11. */
  link: 'a[href]',
  /** Comment text paragraphs (the author name is a span[dir=auto], not a div). All fixtures; checked 2026-11. */
  textBlock: 'div[dir="auto"]',
  /**
   * Buttons: "See more" inside the text, Like/Reply, the reaction count pill, the
   * "View all 3 replies" toggle. Told apart by position and digits, never by label.
   * All fixtures; checked 2026-11.
   */
  button: '[role="button"]',
  /**
   * Verified badge: an svg with a <title> ("Verified account", "Verifiziertes Konto")
   * between the author's name link and the text. The svg's title is the only thing
   * that marks it; the extractor checks the position. page-post, group-post; checked 2026-11.
   */
  verifiedBadgeTitle: 'svg > title',
  /**
   * Absolute time where a layout carries one: classic abbr[data-utime] (epoch seconds)
   * or time[datetime]. Current comment threads show only "2h"/"2 Std.", so postedAt is
   * null there. photo-viewer (abbr), page-post (time); checked 2026-11.
   */
  absoluteTime: 'abbr[data-utime], time[datetime]',
  /** lang on the span wrapping a comment's text. page-post, group-post, feed; checked 2026-11. */
  lang: '[lang]',
  /** Feed unit of the news feed (/). feed fixture; checked 2026-11. */
  feedUnit: 'div[aria-posinset]',
  /** Post author header on feed units and post pages. feed, page-post, group-post; checked 2026-11. */
  postProfileName: '[data-ad-rendering-role="profile_name"]',
  /** Post text on feed units and post pages. feed, page-post, group-post; checked 2026-11. */
  postMessage: '[data-ad-rendering-role="story_message"]',
  /** Photo/video viewer opened over the feed (/photo/?fbid=…). photo-viewer; checked 2026-11. */
  dialog: 'div[role="dialog"]',
  /**
   * Facebook's Lexical comment box, static as served. Read by checkSelectors only;
   * insertion lives in composer.ts. All fixtures; checked 2026-11.
   */
  commentBox: 'form div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /**
   * Any editable text box: the post's comment box and every open reply box (Lexical marks its
   * root data-lexical-editor, left out so a renamed hook does not lose the box). Which comment
   * a box answers is decided by where it sits, in composer.ts. All fixtures and
   * reply-boxes/* (below the comment, below the replies, in a post dialog); checked 2026-12.
   */
  editor: 'div[contenteditable="true"][role="textbox"]',
  /**
   * Where one post ends: the post's own header and text, a feed unit, the post dialog, the page's
   * main region. A comment's thread never reaches past these. All fixtures; checked 2026-12.
   */
  postBoundary:
    '[data-ad-rendering-role="story_message"], [data-ad-rendering-role="profile_name"], [aria-posinset], [role="dialog"], [role="main"]',
} as const;

export type FacebookSelectorName = keyof typeof FB_SELECTORS;

/** Selectors extraction cannot work without; checkSelectors reports these. */
export const FB_REQUIRED: readonly FacebookSelectorName[] = ['commentRoot', 'commentIdLink', 'textBlock', 'link'];

/** Hosts the adapter runs on: desktop, the web. alias and the mobile site. */
export const FB_HOSTS: ReadonlySet<string> = new Set([
  'facebook.com',
  'www.facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'mobile.facebook.com',
  'touch.facebook.com',
]);

export const FB_ORIGIN = 'https://www.facebook.com';

/** Query parameters that identify a post (photo.php?fbid=, permalink.php?story_fbid=&id=, watch/?v=). */
export const FB_IDENTITY_PARAMS = ['story_fbid', 'fbid', 'id', 'v'] as const;

/**
 * First path segments that are not a person's or page's vanity name: a comment-id
 * link under one of these is a permalink, not a profile link.
 */
export const FB_NON_PROFILE_ROOTS: ReadonlySet<string> = new Set([
  'photo',
  'photo.php',
  'permalink.php',
  'story.php',
  'watch',
  'video.php',
  'reel',
  'share',
]);
