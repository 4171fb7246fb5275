// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FB_REQUIRED, FB_SELECTORS } from '../../../lib/platforms/facebook/selectors';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const FILES = [
  ...['page-post', 'group-post', 'feed', 'photo-viewer'].flatMap((view) => [`facebook/${view}.en.html`, `facebook/${view}.de.html`]),
  'demo/facebook-thread.html',
];
const DOCS = FILES.map((file) => ({ file, doc: new JSDOM(readFileSync(join(FIXTURES, file), 'utf8')).window.document }));

describe('Facebook selectors', () => {
  // In the spirit of refined-github: a selector that matches no fixture is a selector nobody checked.
  for (const [name, selector] of Object.entries(FB_SELECTORS)) {
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
      for (const name of FB_REQUIRED) expect(doc.querySelector(FB_SELECTORS[name]), `${name} in ${file}`).not.toBeNull();
    }
  });

  it('each fixture carries the Lexical comment box inside a form', () => {
    for (const { file, doc } of DOCS) expect(doc.querySelector(FB_SELECTORS.commentBox), file).not.toBeNull();
  });

  it('comment roots are comment articles only, never the post or a feed unit', () => {
    for (const { doc } of DOCS) {
      for (const root of doc.querySelectorAll(FB_SELECTORS.commentRoot)) {
        expect(root.querySelector(FB_SELECTORS.postMessage)).toBeNull();
        expect(root.hasAttribute('aria-posinset')).toBe(false);
      }
    }
  });
});
