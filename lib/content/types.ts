/** Types the content modules share: the brand as a post is matched against it, and the risk engine's input. */
import type { BrandMatch, DetectedLanguage, Engagement, Reach } from '../schema';

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

/**
 * The brand as the current settings describe it. One record the runtime updates in place when the
 * settings change, so the modules reading posts see the new brand without being rebuilt.
 */
export interface Brand {
  matcher: BrandMatcherLike;
  /** The brand's own handles, lower case, without '@'. */
  handles: ReadonlySet<string>;
}
