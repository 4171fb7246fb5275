/** The pages of tests/fixtures/instagram/live (current layout) and what they expect, for the unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { BrandProfile } from '../../../lib/schema';

const LIVE = join(__dirname, '..', '..', 'fixtures', 'instagram', 'live');

/** Every page of tests/fixtures/instagram/live with the expectation it shares. */
export const LIVE_PAGES = [
  { file: 'post.en.html', expected: 'post' },
  { file: 'post.pt.html', expected: 'post' },
  { file: 'post-replies-open.en.html', expected: 'post-replies-open' },
  { file: 'reel.en.html', expected: 'reel' },
  { file: 'reel.pt.html', expected: 'reel' },
  { file: 'modal.en.html', expected: 'modal' },
  { file: 'logged-out.en.html', expected: 'logged-out' },
] as const;

export interface LivePost {
  id: string;
  parentId: string | null;
  text: string;
  authorHandle: string;
  mentionsBrand: boolean;
  [field: string]: unknown;
}

export interface LiveView {
  pageUrl: string;
  posts: LivePost[];
}

export const NORDLICHT: BrandProfile = {
  names: ['Nordlicht Coffee', 'Nordlicht'],
  aliases: [],
  handles: ['@nordlichtcoffee'],
  hashtags: ['#nordlicht'],
  products: [],
  exclude: [],
};

export function liveView(name: string): LiveView {
  return JSON.parse(readFileSync(join(LIVE, `${name}.expected.json`), 'utf8')) as LiveView;
}

export function liveDoc(file: string, url: string): Document {
  return new JSDOM(readFileSync(join(LIVE, file), 'utf8'), { url }).window.document;
}



export function withoutMention({ mentionsBrand: _, ...rest }: LivePost): Record<string, unknown> {
  return rest;
}

