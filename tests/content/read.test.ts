// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createGlance } from '../../lib/content/glance';
import { MENTION_ATTR, RISK_ATTR, type Marks } from '../../lib/content/marks';
import { createReader } from '../../lib/content/read';
import type { Reporter } from '../../lib/content/report';
import type { Brand, RiskInputLike } from '../../lib/content/types';
import { postRoots } from '../../lib/platforms/roots';
import type { PlatformAdapter } from '../../lib/platforms/types';
import { articleAdapter } from './fixture';
import type { ObservedPost, RiskAssessment } from '../../lib/schema';

/** The test site, its reads counted. */
function makeAdapter(): PlatformAdapter {
  return { ...articleAdapter, extract: vi.fn(articleAdapter.extract) };
}

const brand: Brand = {
  handles: new Set(['nordlichtcoffee']),
  matcher: {
    isEmpty: false,
    match: (text) => {
      const i = text.indexOf('Nordlicht');
      return i < 0 ? [] : [{ term: 'Nordlicht', kind: 'name', span: [i, i + 9] }];
    },
  },
};

function setup(html: string, assess = (input: RiskInputLike): RiskAssessment => ({ score: 50, level: 'medium', reasons: [], crisisType: 'none', language: input.language })) {
  document.body.innerHTML = html;
  const adapter = makeAdapter();
  const marks = { badgesNow: true, show: vi.fn(), unmark: vi.fn() } as unknown as Marks & { show: ReturnType<typeof vi.fn>; unmark: ReturnType<typeof vi.fn> };
  const reported: ObservedPost[] = [];
  const reporter: Reporter = { add: (posts) => void reported.push(...posts), flush: vi.fn(), waiting: 0 };
  const failed = vi.fn();
  const assessSpy = vi.fn(assess);
  const glance = createGlance(adapter, brand);
  const roots = postRoots(adapter);
  const reader = createReader({ adapter, doc: document, roots, brand, glance, marks, reporter, assess: assessSpy, failed });
  const posts = Array.from(document.querySelectorAll('article'));
  return { adapter, marks, reported, reader, posts, failed, assess: assessSpy, glance };
}

const article = (id: string, author: string, text: string) => `<div><article data-id="${id}" data-author="${author}"><p>${text}</p></article></div>`;

describe('reading a post in full', () => {
  it('marks a mention, scores it with the brand’s answer below it, and reports it', () => {
    const t = setup(article('1', 'ada', 'Nordlicht burnt my beans') + article('2', 'NordlichtCoffee', 'sorry!'));
    t.reader.read(t.posts[0]!);
    expect(t.posts[0]!.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/1');
    expect(t.posts[0]!.getAttribute(RISK_ATTR)).toBe('medium');
    expect(t.assess.mock.calls[0]![0].context).toEqual({ brandReplied: true, authorPostsInThread: 1 });
    expect(t.reported.map((p) => [p.id, p.matches.length, p.byBrand])).toEqual([['x:/ada/status/1', 1, false]]);
    expect(t.marks.show).toHaveBeenCalledWith(t.posts[0], t.posts[0], t.reader.post('x:/ada/status/1'));
    expect([t.reader.postsSeen, t.reader.mentionsSeen]).toEqual([1, 1]);
    expect(t.reader.recent).toEqual([t.posts[0]]);
  });

  it('only glances at a post that cannot mention the brand', () => {
    const t = setup(article('1', 'ada', 'just coffee'));
    t.reader.read(t.posts[0]!);
    t.reader.read(t.posts[0]!);
    expect(t.adapter.extract).not.toHaveBeenCalled();
    expect(t.marks.unmark).toHaveBeenCalledTimes(1);
    expect(t.reader.postsSeen).toBe(1);
    expect(t.reported).toEqual([]);
  });

  it('does not read a root again until it shows another post (node reuse)', () => {
    const t = setup(article('1', 'ada', 'Nordlicht is fine'));
    const root = t.posts[0]!;
    t.reader.read(root);
    t.reader.clearSlice();
    t.glance.clear();
    t.reader.read(root);
    expect(t.reported).toHaveLength(1);
    // The site reuses the node for another post.
    root.setAttribute('data-id', '2');
    t.reader.clearSlice();
    t.glance.clear();
    t.reader.read(root);
    expect(t.reported.map((p) => p.id)).toEqual(['x:/ada/status/1', 'x:/ada/status/2']);
    expect(root.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/2');
    // Already seen: the reused root is not counted as a new post.
    expect([t.reader.postsSeen, t.reader.mentionsSeen]).toEqual([1, 2]);
  });

  it('extracts a root once per slice', () => {
    const t = setup(article('1', 'ada', 'Nordlicht'));
    t.reader.extract(t.posts[0]!);
    t.reader.read(t.posts[0]!);
    expect(t.adapter.extract).toHaveBeenCalledTimes(1);
    t.reader.clearSlice();
    t.reader.extract(t.posts[0]!);
    expect(t.adapter.extract).toHaveBeenCalledTimes(2);
  });

  it('lists a mention it cannot score unscored, and the brand’s own posts as no mention', () => {
    const t = setup(article('1', 'ada', 'Nordlicht') + article('2', 'nordlichtcoffee', 'Nordlicht here'), () => {
      throw new Error('no model');
    });
    t.reader.read(t.posts[0]!);
    t.reader.read(t.posts[1]!);
    expect(t.failed).toHaveBeenCalledTimes(1);
    expect(t.reported.map((p) => [p.id, p.risk])).toEqual([['x:/ada/status/1', null]]);
    expect(t.posts[0]!.hasAttribute(RISK_ATTR)).toBe(false);
    expect(t.posts[1]!.hasAttribute(MENTION_ATTR)).toBe(false);
    t.reader.reset();
    expect([t.reader.postsSeen, t.reader.mentionsSeen, t.reader.recent.length, t.reader.post('x:/ada/status/1')]).toEqual([0, 0, 0, undefined]);
  });
});
