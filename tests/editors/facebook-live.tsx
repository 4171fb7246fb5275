/**
 * Makes a static Facebook reply-box fixture (tests/fixtures/facebook/reply-boxes) behave
 * like facebook.com: every comment box becomes the real Lexical editor (plain text,
 * history, contenteditable role="textbox" data-lexical-editor="true", the fixture's own
 * labels), a prefilled commenter's name becomes a mention (a token text node, deleted as
 * a whole, as Facebook's mention is), and the form's submit button enables from the
 * editor's state. With window.keelFacebookReplyBoxes set, the box the fixture shows open
 * is taken away and each comment's Reply opens one where that fixture's Facebook puts it
 * (./facebook-reply-boxes.ts). Injected into the page by the browser tests.
 *
 * window.keelLexicalText(el) reads an editor's text from Lexical's own state, for the
 * tests to check what the editor holds rather than what its DOM shows.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { simulateReplyBoxes, type ReplySimulation } from './facebook-reply-boxes';

declare global {
  interface Window {
    keelFacebookReplyBoxes?: Omit<ReplySimulation, 'mount'>;
    keelLexicalText(el: Element): string | null;
  }
}

const EDITOR = 'div[contenteditable="true"][role="textbox"]';

type WithEditor = Element & { __lexicalEditor?: LexicalEditor };

window.keelLexicalText = (el) => {
  const editor = (el as WithEditor).__lexicalEditor;
  return editor ? editor.getEditorState().read(() => $getRoot().getTextContent()) : null;
};

/** The form's submit button follows the editor's state, as Facebook's does. */
function followSubmit(box: HTMLElement): void {
  const submit = box.closest('form')?.querySelector('[role="button"][aria-disabled]');
  const editor = (box as WithEditor).__lexicalEditor;
  if (!submit || !editor) return;
  const update = () =>
    submit.setAttribute('aria-disabled', String(editor.getEditorState().read(() => $getRoot().getTextContent().trim() === '')));
  update();
  editor.registerUpdateListener(update);
}

/** Replaces a static box with a live Lexical editor holding the same text; returns the editor's root. */
function mountLive(staticBox: HTMLElement): HTMLElement {
  const label = staticBox.getAttribute('aria-label') ?? '';
  const placeholder = staticBox.getAttribute('aria-placeholder') ?? label;
  const texts = Array.from(staticBox.querySelectorAll('[data-lexical-text]')).map((span) => span.textContent ?? '');
  const host = staticBox.ownerDocument.createElement('div');
  staticBox.replaceWith(host);
  const initial = () => {
    const paragraph = $createParagraphNode();
    texts.forEach((text, i) => paragraph.append(i === 0 && texts.length > 1 ? $createTextNode(text).setMode('token') : $createTextNode(text)));
    $getRoot().append(paragraph);
  };
  flushSync(() =>
    createRoot(host).render(
      <LexicalComposer initialConfig={{ namespace: 'UFI2Composer', editorState: initial, onError: (error: Error) => { throw error; } }}>
        <PlainTextPlugin
          contentEditable={<ContentEditable aria-label={label} aria-placeholder={placeholder} placeholder={<div />} spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
      </LexicalComposer>,
    ),
  );
  const live = host.querySelector<HTMLElement>(EDITOR);
  if (!live) throw new Error('the live editor did not mount');
  followSubmit(live);
  return live;
}

/** A box Facebook just opened: live, focused, the caret after the prefilled name. */
function mountOpened(staticBox: HTMLElement): HTMLElement {
  const live = mountLive(staticBox);
  (live as WithEditor).__lexicalEditor?.focus(undefined, { defaultSelection: 'rootEnd' });
  return live;
}

const simulation = window.keelFacebookReplyBoxes;
if (simulation) simulateReplyBoxes(document, { ...simulation, mount: mountOpened });
for (const box of Array.from(document.querySelectorAll<HTMLElement>(EDITOR))) mountLive(box);
