/**
 * `KEEL_EXTENSION_DIR=<build> npx tsx scripts/profile-page.ts [x|facebook|instagram] [mentionEvery]`:
 * where the content script spends its time on a 2,000-post page. Loads the page the way
 * `npm run bench` does, records a V8 CPU profile of the page's main thread and prints the self
 * time of the content script's functions, heaviest first. Build with `KEEL_PROFILE=1 npx wxt
 * build` so function names survive.
 */
import { filledDemoPage } from './fill-page';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const siteName = process.argv[2] ?? 'x';
  const mentionEvery = Number(process.argv[3] ?? '10');
  const { keel, page, url } = await filledDemoPage(siteName, mentionEvery);
  try {
    const cdp = await keel.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let keelTotal = 0;
    const outside = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      let node = byId.get(profile.samples[i]!)!;
      const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      // Attribute native frames (DOM calls, GC, regexp) to the nearest script frame of Keel.
      let owner: ProfileNode | undefined = node;
      while (owner && !owner.callFrame.url.startsWith('chrome-extension://')) owner = byId.get(parent.get(owner.id) ?? -1);
      if (!owner) {
        // Garbage collection, the browser's own work and idle time, for comparison.
        const other = `[page] ${node.callFrame.functionName || '(anon)'}${node.callFrame.url ? ' ' + node.callFrame.url.split('/').pop() : ''}`;
        outside.set(other, (outside.get(other) ?? 0) + dt);
        continue;
      }
      keelTotal += dt;
      const name = node.callFrame.url.startsWith('chrome-extension://') ? key(node) : `${node.callFrame.functionName || '(native)'} ← ${key(owner)}`;
      self.set(name, (self.get(name) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = owner; n; n = byId.get(parent.get(n.id) ?? -1)) {
        if (!n.callFrame.url.startsWith('chrome-extension://')) continue;
        const k = key(n);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
    // The script's top level (module initialisation), child by child, when asked.
    if (process.argv.includes('--startup')) {
      const top = profile.nodes.filter((n) => n.callFrame.url.includes('content-scripts/') && n.callFrame.lineNumber === 0 && !n.callFrame.functionName);
      const incl = new Map<number, number>();
      for (let i = 0; i < profile.samples.length; i++) {
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        for (let n: number | undefined = profile.samples[i]; n !== undefined; n = parent.get(n)) incl.set(n, (incl.get(n) ?? 0) + dt);
      }
      for (const t of top) {
        console.log(`top level: ${(incl.get(t.id) ?? 0).toFixed(1)} ms`);
        const kids = (t.children ?? []).map((c) => byId.get(c)!).sort((a, b) => (incl.get(b.id) ?? 0) - (incl.get(a.id) ?? 0));
        for (const k of kids.slice(0, 25)) console.log(`  ${(incl.get(k.id) ?? 0).toFixed(1).padStart(7)} ms  ${k.callFrame.functionName || '(anon)'}:${k.callFrame.lineNumber}`);
      }
    }
    console.log(`${siteName}, 1 in ${mentionEvery} mentions: content script ${keelTotal.toFixed(1)} ms in samples`);
    console.log('\nself time:');
    for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('\noutside Keel:');
    for (const [name, ms] of [...outside].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('\ninclusive time:');
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  } finally {
    await keel.close();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
