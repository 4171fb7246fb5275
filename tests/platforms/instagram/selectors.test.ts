// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { IG_REQUIRED, IG_SELECTORS } from '../../../lib/platforms/instagram/selectors';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const FILES = [
  ...['post', 'reel', 'modal'].flatMap((view) => [`instagram/${view}.en.html`, `instagram/${view}.de.html`]),
  'demo/instagram-thread.html',
  // The current div layout, as written from the live site (tests/fixtures/SOURCES-live.md).
  ...['post.en', 'post.pt', 'post-replies-open.en', 'reel.en', 'reel.pt', 'modal.en', 'logged-out.en'].map((page) => `instagram/live/${page}.html`),
];
const LOGGED_OUT = 'instagram/live/logged-out.en.html';
const DOCS = FILES.map((file) => ({ file, doc: new JSDOM(readFileSync(join(FIXTURES, file), 'utf8')).window.document }));

describe('Instagram selectors', () => {
  // In the spirit of refined-github: a selector that matches no fixture is a selector nobody checked.
  for (const [name, selector] of Object.entries(IG_SELECTORS)) {
    it(`${name} matches at least one fixture`, () => {
      const matchedIn = DOCS.filter(({ doc }) => doc.querySelector(selector) !== null).map(({ file }) => file);
      expect(matchedIn.length, `${name}: ${selector}`).toBeGreaterThan(0);
    });

    it(`${name} keys on structure, not on interface text`, () => {
      expect(selector).not.toMatch(/aria-label[~|^$*]?=|title=|:contains|placeholder/);
    });
  }

  it('the selectors extraction depends on match every fixture in both interface languages', () => {
    for (const { file, doc } of DOCS) {
      for (const name of IG_REQUIRED) expect(doc.querySelector(IG_SELECTORS[name]), `${name} in ${file}`).not.toBeNull();
    }
  });

  it('each fixture carries the comment box: a textarea inside a form; logged out, a login link instead', () => {
    for (const { file, doc } of DOCS) {
      expect(doc.querySelector(IG_SELECTORS.commentBox) === null, file).toBe(file === LOGGED_OUT);
      expect(doc.querySelector(IG_SELECTORS.loginLink) !== null, file).toBe(file === LOGGED_OUT);
    }
  });

  it('the current layout has no list items around comments, and nothing a comment never holds sits inside one', () => {
    for (const { file, doc } of DOCS.filter(({ file }) => file.includes('/live/'))) {
      const times = Array.from(doc.querySelectorAll(IG_SELECTORS.permalinkTime));
      expect(times.length, file).toBeGreaterThan(0);
      for (const time of times) expect(time.closest('li'), file).toBeNull();
      for (const el of doc.querySelectorAll(IG_SELECTORS.notInComment)) expect(el.querySelector(IG_SELECTORS.permalinkTime) === null || ['MAIN', 'DIV'].includes(el.tagName), `${file} ${el.tagName}`).toBe(true);
    }
  });

  it('comment items are never the caption or a reply-list wrapper', () => {
    for (const { doc } of DOCS) {
      for (const item of doc.querySelectorAll(IG_SELECTORS.commentItem)) {
        expect(item.querySelector('h1')).toBeNull();
        expect(item.children.length === 1 && item.firstElementChild?.tagName === 'UL').toBe(false);
      }
    }
  });
});
