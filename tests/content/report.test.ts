import { describe, expect, it } from 'vitest';
import { createReporter, MAX_REPORT_BATCH } from '../../lib/content/report';
import type { ObservedPost } from '../../lib/schema';

const posts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `x:/a/status/${i}` }) as unknown as ObservedPost);

describe('reports', () => {
  it('sends kept posts in a task of its own, once however often flushed, in batches of at most MAX_REPORT_BATCH', () => {
    const tasks: (() => void)[] = [];
    const sent: ObservedPost[][] = [];
    const reporter = createReporter((fn) => void tasks.push(fn), (p) => void sent.push(p));
    reporter.flush();
    expect(tasks).toHaveLength(0);
    reporter.add(posts(MAX_REPORT_BATCH + 10));
    expect(reporter.waiting).toBe(MAX_REPORT_BATCH + 10);
    reporter.flush();
    reporter.flush();
    expect(tasks).toHaveLength(1);
    expect(sent).toHaveLength(0);
    tasks.shift()!();
    expect(sent.map((b) => b.length)).toEqual([MAX_REPORT_BATCH, 10]);
    expect(reporter.waiting).toBe(0);
    reporter.add(posts(1));
    reporter.flush();
    expect(tasks).toHaveLength(1);
  });
});
