/**
 * Test page: the real Lexical editor mounted as Facebook mounts a comment's reply
 * box — plain text, history (Ctrl+Z), contenteditable role="textbox" with
 * data-lexical-editor="true" — in the replies section under the comment, with a
 * submit button that Lexical's editor state enables once it holds text.
 *
 * A comment is a [role="article"]; its action row holds the time permalink
 * (a[href*="comment_id="]) and the Like and Reply buttons, as on facebook.com.
 * Two comments, each with its own replies section, and the post's own comment
 * box at the end, so tests can tell that the right box is chosen.
 *
 * Modes (body[data-mode]): open — the first comment's reply box is already open;
 * closed — no reply box until the comment's Reply button is clicked.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { $getRoot, type EditorState } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';

function CommentBox({ label, submitTestId, autoFocus }: { label: string; submitTestId: string; autoFocus: boolean }) {
  const [hasText, setHasText] = useState(false);
  const onChange = (state: EditorState) => setHasText(state.read(() => $getRoot().getTextContent().trim() !== ''));
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'CommentComposer',
        onError: (error: Error) => {
          throw error;
        },
      }}
    >
      <form onSubmit={(event) => event.preventDefault()}>
        <div style={{ position: 'relative' }}>
          <PlainTextPlugin
            contentEditable={
              <ContentEditable
                aria-label={label}
                aria-placeholder={label}
                placeholder={<div style={{ position: 'absolute', top: 0, pointerEvents: 'none' }}>{label}</div>}
                spellCheck
                style={{ minHeight: 20, outline: 'none', whiteSpace: 'pre-wrap' }}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <OnChangePlugin onChange={onChange} />
          {autoFocus && <AutoFocusPlugin />}
        </div>
        <div role="button" tabIndex={0} aria-label="Comment" aria-disabled={!hasText} data-testid={submitTestId}>
          ➤
        </div>
      </form>
    </LexicalComposer>
  );
}

function Comment({ id, author, text, startOpen }: { id: string; author: string; text: string; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const profile = `/${author.toLowerCase().replace(/\s+/g, '.')}`;
  return (
    <div className="comment-thread" data-comment={id}>
      <div role="article" aria-label={`Comment by ${author}`} tabIndex={-1}>
        <div>
          <a href={`${profile}?comment_id=${id}`}>
            <span>{author}</span>
          </a>
          <div dir="auto">{text}</div>
        </div>
        <ul>
          <li>
            <a href={`/nordlicht/posts/42?comment_id=${id}`}>2h</a>
          </li>
          <li>
            <div role="button" tabIndex={0}>
              Like
            </div>
          </li>
          <li>
            <div role="button" tabIndex={0} onClick={() => setTimeout(() => setOpen(true), 120)}>
              Reply
            </div>
          </li>
          <li>
            <div role="button" tabIndex={0} aria-haspopup="menu" aria-label="Edit or delete this">
              …
            </div>
          </li>
        </ul>
      </div>
      <div className="replies">
        {open && <CommentBox label={`Reply to ${author}`} submitTestId={`submit-${id}`} autoFocus={!startOpen} />}
      </div>
    </div>
  );
}

function PostPage() {
  const startOpen = document.body.dataset.mode === 'open';
  return (
    <div role="main">
      <Comment id="1001" author="Jan Kowalski" text="Where is my order?" startOpen={startOpen} />
      <Comment id="1002" author="Ola Nowak" text="Love the new blend." startOpen={false} />
      <CommentBox label="Write a comment…" submitTestId="submit-post" autoFocus={false} />
    </div>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('the test page needs <div id="root">');
createRoot(container).render(<PostPage />);
