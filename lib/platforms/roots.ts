/**
 * Finding post roots: by the adapter's CSS selector, or, where no selector can say which
 * element is one post (a site whose comments are plain nested divs), by the adapter's own
 * finder. The content runtime goes through these three functions only.
 */
import type { PlatformAdapter, PostRoots } from './types';

export function postRoots(adapter: PlatformAdapter): PostRoots {
  const finder = adapter.roots;
  if (finder) return finder;
  const selector = adapter.postSelector;
  return {
    of: (el) => el.closest(selector),
    within: (scope) => scope.querySelectorAll(selector),
    first: (scope) => scope.querySelector(selector),
    is: (el) => el.matches(selector),
  };
}
