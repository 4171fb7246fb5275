// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createScheduler, type SchedulerOptions } from '../../lib/content/schedule';
import { postRoots } from '../../lib/platforms/roots';
import type { PlatformAdapter } from '../../lib/platforms/types';

const roots = postRoots({ postSelector: 'article' } as PlatformAdapter);

function page(n: number): Element[] {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<div><article id="p${i}"><p>post ${i}</p></article></div>`).join('');
  return Array.from(document.querySelectorAll('article'));
}

/** A scheduler whose clock advances `cost` ms per post read, and whose tasks run when told. */
function setup(cost: number, more: Partial<SchedulerOptions> = {}) {
  let clock = 0;
  const tasks: (() => void)[] = [];
  const read: string[] = [];
  const events: string[] = [];
  const scheduler = createScheduler({
    roots,
    schedule: (fn) => void tasks.push(fn),
    perfNow: () => clock,
    budget: 8,
    read(root) {
      clock += cost;
      read.push(root.id);
    },
    failed: () => events.push('failed'),
    begin: (changed) => events.push(`begin ${changed}`),
    end: (changed) => events.push(`end ${changed}`),
    after: (done) => events.push(`after ${done}`),
    ...more,
  });
  const runTasks = () => {
    while (tasks.length) tasks.shift()!();
  };
  return { scheduler, tasks, read, events, runTasks };
}

describe('the slices of reading', () => {
  it('reads within the budget and continues in a later task', () => {
    const { scheduler, tasks, read, events, runTasks } = setup(3);
    for (const root of page(10)) scheduler.add(root);
    scheduler.drain(true);
    // 3 ms a post: the slice stops once past 8 ms, after the third post.
    expect(read).toEqual(['p0', 'p1', 'p2']);
    expect(events).toEqual(['begin true', 'end true', 'after false']);
    expect(scheduler.draining).toBe(true);
    expect(tasks).toHaveLength(1);
    runTasks();
    expect(read).toHaveLength(10);
    expect(events.at(-3)).toBe('begin false');
    expect(events.at(-1)).toBe('after true');
    expect(scheduler.slices).toBe(4);
    expect(scheduler.maxSliceMs).toBe(9);
    expect(scheduler.busyMs).toBe(30);
    scheduler.resetStats();
    expect([scheduler.busyMs, scheduler.maxSliceMs, scheduler.slices]).toEqual([0, 0, 0]);
  });

  it('goes on past a post it cannot read, and skips posts no longer on the page', () => {
    const posts = page(3);
    const { scheduler, read, events } = setup(1, {
      read(root) {
        if (root.id === 'p0') throw new Error('broken');
        read.push(root.id);
      },
    });
    for (const root of posts) scheduler.add(root);
    posts[1]!.remove();
    scheduler.drain(false);
    expect(read).toEqual(['p2']);
    expect(events).toEqual(['begin false', 'failed', 'end false', 'after true']);
    expect(scheduler.pending.size).toBe(0);
  });

  it('queues the posts in and around an added node, once each', () => {
    const posts = page(3);
    const { scheduler } = setup(1);
    scheduler.addWithin(document.body);
    scheduler.addWithin(posts[0]!.querySelector('p')!.firstChild!);
    scheduler.addWithin(posts[1]!);
    expect([...scheduler.pending].map((r) => r.id)).toEqual(['p0', 'p1', 'p2']);
  });

  it('schedules one later slice at a time', () => {
    const { scheduler, tasks, events, runTasks } = setup(1);
    for (const root of page(2)) scheduler.add(root);
    scheduler.drainLater(true);
    scheduler.drainLater(true);
    expect(tasks).toHaveLength(1);
    runTasks();
    expect(events).toEqual(['begin true', 'end true', 'after true']);
    expect(scheduler.draining).toBe(false);
  });
});
