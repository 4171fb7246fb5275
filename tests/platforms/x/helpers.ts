import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export const DEMO_URL = 'https://x.com/nordlichtcoffee/status/1790000000000000001';
export const THREAD_URL = 'https://x.com/nordlichtcoffee/status/1795000000000000007';

/** Fixture files, relative to tests/fixtures, with the URL x.com serves them at. */
export const X_FIXTURES: Record<string, string> = {
  'x/tweetyoink-x-tweet-sample.html': 'https://x.com/TestUser123/status/1981398750557065646',
  'x/tweetyoink-x-tweet-quote.html': 'https://x.com/home',
  'x/tweetyoink-x-tweet-quote-video.html': 'https://x.com/home',
  'demo/x-thread.html': DEMO_URL,
  'x/reply-thread.en.html': THREAD_URL,
  'x/reply-thread.de.html': THREAD_URL,
  'x/article/status.en.html': 'https://x.com/maralindqvist_/status/2019384756102938475',
  'x/article/quote-home.en.html': 'https://x.com/home',
};

export function loadFixture(file: string, url = X_FIXTURES[file] ?? 'https://x.com/home'): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return new JSDOM(html, { url }).window.document;
}
