// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MENTION_ATTR, RISK_ATTR, startContentRuntime, type BadgeRenderer, type ContentRuntime, type RuntimeOptions } from '../../lib/content/runtime';
import type { PlatformAdapter } from '../../lib/platforms/types';
import { articleAdapter } from './fixture';
import { DEFAULT_SETTINGS, type ObservedPost, type RiskAssessment } from '../../lib/schema';

const adapter = articleAdapter;

const settings = { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'], handles: ['@nordlichtcoffee'] } };
const matcher = (names: string[]) => ({
  isEmpty: names.length === 0,
  match: (text: string) =>
    names.flatMap((n) => {
      const i = text.toLowerCase().indexOf(n.toLowerCase());
      return i < 0 ? [] : [{ term: n, kind: 'name' as const, span: [i, i + n.length] as [number, number] }];
    }),
});
const assess = vi.fn(
  (input: { text: string; context?: { brandReplied?: boolean; authorPostsInThread?: number } }): RiskAssessment => ({
    score: input.text.includes('!!!') ? 90 : 20,
    level: input.text.includes('!!!') ? 'critical' : 'low',
    reasons: [],
    crisisType: 'none',
    language: 'en',
  }),
);

function makeBadges(): BadgeRenderer & { shown: string[] } {
  const shown: string[] = [];
  return {
    shown,
    show: (_anchor, post) => void shown.push(post.id),
    remove: vi.fn(),
  };
}

let runtime: ContentRuntime | null = null;
afterEach(() => {
  runtime?.stop();
  runtime = null;
  document.body.innerHTML = '';
  assess.mockClear();
});

function start(reported: ObservedPost[][], badges = makeBadges(), more: Partial<RuntimeOptions> = {}) {
  runtime = startContentRuntime({
    adapter,
    doc: document,
    settings,
    compileMatcher: (s) => matcher(s.brand.names),
    assess,
    badges,
    report: (posts) => reported.push(posts),
    reportHealth: () => {},
    schedule: (fn) => queueMicrotask(fn),
    ...more,
  });
  return runtime;
}

/** Starts on a page read in 1 ms slices, each continuation a task the test runs. */
function startSliced(badges = makeBadges(), reported: ObservedPost[][] = []) {
  const tasks: Array<() => void> = [];
  const rt = start(reported, badges, { schedule: (fn) => void tasks.push(fn), sliceBudgetMs: 1 });
  return { rt, tasks };
}

const post = (id: string, text: string, author = 'ada') => `<article data-id="${id}" data-author="${author}"><p>${text}</p></article>`;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('content runtime', () => {
  it('marks mentions on the page, leaves other posts alone and reports mentions', async () => {
    document.body.innerHTML = post('1', 'I love Nordlicht') + post('2', 'nothing to see') + post('3', 'NORDLICHT!!!');
    const reported: ObservedPost[][] = [];
    start(reported);
    // On a slow machine the first slice may not cover every post; the rest follow in later tasks.
    await flush();
    const articles = document.querySelectorAll('article');
    expect(articles[0]!.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/1');
    expect(articles[0]!.getAttribute(RISK_ATTR)).toBe('low');
    expect(articles[1]!.hasAttribute(MENTION_ATTR)).toBe(false);
    expect(articles[2]!.getAttribute(RISK_ATTR)).toBe('critical');
    expect(reported.flat().map((p) => p.id)).toEqual(['x:/ada/status/1', 'x:/ada/status/3']);
    expect(reported.flat()[0]!.pageUrl).toBe(location.href);
  });

  it('reads only the posts whose text can mention the brand in full', async () => {
    // The mention comes last: looking ahead for the brand's answer reads nothing else.
    document.body.innerHTML = post('2', 'nothing to see') + post('3', 'still nothing') + post('1', 'I love Nordlicht');
    const extract = vi.spyOn(adapter, 'extract');
    const rt = start([]);
    await flush();
    expect(extract.mock.calls.map(([root]) => root.getAttribute('data-id'))).toEqual(['1']);
    expect(rt.stats().postsSeen).toBe(3);
    // A node reused for a post that does mention the brand is read in full.
    document.querySelectorAll('article')[1]!.querySelector('p')!.textContent = 'Nordlicht now';
    await flush();
    expect(document.querySelectorAll('article')[1]!.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/3');
    extract.mockRestore();
  });

  it('matches a mention once when its text is its quick text, and again where they differ', async () => {
    document.body.innerHTML = post('1', 'I love Nordlicht') + post('2', 'nothing to see') + post('3', 'Nordlicht again');
    const texts: string[] = [];
    const counting = (names: string[]) => {
      const inner = matcher(names);
      return { isEmpty: inner.isEmpty, match: (text: string) => (texts.push(text), inner.match(text)) };
    };
    const reported: ObservedPost[][] = [];
    start(reported, makeBadges(), { compileMatcher: (s) => counting(s.brand.names) });
    await flush();
    expect(texts).toEqual(['I love Nordlicht', 'nothing to see', 'Nordlicht again']);
    expect(reported.flat().map((p) => p.matches[0]!.span)).toEqual([[7, 16], [0, 9]]);

    // An adapter whose full text differs from the quick text (X drops a shortened link's "…"):
    // the spans must point into the full text.
    runtime?.stop();
    texts.length = 0;
    const prefixed: PlatformAdapter = { ...adapter, extract: (root, url) => adapter.extract(root, url).map((p) => ({ ...p, text: `Re: ${p.text}` })) };
    const again: ObservedPost[][] = [];
    start(again, makeBadges(), { adapter: prefixed, compileMatcher: (s) => counting(s.brand.names) });
    await flush();
    expect(again.flat().map((p) => p.matches[0]!.span)).toEqual([[11, 20], [4, 13]]);
    expect(texts).toHaveLength(5);
  });

  it('flags a post added later before the browser paints (in the mutation callback)', async () => {
    const reported: ObservedPost[][] = [];
    start(reported);
    const cell = document.createElement('div');
    cell.innerHTML = post('9', 'Nordlicht answer me');
    document.body.append(cell);
    // MutationObserver callbacks run as microtasks, before the next frame.
    await Promise.resolve();
    expect(cell.querySelector('article')!.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/9');
  });

  it('re-reads a reused node that now shows another post, and unmarks it when that one is not a mention', async () => {
    document.body.innerHTML = post('1', 'Nordlicht is great');
    start([]);
    const article = document.querySelector('article')!;
    article.setAttribute('data-id', '2');
    article.querySelector('p')!.textContent = 'Nordlicht again';
    await flush();
    expect(article.getAttribute(MENTION_ATTR)).toBe('x:/ada/status/2');
    article.setAttribute('data-id', '3');
    article.querySelector('p')!.textContent = 'unrelated post';
    await flush();
    expect(article.hasAttribute(MENTION_ATTR)).toBe(false);
  });

  it('does not treat the brand’s own posts as mentions, and tells the risk engine when the brand answered', async () => {
    document.body.innerHTML = post('1', 'Nordlicht broke my mug', 'ada') + post('2', 'Sorry Ada, Nordlicht here', 'nordlichtcoffee');
    start([]);
    await flush();
    expect(document.querySelectorAll(`[${MENTION_ATTR}]`)).toHaveLength(1);
    expect(assess).toHaveBeenCalledTimes(1);
    expect(assess.mock.calls[0]![0].context).toMatchObject({ authorPostsInThread: 1, brandReplied: true });
  });

  it('counts repeated posts by the same author in a thread', async () => {
    document.body.innerHTML = post('1', 'Nordlicht?') + post('2', 'Nordlicht??') + post('3', 'Nordlicht???');
    start([]);
    await flush();
    expect(assess.mock.calls.map((c) => c[0].context?.authorPostsInThread)).toEqual([1, 2, 3]);
  });

  it('rescans with new settings', async () => {
    document.body.innerHTML = post('1', 'Polarstern is bitter');
    const rt = start([]);
    await flush();
    expect(document.querySelector(`[${MENTION_ATTR}]`)).toBeNull();
    rt.updateSettings({ ...settings, brand: { ...settings.brand, names: ['Polarstern'] } });
    await flush();
    expect(document.querySelector(`[${MENTION_ATTR}]`)).not.toBeNull();
  });

  it('yields to the page between slices on a large page and still marks everything', async () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => post(String(i), `Nordlicht ${i}`)).join('');
    const reported: ObservedPost[][] = [];
    const { tasks } = startSliced(makeBadges(), reported);
    const afterFirstSlice = document.querySelectorAll(`[${MENTION_ATTR}]`).length;
    expect(afterFirstSlice).toBeLessThan(3000);
    let slices = 0;
    while (tasks.length) {
      tasks.shift()!();
      slices++;
    }
    expect(document.querySelectorAll(`[${MENTION_ATTR}]`)).toHaveLength(3000);
    // Reported in batches of up to 400 (and the first slice's at once), not a message per slice.
    expect(new Set(reported.flat().map((p) => p.id)).size).toBe(3000);
    expect(Math.max(...reported.map((batch) => batch.length))).toBeLessThanOrEqual(400);
    expect(reported.length).toBeLessThan(slices / 4);
  });

  it('while the page is still being read, badges that come due wait and go in together', () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => post(String(i), `Nordlicht ${i}`)).join('');
    let report: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | null = null;
    class FakeIntersectionObserver {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const badges = makeBadges();
    const { tasks } = startSliced(badges);
    tasks.shift()!();
    tasks.shift()!();
    const first = badges.shown.length;
    const articles = document.querySelectorAll('article');
    const due = (from: number) => report!([articles[from]!, articles[from + 1]!].map((target) => ({ target, isIntersecting: true })));
    const unread = () => document.querySelectorAll(`article:not([${MENTION_ATTR}])`).length;
    // Each frame that adds badges costs a large page a long layout: they wait for the read to end.
    due(first);
    expect(badges.shown).toHaveLength(first);
    tasks.shift()!();
    expect(badges.shown).toHaveLength(first);
    // …but not for long: past DUE_WAIT_MS they go in while the rest is still being read.
    const now = performance.now.bind(performance);
    const later = vi.spyOn(performance, 'now').mockImplementation(() => now() + 300);
    tasks.shift()!();
    while (badges.shown.length === first && tasks.length) tasks.shift()!();
    expect(badges.shown).toHaveLength(first + 2);
    expect(unread()).toBeGreaterThan(0);
    later.mockRestore();
    // Due again while reading: shown in one go when the read ends.
    due(first + 2);
    expect(badges.shown).toHaveLength(first + 2);
    while (tasks.length) tasks.shift()!();
    expect(unread()).toBe(0);
    expect(badges.shown).toHaveLength(first + 4);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('adds badges at once at the top of the page, and further down when the post comes near the viewport', async () => {
    document.body.innerHTML = Array.from({ length: 3000 }, (_, i) => post(String(i), `Nordlicht ${i}`)).join('');
    // jsdom has no IntersectionObserver: a stand-in the test drives.
    const observed = new Set<Element>();
    let report: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | null = null;
    class FakeIntersectionObserver {
      constructor(callback: typeof report) {
        report = callback;
      }
      observe(el: Element) {
        observed.add(el);
      }
      unobserve(el: Element) {
        observed.delete(el);
      }
      disconnect() {
        observed.clear();
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    // The page-health check's timer, not the clock the slices are timed by.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const badges = makeBadges();
    const { rt, tasks } = startSliced(badges);
    const marked = () => document.querySelectorAll(`[${MENTION_ATTR}]`).length;
    tasks.shift()!();
    const first = marked();
    expect(first).toBeGreaterThan(0);
    expect(badges.shown).toHaveLength(first);
    while (tasks.length) tasks.shift()!();
    // Every mention is marked and reported; the badges further down wait.
    expect(marked()).toBe(3000);
    expect(badges.shown).toHaveLength(first);
    expect(observed.size).toBe(3000 - first);

    const articles = document.querySelectorAll('article');
    const near = [articles[first]!, articles[first + 1]!];
    report!([...near.map((target) => ({ target, isIntersecting: true })), { target: articles[2999]!, isIntersecting: false }]);
    expect(badges.shown.slice(first)).toEqual([`x:/ada/status/${first}`, `x:/ada/status/${first + 1}`]);
    expect(observed.has(near[0]!)).toBe(false);
    expect(observed.has(articles[2999]!)).toBe(true);

    // Revealing a mention from the side panel adds its badge (jsdom does not scroll).
    Element.prototype.scrollIntoView = () => {};
    expect(rt.reveal('x:/ada/status/2999')).toBe(true);
    expect(badges.shown.at(-1)).toBe('x:/ada/status/2999');

    // A node reused for a post that is not a mention no longer waits for a badge.
    const reused = articles[2998]!;
    reused.querySelector('p')!.textContent = 'unrelated now';
    await Promise.resolve();
    expect(reused.hasAttribute(MENTION_ATTR)).toBe(false);
    expect(observed.has(reused)).toBe(false);

    // Posts the site removes stop waiting once reading has settled (the page-health check).
    const removed = articles[2997]!;
    expect(observed.has(removed)).toBe(true);
    removed.remove();
    await Promise.resolve();
    while (tasks.length) tasks.shift()!();
    vi.advanceTimersByTime(2000);
    expect(observed.has(removed)).toBe(false);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
});
