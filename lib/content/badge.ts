/**
 * The small in-page badge next to a mention's author: its risk level, and the top
 * reason on hover and focus. It lives in a shadow root so the site's styles
 * cannot reach it and its styles cannot reach the site; all text is set as text.
 */
import type { BadgeRenderer } from './marks';
import { BADGE_HOST_ATTR } from './runtime';
import type { ObservedPost, RiskLevel } from '../schema';

export interface BadgeText {
  /** e.g. "Keel: high risk" */
  label: string;
  /** The label where there is little room, e.g. "high". */
  short: string;
  /** The top reason, e.g. "Threatens a boycott". */
  reason: string;
}

const COLOURS: Record<RiskLevel, { bg: string; fg: string }> = {
  low: { bg: '#e7f5ec', fg: '#11643a' },
  medium: { bg: '#fff4d6', fg: '#7a5200' },
  high: { bg: '#ffe3d3', fg: '#9a3300' },
  critical: { bg: '#ffd9dc', fg: '#a1001a' },
};

const UNSCORED = { bg: '#eef2f7', fg: '#334155' };

/** The pill's font, its height, and its padding and border across (7 + 7 + 1 + 1 px). */
const PILL_FONT = '600 11px/14px system-ui, sans-serif';
const PILL_HEIGHT = 16;
const PILL_EDGES = 16;
/**
 * Room allowed per character of a label, px, by a fixed table: the advance widths of DejaVu
 * Sans Bold at 11 px (the widest common sans-serif face; Chromium's semibold system-ui where
 * it is installed), rounded up. The badge's box is sized from the label's characters through
 * this table alone, never from how wide its text renders on the machine: a canvas measurement
 * at start-up in one font and the page's layout in another moved X's name lines on machines
 * with more fonts, and every post below them. A face wider still is clipped inside the pill,
 * never outside it.
 */
const CHAR_PX: ReadonlyArray<readonly [string, number]> = [
  [" .,:;'!|ijlI", 3.9],
  ['()[]-/rtfJ', 5.4],
  ['cszk', 7.3],
  ['abdeghnopquvxy0123456789', 7.9],
  ['ABCDEFGHKLNOPQRSTUVXYZ', 8.7],
  ['mwMW', 11.6],
];
/** Characters not in the table (other scripts, ligatures, æ, ø) get the widest room. */
const WIDEST_CHAR_PX = 11.6;
const charPx = new Map<string, number>(CHAR_PX.flatMap(([chars, px]) => Array.from(chars, (c) => [c, px] as const)));
/** Pill widths, in steps (a shared stylesheet takes no per-badge values). */
const NEED_STEP = 8;
const NEED_MIN = 16;
const NEED_MAX = 240;

/** The smallest step of NEED_STEP that holds `px`. */
export function needStep(px: number): number {
  return Math.min(NEED_MAX, Math.max(NEED_MIN, Math.ceil(px / NEED_STEP) * NEED_STEP));
}

/** The pixel width of the pill for a label: from its length, never from font metrics. */
export function pillWidth(text: string): number {
  let px = PILL_EDGES;
  // Accented letters take the room of their base letter (ś as s): strip the combining marks.
  for (const c of text.normalize('NFD').replace(/\p{M}/gu, '')) px += charPx.get(c) ?? WIDEST_CHAR_PX;
  return needStep(px);
}

/** The pill's width, one rule per step of NEED_STEP (a shared stylesheet takes no per-badge values). */
function widthRules(): string {
  let css = '';
  for (let n = NEED_MIN; n <= NEED_MAX; n += NEED_STEP) css += `:host([data-need="${n}"]) .badge { width: ${n}px; }\n`;
  return css;
}

/**
 * The badge takes no room in the page. Its host is an empty box of zero size under size
 * containment (`contain: size layout style`), and the pill, a fixed number of pixels wide and
 * high, is drawn over the space after it: whatever the fonts, no post changes size and no name
 * line wraps differently for it. Taking room in X's name line (even only the room the line had
 * left over) squeezed names and handles onto a second line where the fonts were wider, which
 * moved every post below, and one such frame took 800 ms on a 2,000-post page.
 * In a site's flex row (X's name line, `fitRow`) the host is out of flow, just after the row's
 * end, so it takes no part in the row's gaps; elsewhere it is a zero-size inline box.
 * Layout containment makes the host the tooltip's containing block; the host is raised above
 * the page only while the tooltip shows. `overflow: clip` on the pill (no scroll container)
 * keeps a face wider than CHAR_PX inside the pill.
 */
const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; contain: size layout style; width: 0; height: 0; }
:host([data-fit-row]) { position: absolute; inset-inline-start: 100%; top: 50%; }
:host(:hover), :host(:focus-within) { z-index: 2147483647; }
:host(:not([data-fit-row]):hover), :host(:not([data-fit-row]):focus-within) { position: relative; }
.badge { display: block; box-sizing: border-box; height: ${PILL_HEIGHT}px; margin-top: ${-PILL_HEIGHT / 2}px; margin-inline-start: 6px;
  font: ${PILL_FONT}; text-align: center; border-radius: 999px; padding: 0 7px; cursor: default; border: 1px solid currentColor;
  white-space: nowrap; overflow: clip; text-overflow: ellipsis; outline-offset: 2px; }
.short { display: none; }
.badge:focus-visible { outline: 2px solid #2563eb; }
.tip { display: none; position: absolute; inset-inline-start: 6px; top: ${PILL_HEIGHT / 2 + 4}px; z-index: 2147483647;
  font: 400 12px/1.4 system-ui, sans-serif; background: #111827; color: #f9fafb; border-radius: 6px;
  padding: 6px 8px; width: max-content; max-width: 260px; white-space: normal; box-shadow: 0 4px 12px rgb(0 0 0 / .25); }
.badge:hover + .tip, .badge:focus + .tip { display: block; }
`;

interface BadgeParts {
  host: HTMLElement;
  badge: HTMLElement;
  long: HTMLElement;
  short: HTMLElement;
  tip: HTMLElement;
}

export interface BadgeOptions {
  /** The badge goes into a flex row of the site's, which it must fit without moving (X's name line). */
  fitRow?: boolean;
}

export function createBadgeRenderer(doc: Document, describe: (post: ObservedPost) => BadgeText, options: BadgeOptions = {}): BadgeRenderer {
  const parts = new WeakMap<Element, BadgeParts>();
  const css = STYLE + widthRules();
  // One constructed stylesheet shared by every badge: a thousand <style> elements
  // in a thousand shadow roots cost the page real style-recalculation time.
  let shared: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in ShadowRoot.prototype) {
      shared = new Sheet();
      shared.replaceSync(css);
    }
  } catch {
    shared = null;
  }

  function build(): BadgeParts {
    const host = doc.createElement('span');
    host.setAttribute(BADGE_HOST_ATTR, '');
    if (options.fitRow) host.setAttribute('data-fit-row', '');
    const shadow = host.attachShadow({ mode: 'open' });
    let adopted = false;
    if (shared) {
      try {
        shadow.adoptedStyleSheets = [shared];
        adopted = true;
      } catch {
        // Firefox content scripts may refuse a sheet from another compartment; fall back below.
      }
    }
    const style = doc.createElement('style');
    if (!adopted) style.textContent = css;
    const badge = doc.createElement('span');
    badge.className = 'badge';
    badge.tabIndex = 0;
    badge.setAttribute('role', 'status');
    const long = doc.createElement('span');
    long.className = 'long';
    const short = doc.createElement('span');
    short.className = 'short';
    badge.append(long, short);
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    if (adopted) shadow.append(badge, tip);
    else shadow.append(style, badge, tip);
    return { host, badge, long, short, tip };
  }

  return {
    show(anchor, post) {
      const risk = post.risk;
      let p = parts.get(anchor);
      if (!p || !p.host.isConnected || p.host.parentElement !== anchor) {
        p = build();
        parts.set(anchor, p);
        anchor.append(p.host);
      }
      const text = describe(post);
      const colours = risk ? COLOURS[risk.level] : UNSCORED;
      if (risk) p.host.setAttribute('data-keel-level', risk.level);
      else p.host.removeAttribute('data-keel-level');
      p.long.textContent = text.label;
      p.short.textContent = text.short;
      p.host.setAttribute('data-need', String(pillWidth(text.label)));
      p.badge.style.background = colours.bg;
      p.badge.style.color = colours.fg;
      p.badge.setAttribute('aria-label', text.reason ? `${text.label}. ${text.reason}` : text.label);
      p.tip.textContent = text.reason;
    },
    remove(root) {
      for (const host of Array.from(root.querySelectorAll(`[${BADGE_HOST_ATTR}]`))) host.remove();
    },
  };
}
