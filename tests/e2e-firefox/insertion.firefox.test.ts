/**
 * Reply insertion in Firefox, the way a person triggers it without the panel: they click a
 * flagged post and press Alt+Shift+I ("insert the top approved reply for the focused post",
 * lib/background/commands.ts). The key press goes to Firefox's window, Firefox runs the
 * add-on's command, the background asks the page's content script to open the post's reply
 * box and put the reply in, and the content script reads the box back.
 *
 * The editors are the real ones (tests/editors, bundled from npm) inside the site fixtures,
 * served at the sites' URLs: Draft.js in X's reply dialog, Lexical in a Facebook comment's
 * reply box, a React-controlled textarea in Instagram's comment form. Each test reads the
 * editor back from the editor's own state (Lexical's state, React's re-rendered value, the
 * send button that enables from the editor state), not only from its DOM.
 *
 * The approved reply comes from the organisation's policy (TEST_POLICY: one approved
 * template per crisis type and language), as the brand profile does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { buildEditors } from '../editors/build.mjs';
import {
  ALT,
  fixture,
  launchFirefox,
  letter,
  markedIds,
  removeTestPolicies,
  SHIFT,
  TEMPLATE_REPLY,
  TEST_POLICY,
  writeTestPolicy,
  type KeelFirefox,
} from './harness';

const INSERT_TOP_REPLY = [ALT, SHIFT, letter('i')];

/** Instagram's comment on the React test page asks about the oat latte: the policy names it a product, so the comment is a mention. */
const POLICY = { ...TEST_POLICY, brand: { ...TEST_POLICY.brand, products: [...TEST_POLICY.brand.products, 'oat latte'] } };

let keel: KeelFirefox;
let dist: string;
const bundle = (name: string) => readFileSync(join(dist, `${name}.js`), 'utf8').replace(/<\/script/gi, '<\\/script');

beforeAll(async () => {
  dist = await buildEditors();
  writeTestPolicy(POLICY);
  keel = await launchFirefox();
});

afterAll(async () => {
  await keel?.close();
  removeTestPolicies();
});

/** Opens `url`, waits until `mentionId` is marked, and clicks the post's text as a person picks the post. */
async function focusMention(url: string, mentionId: string, textSelector: string): Promise<Page> {
  const page = await keel.open(url);
  await expect.poll(() => markedIds(page), { timeout: 20_000 }).toContain(mentionId);
  await page.click(`[data-keel-mention=${JSON.stringify(mentionId)}] ${textSelector}`);
  return page;
}

describe('Alt+Shift+I in Firefox puts the approved reply into the site’s real editor', () => {
  it('X: Draft.js in the reply dialog takes it; the dialog’s Reply button enables', async () => {
    const url = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
    keel.serve(url, fixture('demo/x-thread.html').replace('</body>', `<script>${bundle('x-live')}</script></body>`));
    const mention = 'x:/dbrooks_92/status/1790008304718577672';
    const page = await focusMention(url, mention, '[data-testid="tweetText"]');
    try {
      await keel.pressShortcut(page, INSERT_TOP_REPLY);
      const box = '[role="dialog"] [data-testid="tweetTextarea_0"]';
      await page.waitForSelector(box, { timeout: 10_000 });
      // Draft.js renders one block per line: the lines it shows are the lines its state holds.
      const lines = () => page.$$eval(`${box} [data-block="true"]`, (blocks) => blocks.map((b) => b.textContent ?? ''));
      await expect.poll(lines, { timeout: 10_000 }).toEqual(TEMPLATE_REPLY.split('\n'));
      expect(await page.$eval('[role="dialog"] [data-testid="tweetButton"]', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('Facebook: Lexical in the comment’s reply box takes it, line break included', async () => {
    const view = JSON.parse(fixture('facebook/reply-boxes/below-comment.expected.json')) as { pageUrl: string };
    const simulation = { placement: 'below-comment', prefill: false, openFor: 'Jana Novak' };
    keel.serve(
      view.pageUrl,
      fixture('facebook/reply-boxes/below-comment.en.html').replace(
        '</body>',
        `<script>window.keelFacebookReplyBoxes = ${JSON.stringify(simulation)};</script><script>${bundle('facebook-live')}</script></body>`,
      ),
    );
    const mention = 'facebook:/nordlichtcoffee/posts/pfbid02Nq7vKdR4tY8mZcW1xLbH3sJe6gPfUo9aQiTn5yBkM2rVhEwS7jXc?comment_id=2231987450012378';
    const page = await focusMention(view.pageUrl, mention, 'div[dir="auto"]');
    try {
      await keel.pressShortcut(page, INSERT_TOP_REPLY);
      // What Lexical's own state holds, for the box labelled with the commenter's name.
      const held = () =>
        page.evaluate(() => {
          const box = Array.from(document.querySelectorAll('[data-lexical-editor="true"]')).find((el) => el.getAttribute('aria-label')?.includes('Emily Carter'));
          return box ? window.keelLexicalText(box) : null;
        });
      await expect.poll(held, { timeout: 10_000 }).toBe(TEMPLATE_REPLY);
    } finally {
      await page.close();
    }
  });

  it('Instagram: the React-controlled comment field takes it after the reply mention; React’s state follows', async () => {
    const url = 'https://www.instagram.com/p/C0ffee/';
    keel.serve(url, `<!doctype html><html><head><title>Instagram</title></head><body><div id="root"></div><script>${bundle('textarea')}</script></body></html>`);
    const mention = 'instagram:/p/C0ffee/c/17900000000000001/';
    const page = await focusMention(url, mention, 'span[dir="auto"]');
    try {
      await keel.pressShortcut(page, INSERT_TOP_REPLY);
      await expect.poll(() => page.$eval('form textarea', (t) => (t as HTMLTextAreaElement).value), { timeout: 10_000 }).toBe(`@zoe.k ${TEMPLATE_REPLY}`);
      // React re-rendered from its state: the Post button enabled, and typing goes on after the reply.
      expect(await page.$eval('form button[type="submit"]', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
      await page.type('form textarea', '!');
      await expect.poll(() => page.$eval('form textarea', (t) => (t as HTMLTextAreaElement).value)).toBe(`@zoe.k ${TEMPLATE_REPLY}!`);
    } finally {
      await page.close();
    }
  });
});
