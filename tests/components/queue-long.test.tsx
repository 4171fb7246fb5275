// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../components/App';
import { WHOLE_LIST_MAX } from '../../components/MentionList';
import { usePanelState } from '../../components/state';
import { saveSettings, upsertObservedPosts } from '../../lib/db';
import { DEFAULT_SETTINGS, RISK_LEVELS, type ObservedPost } from '../../lib/schema';
import { createFakeEnv } from './fake-env';

const PAGE = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
let fake: ReturnType<typeof createFakeEnv>;

// jsdom has no layout and no scrolling: the document gets the height a thousand cards give it, and the
// window's offset is set by hand and announced with a scroll event.
function scrollWindowTo(y: number) {
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: 1000 * 130, configurable: true });
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
}

beforeEach(() => {
  window.scrollTo = (() => undefined) as typeof window.scrollTo;
  scrollWindowTo(0);
});

afterEach(async () => {
  cleanup();
  usePanelState.setState({ view: 'queue', selectedMentionId: null });
  await fake?.cleanup();
});

/** Mention i: score falls with i, so the Queue's order (riskiest first) is the order of i. */
function post(i: number): ObservedPost {
  const score = 99 - (i * 98) / 1000;
  return {
    id: `x:/u${i}/status/${1_800_000_000_000 + i}`,
    platform: 'x',
    url: `https://x.com/u${i}/status/${1_800_000_000_000 + i}`,
    threadUrl: PAGE,
    pageUrl: PAGE,
    authorName: `Person ${i}`,
    authorHandle: `u${i}`,
    authorUrl: '',
    reach: { verified: false, followers: null },
    engagement: { replies: null, reposts: null, likes: null, views: null },
    text: `Nordlicht order ${i} still not here`,
    language: 'en',
    postedAt: 1_000 + i,
    parentId: null,
    byBrand: false,
    matches: [{ term: 'Nordlicht', kind: 'name', span: [0, 9] }],
    risk: { score, level: RISK_LEVELS[Math.min(3, Math.floor(score / 25))]!, reasons: [], crisisType: 'none', language: 'en' },
  };
}

const brand = { ...DEFAULT_SETTINGS, brand: { ...DEFAULT_SETTINGS.brand, names: ['Nordlicht'] } };

async function openQueue(count: number) {
  fake = createFakeEnv(PAGE);
  await saveSettings(fake.db, brand);
  await upsertObservedPosts(fake.db, Array.from({ length: count }, (_, i) => post(i)), 10);
  render(<App env={fake.env} />);
  await screen.findByText(`${count} mentions`, {}, { timeout: 15_000 });
  const list = screen.getByRole('list', { name: 'Mentions on this page' });
  const shown = () => Array.from(list.querySelectorAll(':scope > li')).map((li) => li.getAttribute('data-mention-id')!);
  return { list, shown };
}

// A thousand mentions take a while to store and list in jsdom, the more on a busy machine.
describe('Queue with a thousand mentions on one tab', { timeout: 30_000 }, () => {
  it('renders only the cards near the viewport, in order, and the rest as the panel scrolls', async () => {
    const { list, shown } = await openQueue(1000);
    const first = shown();
    // jsdom's window is 768px tall: a screenful of cards plus the overscan, not a thousand.
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(40);
    expect(first).toEqual(Array.from({ length: first.length }, (_, i) => post(i).id));
    // The list keeps the height of every card, so the panel's scrollbar spans all thousand.
    expect(parseFloat(list.style.height)).toBeGreaterThan(1000 * 100);

    // Scrolled far down, the cards there are drawn and the first ones are gone.
    const y = 500 * 120;
    act(() => scrollWindowTo(y));
    await waitFor(() => expect(shown()).not.toContain(post(0).id));
    const deep = shown().map((id) => Number(/\/u(\d+)\//.exec(id)![1]));
    expect(Math.min(...deep)).toBeGreaterThan(400);
    expect(Math.max(...deep)).toBeLessThan(600);
    // Each card sits at its own offset in the list, one below the other.
    const offsets = Array.from(list.querySelectorAll<HTMLElement>(':scope > li')).map((li) => Number(/translateY\((-?[\d.]+)px\)/.exec(li.style.transform)![1]));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(new Set(offsets).size).toBe(offsets.length);
  });

  it('selects and reveals a card deep in the list, and keeps it drawn when scrolled away', async () => {
    const { list, shown } = await openQueue(1000);
    act(() => scrollWindowTo(700 * 120));
    await waitFor(() => expect(shown()).not.toContain(post(0).id));
    const target = list.querySelector<HTMLElement>(':scope > li:nth-child(3)')!;
    expect(Number(target.getAttribute('data-index'))).toBeGreaterThan(600);
    const id = target.getAttribute('data-mention-id')!;
    fireEvent.click(target.querySelector('.mention-main')!);
    expect(fake.sentToTab.at(-1)).toEqual({ tabId: 42, message: { type: 'mention/reveal', id } });
    expect(target.querySelector('.mention-main')!.getAttribute('aria-pressed')).toBe('true');

    act(() => scrollWindowTo(0));
    await waitFor(() => expect(shown()).toContain(post(0).id));
    expect(shown()).toContain(id);
    expect(list.querySelector(`[data-mention-id="${CSS.escape(id)}"]`)!.className).toContain('selected');
  });

  it(`renders a short list whole (up to ${WHOLE_LIST_MAX} cards), so find and Tab reach every card`, async () => {
    const { shown } = await openQueue(WHOLE_LIST_MAX);
    expect(shown()).toHaveLength(WHOLE_LIST_MAX);
  });
});
