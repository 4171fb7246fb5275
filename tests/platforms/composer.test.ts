// @vitest-environment jsdom
/**
 * The composer helpers that need no real editor: normalisation, reading the
 * markup Draft.js and Lexical render, finding reply boxes and Reply buttons by
 * structure, and the refusals of insert. Insertion into the real editors is
 * tested in Chromium by tests/e2e/insertion.e2e.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { countOccurrences, normaliseText, readBox, waitForElement } from '../../lib/platforms/composer';
import { xComposer } from '../../lib/platforms/x/composer';
import { facebookComposer, facebookReplyButton } from '../../lib/platforms/facebook/composer';
import { instagramComposer, instagramReplyButton } from '../../lib/platforms/instagram/composer';
import { X_INLINE_COMPOSER } from '../editors/x-static';

const X_POST = readFileSync(join(import.meta.dirname, '../fixtures/x/tweetyoink-x-tweet-sample.html'), 'utf8');
const X_OTHER_POST = readFileSync(join(import.meta.dirname, '../fixtures/x/tweetyoink-x-tweet-quote.html'), 'utf8');

/** Builds test markup (fixed strings from this file, never page text). */
function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('normaliseText', () => {
  it('unifies line breaks, no-break spaces and zero-width characters', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Hej\u00A0Zoë\u202F!')).toBe('Hej Zoë !');
    expect(normaliseText('to\u200Bge\uFEFFther\u2060')).toBe('together');
  });

  it('compares composed and decomposed letters as equal', () => {
    expect(normaliseText('Zoe\u0308')).toBe(normaliseText('Zo\u00EB'));
  });
});

describe('countOccurrences', () => {
  it('counts without overlap and never matches the empty string', () => {
    expect(countOccurrences('abab ab', 'ab')).toBe(3);
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
    expect(countOccurrences('abc', 'x')).toBe(0);
  });
});

describe('readBox', () => {
  it('reads Draft.js blocks as lines, an empty block as an empty line', () => {
    const block = (key: string, inner: string) =>
      `<div data-block="true" data-offset-key="${key}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="${key}-0-0">${inner}</span></div></div>`;
    mount(
      `<div id="box" contenteditable="true"><div data-contents="true">${block('a', '<span data-text="true">Hej Zoë 👋</span>')}${block(
        'b',
        '<br data-text="true">',
      )}${block('c', '<span data-text="true">Спасибо</span>')}</div></div>`,
    );
    expect(readBox(document.getElementById('box')!)).toBe('Hej Zoë 👋\n\nСпасибо');
  });

  it('reads an empty Draft.js editor as empty', () => {
    mount(X_INLINE_COMPOSER);
    expect(readBox(document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!)).toBe('');
  });

  it('reads Lexical line breaks, leaving out its managed trailing break and webkit image', () => {
    mount(
      `<div id="one" contenteditable="true"><p dir="ltr"><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p></div>` +
        `<div id="two" contenteditable="true"><p><span data-lexical-text="true">a</span><br><img data-lexical-linebreak="true" alt=""><br></p></div>` +
        `<div id="empty" contenteditable="true"><p><br></p></div>`,
    );
    expect(readBox(document.getElementById('one')!)).toBe('a\nb');
    expect(readBox(document.getElementById('two')!)).toBe('a\n');
    expect(readBox(document.getElementById('empty')!)).toBe('');
  });

  it('reads paragraphs as lines, and emoji images by their alt text', () => {
    mount(`<div id="box" contenteditable="true"><p>Hi <img alt="👋" src="x.png"></p><p>Bye</p></div>`);
    expect(readBox(document.getElementById('box')!)).toBe('Hi 👋\nBye');
  });

  it('reads a textarea by its value', () => {
    mount('<textarea id="t"></textarea>');
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.value = 'one\ntwo';
    expect(readBox(field)).toBe('one\ntwo');
  });
});

describe('X: findOrOpen on x.com post markup', () => {
  it('returns the inline composer for the focal post and not for a later reply', async () => {
    mount(`<main><div id="focal">${X_POST}</div>${X_INLINE_COMPOSER}<div id="later">${X_OTHER_POST}</div></main>`);
    const focal = document.querySelector('#focal article')!;
    const box = await xComposer.findOrOpen(focal, document);
    expect(box).toBe(document.querySelector('[data-testid="tweetTextarea_0"]'));
    // The later post's Reply button opens nothing here; after the wait, no box.
    const later = document.querySelector('#later article')!;
    const started = Date.now();
    expect(await xComposer.findOrOpen(later, document)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  }, 10_000);

  it('returns null for a post without a Reply button and no composer', async () => {
    mount('<article data-testid="tweet"><div data-testid="tweetText">hi</div></article>');
    expect(await xComposer.findOrOpen(document.querySelector('article')!, document)).toBeNull();
  });
});

const FACEBOOK_THREAD = (id: string, author: string, withBox: boolean) => `
<div class="thread" id="t${id}">
  <div role="article" aria-label="Comment by ${author}">
    <a href="/${author}?comment_id=${id}"><span>${author}</span></a>
    <div dir="auto">text</div>
    <ul>
      <li><a href="/page/posts/1?comment_id=${id}">2h</a></li>
      <li><div role="button" id="like${id}">Lubię to!</div></li>
      <li><div role="button" id="reply${id}">Odpowiedz</div></li>
      <li><div role="button" aria-haspopup="menu">…</div></li>
    </ul>
  </div>
  <div class="replies">
    <div role="article" aria-label="Reply by someone">
      <a href="/page/posts/1?comment_id=${id}&reply_comment_id=9">1h</a>
      <div role="button">Lubię to!</div><div role="button">Odpowiedz</div>
    </div>
    ${withBox ? `<form><div contenteditable="true" role="textbox" data-lexical-editor="true" id="box${id}"><p><br></p></div></form>` : ''}
  </div>
</div>`;

describe('Facebook: structure, not words', () => {
  it('finds the Reply button as the second button of the action row, in any language', () => {
    mount(FACEBOOK_THREAD('1', 'jan', false));
    const comment = document.querySelector('#t1 > [role="article"]')!;
    expect(facebookReplyButton(comment)?.id).toBe('reply1');
  });

  it('uses the open reply box in the comment’s own replies section, not the next comment’s or the post’s', async () => {
    mount(
      FACEBOOK_THREAD('1', 'jan', false) +
        FACEBOOK_THREAD('2', 'ola', true) +
        '<form><div contenteditable="true" role="textbox" data-lexical-editor="true" id="postbox"></div></form>',
    );
    const second = document.querySelector('#t2 > [role="article"]')!;
    expect((await facebookComposer.findOrOpen(second, document))?.id).toBe('box2');
  });

  it('clicks Reply and waits for the box to mount under the comment', async () => {
    mount(FACEBOOK_THREAD('1', 'jan', false));
    const comment = document.querySelector('#t1 > [role="article"]')!;
    document.getElementById('reply1')!.addEventListener('click', () => {
      setTimeout(() => {
        const box = document.createElement('div');
        box.setAttribute('contenteditable', 'true');
        box.setAttribute('role', 'textbox');
        box.id = 'opened';
        document.querySelector('#t1 .replies')!.append(box);
      }, 50);
    });
    expect((await facebookComposer.findOrOpen(comment, document))?.id).toBe('opened');
  });
});

const INSTAGRAM_POST = `
<article>
  <ul><li><div class="comment">
    <a href="/zoe.k/">zoe.k</a><span>Is it vegan?</span>
    <div><span><a href="/p/C0ffee/c/1790/"><time datetime="2025-10-23T19:34:00.000Z">2h</time></a></span>
      <span><button type="button">4 polubienia</button></span>
      <span><button type="button" id="reply">Odpowiedz</button></span>
      <div role="button" aria-label="Opcje komentarza">…</div></div>
  </div></li></ul>
  <form><textarea aria-label="Dodaj komentarz…"></textarea></form>
</article>`;

describe('Instagram: structure, not words', () => {
  it('finds Reply as the last unlabelled button of the row with the time permalink', () => {
    mount(INSTAGRAM_POST);
    expect(instagramReplyButton(document.querySelector('.comment')!)?.id).toBe('reply');
  });

  it('clicks Reply, waits for the mention, and returns the focused form field', async () => {
    mount(INSTAGRAM_POST);
    const field = document.querySelector('textarea')!;
    document.getElementById('reply')!.addEventListener('click', () => {
      setTimeout(() => {
        field.value = '@zoe.k ';
        field.focus();
      }, 50);
    });
    const box = await instagramComposer.findOrOpen(document.querySelector('.comment')!, document);
    expect(box).toBe(field);
    expect(readBox(field)).toBe('@zoe.k ');
    expect(document.activeElement).toBe(field);
  });

  it('does not click Reply again when the box already answers that person', async () => {
    mount(INSTAGRAM_POST);
    const field = document.querySelector('textarea')!;
    field.value = '@zoe.k draft in progress';
    let clicks = 0;
    document.getElementById('reply')!.addEventListener('click', () => (clicks += 1));
    expect(await instagramComposer.findOrOpen(document.querySelector('.comment')!, document)).toBe(field);
    expect(clicks).toBe(0);
    expect(field.value).toBe('@zoe.k draft in progress');
  });
});

describe('insert refusals', () => {
  it('refuses empty text, a read-only field and a detached box without inserting', async () => {
    mount('<textarea id="ro" readonly>keep</textarea>');
    const readonly = document.getElementById('ro') as HTMLTextAreaElement;
    expect(await instagramComposer.insert(readonly, 'hello')).toMatchObject({ ok: false, method: 'none', readBack: 'keep' });
    expect(readonly.value).toBe('keep');

    const detached = document.createElement('div');
    expect((await xComposer.insert(detached, 'hello')).ok).toBe(false);

    mount('<div id="box" contenteditable="true"></div>');
    const result = await xComposer.insert(document.getElementById('box')!, '  \n ');
    expect(result).toMatchObject({ ok: false, method: 'none' });
    expect(result.error).not.toBe('');
  });
});

describe('waitForElement', () => {
  it('resolves when the element appears, or with null after the timeout', async () => {
    mount('<div id="host"></div>');
    setTimeout(() => document.getElementById('host')!.append(Object.assign(document.createElement('p'), { id: 'late' })), 30);
    expect((await waitForElement(document, () => document.getElementById('late'), 1000))?.id).toBe('late');
    expect(await waitForElement(document, () => document.getElementById('never'), 100)).toBeNull();
  });
});
