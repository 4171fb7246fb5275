/**
 * The Instagram site adapter: comments and replies on posts, reels and the post viewer.
 * Comment roots are found in ./roots.ts, read in ./extract.ts; reply insertion lives in ./composer.ts.
 */
import type { PlatformAdapter } from '../types';
import {
  checkInstagramSelectors,
  extractInstagramComment,
  instagramAuthorHandle,
  instagramBadgeAnchor,
  instagramContentPresent,
} from './extract';
import { instagramRoots } from './roots';
import { IG_HOSTS, IG_SELECTORS } from './selectors';

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  // Comments are found by structure (./roots.ts); their permalink timestamps are the candidates.
  postSelector: IG_SELECTORS.permalinkTime,
  roots: instagramRoots,
  matchesUrl: (url: URL): boolean =>
    (url.protocol === 'https:' || url.protocol === 'http:') && IG_HOSTS.has(url.hostname),
  extract: extractInstagramComment,
  quickTextSelector: IG_SELECTORS.text,
  authorHandleOf: instagramAuthorHandle,
  badgeAnchor: instagramBadgeAnchor,
  checkSelectors: checkInstagramSelectors,
  contentPresent: instagramContentPresent,
};
