/** The X (x.com / twitter.com) site adapter. Reply insertion lives in ./composer.ts. */
import type { PlatformAdapter } from '../types';
import { checkXSelectors, extractXPost, xBadgeAnchor } from './extract';
import { X_HOSTS, X_SELECTORS } from './selectors';

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  postSelector: X_SELECTORS.postRoot,
  matchesUrl: (url: URL): boolean => (url.protocol === 'https:' || url.protocol === 'http:') && X_HOSTS.has(url.hostname),
  extract: extractXPost,
  // The texts of the post and of a post it quotes; everything extractXPost reads as text.
  quickTextSelector: X_SELECTORS.tweetText,
  // The first profile link in the User-Name block is the author's ("/handle").
  authorHandleOf: (root: Element): string | null =>
    root.querySelector(`${X_SELECTORS.userName} a[href^="/"]`)?.getAttribute('href')?.slice(1).split(/[/?#]/)[0] ?? null,
  badgeAnchor: xBadgeAnchor,
  // The User-Name block is a flex row: name, handle and time.
  badgeFitsRow: true,
  checkSelectors: checkXSelectors,
};
