/** The Instagram site adapter: comments and replies on posts, reels and the post viewer. Reply insertion lives in ./composer.ts. */
import type { PlatformAdapter } from '../types';
import { checkInstagramSelectors, extractInstagramComment, instagramAuthorHandle, instagramBadgeAnchor } from './extract';
import { IG_HOSTS, IG_SELECTORS } from './selectors';

export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  postSelector: IG_SELECTORS.commentItem,
  matchesUrl: (url: URL): boolean =>
    (url.protocol === 'https:' || url.protocol === 'http:') && IG_HOSTS.has(url.hostname),
  extract: extractInstagramComment,
  quickTextSelector: IG_SELECTORS.text,
  authorHandleOf: instagramAuthorHandle,
  badgeAnchor: instagramBadgeAnchor,
  checkSelectors: checkInstagramSelectors,
  contentPresent: (doc: Document): boolean => doc.querySelector(IG_SELECTORS.timedListItem) !== null,
};
