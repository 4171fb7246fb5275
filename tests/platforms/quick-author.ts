import { expect } from 'vitest';
import { postRoots } from '../../lib/platforms/roots';
import type { PlatformAdapter } from '../../lib/platforms/types';

/** The adapter's quick author read agrees with its full read on every post of the page. */
export function expectQuickAuthorsMatch(adapter: PlatformAdapter, doc: Document, pageUrl: string): void {
  let compared = 0;
  for (const root of Array.from(postRoots(adapter).within(doc))) {
    const full = adapter.extract(root, pageUrl)[0];
    if (!full) continue;
    expect(adapter.authorHandleOf!(root) ?? '').toBe(full.authorHandle);
    compared++;
  }
  expect(compared).toBeGreaterThan(0);
}
