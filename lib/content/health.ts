/**
 * Page health: whether Keel can read the page it is on. Posts on the page (found by the post
 * root finder, or by the adapter's `contentPresent` when the finder finds none) that Keel
 * cannot read, or selectors that stopped matching, make the page unreadable, and the panel
 * says so, naming the site and the view.
 */
import type { PageHealth } from '../messages';
import type { PostRoots } from '../platforms/types';
import type { PlatformAdapter } from '../platforms/types';
import { pageView } from './view';

export interface HealthInput {
  adapter: PlatformAdapter;
  doc: Document;
  roots: PostRoots;
  /** The last few post roots read. */
  recent: readonly Element[];
  /** Whether reading a post root in full yields any post. */
  reads(root: Element): boolean;
  postsSeen: number;
  mentionsSeen: number;
}

export function pageHealth(input: HealthInput): PageHealth {
  const { adapter, doc, roots } = input;
  const checks = adapter.checkSelectors(doc);
  // Most posts are only glanced at (they do not mention the brand), so read the last few
  // in full to know that reading still works. (Not by querying the whole page again: with
  // 2,000 comments that alone was a 58 ms task on Facebook.)
  const sample = input.recent.filter((r) => r.isConnected);
  // Comments on the page that the post selector no longer finds also mean Keel cannot read it.
  const rootsFound = sample.length > 0 || roots.first(doc) !== null || (adapter.contentPresent?.(doc) ?? false);
  const failing = checks.filter((c) => !c.matched);
  let sampleRead = 0;
  for (const root of sample) if (input.reads(root)) sampleRead++;
  // Posts are on the page but Keel cannot read them: a selector stopped matching.
  const readable = !(rootsFound && (sampleRead === 0 || failing.length > 0));
  return {
    type: 'page/health',
    platform: adapter.platform,
    pageUrl: doc.location.href,
    postsSeen: input.postsSeen,
    mentionsSeen: input.mentionsSeen,
    readable,
    view: pageView(adapter.platform, doc.location.href, doc),
    checks,
  };
}

/** What a report of page health changes with: the same key is not sent again. */
export function healthKey(health: PageHealth): string {
  return `${health.pageUrl}|${health.readable}|${health.view}|${health.postsSeen}|${health.mentionsSeen}`;
}
