/**
 * Keel's Facebook insertion on every place Facebook puts a comment's reply box, in
 * Chromium with the built extension: below the comment, below the thread's replies, in a
 * post opened in a dialog, prefilled with the commenter's name or empty, in an English
 * and a German interface (tests/fixtures/facebook/reply-boxes). The fixture pages are made
 * live with the real Lexical editor (tests/editors/facebook-live.tsx): first as served,
 * with the box open; then with it closed, so that the comment's Reply opens it where that
 * page's Facebook puts it. What the box holds is read back from Lexical's own state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildEditors } from '../editors/build.mjs';
import type { Placement } from '../editors/facebook-reply-boxes';
import { DEMO_SETTINGS, fixture, launchKeel, type Keel } from './harness';
import { asExpected, expectedMentions, markedIds, storedSince, toTab, withBrand, type ExpectedPost, type ExpectedView } from './sites-helpers';

interface ReplyBoxView extends ExpectedView {
  replyBoxFor: string;
  replyBoxPlacement: string;
  replyBoxText: string;
  posts: (ExpectedPost & { mentionsBrand?: boolean })[];
}

const VIEWS: { name: string; placement: Placement; prefill: boolean }[] = [
  { name: 'below-comment', placement: 'below-comment', prefill: true },
  { name: 'below-replies', placement: 'below-replies', prefill: true },
  { name: 'dialog', placement: 'dialog', prefill: true },
  { name: 'empty', placement: 'below-comment', prefill: false },
];

/** The demo brand, plus the town one box's commenter asks about, so that her comment is a mention too. */
const SETTINGS = withBrand(DEMO_SETTINGS, { ...DEMO_SETTINGS.brand, products: [...DEMO_SETTINGS.brand.products, 'Lübeck'] });
const REPLY = 'Danke für die Frage! Noch nicht –\nwir melden uns hier. – Mia 🙏';
const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

let keel: Keel;
let liveScript = '';

beforeAll(async () => {
  const dist = await buildEditors();
  liveScript = readFileSync(join(dist, 'facebook-live.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  keel = await launchKeel();
  await keel.saveSettings(SETTINGS);
});

afterAll(async () => {
  await keel?.close();
});

function viewOf(name: string): ReplyBoxView {
  return JSON.parse(fixture(`facebook/reply-boxes/${name}.expected.json`)) as ReplyBoxView;
}

function livePage(name: string, ui: string, simulation: object | null): string {
  const config = simulation ? `<script>window.keelFacebookReplyBoxes = ${JSON.stringify(simulation)};</script>` : '';
  return fixture(`facebook/reply-boxes/${name}.${ui}.html`).replace('</body>', `${config}<script>${liveScript}</script></body>`);
}

/** Every editor on the page: its label, what Lexical holds, whether it is in the dialog, and where it sits. */
function editors(page: Page) {
  return page.locator(EDITOR).evaluateAll((els) =>
    els.map((el) => ({
      label: el.getAttribute('aria-label') ?? '',
      text: window.keelLexicalText(el),
      inDialog: el.closest('[role="dialog"]') !== null,
      submitDisabled: el.closest('form')?.querySelector('[role="button"][aria-disabled]')?.getAttribute('aria-disabled') ?? null,
    })),
  );
}

/** Whether the editor labelled with `author`'s name comes after every reply of the thread `threadId` names. */
function afterReplies(page: Page, author: string, commentId: string): Promise<boolean[]> {
  return page.evaluate(
    ([name, id]) => {
      const box = Array.from(document.querySelectorAll('[data-lexical-editor="true"]')).find((el) => el.getAttribute('aria-label')?.includes(name));
      const replies = Array.from(document.querySelectorAll('[role="article"]')).filter((a) =>
        Array.from(a.querySelectorAll('a[href*="reply_comment_id="]')).some((l) => l.getAttribute('href')!.includes(`comment_id=${id}&`)),
      );
      return replies.map((reply) => (box ? (reply.compareDocumentPosition(box) & 4) !== 0 : false));
    },
    [author, commentId] as const,
  );
}

async function openView(name: string, ui: string, simulation: object | null): Promise<{ page: Page; panel: Page; view: ReplyBoxView; since: number }> {
  const view = viewOf(name);
  keel.serve(view.pageUrl, livePage(name, ui, simulation));
  const since = Date.now();
  const page = await keel.open(view.pageUrl);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length > 0, EDITOR);
  expect(errors).toEqual([]);
  const panel = await keel.openPanel(page);
  return { page, panel, view, since };
}

/** Mentions marked once each and stored as the fixture says the page shows them. */
async function expectMentionsRead(page: Page, panel: Page, view: ReplyBoxView, since: number): Promise<ExpectedPost[]> {
  // The fixture's own mark of what names Nordlicht agrees with the demo brand.
  expect(expectedMentions(view, DEMO_SETTINGS.brand).map((p) => p.id)).toEqual(view.posts.filter((p) => p.mentionsBrand).map((p) => p.id));
  const mentions = expectedMentions(view, SETTINGS.brand).map(({ mentionsBrand: _unused, ...post }: ExpectedPost & { mentionsBrand?: boolean }) => post);
  expect(mentions.map((p) => p.id)).toContain(view.replyBoxFor);
  await expect.poll(async () => (await markedIds(page)).sort(), { timeout: 15_000 }).toEqual(mentions.map((p) => p.id).sort());
  const stored = await storedSince(panel, mentions.map((p) => p.id), since);
  for (const post of mentions) expect(asExpected(stored.get(post.id)!, post), post.id).toEqual(post);
  return mentions;
}

function authorOf(view: ReplyBoxView, id: string): string {
  return view.posts.find((p) => p.id === id)!.authorName;
}

for (const { name, placement, prefill } of VIEWS) {
  describe(`Facebook reply box ${name}`, () => {
    for (const ui of ['en', 'de'] as const) {
      it(`${ui}: mentions read; the open box takes the reply after what it holds, and nothing else does`, async () => {
        const { page, panel, view, since } = await openView(name, ui, null);
        try {
          await expectMentionsRead(page, panel, view, since);
          const tabId = await keel.tabIdOf(page);
          const read = await toTab(keel, tabId, { type: 'composer/read', mentionId: view.replyBoxFor });
          expect(read).toMatchObject({ ok: true, readBack: view.replyBoxText });
          const inserted = await toTab(keel, tabId, { type: 'composer/insert', mentionId: view.replyBoxFor, text: REPLY });
          expect(inserted).toMatchObject({ ok: true, method: 'paste', readBack: view.replyBoxText + REPLY });
          const boxes = await editors(page);
          const owner = authorOf(view, view.replyBoxFor);
          const holding = boxes.filter((b) => b.text?.includes(REPLY.split('\n')[0]!));
          expect(holding).toHaveLength(1);
          expect(holding[0]).toMatchObject({ text: view.replyBoxText + REPLY, inDialog: placement === 'dialog', submitDisabled: 'false' });
          expect(holding[0]!.label).toContain(owner);
          // The post's own comment box, the last one, stays empty.
          expect(boxes.at(-1)).toMatchObject({ text: '', submitDisabled: 'true' });
        } finally {
          await panel.close();
          await page.close();
        }
      });

      it(`${ui}: the comment’s Reply opens the box where Facebook puts it, ${prefill ? 'with the name' : 'empty'}; Keel inserts after it`, async () => {
        const view = viewOf(name);
        const owner = authorOf(view, view.replyBoxFor);
        const others = expectedMentions(view, SETTINGS.brand).filter((p) => p.parentId === null && p.id !== view.replyBoxFor);
        const [other, none] = [others[0]!, others.at(-1)!];
        expect(other.id).not.toBe(none.id);
        const simulation = { placement, prefill, openFor: owner, delayMs: 250, opensNothingFor: [none.authorName] };
        const { page, panel, since } = await openView(name, ui, simulation);
        try {
          await expectMentionsRead(page, panel, view, since);
          const tabId = await keel.tabIdOf(page);
          // Nothing is open, and reading a draft opens nothing.
          expect(await toTab(keel, tabId, { type: 'composer/read', mentionId: view.replyBoxFor })).toMatchObject({ ok: false, error: 'no-reply-box' });
          expect(await page.locator(EDITOR).count()).toBe(1);

          const inserted = await toTab(keel, tabId, { type: 'composer/insert', mentionId: view.replyBoxFor, text: REPLY });
          expect(inserted).toMatchObject({ ok: true, method: 'paste', readBack: view.replyBoxText + REPLY });
          let boxes = await editors(page);
          expect(boxes).toHaveLength(2);
          expect(boxes[0]).toMatchObject({ text: view.replyBoxText + REPLY, inDialog: placement === 'dialog', submitDisabled: 'false' });
          expect(boxes[0]!.label).toContain(owner);
          const commentId = /comment_id=(\d+)/.exec(view.replyBoxFor)![1]!;
          const after = await afterReplies(page, owner, commentId);
          for (const below of after) expect(below).toBe(placement === 'below-replies');
          // Reading the draft now finds the box Reply opened.
          expect(await toTab(keel, tabId, { type: 'composer/read', mentionId: view.replyBoxFor })).toMatchObject({ ok: true, readBack: view.replyBoxText + REPLY });

          // Another comment's Reply opens its own box; its reply goes there, not into the first one.
          const second = await toTab(keel, tabId, { type: 'composer/insert', mentionId: other.id, text: 'Hej!' });
          expect(second).toMatchObject({ ok: true, readBack: (prefill ? `${other.authorName} ` : '') + 'Hej!' });
          boxes = await editors(page);
          expect(boxes.find((b) => b.label.includes(other.authorName))?.text).toBe((prefill ? `${other.authorName} ` : '') + 'Hej!');
          expect(boxes.find((b) => b.label.includes(owner))?.text).toBe(view.replyBoxText + REPLY);

          // A Reply that opens nothing: no box, and the post's own comment box is left alone.
          const failed = await toTab(keel, tabId, { type: 'composer/insert', mentionId: none.id, text: REPLY });
          expect(failed).toMatchObject({ ok: false, error: 'no-reply-box' });
          boxes = await editors(page);
          expect(boxes.at(-1)).toMatchObject({ text: '', submitDisabled: 'true' });
        } finally {
          await panel.close();
          await page.close();
        }
      });
    }
  });
}

describe('Facebook page health', () => {
  it('says "Keel cannot read this page" when the comments show but none of them is read as a comment', async () => {
    const url = 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0ChangedArticleRoles';
    // Facebook stops marking comments as articles: permalinks with their times are still there.
    keel.serve(url, fixture('facebook/reply-boxes/below-replies.de.html').replaceAll('role="article"', 'role="group"'));
    const page = await keel.open(url);
    const panel = await keel.openPanel(page);
    try {
      await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Keel cannot read this page' }).count(), { timeout: 15_000 }).toBe(1);
      expect(await markedIds(page)).toEqual([]);
    } finally {
      await panel.close();
      await page.close();
    }
  });
});
