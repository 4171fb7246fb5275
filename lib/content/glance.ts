/**
 * The glance: most posts do not mention the brand. A cheap look at a post root's quick text
 * (the adapter's `quickTextSelector`) decides that before the full read (author, counts,
 * permalink) and the risk score, which only mentions need. The quick text must contain
 * everything the full text does.
 *
 * Results are kept for one slice of reading only: looking ahead at a neighbour glances at it,
 * and the slice reading that neighbour next must not look again.
 */
import { joinedText } from '../platforms/dom';
import type { ExtractedPost, PlatformAdapter } from '../platforms/types';
import type { BrandMatch } from '../schema';
import type { Brand } from './types';

export interface Glance {
  /** Whether glancing decides anything here: the site has a quick text and there is a brand to match. */
  readonly usable: boolean;
  /** The post's quick text when it cannot mention the brand; null when it can or Keel cannot tell. */
  nonMention(root: Element): string | null;
  /** The brand matches in a post's text, reusing the glance's matches when the text is the quick text. */
  matches(root: Element, post: ExtractedPost): BrandMatch[];
  /** Forgets this slice's glances (the page may change before the next slice). */
  clear(): void;
}

export function createGlance(adapter: Pick<PlatformAdapter, 'quickTextSelector'>, brand: Brand): Glance {
  const selector = adapter.quickTextSelector;
  /** Quick texts of this slice that cannot mention the brand (null: can, or unknown), by root. */
  const nonMentions = new Map<Element, string | null>();
  /**
   * The brand matches of this slice's quick texts that do mention the brand, by root: a post whose
   * text is its quick text (most are) is not matched a second time.
   */
  const mentions = new Map<Element, { text: string; matches: BrandMatch[] }>();

  return {
    get usable() {
      return !!selector && !brand.matcher.isEmpty;
    },
    nonMention(root) {
      let known = nonMentions.get(root);
      if (known !== undefined) return known;
      const quick = selector ? joinedText(root, selector) : null;
      known = null;
      if (quick !== null) {
        const matches = brand.matcher.match(quick);
        if (matches.length === 0) known = quick;
        else mentions.set(root, { text: quick, matches });
      }
      nonMentions.set(root, known);
      return known;
    },
    matches(root, post) {
      const quick = post.element === root ? mentions.get(root) : undefined;
      return quick !== undefined && quick.text === post.text ? quick.matches : brand.matcher.match(post.text);
    },
    clear() {
      nonMentions.clear();
      mentions.clear();
    },
  };
}
