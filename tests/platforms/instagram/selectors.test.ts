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
];
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

  it('each fixture carries the comment box: a textarea inside a form', () => {
    for (const { file, doc } of DOCS) expect(doc.querySelector(IG_SELECTORS.commentBox), file).not.toBeNull();
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
