/**
 * What a content script does on a site, whatever the site: find every post,
 * read it through the site's adapter, match the brand, score the risk, mark the
 * post in the page and report it to the background.
 *
 * Speed matters here: a mention must be flagged in the same frame it appears.
 * Mutations are handled in the MutationObserver callback (a microtask, before the
 * browser paints), within a time budget; what does not fit continues in later
 * tasks so that no task blocks the page for long.
 *
 * Writing to the page costs the page more than reading it. On a 2,000-post X page,
 * each post whose layout changes adds about a millisecond to the browser's next frame
 * (restyle, layout, pre-paint), and a badge in each of 150 posts across the page made
 * one frame take 400–600 ms. Attributes cost nothing there (no style of the page reads
 * them), so every mention is marked at once; its badge is added at once only where the
 * page itself just changed (the frame is being laid out anyway) or at the top of the
 * page on the first read, and otherwise when the post comes near the viewport. Badges that
 * come due while the page is still being read go in together when the read ends (at most
 * DUE_WAIT_MS later, ./marks.ts): each frame that adds any badge costs such a page a full layout and paint.
 *
 * This file wires the parts together: the slices of reading (./schedule.ts), the glance at a
 * post's quick text (./glance.ts), the full read of a post (./read.ts), marks, reports and health.
 */
import { postRoots } from '../platforms/roots';
import type { PlatformAdapter, PostRoots } from '../platforms/types';
import type { ObservedPost, RiskAssessment, Settings } from '../schema';
import type { PageHealth } from '../messages';
import { createGlance } from './glance';
import { healthKey, pageHealth } from './health';
import { createReader, type Reader } from './read';
import { createReporter, MAX_REPORT_BATCH } from './report';
import { createMarks, MENTION_ATTR, type BadgeRenderer, type Marks } from './marks';
import { createScheduler, type Scheduler } from './schedule';
import type { Brand, BrandMatcherLike, RiskInputLike } from './types';

export { MENTION_ATTR, RISK_ATTR, type BadgeRenderer } from './marks';
export type { BrandMatcherLike, RiskInputLike } from './types';

export interface RuntimeOptions {
  adapter: PlatformAdapter;
  doc: Document;
  settings: Settings;
  compileMatcher: (settings: Settings) => BrandMatcherLike;
  assess: (input: RiskInputLike) => RiskAssessment;
  badges: BadgeRenderer;
  /** Sends stored-to-be posts to the background. */
  report: (posts: ObservedPost[]) => void;
  reportHealth: (health: PageHealth) => void;
  /** Schedules a continuation task; setTimeout in the page. */
  schedule?: (fn: () => void) => void;
  now?: () => number;
  /** Milliseconds one slice of work may take before yielding to the page. */
  sliceBudgetMs?: number;
}

export interface RuntimeStats {
  postsSeen: number;
  mentionsSeen: number;
  /** Milliseconds of main-thread time spent reading and marking posts. */
  busyMs: number;
  /** The longest single slice of that work, in milliseconds. */
  maxSliceMs: number;
  slices: number;
  /** Posts waiting to be read. */
  pending: number;
}

export interface ContentRuntime {
  /** Reads the whole page again (after in-app navigation, or settings changes). */
  rescan(): void;
  updateSettings(settings: Settings): void;
  /** The post root showing a mention, if it is on the page. */
  findMention(id: string): Element | null;
  /** Scrolls the page to the mention and highlights it. */
  reveal(id: string): boolean;
  /** Mentions currently marked on the page, in document order. */
  mentionIds(): string[];
  /** The mention the person last focused, clicked or hovered in the page. */
  focusedMentionId(): string | null;
  /** Posts read and mentions found since the last rescan, and the time Keel spent on them. */
  stats(): RuntimeStats;
  /** The post as Keel last read it. */
  post(id: string): ObservedPost | undefined;
  stop(): void;
}

export function startContentRuntime(options: RuntimeOptions): ContentRuntime {
  const { adapter, doc } = options;
  const roots = postRoots(adapter);
  const win = doc.defaultView;
  const clock = win?.performance ?? performance;
  const perfNow = () => clock.now();
  const schedule = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
  const budget = options.sliceBudgetMs ?? 8;

  const brand: Brand = { matcher: options.compileMatcher(options.settings), handles: handleSet(options.settings) };
  let lastFocused: string | null = null;
  let failures = 0;

  /** The first few failures are logged; a page that breaks every post must not flood the console. */
  function warn(what: string, error: unknown) {
    failures++;
    if (failures <= 3) console.warn(`[Keel] could not ${what}:`, error);
  }

  const reporter = createReporter(schedule, options.report);
  const glance = createGlance(adapter, brand);
  const marks = createMarks({ win, badges: options.badges, schedule, perfNow, budget, reading: () => scheduler.pending.size > 0 });
  const reader = createReader({
    adapter,
    doc,
    roots,
    brand,
    glance,
    marks,
    reporter,
    assess: options.assess,
    failed: (error) => warn('score a mention', error),
  });
  const health = healthReporter({ adapter, doc, roots, reader, marks, report: options.reportHealth });
  const scheduler = createScheduler({
    roots,
    schedule,
    perfNow,
    budget,
    read: reader.read,
    failed: (error) => warn('read a post', error),
    begin(pageChanged) {
      marks.badgesNow = pageChanged;
    },
    end(pageChanged) {
      reader.clearSlice();
      glance.clear();
      // A long read reports what it found in a few messages, not one per slice.
      if (pageChanged || scheduler.pending.size === 0 || reporter.waiting >= MAX_REPORT_BATCH) reporter.flush();
    },
    after(done) {
      if (done) health.queue();
      marks.afterSlice();
    },
  });

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    queueChanged(records, scheduler, roots);
    if (scheduler.pending.size && !scheduler.draining) scheduler.drain(true);
  });

  function onFocus(event: Event) {
    lastFocused = focusedMention(event) ?? lastFocused;
  }

  /**
   * Queues every post on the page. On the first scan, reading starts in a task of its own:
   * finding every post of a large page takes up to 30 ms by itself (Facebook's selector), and
   * the page is not waiting for it. After in-app navigation reading starts at once, as the
   * location changes, which keeps what is read and the page it is stored under in step.
   */
  function scanAll(initial: boolean) {
    const all = roots.within(doc);
    for (let i = 0; i < all.length; i++) scheduler.add(all[i]!);
    if (!initial) scheduler.drain(true);
    else if (scheduler.pending.size === 0) health.queue();
    // The first slice reads the top of the page, where the person is looking: badges at once.
    else scheduler.drainLater(true);
  }

  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    // X swaps a reused article's permalink href when it shows another post.
    attributes: true,
    attributeFilter: ['href', 'datetime'],
  });
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('pointerdown', onFocus, true);
  doc.addEventListener('mouseover', onFocus, true);
  scanAll(true);

  return {
    rescan() {
      reader.reset();
      scheduler.resetStats();
      health.reset();
      marks.reset();
      scanAll(false);
    },
    updateSettings(next) {
      brand.matcher = options.compileMatcher(next);
      brand.handles = handleSet(next);
      this.rescan();
    },
    findMention(id) {
      return doc.querySelector(`[${MENTION_ATTR}="${cssEscape(id)}"]`);
    },
    reveal(id) {
      const el = this.findMention(id);
      if (!el) return false;
      marks.showWaiting(el);
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      highlight(el);
      lastFocused = id;
      return true;
    },
    mentionIds() {
      const out: string[] = [];
      const marked = doc.querySelectorAll(`[${MENTION_ATTR}]`);
      for (let i = 0; i < marked.length; i++) out.push(marked[i]!.getAttribute(MENTION_ATTR)!);
      return out;
    },
    focusedMentionId: () => lastFocused,
    stats: () => ({
      postsSeen: reader.postsSeen,
      mentionsSeen: reader.mentionsSeen,
      busyMs: scheduler.busyMs,
      maxSliceMs: scheduler.maxSliceMs,
      slices: scheduler.slices,
      pending: scheduler.pending.size,
    }),
    post: reader.post,
    stop() {
      observer.disconnect();
      marks.stop();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('pointerdown', onFocus, true);
      doc.removeEventListener('mouseover', onFocus, true);
      health.stop();
    },
  };
}

export const BADGE_HOST_ATTR = 'data-keel-badge';

interface HealthReporterOptions {
  adapter: PlatformAdapter;
  doc: Document;
  roots: PostRoots;
  reader: Reader;
  marks: Marks;
  report: (health: PageHealth) => void;
}

/** Checks the page's health a moment after reading settles, and reports it when it changed. */
function healthReporter(o: HealthReporterOptions) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastKey = '';

  function check() {
    // Posts the site removed (X keeps only the rows near the viewport) no longer wait for a badge.
    o.marks.forgetRemoved();
    const health: PageHealth = pageHealth({
      adapter: o.adapter,
      doc: o.doc,
      roots: o.roots,
      recent: o.reader.recent,
      reads: (root) => o.reader.extract(root).length > 0,
      postsSeen: o.reader.postsSeen,
      mentionsSeen: o.reader.mentionsSeen,
    });
    o.reader.clearSlice();
    const key = healthKey(health);
    if (key === lastKey) return;
    lastKey = key;
    o.report(health);
  }

  return {
    queue() {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        check();
      }, 1500);
    },
    /** The next check reports even an unchanged page (after a rescan). */
    reset() {
      lastKey = '';
    },
    stop() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/** Queues the post roots a batch of page changes touched. */
function queueChanged(records: MutationRecord[], scheduler: Scheduler, roots: PostRoots) {
  for (const record of records) {
    if (record.type === 'childList') {
      if (isKeelOwnChange(record)) continue;
      for (let i = 0; i < record.addedNodes.length; i++) scheduler.addWithin(record.addedNodes[i]!);
      // Changes inside a post (X reusing the node for another post) re-read that post.
      const target = record.target as Element;
      if (target.nodeType === 1) {
        const root = roots.of(target);
        if (root) scheduler.add(root);
      }
    } else if (record.type === 'characterData' || record.type === 'attributes') {
      const parent = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const root = parent ? roots.of(parent) : null;
      if (root) scheduler.add(root);
    }
  }
}

/** The mention a focus, click or hover in the page went to, if any. */
function focusedMention(event: Event): string | null {
  const target = event.target as Element | null;
  if (!target || target.nodeType !== 1) return null;
  const marked = target.closest(`[${MENTION_ATTR}]`);
  return marked ? marked.getAttribute(MENTION_ATTR) : null;
}

/** Keel adding or removing its own badge is not a change of the post. */
function isKeelOwnChange(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute(BADGE_HOST_ATTR));
}

function handleSet(settings: Settings): Set<string> {
  return new Set(settings.brand.handles.map((h) => h.replace(/^@/, '').toLowerCase()));
}

const HIGHLIGHT_ATTR = 'data-keel-highlight';

/** Outlines the post for a moment, without touching the page's own styles. */
function highlight(el: Element) {
  const html = el as HTMLElement;
  const previous = html.style.outline;
  const previousOffset = html.style.outlineOffset;
  html.setAttribute(HIGHLIGHT_ATTR, '');
  html.style.outline = '3px solid #f59e0b';
  html.style.outlineOffset = '2px';
  setTimeout(() => {
    html.removeAttribute(HIGHLIGHT_ATTR);
    html.style.outline = previous;
    html.style.outlineOffset = previousOffset;
  }, 2500);
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
