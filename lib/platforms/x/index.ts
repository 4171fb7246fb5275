/** The X (x.com / twitter.com) site adapter. Reply insertion lives in ./composer.ts. */
import type { PlatformAdapter } from '../types';
import { checkXSelectors, extractXPost, xBadgeAnchor } from './extract';
import { X_HOSTS, X_SELECTORS } from './selectors';

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  postSelector: X_SELECTORS.postRoot,
  matchesUrl: (url: URL): boolean => (url.protocol === 'https:' || url.protocol === 'http:') && X_HOSTS.has(url.hostname),
  extract: extractXPost,
  // The texts of the post and of a post it quotes, an Article's title and body blocks or the
  // card of a quoted Article: everything extractXPost reads as text, one element per line.
  quickTextSelector: [
    X_SELECTORS.tweetText,
    X_SELECTORS.articleTitle,
    X_SELECTORS.articleBlock,
    X_SELECTORS.articleCardText,
  ].join(', '),
  // The first profile link in the User-Name block is the author's ("/handle").
  authorHandleOf: (root: Element): string | null =>
    root.querySelector(`${X_SELECTORS.userName} a[href^="/"]`)?.getAttribute('href')?.slice(1).split(/[/?#]/)[0] ?? null,
  badgeAnchor: xBadgeAnchor,
  // The User-Name block is a flex row: name, handle and time.
  badgeFitsRow: true,
  checkSelectors: checkXSelectors,
  // Posts on the page that the post root selector no longer finds: X's permalink times are
  // still there when its markup changes around them (a post without its test id).
  contentPresent: (doc: Document): boolean => doc.querySelector(X_SELECTORS.permalinkTime) !== null,
};
