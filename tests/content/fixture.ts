/** A test site shared by the content tests. */
import type { ExtractedPost, PlatformAdapter } from '../../lib/platforms/types';

/** A tiny site: each post is <article data-id data-author> with a <p> of text. */
export const articleAdapter: PlatformAdapter = {
  platform: 'x',
  postSelector: 'article',
  matchesUrl: () => true,
  extract(root, pageUrl): ExtractedPost[] {
    const id = root.getAttribute('data-id');
    if (!id) return [];
    return [
      {
        id: `x:/${root.getAttribute('data-author')}/status/${id}`,
        platform: 'x',
        url: `https://x.com/a/status/${id}`,
        threadUrl: pageUrl,
        authorName: 'A',
        authorHandle: root.getAttribute('data-author') ?? 'a',
        authorUrl: '',
        reach: { verified: false, followers: null },
        engagement: { replies: null, reposts: null, likes: null, views: null },
        text: root.querySelector('p')?.textContent ?? '',
        language: 'en',
        postedAt: null,
        parentId: null,
        element: root,
      },
    ];
  },
  quickTextSelector: 'p',
  badgeAnchor: (root) => root,
  checkSelectors: (doc) => [{ name: 'post', matched: doc.querySelector('article') !== null }],
};
