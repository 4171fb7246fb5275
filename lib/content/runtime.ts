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
 */
import { joinedText } from '../platforms/dom';
import { postRoots } from '../platforms/roots';
import type { ExtractedPost, PlatformAdapter } from '../platforms/types';
import type { BrandMatch, ObservedPost, RiskAssessment, Settings, Engagement, Reach, DetectedLanguage } from '../schema';
import type { PageHealth } from '../messages';
import { healthKey, pageHealth } from './health';
import { brandRepliedAfter } from './lookahead';
import { createReporter, MAX_REPORT_BATCH } from './report';
import { createMarks, MENTION_ATTR, RISK_ATTR, type BadgeRenderer } from './marks';

export { MENTION_ATTR, RISK_ATTR, type BadgeRenderer } from './marks';

export interface RiskInputLike {
  text: string;
  language: DetectedLanguage;
  reach?: Reach;
  engagement?: Engagement;
  context?: { brandReplied?: boolean; authorPostsInThread?: number };
}

export interface BrandMatcherLike {
  match(text: string): BrandMatch[];
  readonly isEmpty: boolean;
}

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

interface RootState {
  /** Ids and text length of what the root showed when read, to notice node reuse. */
  fingerprint: string;
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

/**
 * The state of a root whose quick text cannot mention the brand. One shared record, not the text:
 * keeping the texts of 2,000 posts alive only made each garbage collection copy them.
 */
const GLANCED: RootState = { fingerprint: '' };

export function startContentRuntime(options: RuntimeOptions): ContentRuntime {
  const { adapter, doc } = options;
  const roots = postRoots(adapter);
  const win = doc.defaultView;
  const now = options.now ?? (() => Date.now());
  const clock = win?.performance ?? performance;
  const perfNow = () => clock.now();
  const schedule = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
  const budget = options.sliceBudgetMs ?? 8;

  let settings = options.settings;
  let matcher = options.compileMatcher(settings);
  let brandHandles = handleSet(settings);

  let state = new WeakMap<Element, RootState>();
  const pending = new Set<Element>();
  let draining = false;
  const reporter = createReporter(schedule, options.report);
  const posts = new Map<string, ObservedPost>();
  /** How many posts each author has on this page, keyed by thread, for the repeat-author signal. */
  let authorCounts = new Map<string, number>();
  let postsSeen = 0;
  let mentionsSeen = 0;
  let lastFocused: string | null = null;
  let failures = 0;
  let busyMs = 0;
  let maxSliceMs = 0;
  let slices = 0;
  let healthTimer: ReturnType<typeof setTimeout> | null = null;
  let lastHealthKey = '';

  const marks = createMarks({ win, badges: options.badges, schedule, perfNow, budget, reading: () => pending.size > 0 });

  function enqueueRoot(root: Element) {
    pending.add(root);
  }

  function enqueueWithin(node: Node) {
    if (node.nodeType !== 1) {
      const parent = node.parentElement;
      const root = parent ? roots.of(parent) : null;
      if (root) enqueueRoot(root);
      return;
    }
    const el = node as Element;
    const own = roots.of(el);
    if (own) enqueueRoot(own);
    const inner = roots.within(el);
    for (let i = 0; i < inner.length; i++) enqueueRoot(inner[i]!);
  }

  /** Reads pending posts for one slice; `pageChanged`: the page changed in this frame, so badges go in now. */
  function drain(pageChanged: boolean) {
    const start = perfNow();
    marks.badgesNow = pageChanged;
    for (const root of pending) {
      pending.delete(root);
      if (root.isConnected) {
        try {
          processRoot(root);
        } catch (error) {
          // One post Keel cannot read must not stop it reading the rest of the page.
          failures++;
          if (failures <= 3) console.warn('[Keel] could not read a post:', error);
        }
      }
      if (perfNow() - start > budget) break;
    }
    sliceCache.clear();
    sliceQuick.clear();
    sliceQuickMatches.clear();
    // A long read reports what it found in a few messages, not one per slice.
    if (pageChanged || pending.size === 0 || reporter.waiting >= MAX_REPORT_BATCH) reporter.flush();
    const took = perfNow() - start;
    busyMs += took;
    slices++;
    if (took > maxSliceMs) maxSliceMs = took;
    if (pending.size > 0) {
      if (!draining) {
        draining = true;
        schedule(() => {
          draining = false;
          drain(false);
        });
      }
    } else {
      queueHealthCheck();
    }
    marks.afterSlice();
  }

  /** Extractions made during the current slice, so looking ahead at a neighbour does not read it twice. */
  const sliceCache = new Map<Element, ExtractedPost[]>();

  function extractRoot(root: Element): ExtractedPost[] {
    let extracted = sliceCache.get(root);
    if (extracted) return extracted;
    try {
      extracted = adapter.extract(root, doc.location.href);
    } catch {
      extracted = [];
    }
    sliceCache.set(root, extracted);
    return extracted;
  }

  /**
   * Most posts do not mention the brand. A cheap look at the post's text decides
   * that before the full read (author, counts, permalink) and the risk score, which
   * only mentions need. The quick text must contain everything the full text does.
   */
  /** Quick texts of this slice that cannot mention the brand (null: can, or unknown), by root. */
  const sliceQuick = new Map<Element, string | null>();
  /**
   * The brand matches of this slice's quick texts that do mention the brand, by root: a post whose
   * text is its quick text (most are) is not matched a second time.
   */
  const sliceQuickMatches = new Map<Element, { text: string; matches: BrandMatch[] }>();

  /** The post's quick text when it cannot mention the brand; null when it can or Keel cannot tell. */
  function quickNonMention(root: Element): string | null {
    let known = sliceQuick.get(root);
    if (known !== undefined) return known;
    const quick = adapter.quickTextSelector ? joinedText(root, adapter.quickTextSelector) : null;
    known = null;
    if (quick !== null) {
      const matches = matcher.match(quick);
      if (matches.length === 0) known = quick;
      else sliceQuickMatches.set(root, { text: quick, matches });
    }
    sliceQuick.set(root, known);
    return known;
  }

  /** The brand matches in a post's text. */
  function matchText(root: Element, post: ExtractedPost): BrandMatch[] {
    const quick = post.element === root ? sliceQuickMatches.get(root) : undefined;
    return quick !== undefined && quick.text === post.text ? quick.matches : matcher.match(post.text);
  }

  function quickSkip(root: Element): boolean {
    if (matcher.isEmpty || !adapter.quickTextSelector) return false;
    const quick = quickNonMention(root);
    if (quick === null) return false;
    const before = state.get(root);
    // Nothing is marked on a root that only showed posts that cannot mention the brand.
    if (before === GLANCED) return true;
    state.set(root, GLANCED);
    if (!before) postsSeen++;
    // Posts that do not mention the brand are left as they are: no attribute on 2,000 posts.
    marks.unmark(root);
    return true;
  }

  /** The last few post roots read, for the page-health check to read again. */
  const recentRoots: Element[] = [];
  const RECENT_ROOTS = 5;

  function processRoot(root: Element) {
    recentRoots.push(root);
    if (recentRoots.length > RECENT_ROOTS) recentRoots.shift();
    if (quickSkip(root)) return;
    const pageUrl = doc.location.href;
    const extracted = extractRoot(root);
    const fingerprint = extracted.map((p) => `${p.id}:${p.text.length}`).join('|');
    const before = state.get(root);
    if (before && before.fingerprint === fingerprint) return;
    state.set(root, { fingerprint });
    if (extracted.length === 0) {
      marks.unmark(root);
      return;
    }
    if (!before) postsSeen += extracted.length;

    const batch: ObservedPost[] = [];
    for (const post of extracted) {
      const threadKey = `${post.threadUrl}\n${post.authorHandle.toLowerCase()}`;
      const count = (authorCounts.get(threadKey) ?? 0) + (before ? 0 : 1);
      authorCounts.set(threadKey, count);
      const byBrand = brandHandles.has(post.authorHandle.toLowerCase());
      const matches = byBrand || matcher.isEmpty ? [] : matchText(root, post);
      const isMention = matches.length > 0;
      let risk: RiskAssessment | null = null;
      if (isMention) {
        try {
          risk = options.assess({
            text: post.text,
            language: post.language,
            reach: post.reach,
            engagement: post.engagement,
            context: { brandReplied: brandReplied(root), authorPostsInThread: count },
          });
        } catch (error) {
          // A mention is still a mention when it cannot be scored; it is listed unscored.
          failures++;
          if (failures <= 3) console.warn('[Keel] could not score a mention:', error);
        }
      }
      const observed: ObservedPost = {
        id: post.id,
        platform: post.platform,
        url: post.url,
        threadUrl: post.threadUrl,
        pageUrl,
        authorName: post.authorName,
        authorHandle: post.authorHandle,
        authorUrl: post.authorUrl,
        reach: post.reach,
        engagement: post.engagement,
        text: post.text,
        language: risk?.language ?? post.language,
        postedAt: post.postedAt,
        parentId: post.parentId,
        byBrand,
        matches,
        risk,
      };
      // A quoted post is marked on its own box; the post itself on its root.
      const target = post.parentId && post.element !== root ? post.element : root;
      if (isMention) {
        if (!posts.has(post.id)) mentionsSeen++;
        posts.set(post.id, observed);
        target.setAttribute(MENTION_ATTR, post.id);
        if (risk) target.setAttribute(RISK_ATTR, risk.level);
        else target.removeAttribute(RISK_ATTR);
        const anchor = target === root ? adapter.badgeAnchor(root) : target;
        if (anchor) marks.show(target, anchor, observed);
        batch.push(observed);
      } else {
        marks.unmark(target);
      }
    }
    reporter.add(batch);
  }

  /** Whether one of the next posts in the page is the brand's answer (./lookahead.ts). */
  function brandReplied(root: Element): boolean {
    return brandRepliedAfter(root, roots, brandHandles, (next) => {
      // A neighbour that is a mention is read in full in this slice anyway: read it now and keep
      // the result. For the others, the adapter's quick look at the author is cheaper.
      const cheap = adapter.authorHandleOf && !matcher.isEmpty && adapter.quickTextSelector && quickNonMention(next) !== null;
      return cheap ? adapter.authorHandleOf!(next) : extractRoot(next)[0]?.authorHandle;
    });
  }

  function queueHealthCheck() {
    if (healthTimer !== null) return;
    healthTimer = setTimeout(() => {
      healthTimer = null;
      checkHealth();
    }, 1500);
  }

  function checkHealth() {
    // Posts the site removed (X keeps only the rows near the viewport) no longer wait for a badge.
    marks.forgetRemoved();
    const health: PageHealth = pageHealth({
      adapter,
      doc,
      roots,
      recent: recentRoots,
      reads: (root) => extractRoot(root).length > 0,
      postsSeen,
      mentionsSeen,
    });
    sliceCache.clear();
    const key = healthKey(health);
    if (key === lastHealthKey) return;
    lastHealthKey = key;
    options.reportHealth(health);
  }

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        if (isKeelOwnChange(record)) continue;
        for (let i = 0; i < record.addedNodes.length; i++) enqueueWithin(record.addedNodes[i]!);
        // Changes inside a post (X reusing the node for another post) re-read that post.
        const target = record.target as Element;
        if (target.nodeType === 1) {
          const root = roots.of(target);
          if (root) enqueueRoot(root);
        }
      } else if (record.type === 'characterData' || record.type === 'attributes') {
        const parent = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
        const root = parent ? roots.of(parent) : null;
        if (root) enqueueRoot(root);
      }
    }
    if (pending.size && !draining) drain(true);
  });

  function onFocus(event: Event) {
    const target = event.target as Element | null;
    if (!target || target.nodeType !== 1) return;
    const marked = target.closest(`[${MENTION_ATTR}]`);
    if (marked) lastFocused = marked.getAttribute(MENTION_ATTR);
  }

  /**
   * Queues every post on the page. On the first scan, reading starts in a task of its own:
   * finding every post of a large page takes up to 30 ms by itself (Facebook's selector), and
   * the page is not waiting for it. After in-app navigation reading starts at once, as the
   * location changes, which keeps what is read and the page it is stored under in step.
   */
  function scanAll(initial: boolean) {
    const all = roots.within(doc);
    for (let i = 0; i < all.length; i++) enqueueRoot(all[i]!);
    if (!initial) drain(true);
    else if (pending.size === 0) queueHealthCheck();
    else if (!draining) {
      draining = true;
      // The first slice reads the top of the page, where the person is looking: badges at once.
      schedule(() => {
        draining = false;
        drain(true);
      });
    }
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
      state = new WeakMap();
      authorCounts = new Map();
      postsSeen = 0;
      mentionsSeen = 0;
      busyMs = 0;
      maxSliceMs = 0;
      slices = 0;
      lastHealthKey = '';
      marks.reset();
      posts.clear();
      recentRoots.length = 0;
      scanAll(false);
    },
    updateSettings(next) {
      settings = next;
      matcher = options.compileMatcher(settings);
      brandHandles = handleSet(settings);
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
    stats: () => ({ postsSeen, mentionsSeen, busyMs, maxSliceMs, slices, pending: pending.size }),
    post: (id) => posts.get(id),
    stop() {
      observer.disconnect();
      marks.stop();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('pointerdown', onFocus, true);
      doc.removeEventListener('mouseover', onFocus, true);
      if (healthTimer !== null) clearTimeout(healthTimer);
    },
  };
}

export const BADGE_HOST_ATTR = 'data-keel-badge';

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
