/**
 * Makes a static x.com status-page fixture behave like x.com's reply composer:
 * the inline reply box under the focal post becomes the real Draft.js editor
 * (data-testid="tweetTextarea_0" on its contenteditable, as X mounts it), and a
 * post's Reply button opens a reply dialog with its own Draft.js editor. The
 * Reply buttons enable from the editor's React state, as X's do.
 * Used by the demo and the reply-workflow browser tests; injected into the page.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';

function Composer({ buttonTestId, label }: { buttonTestId: string; label: string }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const hasText = editorState.getCurrentContent().hasText();
  return (
    <div data-testid="toolBar-composer" style={{ display: 'flex', gap: 12, alignItems: 'flex-end' }}>
      <div data-testid="tweetTextarea_0_label" style={{ flex: 1, minHeight: 28, minWidth: 200, fontSize: 18 }}>
        <div data-testid="tweetTextarea_0RichTextInputContainer">
          <Editor
            editorState={editorState}
            onChange={setEditorState}
            placeholder="Post your reply"
            webDriverTestID="tweetTextarea_0"
            ariaLabel="Post text"
            ariaMultiline
            spellCheck
          />
        </div>
      </div>
      <button
        type="button"
        data-testid={buttonTestId}
        disabled={!hasText}
        aria-disabled={!hasText}
        style={{ borderRadius: 9999, padding: '6px 16px', fontWeight: 700, background: hasText ? '#eff3f4' : '#787a7a', color: '#0f1419', border: 0 }}
      >
        {label}
      </button>
    </div>
  );
}

function mountInline() {
  const box = document.querySelector('[data-testid="tweetTextarea_0"]');
  const inlineButton = document.querySelector('[data-testid="tweetButtonInline"]');
  // The static composer: replace the editor's area and its button with the live one.
  const area = box?.closest('[data-testid="tweetTextarea_0_label"]') ?? box?.closest('.DraftEditor-root')?.parentElement ?? null;
  if (!area) return;
  const host = document.createElement('div');
  // The label sat in a flex row; the live composer takes the row's width, as X's does.
  Object.assign(host.style, { flex: '1 1 auto', minWidth: '240px' });
  area.replaceWith(host);
  inlineButton?.remove();
  createRoot(host).render(<Composer buttonTestId="tweetButtonInline" label="Reply" />);
}

function openDialog(article: Element) {
  document.querySelector('[data-keel-demo-dialog]')?.remove();
  const permalink = article.querySelector('a[href*="/status/"] time')?.closest('a');
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('data-keel-demo-dialog', '');
  Object.assign(dialog.style, {
    position: 'fixed', top: '80px', left: '50%', transform: 'translateX(-50%)', width: '560px', zIndex: '1000',
    background: '#000', color: '#e7e9ea', border: '1px solid #2f3336', borderRadius: '16px', padding: '16px',
  });
  const quote = document.createElement('div');
  quote.style.marginBottom = '12px';
  if (permalink) quote.append(permalink.cloneNode(true));
  const text = article.querySelector('[data-testid="tweetText"]');
  if (text) {
    const copy = document.createElement('div');
    copy.textContent = text.textContent;
    copy.style.color = '#71767b';
    quote.append(copy);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('data-testid', 'app-bar-close');
  close.addEventListener('click', () => dialog.remove());
  const editorHost = document.createElement('div');
  dialog.append(close, quote, editorHost);
  document.body.append(dialog);
  createRoot(editorHost).render(<Composer buttonTestId="tweetButton" label="Reply" />);
}

mountInline();
document.addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest?.('article [data-testid="reply"]');
    const article = button?.closest('article');
    if (!button || !article) return;
    event.preventDefault();
    // X loads the dialog after a moment.
    setTimeout(() => openDialog(article), 120);
  },
  true,
);
