// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createMarks, MENTION_ATTR, RISK_ATTR } from '../../lib/content/marks';
import type { ObservedPost } from '../../lib/schema';

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver;
  observed = new Set<Element>();
  constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) { this.observed.add(el); }
  unobserve(el: Element) { this.observed.delete(el); }
  disconnect() { this.observed.clear(); }
  enter(el: Element) { this.callback([{ target: el, isIntersecting: true }]); }
}

function setup(reading = false) {
  document.body.innerHTML = '<article></article>';
  const target = document.querySelector('article')!;
  const badges = { show: vi.fn(), remove: vi.fn() };
  const tasks: (() => void)[] = [];
  const win = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
  const marks = createMarks({ win, badges, schedule: (fn) => void tasks.push(fn), perfNow: () => 0, budget: 8, reading: () => reading });
  const post = { id: 'x:/a/status/1' } as ObservedPost;
  target.setAttribute(MENTION_ATTR, post.id);
  return { target, badges, marks, post, tasks };
}

describe('marks and badges', () => {
  it('adds a badge at once where the page just changed, else when the post nears the viewport', () => {
    const { target, badges, marks, post } = setup();
    marks.badgesNow = true;
    marks.show(target, target, post);
    expect(badges.show).toHaveBeenCalledTimes(1);
    marks.badgesNow = false;
    marks.show(target, target, post);
    expect(badges.show).toHaveBeenCalledTimes(1);
    expect(FakeObserver.last.observed.has(target)).toBe(true);
    FakeObserver.last.enter(target);
    expect(badges.show).toHaveBeenCalledTimes(2);
    expect(FakeObserver.last.observed.has(target)).toBe(false);
  });

  it('holds badges that come due while the page is read, and adds them after the slice', () => {
    const { target, badges, marks, post, tasks } = setup(true);
    marks.badgesNow = false;
    marks.show(target, target, post);
    FakeObserver.last.enter(target);
    expect(badges.show).not.toHaveBeenCalled();
    expect(tasks).toHaveLength(0);
  });

  it('unmarks: attributes and badge go, and the post no longer waits', () => {
    const { target, badges, marks, post } = setup();
    target.setAttribute(RISK_ATTR, 'high');
    marks.badgesNow = false;
    marks.show(target, target, post);
    marks.unmark(target);
    expect(target.hasAttribute(MENTION_ATTR)).toBe(false);
    expect(target.hasAttribute(RISK_ATTR)).toBe(false);
    expect(badges.remove).toHaveBeenCalledWith(target);
    expect(FakeObserver.last.observed.size).toBe(0);
  });
});
