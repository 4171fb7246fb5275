/** The X (x.com / twitter.com) site adapter. Reply insertion lives in ./composer.ts. */
import type { PlatformAdapter } from '../types';
import { checkXSelectors, extractXPost, xBadgeAnchor } from './extract';
import { X_HOSTS, X_SELECTORS } from './selectors';

export const xAdapter: PlatformAdapter = {
  platform: 'x',
  postSelector: X_SELECTORS.postRoot,
  matchesUrl: (url: URL): boolean => (url.protocol === 'https:' || url.protocol === 'http:') && X_HOSTS.has(url.hostname),
  extract: extractXPost,
  badgeAnchor: xBadgeAnchor,
  checkSelectors: checkXSelectors,
};
