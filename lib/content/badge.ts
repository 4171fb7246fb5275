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

const STYLE = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 6px; position: relative; }
.badge { font: 600 11px/1.6 system-ui, sans-serif; border-radius: 999px; padding: 0 7px; cursor: default;
  border: 1px solid currentColor; white-space: nowrap; outline-offset: 2px; }
.badge:focus-visible { outline: 2px solid #2563eb; }
.tip { display: none; position: absolute; inset-inline-start: 0; top: calc(100% + 4px); z-index: 2147483647;
  font: 400 12px/1.4 system-ui, sans-serif; background: #111827; color: #f9fafb; border-radius: 6px;
  padding: 6px 8px; width: max-content; max-width: 260px; white-space: normal; box-shadow: 0 4px 12px rgb(0 0 0 / .25); }
.badge:hover + .tip, .badge:focus + .tip { display: block; }
`;

interface BadgeParts {
  host: HTMLElement;
  badge: HTMLElement;
  tip: HTMLElement;
}

export function createBadgeRenderer(doc: Document, describe: (post: ObservedPost) => BadgeText): BadgeRenderer {
  const parts = new WeakMap<Element, BadgeParts>();
  // One constructed stylesheet shared by every badge: a thousand <style> elements
  // in a thousand shadow roots cost the page real style-recalculation time.
  let shared: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in ShadowRoot.prototype) {
      shared = new Sheet();
      shared.replaceSync(STYLE);
    }
  } catch {
    shared = null;
  }

  function build(): BadgeParts {
    const host = doc.createElement('span');
    host.setAttribute(BADGE_HOST_ATTR, '');
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
    if (!adopted) style.textContent = STYLE;
    const badge = doc.createElement('span');
    badge.className = 'badge';
    badge.tabIndex = 0;
    badge.setAttribute('role', 'status');
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    if (adopted) shadow.append(badge, tip);
    else shadow.append(style, badge, tip);
    return { host, badge, tip };
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
      p.badge.textContent = text.label;
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
