// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBadgeRenderer, needStep } from '../../lib/content/badge';
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

  it('in a site’s row, asks for the room its labels need; elsewhere it does not', () => {
    const fitted = shown(true).host;
    expect(fitted.hasAttribute('data-fit-row')).toBe(true);
    const need = Number(fitted.getAttribute('data-need'));
    const needShort = Number(fitted.getAttribute('data-need-short'));
    expect(need).toBeGreaterThan(needShort);
    expect(need % 8).toBe(0);
    const inline = shown(false).host;
    expect(inline.hasAttribute('data-fit-row')).toBe(false);
    expect(inline.hasAttribute('data-need')).toBe(false);
  });

  it('carries the row-fitting rules only where it fits a row (a <style> fallback repeats them per badge)', () => {
    // jsdom has no constructable stylesheets for shadow roots: the fallback is what runs here.
    const cssOf = (shadow: ShadowRoot) => shadow.querySelector('style')?.textContent ?? '';
    expect(cssOf(shown(true).shadow)).toContain('@container keel-badge');
    const plain = cssOf(shown(false).shadow);
    expect(plain).toContain('.badge');
    expect(plain).not.toContain('@container');
  });

  it('rounds the room asked for up to a step, within bounds', () => {
    expect(needStep(0)).toBe(16);
    expect(needStep(97.2)).toBe(104);
    expect(needStep(104)).toBe(104);
    expect(needStep(5000)).toBe(240);
  });
});
