/**
 * Reading a post root in full: the adapter's extraction, node reuse noticed by a fingerprint of
 * what the root showed, the brand matched and the risk of each mention assessed into an
 * ObservedPost, which is marked in the page and kept for the report.
 */
import type { ExtractedPost, PlatformAdapter, PostRoots } from '../platforms/types';
import type { BrandMatch, ObservedPost, RiskAssessment } from '../schema';
import type { Glance } from './glance';
import { brandRepliedAfter } from './lookahead';
import { MENTION_ATTR, RISK_ATTR, type Marks } from './marks';
import type { Reporter } from './report';
import type { Brand, RiskInputLike } from './types';

export interface ReaderOptions {
  adapter: PlatformAdapter;
  doc: Document;
  roots: PostRoots;
  brand: Brand;
  glance: Glance;
  marks: Marks;
  reporter: Reporter;
  assess: (input: RiskInputLike) => RiskAssessment;
  /** A mention could not be scored: it is listed unscored. */
  failed(error: unknown): void;
}

export interface Reader {
  /** Reads a post root: marks its mentions and keeps them for the report. */
  read(root: Element): void;
  /** The root's posts, extracted once per slice. */
  extract(root: Element): ExtractedPost[];
  /** Forgets this slice's extractions (the page may change before the next slice). */
  clearSlice(): void;
  /** The last few post roots read, for the page-health check to read again. */
  readonly recent: readonly Element[];
  readonly postsSeen: number;
  readonly mentionsSeen: number;
  /** The post as Keel last read it. */
  post(id: string): ObservedPost | undefined;
  /** Forgets every root read, as if the page were new. */
  reset(): void;
}

interface RootState {
  /** Ids and text length of what the root showed when read, to notice node reuse. */
  fingerprint: string;
}

/**
 * The state of a root whose quick text cannot mention the brand. One shared record, not the text:
 * keeping the texts of 2,000 posts alive only made each garbage collection copy them.
 */
const GLANCED: RootState = { fingerprint: '' };

const RECENT_ROOTS = 5;

export function createReader(o: ReaderOptions): Reader {
  const { adapter, doc, roots, brand, glance, marks } = o;
  let state = new WeakMap<Element, RootState>();
  /** How many posts each author has on this page, keyed by thread, for the repeat-author signal. */
  let authorCounts = new Map<string, number>();
  const posts = new Map<string, ObservedPost>();
  const recent: Element[] = [];
  /** Extractions made during the current slice, so looking ahead at a neighbour does not read it twice. */
  const sliceCache = new Map<Element, ExtractedPost[]>();
  let postsSeen = 0;
  let mentionsSeen = 0;

  function extract(root: Element): ExtractedPost[] {
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

  /** Whether a glance at the root settles that it shows no mention; it is then left unmarked. */
  function glanceSkips(root: Element): boolean {
    if (!glance.usable) return false;
    if (glance.nonMention(root) === null) return false;
    const before = state.get(root);
    // Nothing is marked on a root that only showed posts that cannot mention the brand.
    if (before === GLANCED) return true;
    state.set(root, GLANCED);
    if (!before) postsSeen++;
    // Posts that do not mention the brand are left as they are: no attribute on 2,000 posts.
    marks.unmark(root);
    return true;
  }

  /** Whether one of the next posts in the page is the brand's answer (./lookahead.ts). */
  function brandReplied(root: Element): boolean {
    return brandRepliedAfter(root, roots, brand.handles, (next) => {
      // A neighbour that is a mention is read in full in this slice anyway: read it now and keep
      // the result. For the others, the adapter's quick look at the author is cheaper.
      const cheap = adapter.authorHandleOf && glance.usable && glance.nonMention(next) !== null;
      return cheap ? adapter.authorHandleOf!(next) : extract(next)[0]?.authorHandle;
    });
  }

  function read(root: Element) {
    recent.push(root);
    if (recent.length > RECENT_ROOTS) recent.shift();
    if (glanceSkips(root)) return;
    const pageUrl = doc.location.href;
    const extracted = extract(root);
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
      const observed = observe(root, post, count, pageUrl);
      // A quoted post is marked on its own box; the post itself on its root.
      const target = post.parentId && post.element !== root ? post.element : root;
      if (observed.matches.length > 0) {
        mark(root, target, observed);
        batch.push(observed);
      } else {
        marks.unmark(target);
      }
    }
    o.reporter.add(batch);
  }

  /** The post as Keel observed it: who wrote it, the brand's matches and, for a mention, its risk. */
  function observe(root: Element, post: ExtractedPost, authorPosts: number, pageUrl: string): ObservedPost {
    const byBrand = brand.handles.has(post.authorHandle.toLowerCase());
    const matches: BrandMatch[] = byBrand || brand.matcher.isEmpty ? [] : glance.matches(root, post);
    let risk: RiskAssessment | null = null;
    if (matches.length > 0) {
      try {
        risk = o.assess({
          text: post.text,
          language: post.language,
          reach: post.reach,
          engagement: post.engagement,
          context: { brandReplied: brandReplied(root), authorPostsInThread: authorPosts },
        });
      } catch (error) {
        // A mention is still a mention when it cannot be scored; it is listed unscored.
        o.failed(error);
      }
    }
    return {
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
  }

  /** Marks a mention on its target and shows its badge (./marks.ts decides when). */
  function mark(root: Element, target: Element, observed: ObservedPost) {
    if (!posts.has(observed.id)) mentionsSeen++;
    posts.set(observed.id, observed);
    target.setAttribute(MENTION_ATTR, observed.id);
    if (observed.risk) target.setAttribute(RISK_ATTR, observed.risk.level);
    else target.removeAttribute(RISK_ATTR);
    const anchor = target === root ? adapter.badgeAnchor(root) : target;
    if (anchor) marks.show(target, anchor, observed);
  }

  return {
    read,
    extract,
    clearSlice: () => sliceCache.clear(),
    recent,
    get postsSeen() {
      return postsSeen;
    },
    get mentionsSeen() {
      return mentionsSeen;
    },
    post: (id) => posts.get(id),
    reset() {
      state = new WeakMap();
      authorCounts = new Map();
      postsSeen = 0;
      mentionsSeen = 0;
      posts.clear();
      recent.length = 0;
    },
  };
}
