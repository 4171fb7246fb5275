/**
 * Marks and badges in the page. A mention is marked at once with attributes (no style of the
 * page reads them, so they cost the page nothing). Its badge goes in at once only where the
 * page itself just changed (`badgesNow`: that frame is being laid out anyway) and otherwise when
 * the post comes within 1,500 px of the viewport. Badges that come due while the page is still
 * being read go in together when the read ends (at most DUE_WAIT_MS later): on a page of
 * thousands of posts, every frame that adds badges costs the page a full layout and paint.
 */
import type { ObservedPost } from '../schema';

export interface BadgeRenderer {
  /** Puts or updates the badge for a mention inside `anchor`. */
  show(anchor: Element, post: ObservedPost): void;
  /** Removes Keel's badge from a post root (when a reused node no longer shows a mention). */
  remove(root: Element): void;
}

export const MENTION_ATTR = 'data-keel-mention';
export const RISK_ATTR = 'data-keel-risk';
/** Longest a badge that came due waits for the page's read to end. */
export const DUE_WAIT_MS = 250;

export interface MarksOptions {
  win: (Window & typeof globalThis) | null;
  badges: BadgeRenderer;
  schedule: (fn: () => void) => void;
  perfNow: () => number;
  /** Milliseconds one task of badges may take. */
  budget: number;
  /** Whether posts are still waiting to be read. */
  reading: () => boolean;
}

export interface Marks {
  /** Whether badges go in at once (set for each slice of reading). */
  badgesNow: boolean;
  /** Shows the badge for a marked mention now or when it nears the viewport. */
  show(target: Element, anchor: Element, post: ObservedPost): void;
  /** Shows a waiting badge now (the person asked to see the mention). */
  showWaiting(target: Element): void;
  /** Removes the mark and badge of an element that no longer shows a mention. */
  unmark(target: Element): void;
  /** After a slice of reading: badges that waited for the read go in, in a task of their own. */
  afterSlice(): void;
  /** Posts the site removed (X keeps only the rows near the viewport) no longer wait for a badge. */
  forgetRemoved(): void;
  reset(): void;
  stop(): void;
}

export function createMarks(o: MarksOptions): Marks {
  /** Badges waiting for their post to come near the viewport, by the element marked. */
  const waiting = new Map<Element, { anchor: Element; post: ObservedPost }>();
  /** Posts near the viewport whose badges are still to be added (a fast scroll brings many). */
  const due = new Set<Element>();
  let dueQueued = false;
  /** When the oldest badge now due came due while the page was still being read; 0 when none waits. */
  let dueSince = 0;
  const Observer = o.win?.IntersectionObserver;
  const nearViewport = Observer
    ? new Observer(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) due.add(entry.target);
          if (due.size === 0) return;
          if (o.reading()) {
            if (dueSince === 0) dueSince = o.perfNow();
            if (o.perfNow() - dueSince < DUE_WAIT_MS) return;
          }
          showDue();
        },
        { rootMargin: '1500px 0px' },
      )
    : null;

  function stopWaiting(target: Element) {
    if (waiting.delete(target)) nearViewport?.unobserve(target);
  }

  function showDue() {
    dueSince = 0;
    const start = o.perfNow();
    for (const target of due) {
      due.delete(target);
      marks.showWaiting(target);
      if (o.perfNow() - start > o.budget) break;
    }
    if (due.size > 0) queueDue();
  }

  /** Shows the due badges in a task of their own. */
  function queueDue() {
    if (dueQueued) return;
    dueQueued = true;
    o.schedule(() => {
      dueQueued = false;
      showDue();
    });
  }

  const marks: Marks = {
    badgesNow: true,
    show(target, anchor, post) {
      if (marks.badgesNow || !nearViewport) {
        stopWaiting(target);
        o.badges.show(anchor, post);
        return;
      }
      if (!waiting.has(target)) nearViewport.observe(target);
      waiting.set(target, { anchor, post });
    },
    showWaiting(target) {
      const w = waiting.get(target);
      if (!w) return;
      stopWaiting(target);
      // Still the same mention (X may have reused the node since).
      if (target.getAttribute(MENTION_ATTR) === w.post.id) o.badges.show(w.anchor, w.post);
    },
    unmark(target) {
      stopWaiting(target);
      if (!target.hasAttribute(MENTION_ATTR)) return;
      target.removeAttribute(MENTION_ATTR);
      target.removeAttribute(RISK_ATTR);
      o.badges.remove(target);
    },
    afterSlice() {
      if (o.reading()) {
        if (dueSince !== 0 && o.perfNow() - dueSince >= DUE_WAIT_MS) queueDue();
      } else if (due.size > 0) queueDue();
    },
    forgetRemoved() {
      for (const target of waiting.keys()) if (!target.isConnected) stopWaiting(target);
    },
    reset() {
      for (const target of waiting.keys()) stopWaiting(target);
      due.clear();
      dueSince = 0;
    },
    stop() {
      nearViewport?.disconnect();
      waiting.clear();
    },
  };
  return marks;
}
