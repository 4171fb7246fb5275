/**
 * The small in-page badge next to a mention's author: its risk level, and the top
 * reason on hover and focus. It lives in a shadow root so the site's styles
 * cannot reach it and its styles cannot reach the site; all text is set as text.
 */
import type { BadgeRenderer } from './runtime';
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

/** The pill's font, and its padding and border across (7 + 7 + 1 + 1 px). */
const PILL_FONT = '600 11px system-ui, sans-serif';
const PILL_EDGES = 16;
/** Widths a row-fitted badge may ask for, in steps (container queries take no variables). */
const NEED_STEP = 8;
const NEED_MIN = 16;
const NEED_MAX = 240;

/** Text width in the pill's font, by a canvas (no page layout); a generous estimate where there is none. */
function textMeasure(doc: Document): (text: string) => number {
  const estimate = (text: string) => text.length * 7.5;
  try {
    const Canvas = (doc.defaultView as (Window & { OffscreenCanvas?: typeof OffscreenCanvas }) | null)?.OffscreenCanvas;
    const context = Canvas ? new Canvas(1, 1).getContext('2d') : null;
    if (!context) return estimate;
    context.font = PILL_FONT;
    return (text) => context.measureText(text).width;
  } catch {
    return estimate;
  }
}

/** The smallest step of NEED_STEP that holds `px`. */
export function needStep(px: number): number {
  return Math.min(NEED_MAX, Math.max(NEED_MIN, Math.ceil(px / NEED_STEP) * NEED_STEP));
}

/**
 * Rules for a badge in a row of the site's (X's name line, `fitRow`). A badge must not move
 * the page: taking its full width squeezed the name and handle onto a second line in one post
 * in six, which moved every post below it, and one such frame took 400–600 ms on a 2,000-post
 * page. So the host takes only the space left over (flex-basis 0), asks the row for the width
 * of its whole label (its intrinsic size, as a size container: `data-need`), and where the row
 * gives less, shows the level alone (`data-need-short`), or else a dot in the level's colour.
 */
function fitRowRules(): string {
  let css = ':host([data-fit-row]) { flex: 1 1 0px; min-width: 0; container: keel-badge / inline-size; }\n';
  for (let n = NEED_MIN; n <= NEED_MAX; n += NEED_STEP) {
    css += `:host([data-need="${n}"]) { contain-intrinsic-inline-size: ${n}px; }
@container keel-badge (max-width: ${n - 0.5}px) {
  :host([data-need="${n}"]) .long { display: none; }
  :host([data-need="${n}"]) .short { display: inline; }
  :host([data-fit-row][data-need-short="${n}"]) .badge .short { display: none; }
  :host([data-fit-row][data-need-short="${n}"]) .badge { display: inline-block; box-sizing: border-box; width: 12px; height: 12px; padding: 0; background: currentColor !important; }
}
`;
  }
  return css;
}

/**
 * The host is positioned (the tooltip's containing block) only while the tooltip shows: a
 * positioned element in every mention doubled the time of each frame that changed a 2,000-post
 * page (56 → 122 ms). The pill clips nothing (the tiers above make it fit): `overflow: hidden`
 * on it doubled such frames too (72 → 126–295 ms). Measured in Chromium 150.
 */
const STYLE = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 6px; }
:host(:hover), :host(:focus-within) { position: relative; }
.badge { font: ${PILL_FONT}; line-height: 1.6; border-radius: 999px; padding: 0 7px; cursor: default;
  border: 1px solid currentColor; white-space: nowrap; outline-offset: 2px; }
.short { display: none; }
.badge:focus-visible { outline: 2px solid #2563eb; }
.tip { display: none; position: absolute; inset-inline-start: 0; top: calc(100% + 4px); z-index: 2147483647;
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
  // The row-fitting rules only where they are used: a <style> fallback repeats them in every badge.
  const css = options.fitRow ? STYLE + fitRowRules() : STYLE;
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

  // Label widths from the font alone (a canvas measures text without laying out the page).
  const widths = new Map<string, number>();
  let measure: ((text: string) => number) | null = null;
  function need(text: string): string {
    let px = widths.get(text);
    if (px === undefined) {
      if (!measure) measure = textMeasure(doc);
      px = measure(text) + PILL_EDGES;
      widths.set(text, px);
    }
    return String(needStep(px));
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
      if (options.fitRow) {
        p.host.setAttribute('data-need', need(text.label));
        p.host.setAttribute('data-need-short', need(text.short));
      }
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
