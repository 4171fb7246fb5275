/** Reading a whole fixture page as the content script does, in the shape of the fixtures' .expected.json. */
import { postRoots } from '../../lib/platforms/roots';
import type { ExtractedPost, PlatformAdapter } from '../../lib/platforms/types';

/** Every post, comment and reply on the page, through the adapter's root finder. */
export function readAll(adapter: PlatformAdapter, doc: Document, pageUrl: string): ExtractedPost[] {
  return Array.from(postRoots(adapter).within(doc)).flatMap((root) => adapter.extract(root, pageUrl));
}

/** The fields an .expected.json lists for a post. */
export function comparable(post: ExtractedPost): Record<string, unknown> {
  return {
    id: post.id,
    url: post.url,
    threadUrl: post.threadUrl,
    authorName: post.authorName,
    authorHandle: post.authorHandle,
    authorUrl: post.authorUrl,
    verified: post.reach.verified,
    likes: post.engagement.likes,
    replies: post.engagement.replies,
    text: post.text,
    language: post.language,
    postedAt: post.postedAt,
    parentId: post.parentId,
  };
}
