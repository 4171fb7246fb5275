// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinedText } from '../../../lib/platforms/dom';
import { xAdapter } from '../../../lib/platforms/x';

const load = (file: string) => {
  document.body.innerHTML = readFileSync(join(import.meta.dirname, '../../fixtures/x', file), 'utf8');
  return document.querySelector(xAdapter.postSelector)!;
};

describe('X quick reads', () => {
  it('the quick text holds everything the full read returns as text, quote included', () => {
    for (const file of ['tweetyoink-x-tweet-sample.html', 'tweetyoink-x-tweet-quote.html', 'tweetyoink-x-tweet-quote-video.html']) {
      const root = load(file);
      const quick = joinedText(root, xAdapter.quickTextSelector!);
      for (const post of xAdapter.extract(root, 'https://x.com/home')) {
        for (const word of post.text.split(/\s+/).filter((w) => /^[\p{L}]{4,}$/u.test(w))) expect(quick, file).toContain(word);
      }
    }
  });

  it('the author handle matches the full read', () => {
    for (const file of ['tweetyoink-x-tweet-sample.html', 'tweetyoink-x-tweet-quote.html']) {
      const root = load(file);
      expect(xAdapter.authorHandleOf!(root)).toBe(xAdapter.extract(root, 'https://x.com/home')[0]!.authorHandle);
    }
  });
});
