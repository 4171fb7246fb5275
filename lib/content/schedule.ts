/**
 * Scheduling the reading of posts: roots wait in a pending set and are read in slices of at most
 * `budget` milliseconds. The first slice after a change of the page runs in the MutationObserver
 * callback (a microtask, before the browser paints) so a mention is flagged in the frame it
 * appears; what does not fit continues in later tasks, so no task blocks the page for long.
 */
import type { PostRoots } from '../platforms/types';

export interface SchedulerOptions {
  roots: PostRoots;
  /** Schedules a continuation task; setTimeout in the page. */
  schedule: (fn: () => void) => void;
  perfNow: () => number;
  /** Milliseconds one slice of work may take before yielding to the page. */
  budget: number;
  /** Reads one post root. */
  read(root: Element): void;
  /** A root could not be read: reading goes on with the rest of the page. */
  failed(error: unknown): void;
  /** Before a slice; `pageChanged`: the page changed in this frame. */
  begin(pageChanged: boolean): void;
  /** At the end of a slice's reading, still counted in its time. */
  end(pageChanged: boolean): void;
  /** After a slice; `done`: nothing is left to read. */
  after(done: boolean): void;
}

export interface Scheduler {
  /** Post roots waiting to be read. */
  readonly pending: ReadonlySet<Element>;
  /** Whether a continuation slice is scheduled. */
  readonly draining: boolean;
  add(root: Element): void;
  /** Queues the post roots in or around an added node. */
  addWithin(node: Node): void;
  /** Reads pending posts for one slice now; `pageChanged`: the page changed in this frame. */
  drain(pageChanged: boolean): void;
  /** Reads pending posts starting in a task of its own, unless a slice is already scheduled. */
  drainLater(pageChanged: boolean): void;
  /** Milliseconds of main-thread time spent reading, the longest slice, and the number of slices. */
  readonly busyMs: number;
  readonly maxSliceMs: number;
  readonly slices: number;
  resetStats(): void;
}

export function createScheduler(o: SchedulerOptions): Scheduler {
  const { roots, perfNow } = o;
  const pending = new Set<Element>();
  let draining = false;
  let busyMs = 0;
  let maxSliceMs = 0;
  let slices = 0;

  function add(root: Element) {
    pending.add(root);
  }

  function drainLater(pageChanged: boolean) {
    if (draining) return;
    draining = true;
    o.schedule(() => {
      draining = false;
      drain(pageChanged);
    });
  }

  function drain(pageChanged: boolean) {
    const start = perfNow();
    o.begin(pageChanged);
    for (const root of pending) {
      pending.delete(root);
      if (root.isConnected) {
        try {
          o.read(root);
        } catch (error) {
          // One post Keel cannot read must not stop it reading the rest of the page.
          o.failed(error);
        }
      }
      if (perfNow() - start > o.budget) break;
    }
    o.end(pageChanged);
    const took = perfNow() - start;
    busyMs += took;
    slices++;
    if (took > maxSliceMs) maxSliceMs = took;
    if (pending.size > 0) drainLater(false);
    o.after(pending.size === 0);
  }

  return {
    pending,
    get draining() {
      return draining;
    },
    add,
    addWithin(node) {
      if (node.nodeType !== 1) {
        const parent = node.parentElement;
        const root = parent ? roots.of(parent) : null;
        if (root) add(root);
        return;
      }
      const el = node as Element;
      const own = roots.of(el);
      if (own) add(own);
      const inner = roots.within(el);
      for (let i = 0; i < inner.length; i++) add(inner[i]!);
    },
    drain,
    drainLater,
    get busyMs() {
      return busyMs;
    },
    get maxSliceMs() {
      return maxSliceMs;
    },
    get slices() {
      return slices;
    },
    resetStats() {
      busyMs = 0;
      maxSliceMs = 0;
      slices = 0;
    },
  };
}
