/**
 * Finding post roots: by the adapter's CSS selector, or, where no selector can say which
 * element is one post (a site whose comments are plain nested divs), by the adapter's own
 * finder. The content runtime goes through these three functions only.
 */
import type { PlatformAdapter } from './types';

export interface PostRoots {
  /** The post root `el` sits in (or is), if any. */
  of(el: Element): Element | null;
  /** Every post root inside `scope`, not counting `scope` itself, in document order. */
  within(scope: Element | Document): ArrayLike<Element>;
  /** The first post root inside `scope` (stops at the first, unlike `within`). */
  first(scope: Element | Document): Element | null;
  /** Whether `el` is a post root. */
  is(el: Element): boolean;
}

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
