// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { joinedText, readText } from '../../lib/platforms/dom';

function block(html: string): Element {
  const div = document.createElement('div');
  // Test markup written here, not page text.
  div.innerHTML = html;
  return div;
}

describe('readText', () => {
  it('reads plain text as the browser renders its white space', () => {
    expect(readText(block('  Hallo\n\t <span>Nordlicht</span>  <a href="/x">@nordlicht</a>  '))).toBe('Hallo Nordlicht @nordlicht');
  });

  it('reads each kind of element that is not plain text as a person sees it', () => {
    expect(readText(block('Kaffee <img alt="☕"> gut'))).toBe('Kaffee ☕ gut');
    expect(readText(block('Kaffee <img alt="Profile photo of Ada"> gut'))).toBe('Kaffee gut');
    expect(readText(block('eins<br>zwei'))).toBe('eins\nzwei');
    expect(readText(block('Kaffee <svg><title>Verified</title></svg>'))).toBe('Kaffee');
    expect(readText(block('Kaffee <button>See more</button>'))).toBe('Kaffee');
    expect(readText(block('Kaffee <div role="button">Mehr ansehen</div>'))).toBe('Kaffee');
    expect(readText(block('Kaffee <noscript>no script</noscript>'))).toBe('Kaffee');
    expect(readText(block('Kaffee <video>fallback</video>'))).toBe('Kaffee');
  });

  it('leaves out what `skip` names', () => {
    expect(readText(block('Kaffee <span class="x">extra</span>'), (el) => el.classList.contains('x'))).toBe('Kaffee');
  });
});

describe('joinedText', () => {
  it('is a single block’s text as it is, and several blocks one per line', () => {
    const root = block('<p>eins</p><span>x</span>');
    expect(joinedText(root, 'p')).toBe('eins');
    expect(joinedText(block('<p>eins</p><p>zwei</p>'), 'p')).toBe('eins\nzwei\n');
    expect(joinedText(root, 'q')).toBe('');
  });
});
