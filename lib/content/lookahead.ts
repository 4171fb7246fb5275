/**
 * The brand's answer, looked ahead for: whether one of the next few posts in the page is by the
 * brand (X shows replies below the post they answer). A mention the brand already answered is
 * less likely to escalate.
 */
import type { PostRoots } from '../platforms/types';

/** How many following posts are looked at. */
export const LOOK_AHEAD = 3;

/**
 * Whether one of the LOOK_AHEAD posts after `root` is by one of `brandHandles` (lower case).
 * `authorOf` gives a post root's author handle, as cheaply as the caller can.
 */
export function brandRepliedAfter(
  root: Element,
  roots: PostRoots,
  brandHandles: ReadonlySet<string>,
  authorOf: (next: Element) => string | null | undefined,
): boolean {
  if (brandHandles.size === 0) return false;
  let cell: Element | null = root;
  for (let i = 0; i < LOOK_AHEAD && cell; i++) {
    const next = nextPostRoot(cell, roots);
    if (!next) return false;
    const handle = authorOf(next)?.toLowerCase();
    if (handle && brandHandles.has(handle)) return true;
    cell = next;
  }
  return false;
}

/** The next post root in the page after `root`. */
export function nextPostRoot(root: Element, roots: PostRoots): Element | null {
  // Posts sit in sibling cells; walk up until a following sibling holds a post.
  let node: Element | null = root;
  for (let depth = 0; node && depth < 6; depth++) {
    let sib = node.nextElementSibling;
    while (sib) {
      const found = roots.is(sib) ? sib : roots.first(sib);
      if (found) return found;
      sib = sib.nextElementSibling;
    }
    node = node.parentElement;
  }
  return null;
}
