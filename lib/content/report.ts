/**
 * Reports: the posts Keel read go to the background in a few messages, not one per slice,
 * and never in the slice that marked them (the in-page marks are already there).
 */
import type { ObservedPost } from '../schema';

/** The most posts one message carries (the message schema's limit is above it). */
export const MAX_REPORT_BATCH = 400;

export interface Reporter {
  /** Keeps posts for the next message. */
  add(posts: ObservedPost[]): void;
  /** Sends what is kept, in a task of its own, at most MAX_REPORT_BATCH posts a message. */
  flush(): void;
  /** Posts kept and not yet sent. */
  readonly waiting: number;
}

export function createReporter(schedule: (fn: () => void) => void, report: (posts: ObservedPost[]) => void): Reporter {
  let outbox: ObservedPost[] = [];
  let queued = false;
  return {
    add(posts) {
      if (posts.length) outbox.push(...posts);
    },
    flush() {
      if (outbox.length === 0 || queued) return;
      queued = true;
      schedule(() => {
        queued = false;
        const all = outbox;
        outbox = [];
        for (let i = 0; i < all.length; i += MAX_REPORT_BATCH) report(all.slice(i, i + MAX_REPORT_BATCH));
      });
    },
    get waiting() {
      return outbox.length;
    },
  };
}
