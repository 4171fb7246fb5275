/**
 * Helpers for the per-site browser tests (sites.e2e.test.ts): what the page
 * marks, what the panel lists, what the database holds, what a fixture's
 * .expected.json says Keel should read, and the page changes a site makes
 * (in-app navigation, a live X composer).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBrandMatcher } from '../../lib/brand';
import type { BrandProfile, Mention, Settings } from '../../lib/schema';
import { fixture, type Keel } from './harness';

/** One post as a fixture's <view>.expected.json describes it (worked out from the fixture's data). */
export interface ExpectedPost {
  id: string;
  url: string;
  threadUrl: string;
  authorName: string;
  authorHandle: string;
  authorUrl: string;
  verified: boolean;
  likes: number | null;
  replies: number | null;
  text: string;
  language: string;
  postedAt: number | null;
  parentId: string | null;
}

export interface ExpectedView {
  pageUrl: string;
  posts: ExpectedPost[];
}

export function expectedView(path: string): ExpectedView {
  return JSON.parse(fixture(path)) as ExpectedView;
}

/**
 * The posts of a view that are mentions under `brand`: the brand profile matches
 * their text (as the fixture data gives it) and the brand did not write them.
 */
export function expectedMentions(view: ExpectedView, brand: BrandProfile): ExpectedPost[] {
  const matcher = compileBrandMatcher(brand);
  const own = new Set(brand.handles.map((h) => h.replace(/^@/, '').toLowerCase()));
  return view.posts.filter((p) => !own.has(p.authorHandle.toLowerCase()) && matcher.match(p.text).length > 0);
}

/** A stored mention in the shape of an expected post. Language: the page's, or the detected one where the page declares none. */
export function asExpected(m: Mention, expected: ExpectedPost | undefined): ExpectedPost {
  return {
    id: m.id,
    url: m.url,
    threadUrl: m.threadUrl,
    authorName: m.authorName,
    authorHandle: m.authorHandle,
    authorUrl: m.authorUrl,
    verified: m.reach.verified,
    likes: m.engagement.likes,
    replies: m.engagement.replies,
    text: m.text,
    language: expected?.language === 'und' ? 'und' : m.language,
    postedAt: m.postedAt,
    parentId: m.parentId,
  };
}

export const markedIds = (page: Page): Promise<string[]> =>
  page.locator('[data-keel-mention]').evaluateAll((els) => els.map((e) => e.getAttribute('data-keel-mention') ?? ''));

export const listedIds = (panel: Page): Promise<string[]> =>
  panel.locator('.mentions > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-mention-id') ?? ''));

/** Every mention in Keel's database, read from an extension page (the panel) straight from IndexedDB. */
export function storedMentions(extensionPage: Page): Promise<Mention[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Mention[]>((resolve, reject) => {
        const open = indexedDB.open('keel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('mentions', 'readonly').objectStore('mentions').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as Mention[]);
          };
          request.onerror = () => {
            db.close();
            reject(request.error);
          };
        };
      }),
  );
}

/** The stored mentions with these ids, once every one of them was (re)read at or after `since`. */
export async function storedSince(extensionPage: Page, ids: string[], since: number): Promise<Map<string, Mention>> {
  let byId = new Map<string, Mention>();
  await expect
    .poll(
      async () => {
        byId = new Map((await storedMentions(extensionPage)).map((m) => [m.id, m]));
        return ids.filter((id) => (byId.get(id)?.lastSeenAt ?? 0) < since);
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
  return byId;
}

/** Sends a content-script request to the tab, from the background, as the panel and the keyboard command do. */
export function toTab<T = { ok: boolean; error?: string; readBack?: string; method?: string }>(
  keel: Keel,
  tabId: number,
  message: unknown,
): Promise<T> {
  return keel.worker.evaluate(
    ([id, msg]) => chrome.tabs.sendMessage(id as number, msg) as Promise<unknown>,
    [tabId, message] as const,
  ) as Promise<T>;
}

/** What the background last heard about the tab's readability, asked from an extension page as the panel asks it. */
export function tabHealth(extensionPage: Page, tabId: number): Promise<{ readable: boolean; pageUrl: string; postsSeen: number } | null> {
  return extensionPage.evaluate(async (id: number) => {
    const reply = (await chrome.runtime.sendMessage({ type: 'tab/health', tabId: id })) as { health?: unknown } | undefined;
    return (reply?.health ?? null) as { readable: boolean; pageUrl: string; postsSeen: number } | null;
  }, tabId);
}

/** The badge of a marked post: its text and accessible label, read from its open shadow root. */
export function badgeOf(page: Page, id: string): Promise<{ label: string; aria: string } | null> {
  return page.evaluate((mentionId) => {
    const root = Array.from(document.querySelectorAll('[data-keel-mention]')).find((e) => e.getAttribute('data-keel-mention') === mentionId);
    // A quoted post's badge sits in its own box; a post's badge anywhere in its root but not in a quote's.
    const hosts = root ? Array.from(root.querySelectorAll('[data-keel-badge]')).filter((h) => h.closest('[data-keel-mention]') === root) : [];
    const badge = hosts[0]?.shadowRoot?.querySelector('.badge');
    return badge ? { label: badge.querySelector('.long')?.textContent ?? '', aria: badge.getAttribute('aria-label') ?? '' } : null;
  }, id);
}

/**
 * In-app navigation as the sites do it: the URL changes through history.pushState
 * and the app swaps the content, here by pointing every link that named the old
 * post at the new one.
 */
export async function navigateInApp(page: Page, url: string, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([next, oldPart, newPart]) => {
      history.pushState({}, '', next);
      for (const a of Array.from(document.querySelectorAll('a[href]'))) {
        const href = a.getAttribute('href')!;
        if (href.includes(oldPart)) a.setAttribute('href', href.split(oldPart).join(newPart));
      }
    },
    [url, from, to] as const,
  );
}

/** Back to the previous post: the app swaps the content back while the browser fires popstate. */
export async function navigateBack(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([oldPart, newPart]) =>
      new Promise<void>((resolve) => {
        addEventListener(
          'popstate',
          () => {
            for (const a of Array.from(document.querySelectorAll('a[href]'))) {
              const href = a.getAttribute('href')!;
              if (href.includes(newPart)) a.setAttribute('href', href.split(newPart).join(oldPart));
            }
            resolve();
          },
          { once: true },
        );
        history.back();
      }),
    [from, to] as const,
  );
}

let xLiveScript: string | null = null;

/**
 * An X status page with its reply composer made live: the real Draft.js editor
 * inline under the focal post and a reply dialog behind every Reply button
 * (tests/editors/x-live.tsx).
 */
export async function withLiveXComposer(html: string): Promise<string> {
  if (xLiveScript === null) {
    const { buildEditors } = await import('../editors/build.mjs');
    const dist = await buildEditors();
    xLiveScript = readFileSync(join(dist, 'x-live.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  }
  return html.replace('</body>', `<script>${xLiveScript}</script></body>`);
}

export function withBrand(base: Settings, brand: Partial<BrandProfile>): Settings {
  return {
    ...base,
    brand: { names: [], aliases: [], handles: [], hashtags: [], products: [], exclude: [], ...brand },
  };
}
