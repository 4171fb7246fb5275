/**
 * Which kind of page a tab shows (a post page, a reel, a dialog over another page, a feed, a
 * group…), so that "Keel cannot read this page" can say which site and which view changed.
 * From the URL, and for a dialog from the page (Instagram and Facebook open a post over the
 * page beneath, under the post's own URL).
 */
import type { Platform } from '../schema';

export const PAGE_VIEWS = ['post', 'reel', 'modal', 'feed', 'group', 'profile', 'search', 'video', 'other'] as const;
export type PageView = (typeof PAGE_VIEWS)[number];

/** A dialog holding a post: Instagram's and Facebook's post viewer over a feed or a profile. */
const POST_DIALOG = '[role="dialog"] a[href] time, [role="dialog"] [role="article"]';

export function pageView(platform: Platform, url: string, doc?: Document): PageView {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  const dialog = () => platform !== 'x' && doc?.querySelector(POST_DIALOG) != null;
  if (platform === 'x') {
    if (/\/status\/\d+/.test(path)) return 'post';
    if (first === '' || first === 'home') return 'feed';
    if (first === 'search' || first === 'explore' || path.startsWith('/hashtag/')) return 'search';
    if (first === 'i' && (segments[1] === 'communities' || segments[1] === 'lists')) return 'group';
    return segments.length === 1 ? 'profile' : 'other';
  }
  if (platform === 'instagram') {
    if (first === 'reel' || first === 'reels') return 'reel';
    if (dialog()) return 'modal';
    if (first === 'p' || segments[1] === 'p') return 'post';
    if (first === '') return 'feed';
    if (first === 'explore') return 'search';
    return segments.length === 1 ? 'profile' : 'other';
  }
  // Facebook
  if (first === 'reel' || segments[1] === 'reel') return 'reel';
  if (dialog()) return 'modal';
  if (first === 'groups') return segments.includes('posts') || segments.includes('permalink') ? 'post' : 'group';
  if (first === 'watch' || segments.includes('videos')) return 'video';
  if (segments.includes('posts') || first === 'permalink.php' || first === 'story.php' || first === 'photo' || first === 'photo.php') return 'post';
  if (first === '' || first === 'home.php') return 'feed';
  if (first === 'search') return 'search';
  return segments.length === 1 || first === 'profile.php' ? 'profile' : 'other';
}
