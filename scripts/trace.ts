/**
 * The content script's share of a page's main thread, from a Chromium trace: every task that
 * runs Keel's code (its script evaluation included), how long each took with everything the
 * browser did inside it (garbage collection, compiling), and what ran inside the longest.
 * Used by `npm run bench` and scripts/trace-page.ts.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

export interface KeelTask {
  ms: number;
  /** Whether the task evaluated the content script (its start-up). */
  startup: boolean;
  /** Time of the events inside, by name (nested events overlap). */
  inside: Map<string, number>;
}

export interface KeelTrace {
  tasks: KeelTask[];
  totalMs: number;
  longestMs: number;
  startupMs: number;
  /**
   * The browser's rendering after Keel's writes: tasks that restyle, lay out or paint the page
   * from Keel's first read to the frame after its last task. On a still page nothing else
   * dirties it, so this is what marking the page costs the page.
   */
  render: { frames: number; totalMs: number; longestMs: number };
}

/** Events of the browser's rendering pipeline (restyle, layout, pre-paint, paint). */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);

export async function startTrace(cdp: CDPSession, categories = 'toplevel,devtools.timeline'): Promise<() => Promise<KeelTrace>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return keelTasks(events);
  };
}

/**
 * The page's own frames, with no Keel on it: the tasks of the page's main thread (the thread
 * with the most rendering events) that restyle, lay out or paint it. Used to measure a page
 * scrolling by itself, the yardstick for the frames Keel's marks cost it.
 */
export async function startFrameTrace(cdp: CDPSession): Promise<() => Promise<{ frames: number; longestMs: number }>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    const byThread = new Map<number, number>();
    for (const e of events) if (RENDERING.has(e.name)) byThread.set(e.tid, (byThread.get(e.tid) ?? 0) + 1);
    const mainTid = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
    const sorted = outerTasks(events.filter((e) => e.tid === mainTid)).sort((x, y) => x.ts - y.ts);
    const frames = [...renderingTasks(events, mainTid, sorted)];
    return { frames: frames.length, longestMs: frames.reduce((m, t) => Math.max(m, (t.dur ?? 0) / 1000), 0) };
  };
}

/** A thread's outermost tasks (RunTask nests inside ThreadControllerImpl::RunTask). */
function outerTasks(threadEvents: TraceEvent[]): TraceEvent[] {
  const tasks = threadEvents.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  return tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && end(o) >= end(t) && (o.dur ?? 0) > (t.dur ?? 0)));
}

/** The tasks among `sorted` (outer tasks of the thread, by start) that restyle, lay out or paint. */
function renderingTasks(events: TraceEvent[], mainTid: number | undefined, sorted: TraceEvent[]): Set<TraceEvent> {
  const rendering = new Set<TraceEvent>();
  for (const e of events) {
    if (e.tid !== mainTid || !RENDERING.has(e.name)) continue;
    // The outer task holding the event: the last one starting at or before it.
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid]!.ts <= e.ts) lo = mid;
      else hi = mid - 1;
    }
    const t = sorted[lo];
    if (t && t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0)) rendering.add(t);
  }
  return rendering;
}

function keelTasks(events: TraceEvent[]): KeelTrace {
  const isKeel = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://');
  const calls = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isKeel(e));
  const mainTid = calls[0]?.tid;
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const outer = outerTasks(events.filter((e) => e.tid === mainTid));
  const result: KeelTask[] = [];
  /** The trace events of the tasks in `result`, in the same order. */
  const keelOuter: TraceEvent[] = [];
  for (const t of outer) {
    const mine = calls.filter((c) => c.ts >= t.ts && c.ts < end(t));
    if (mine.length === 0) continue;
    const inside = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== t.tid || e.ph !== 'X' || e === t || e.ts < t.ts || e.ts >= end(t)) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    result.push({ ms: (t.dur ?? 0) / 1000, startup: mine.some((c) => c.name === 'EvaluateScript'), inside });
    keelOuter.push(t);
  }
  const firstRead = result.findIndex((t) => !t.startup);
  const lastKeelEnd = keelOuter.reduce((m, t) => Math.max(m, end(t)), 0);
  const render = { frames: 0, totalMs: 0, longestMs: 0 };
  if (firstRead >= 0) {
    const firstTs = keelOuter[firstRead]!.ts;
    const sorted = [...outer].sort((x, y) => x.ts - y.ts);
    const rendering = renderingTasks(events, mainTid, sorted);
    const keelSet = new Set(keelOuter);
    const renders = sorted.filter((t) => t.ts > firstTs && rendering.has(t) && !keelSet.has(t));
    const afterLast = renders.find((t) => t.ts >= lastKeelEnd);
    for (const t of renders) {
      if (t.ts > lastKeelEnd && t !== afterLast) continue;
      const ms = (t.dur ?? 0) / 1000;
      render.frames++;
      render.totalMs += ms;
      render.longestMs = Math.max(render.longestMs, ms);
    }
  }
  return {
    render,
    tasks: result,
    totalMs: result.reduce((s, t) => s + t.ms, 0),
    longestMs: result.reduce((m, t) => Math.max(m, t.ms), 0),
    startupMs: result.filter((t) => t.startup).reduce((s, t) => s + t.ms, 0),
  };
}
