/**
 * Reply insertion against the real editors in Chromium: Draft.js as X mounts it,
 * Lexical as Facebook mounts it, and a React 19 controlled textarea as Instagram
 * uses it (pages in tests/editors, bundled from npm). The composers run in the
 * page from an esbuild bundle of lib/platforms/<site>/composer.ts — the same code
 * the content script runs.
 *
 * Each editor: multi-line text with emoji and several scripts goes into an empty
 * box and into one holding text; the read-back matches; the site's send button
 * enables (so the editor's own state, not just the DOM, holds the text); Ctrl+Z
 * undoes it; typing afterwards still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type ElementHandle, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposerAdapter, InsertResult } from '../../lib/platforms/types';
import { buildEditors } from '../editors/build.mjs';
import { X_INLINE_COMPOSER, X_REPLY_DIALOG } from '../editors/x-static';

type Site = 'x' | 'facebook' | 'instagram';

interface PageComposers {
  x: ComposerAdapter;
  facebook: ComposerAdapter;
  instagram: ComposerAdapter;
  setFieldValueAtCaret(field: HTMLTextAreaElement, text: string): void;
}

declare global {
  interface Window {
    keelComposers: PageComposers;
  }
}

/** The real x.com captures, copied into the project (see tests/fixtures/SOURCES.md). */
const X_FIXTURES = join(import.meta.dirname, '../fixtures/x');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const REPLY = 'Hej Zoë 👋\nDziękujemy — przykro nam.\nСпасибо\nشكرًا لتواصلك معنا\n日本語も大丈夫です 🙏🏽';
const EXISTING = 'Existing reply.';
const TYPED = ' Thanks!';

let browser: Browser;
type Bundle = 'draft' | 'lexical' | 'textarea' | 'composers';
let bundles: Record<Bundle, string>;

beforeAll(async () => {
  const dist = await buildEditors();
  const load = (name: Bundle) => readFileSync(join(dist, `${name}.js`), 'utf8');
  bundles = { draft: load('draft'), lexical: load('lexical'), textarea: load('textarea'), composers: load('composers') };
  browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** A page running `editor` (a tests/editors bundle) in body[data-mode=mode], with the composers loaded. */
async function editorPage(editor: 'draft' | 'lexical' | 'textarea', mode = ''): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setContent(`<!doctype html><html><body data-mode="${mode}"><div id="root"></div></body></html>`);
  await page.addScriptTag({ content: bundles[editor] });
  await page.addScriptTag({ content: bundles.composers });
  await page.waitForFunction(() => document.getElementById('root')?.children.length !== 0);
  expect(errors).toEqual([]);
  return page;
}

async function findOrOpen(page: Page, site: Site, postSelector: string): Promise<ElementHandle<HTMLElement> | null> {
  const handle = await page.evaluateHandle(
    async ({ site, postSelector }) => {
      const post = document.querySelector(postSelector);
      if (!post) throw new Error(`no post at ${postSelector}`);
      return window.keelComposers[site].findOrOpen(post, document);
    },
    { site, postSelector },
  );
  const element = handle.asElement();
  if (!element) {
    await handle.dispose();
    return null;
  }
  return element as ElementHandle<HTMLElement>;
}

function insert(page: Page, site: Site, box: ElementHandle<HTMLElement>, text: string): Promise<InsertResult> {
  return page.evaluate(([site, box, text]) => window.keelComposers[site].insert(box, text), [site, box, text] as const);
}

function read(page: Page, site: Site, box: ElementHandle<HTMLElement>): Promise<string> {
  return page.evaluate(([site, box]) => window.keelComposers[site].read(box), [site, box] as const);
}

async function isDisabled(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true');
}

/** Waits until the box reads `expected` (editors re-render after keyboard input). */
async function expectRead(page: Page, site: Site, box: ElementHandle<HTMLElement>, expected: string): Promise<void> {
  await expect.poll(() => read(page, site, box), { timeout: 2000 }).toBe(expected);
}

interface EditorCase {
  name: string;
  site: Site;
  editor: 'draft' | 'lexical' | 'textarea';
  mode: string;
  post: string;
  send: string;
  /** What the box holds once findOrOpen has opened it (Instagram's reply mention). */
  prefix: string;
}

const cases: EditorCase[] = [
  {
    name: 'X (Draft.js, inline status-page composer)',
    site: 'x',
    editor: 'draft',
    mode: 'inline',
    post: 'article[data-testid="tweet"]',
    send: '[data-testid="tweetButtonInline"]',
    prefix: '',
  },
  {
    name: 'Facebook (Lexical reply box under the comment)',
    site: 'facebook',
    editor: 'lexical',
    mode: 'open',
    post: '[data-comment="1001"] > [role="article"]',
    send: '[data-testid="submit-1001"]',
    prefix: '',
  },
  {
    name: 'Instagram (React controlled textarea, reply via the comment)',
    site: 'instagram',
    editor: 'textarea',
    mode: '',
    post: 'li .comment',
    send: 'form button[type="submit"]',
    prefix: '@zoe.k ',
  },
];

for (const c of cases) {
  describe(c.name, () => {
    it('inserts into the empty box; the send button enables; typing appends after it', async () => {
      const page = await editorPage(c.editor, c.mode);
      try {
        const box = await findOrOpen(page, c.site, c.post);
        expect(box).not.toBeNull();
        if (!box) return;
        expect(await read(page, c.site, box)).toBe(c.prefix);
        expect(await isDisabled(page, c.send)).toBe(c.prefix === '');

        const result = await insert(page, c.site, box, REPLY);
        expect(result).toMatchObject({ ok: true, error: '', readBack: c.prefix + REPLY });
        expect(result.method).toBe(c.site === 'instagram' ? 'insert-text' : 'paste');
        expect(await read(page, c.site, box)).toBe(c.prefix + REPLY);
        await expect.poll(() => isDisabled(page, c.send)).toBe(false);

        await page.keyboard.type(TYPED);
        await expectRead(page, c.site, box, c.prefix + REPLY + TYPED);
      } finally {
        await page.close();
      }
    });

    it('inserts at the caret after existing text; Ctrl+Z takes the insertion back out', async () => {
      const page = await editorPage(c.editor, c.mode);
      try {
        const box = await findOrOpen(page, c.site, c.post);
        expect(box).not.toBeNull();
        if (!box) return;
        await box.click();
        await page.keyboard.press('End');
        await page.keyboard.type(EXISTING);
        await expectRead(page, c.site, box, c.prefix + EXISTING);

        const result = await insert(page, c.site, box, REPLY);
        expect(result.ok).toBe(true);
        expect(await read(page, c.site, box)).toBe(c.prefix + EXISTING + REPLY);
        await expect.poll(() => isDisabled(page, c.send)).toBe(false);

        await page.keyboard.press('Control+z');
        await expect.poll(() => read(page, c.site, box), { timeout: 2000 }).not.toContain(REPLY);
        // Undo takes out the insertion, not what was typed before it.
        expect(await read(page, c.site, box)).toBe(c.prefix + EXISTING);

        await page.keyboard.type(TYPED);
        await expectRead(page, c.site, box, c.prefix + EXISTING + TYPED);
      } finally {
        await page.close();
      }
    });

    it('keeps the person’s caret: inserts in the middle of what they typed', async () => {
      const page = await editorPage(c.editor, c.mode);
      try {
        const box = await findOrOpen(page, c.site, c.post);
        expect(box).not.toBeNull();
        if (!box) return;
        await box.click();
        await page.keyboard.press('End');
        await page.keyboard.type('AB');
        await page.keyboard.press('ArrowLeft');
        await expectRead(page, c.site, box, c.prefix + 'AB');
        // Lexical takes the caret's move from the selectionchange event, a task after the key;
        // a person clicks Insert in the panel long after that. Two frames let it arrive.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const result = await insert(page, c.site, box, REPLY);
        expect(result).toMatchObject({ ok: true, readBack: c.prefix + 'A' + REPLY + 'B' });
      } finally {
        await page.close();
      }
    });
  });
}

describe('from an isolated world, as the content script runs', () => {
  for (const c of cases) {
    it(`${c.site}: findOrOpen + insert in an isolated world update the page's editor`, async () => {
      const page = await browser.newPage();
      try {
        await page.setContent(`<!doctype html><html><body data-mode="${c.mode}"><div id="root"></div></body></html>`);
        await page.addScriptTag({ content: bundles[c.editor] });
        await page.waitForFunction(() => document.getElementById('root')?.children.length !== 0);
        // A separate JavaScript world on the same DOM, like an extension's content script.
        const cdp = await page.context().newCDPSession(page);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: 'keel-content-script',
        });
        await cdp.send('Runtime.evaluate', { expression: bundles.composers, contextId: executionContextId });
        const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
          contextId: executionContextId,
          awaitPromise: true,
          returnByValue: true,
          expression: `(async () => {
            const composer = window.keelComposers[${JSON.stringify(c.site)}];
            const box = await composer.findOrOpen(document.querySelector(${JSON.stringify(c.post)}), document);
            if (!box) return null;
            return composer.insert(box, ${JSON.stringify(REPLY)});
          })()`,
        });
        expect(exceptionDetails).toBeUndefined();
        expect(result.value).toMatchObject({ ok: true, readBack: c.prefix + REPLY });
        // The page's own world never saw the composers, yet its editor state holds the text.
        expect(await page.evaluate(() => typeof window.keelComposers)).toBe('undefined');
        await expect.poll(() => isDisabled(page, c.send)).toBe(false);
      } finally {
        await page.close();
      }
    });
  }
});

describe('native value setter (the text-field fallback when the browser ignores insertText)', () => {
  const world = ['page world', 'isolated world'] as const;
  for (const where of world) {
    it(`updates React's state for a controlled textarea from the ${where}`, async () => {
      const page = await editorPage('textarea');
      try {
        const expression = `(() => {
          const field = document.querySelector('form textarea');
          field.focus();
          field.setSelectionRange(0, 0);
          window.keelComposers.setFieldValueAtCaret(field, ${JSON.stringify(REPLY)});
          return field.value;
        })()`;
        let value: unknown;
        if (where === 'page world') {
          value = await page.evaluate(expression);
        } else {
          const cdp = await page.context().newCDPSession(page);
          const { frameTree } = await cdp.send('Page.getFrameTree');
          const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id });
          await cdp.send('Runtime.evaluate', { expression: bundles.composers, contextId: executionContextId });
          value = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })).result.value;
        }
        expect(value).toBe(REPLY);
        await expect.poll(() => isDisabled(page, 'form button[type="submit"]')).toBe(false);
        // React kept it: a re-render from its state shows the same value.
        await page.keyboard.type(TYPED);
        await expect.poll(() => page.inputValue('form textarea')).toBe(REPLY + TYPED);
      } finally {
        await page.close();
      }
    });
  }
});

describe('finding and opening the reply box', () => {
  it('X: clicks the post’s Reply button and waits for the reply dialog’s Draft.js box', async () => {
    const page = await editorPage('draft', 'dialog');
    try {
      expect(await page.$('[data-testid="tweetTextarea_0"]')).toBeNull();
      const box = await findOrOpen(page, 'x', 'main article[data-testid="tweet"]');
      expect(box).not.toBeNull();
      if (!box) return;
      expect(await box.evaluate((el) => el.closest('[role="dialog"]') !== null && el.isContentEditable)).toBe(true);
      const result = await insert(page, 'x', box, REPLY);
      expect(result).toMatchObject({ ok: true, readBack: REPLY });
      await expect.poll(() => isDisabled(page, '[role="dialog"] [data-testid="tweetButton"]')).toBe(false);
      // Asked again for the same post, it reuses the open dialog instead of clicking again.
      const again = await findOrOpen(page, 'x', 'main article[data-testid="tweet"]');
      expect(again && (await again.evaluate((el, first) => el === first, box))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('Facebook: opens the reply box of the right comment through its Reply button, found by structure', async () => {
    const page = await editorPage('lexical', 'closed');
    try {
      expect(await page.$('[data-lexical-editor="true"][aria-label^="Reply"]')).toBeNull();
      const box = await findOrOpen(page, 'facebook', '[data-comment="1002"] > [role="article"]');
      expect(box).not.toBeNull();
      if (!box) return;
      expect(await box.getAttribute('aria-label')).toBe('Reply to Ola Nowak');
      expect(await box.getAttribute('data-lexical-editor')).toBe('true');
      const result = await insert(page, 'facebook', box, REPLY);
      expect(result).toMatchObject({ ok: true, readBack: REPLY });
      await expect.poll(() => isDisabled(page, '[data-testid="submit-1002"]')).toBe(false);
      // The post's own comment box and the other comment stay untouched.
      expect(await isDisabled(page, '[data-testid="submit-post"]')).toBe(true);
      expect(await page.$('[data-testid="submit-1001"]')).toBeNull();
    } finally {
      await page.close();
    }
  });
});

describe('X composer on x.com’s composer markup', () => {
  const focalPost = readFileSync(join(X_FIXTURES, 'tweetyoink-x-tweet-sample.html'), 'utf8');
  const laterReply = readFileSync(join(X_FIXTURES, 'tweetyoink-x-tweet-quote.html'), 'utf8');

  async function staticPage(body: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body><main>${body}</main></body></html>`);
    await page.addScriptTag({ content: bundles.composers });
    return page;
  }

  it('finds the inline box under the focal post, and only for that post', async () => {
    const page = await staticPage(
      `<div data-testid="cellInnerDiv">${focalPost}</div>${X_INLINE_COMPOSER}<div data-testid="cellInnerDiv">${laterReply}</div>`,
    );
    try {
      const box = await findOrOpen(page, 'x', 'main > div:nth-child(1) article[data-testid="tweet"]');
      expect(box).not.toBeNull();
      expect(await box?.evaluate((el) => el.matches('.public-DraftEditor-content[contenteditable="true"]'))).toBe(true);
      expect(await box?.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await read(page, 'x', box!)).toBe('');
      // A later reply in the thread is not what the inline box answers; its own
      // Reply button opens nothing on this static page, so there is no box for it.
      const other = await findOrOpen(page, 'x', 'main > div:nth-child(3) article[data-testid="tweet"]');
      expect(other).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('opens the reply dialog from the real post markup’s Reply button', async () => {
    const page = await staticPage(`<div data-testid="cellInnerDiv">${focalPost}</div>`);
    try {
      // X mounts the dialog a moment after the click.
      await page.evaluate((dialog) => {
        document.querySelector('[data-testid="reply"]')?.addEventListener('click', () => {
          setTimeout(() => document.body.insertAdjacentHTML('beforeend', dialog), 200);
        });
      }, X_REPLY_DIALOG);
      const box = await findOrOpen(page, 'x', 'article[data-testid="tweet"]');
      expect(box).not.toBeNull();
      expect(await box?.evaluate((el) => el.closest('[role="dialog"]') !== null)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('failure: a box that does not keep the text', () => {
  it('contenteditable that takes the paste but is cleared at once: ok false, with the reason', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html><body><div id="box" contenteditable="true" role="textbox"></div></body></html>');
      await page.addScriptTag({ content: bundles.composers });
      await page.evaluate(() => {
        const box = document.getElementById('box')!;
        box.addEventListener('paste', (event) => {
          event.preventDefault();
          box.textContent = event.clipboardData?.getData('text/plain') ?? '';
        });
        new MutationObserver(() => {
          if (box.textContent !== '') box.textContent = '';
        }).observe(box, { childList: true, subtree: true, characterData: true });
      });
      const box = (await page.$('#box')) as ElementHandle<HTMLElement>;
      const result = await insert(page, 'x', box, REPLY);
      expect(result.ok).toBe(false);
      expect(result.method).toBe('paste');
      expect(result.readBack).toBe('');
      expect(result.error).not.toBe('');
    } finally {
      await page.close();
    }
  });

  it('textarea whose page resets every input: ok false, with the reason', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html><body><form><textarea id="box"></textarea></form></body></html>');
      await page.addScriptTag({ content: bundles.composers });
      await page.evaluate(() => {
        const box = document.getElementById('box') as HTMLTextAreaElement;
        box.addEventListener('input', () => {
          box.value = '';
        });
      });
      const box = (await page.$('#box')) as ElementHandle<HTMLElement>;
      const result = await insert(page, 'instagram', box, REPLY);
      expect(result).toMatchObject({ ok: false, method: 'value-setter', readBack: '' });
      expect(result.error).not.toBe('');
    } finally {
      await page.close();
    }
  });

  it('refuses empty text without touching the box', async () => {
    const page = await editorPage('draft', 'inline');
    try {
      const box = await findOrOpen(page, 'x', 'article[data-testid="tweet"]');
      const result = await insert(page, 'x', box!, ' \n ');
      expect(result).toMatchObject({ ok: false, method: 'none', readBack: '' });
      expect(await isDisabled(page, '[data-testid="tweetButtonInline"]')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
