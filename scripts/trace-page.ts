/**
 * `KEEL_EXTENSION_DIR=<build> npx tsx scripts/trace-page.ts [x|facebook|instagram] [mentionEvery]`:
 * what the page's main thread does during the content script's tasks, from a Chromium trace.
 * For each task that runs Keel's code it sums the time of the trace events inside (script,
 * style, layout, garbage collection), so time the JS profiler cannot see is accounted for.
 */
import { filledDemoPage } from './fill-page';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; scriptName?: string } };
}

async function main() {
  const { keel, page, url } = await filledDemoPage(process.argv[2] ?? 'x', Number(process.argv[3] ?? '10'));
  try {
    const cdp = await keel.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline,toplevel,blink.user_timing',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(4000);
    await cdp.send('Tracing.end');
    await done;
    // Tasks: top-level complete events on the renderer main thread.
    const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
    const isKeel = (e: TraceEvent) => {
      const d = e.args?.data;
      return (d?.url ?? d?.scriptName ?? '').startsWith('chrome-extension://');
    };
    const keelCalls = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction' || e.name === 'TimerFire') && isKeel(e));
    const mainTid = keelCalls[0]?.tid;
    const mainTasks = tasks.filter((t) => t.tid === mainTid);
    // Only outermost tasks (RunTask nests inside ThreadControllerImpl::RunTask).
    const outer = mainTasks.filter((t) => !mainTasks.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && (o.dur ?? 0) > (t.dur ?? 0)));
    const keelTasks = outer.filter((t) => keelCalls.some((c) => c.tid === t.tid && c.ts >= t.ts && c.ts < t.ts + (t.dur ?? 0)));
    let total = 0;
    let longest = 0;
    const inside = new Map<string, number>();
    for (const t of keelTasks) {
      total += t.dur ?? 0;
      longest = Math.max(longest, t.dur ?? 0);
      for (const e of events) {
        if (e.tid !== t.tid || e.ph !== 'X' || e === t || e.ts < t.ts || e.ts >= t.ts + (t.dur ?? 0)) continue;
        if (['FunctionCall', 'UpdateLayoutTree', 'Layout', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'EvaluateScript', 'v8.compile', 'V8.ScriptCompiler', 'v8.parseOnBackground', 'ParseHTML', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'InvalidateLayout', 'TimerFire', 'v8.run', 'V8.Execute', 'CpuProfiler::StartProfiling', 'v8.compileModule', 'BlinkGC.AtomicPhase', 'MutationObserver'].includes(e.name) || e.name.startsWith('V8.GC') || e.name.includes('GC')) {
          inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0));
        }
      }
    }
    console.log(`${keelTasks.length} tasks run Keel code: ${(total / 1000).toFixed(1)} ms in all, longest ${(longest / 1000).toFixed(1)} ms`);
    for (const [name, us] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name} (nested events overlap)`);
    const top = process.argv.includes('--all') ? keelTasks : [...keelTasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 5);
    for (const t of top) {
      const names = new Map<string, number>();
      for (const e of events) if (e.tid === t.tid && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)) names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0));
      console.log(`task ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ` + [...names].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', '));
    }
  } finally {
    await keel.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
