// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBadgeRenderer, needStep, pillWidth } from '../../lib/content/badge';
import type { ObservedPost } from '../../lib/schema';

const post = (level: 'low' | 'critical' | null): ObservedPost =>
  ({
    id: 'x:/ada/status/1',
    risk: level ? { score: level === 'low' ? 10 : 95, level, reasons: [], crisisType: 'none', language: 'en' } : null,
  }) as unknown as ObservedPost;

const describePost = (p: ObservedPost) =>
  p.risk ? { label: `Keel: ${p.risk.level} risk`, short: p.risk.level, reason: 'Threatens a boycott' } : { label: 'Keel: mention', short: 'Keel', reason: '' };

function shown(fitRow: boolean, level: 'low' | 'critical' | null = 'critical') {
  document.body.innerHTML = '<div id="row"><span>Ada</span></div>';
  const row = document.getElementById('row')!;
  createBadgeRenderer(document, describePost, { fitRow }).show(row, post(level));
  const host = row.querySelector('[data-keel-badge]') as HTMLElement;
  return { row, host, shadow: host.shadowRoot! };
}

describe('in-page badge', () => {
  it('puts the label, the short label and the reason in its shadow root as text', () => {
    const { host, shadow } = shown(false);
    expect(host.getAttribute('data-keel-level')).toBe('critical');
    expect(shadow.querySelector('.badge .long')!.textContent).toBe('Keel: critical risk');
    expect(shadow.querySelector('.badge .short')!.textContent).toBe('critical');
    expect(shadow.querySelector('.badge')!.getAttribute('aria-label')).toBe('Keel: critical risk. Threatens a boycott');
    expect(shadow.querySelector('.tip')!.textContent).toBe('Threatens a boycott');
    expect(host.getAttribute('style')).toBeNull();
  });

  it('sizes its pill from the label’s characters in fixed pixels, never from font metrics', () => {
    const fitted = shown(true).host;
    expect(fitted.hasAttribute('data-fit-row')).toBe(true);
    expect(fitted.getAttribute('data-need')).toBe(String(pillWidth('Keel: critical risk')));
    const inline = shown(false).host;
    expect(inline.hasAttribute('data-fit-row')).toBe(false);
    expect(inline.getAttribute('data-need')).toBe(fitted.getAttribute('data-need'));
    // No canvas, no layout: the same label gets the same box whatever the page's fonts.
    expect(pillWidth('Keel: critical risk')).toBe(128);
    expect(pillWidth('średnie')).toBe(pillWidth('srednie'));
    expect(pillWidth('Keel: ryzyko krytyczne')).toBeGreaterThan(pillWidth('Keel: low risk'));
    // Characters the table does not know get the widest room.
    expect(pillWidth('ææææ')).toBe(pillWidth('mmmm'));
  });

  it('takes no room in the page: a zero-size, size-contained host, pixel sizes only', () => {
    const css = shown(false).shadow.querySelector('style')!.textContent!;
    expect(css).toMatch(/:host \{[^}]*contain: size layout style; width: 0; height: 0; \}/);
    expect(css).toMatch(/:host\(\[data-fit-row\]\) \{ position: absolute;/);
    expect(css).toContain(':host([data-need="128"]) .badge { width: 128px; }');
    expect(css).not.toMatch(/\d(em|ch|ex)\b/);
  });

  it('rounds the room asked for up to a step, within bounds', () => {
    expect(needStep(0)).toBe(16);
    expect(needStep(97.2)).toBe(104);
    expect(needStep(104)).toBe(104);
    expect(needStep(5000)).toBe(240);
  });
});
