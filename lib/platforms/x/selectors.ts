/**
 * Every selector the X (x.com, formerly twitter.com) adapter depends on, in one
 * place, so that when X changes its markup there is one file to fix.
 *
 * Rules: selectors key on structure and stable hooks (data-testid, role, href
 * patterns, time[datetime], the lang attribute), never on aria-label or visible
 * text, because X translates those (German, Danish and Polish interfaces must work).
 *
 * "Checked" notes name the page type and the fixture the selector was verified on:
 * - tweetyoink: real article markup captured from x.com in October 2025
 *   (tests/fixtures/x/tweetyoink-*.html, see tests/fixtures/SOURCES.md);
 * - Keel pages: status pages rebuilt from that markup (tests/fixtures/x/reply-thread.*.html,
 *   tests/fixtures/demo/x-thread.html);
 * - Article pages: an X Article status page and a quote of an Article built from the same
 *   captures and public readers of live Article markup (tests/fixtures/x/article/, see
 *   tests/fixtures/SOURCES-live.md).
 * tests/platforms/x/selectors.test.ts fails when a selector here matches no fixture.
 */

/** data-testid values the extractor compares directly (on buttons and svgs it already holds). */
export const X_TESTIDS = {
  /** Post root. x.com/<user>/status/<id> rows and home timeline; tweetyoink sample/quote/quote-video, 2025-10; checked 2026-11. */
  tweet: 'tweet',
  /** Author block: name row, then handle · time row. All tweetyoink fixtures, 2025-10; checked 2026-11. */
  userName: 'User-Name',
  /** Verified badge svg inside User-Name (blue, gold and grey checks share it). tweetyoink sample, 2025-10; checked 2026-11. */
  verified: 'icon-verified',
  /** Post text, carries lang. tweetyoink sample/quote/quote-video, 2025-10; checked 2026-11. */
  tweetText: 'tweetText',
  /** "Show more" after a truncated long post; a sibling of tweetText, links to the status. Keel pages; checked 2026-11. */
  showMore: 'tweet-text-show-more-link',
  /** Reply button in the action bar. tweetyoink fixtures, 2025-10; checked 2026-11. */
  reply: 'reply',
  /** Repost button; becomes "unretweet" once the viewer has reposted. tweetyoink fixtures + Keel demo page; checked 2026-11. */
  retweet: 'retweet',
  unretweet: 'unretweet',
  /** Like button; becomes "unlike" once the viewer has liked. tweetyoink fixtures + Keel demo page; checked 2026-11. */
  like: 'like',
  unlike: 'unlike',
  /** Animated number inside action buttons and the focused post's "29.9K Views". tweetyoink sample, 2025-10; checked 2026-11. */
  countText: 'app-text-transition-container',
} as const;

/** CSS selectors, matched by querySelector; the test suite runs each one against the fixtures. */
export const X_SELECTORS = {
  /** Root of every post, reply and quoting post. All fixtures; checked 2026-11. */
  postRoot: `article[data-testid="${X_TESTIDS.tweet}"]`,
  /** Post timestamp; its enclosing status link is the permalink. tweetyoink sample/quote, 2025-10; checked 2026-11. */
  time: 'time[datetime]',
  /** Permalink: the status link that wraps the timestamp (quoted posts' times are not wrapped). tweetyoink fixtures; checked 2026-11. */
  permalinkTime: 'a[href*="/status/"] time[datetime]',
  permalink: 'a[href*="/status/"]',
  userName: `[data-testid="${X_TESTIDS.userName}"]`,
  /** Verified badge inside User-Name. tweetyoink sample, 2025-10; checked 2026-11. */
  verifiedBadge: `svg[data-testid="${X_TESTIDS.verified}"]`,
  tweetText: `[data-testid="${X_TESTIDS.tweetText}"]`,
  showMoreLink: `[data-testid="${X_TESTIDS.showMore}"]`,
  replyButton: `[data-testid="${X_TESTIDS.reply}"]`,
  repostButton: `[data-testid="${X_TESTIDS.retweet}"], [data-testid="${X_TESTIDS.unretweet}"]`,
  likeButton: `[data-testid="${X_TESTIDS.like}"], [data-testid="${X_TESTIDS.unlike}"]`,
  countText: `[data-testid="${X_TESTIDS.countText}"]`,
  /** Views on timeline rows: the action bar's analytics link. tweetyoink quote/quote-video, 2025-10; checked 2026-11. */
  analyticsLink: 'a[href$="/analytics"]',
  /**
   * Quoted post box: a clickable div (role=link, no href) that holds a second User-Name.
   * tweetyoink quote/quote-video, 2025-10; checked 2026-11.
   */
  quoteBox: 'div[role="link"]',
  /** Profile link in User-Name: href "/<handle>". tweetyoink fixtures, 2025-10; checked 2026-11. */
  profileLink: 'a[href^="/"]',
  /** Avatar container named after the handle; the quoted post's handle when its User-Name has no link. tweetyoink quote-video, 2025-10; checked 2026-11. */
  avatarContainer: '[data-testid^="UserAvatar-Container-"]',
  /** Emoji are images whose alt is the character. Keel pages (X serves abs-0.twimg.com/emoji svgs); checked 2026-11. */
  emojiImage: 'img[alt]',
  /**
   * An X Article (long-form post) in its post root, in place of tweetText: title, then the
   * Draft.js body. Named by public readers of live Article pages (2025-26, see
   * tests/fixtures/SOURCES-live.md); x/article/status.en.html (Feb 2026 markup); checked 2026-12.
   */
  articleReadView: '[data-testid="twitterArticleReadView"]',
  /** The Article's title (text in a span). x/article/status.en.html; checked 2026-12. */
  articleTitle: '[data-testid="twitter-article-title"]',
  /**
   * The Article body's blocks, one per paragraph, header or list item (Draft.js
   * div/h2/li[data-block]; media blocks are sections without text). x/article/status.en.html;
   * checked 2026-12.
   */
  articleBlock: '[data-testid="longformRichTextComponent"] [data-block="true"]',
  /** A block's text runs (bold runs are separate spans). x/article/status.en.html; checked 2026-12. */
  articleBlockText: 'span[data-text="true"]',
  /**
   * The Article card a quote (or a share) shows: the cover image, then a column with a
   * translated "Article" label (dir=ltr), the title and the preview (dir=auto).
   * x/article/quote-home.en.html; checked 2026-12.
   */
  articleCardText: '[data-testid="article-cover-image"] + div [dir="auto"]',
} as const;

/** Page structure of a status page and timelines, for selector checks and the composer. */
export const X_PAGE_SELECTORS = {
  /** Centre column of every x.com page with a timeline. Keel pages (structure from tweetyoink's capture path); checked 2026-11. */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** Virtualised list cell; one post, a composer, or a "show more replies" button each. tweetyoink quote, 2025-10; checked 2026-11. */
  cell: '[data-testid="cellInnerDiv"]',
  /** Conversation or timeline list. Keel pages; checked 2026-11. */
  timelineRegion: 'section[role="region"]',
  /** "Show more replies" / "Show probable spam" cells: a role=button div in a cell outside any article. Keel pages; checked 2026-11. */
  cellButton: '[data-testid="cellInnerDiv"] div[role="button"]',
} as const;

/** X's reply composer (Draft.js) under the focused post, for the composer adapter. */
export const X_COMPOSER_SELECTORS = {
  /** The contenteditable reply box. Keel pages (x.com status page composer structure); checked 2026-11. */
  textbox: '[data-testid="tweetTextarea_0"]',
  /** Draft.js root that wraps the textbox. Keel pages; checked 2026-11. */
  draftRoot: '.DraftEditor-root',
  /** The inline "Reply" send button; Keel never clicks it. Keel pages; checked 2026-11. */
  sendButtonInline: '[data-testid="tweetButtonInline"]',
} as const;

export type XSelectorName = keyof typeof X_SELECTORS;

/** Status URL path: /<handle>/status/<id>, optionally followed by /photo/1, /analytics, ... */
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?:[/?#]|$)/;

/** Profile path: /<handle> and nothing else (X handles: 1-15 letters, digits, underscore). */
export const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;

/** Hosts the adapter handles. */
export const X_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

export const X_ORIGIN = 'https://x.com';
