// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { X_COMPOSER_SELECTORS, X_PAGE_SELECTORS, X_SELECTORS } from '../../../lib/platforms/x/selectors';
import { X_FIXTURES, loadFixture } from './helpers';

const documents = Object.keys(X_FIXTURES).map((file) => ({ file, doc: loadFixture(file) }));

const groups = { X_SELECTORS, X_PAGE_SELECTORS, X_COMPOSER_SELECTORS } as const;

describe('X selectors', () => {
  for (const [group, selectors] of Object.entries(groups)) {
    for (const [name, selector] of Object.entries(selectors)) {
      // Every alternative of a selector list must match somewhere, not just the list as a whole.
      for (const alternative of selector.split(',').map((s) => s.trim())) {
        it(`${group}.${name}: "${alternative}" matches at least one fixture`, () => {
          const matchedIn = documents.filter(({ doc }) => doc.querySelector(alternative)).map(({ file }) => file);
          expect(matchedIn.length, `${alternative} matched no fixture`).toBeGreaterThan(0);
        });
      }
    }
  }

  it('never key on aria-label or visible text, which X translates', () => {
    for (const selectors of Object.values(groups)) {
      for (const selector of Object.values(selectors)) {
        expect(selector).not.toMatch(/aria-label|:contains|title=/);
      }
    }
  });

  it('the post root matches every article on the real x.com captures', () => {
    for (const file of ['x/tweetyoink-x-tweet-sample.html', 'x/tweetyoink-x-tweet-quote.html']) {
      const doc = loadFixture(file);
      expect(doc.querySelectorAll(X_SELECTORS.postRoot).length).toBe(doc.querySelectorAll('article').length);
    }
  });
});
