/** The Facebook site adapter: comments and replies under posts. Reply insertion lives in ./composer.ts. */
import type { PlatformAdapter } from '../types';
import {
  checkFacebookSelectors,
  extractFacebookComment,
  facebookAuthorHandle,
  facebookBadgeAnchor,
  facebookContentPresent,
} from './extract';
import { FB_HOSTS, FB_SELECTORS } from './selectors';

export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  postSelector: FB_SELECTORS.commentRoot,
  matchesUrl: (url: URL): boolean =>
    (url.protocol === 'https:' || url.protocol === 'http:') && FB_HOSTS.has(url.hostname),
  extract: extractFacebookComment,
  quickTextSelector: FB_SELECTORS.textBlock,
  authorHandleOf: facebookAuthorHandle,
  badgeAnchor: facebookBadgeAnchor,
  checkSelectors: checkFacebookSelectors,
  contentPresent: facebookContentPresent,
};
