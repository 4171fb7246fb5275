/**
 * Test page: the real Draft.js editor mounted as X mounts its reply composer.
 * X puts data-testid="tweetTextarea_0" on the contenteditable itself (Draft's
 * webDriverTestID prop), wraps it in tweetTextarea_0_label /
 * tweetTextarea_0RichTextInputContainer, and keeps the Reply button
 * (tweetButtonInline inline, tweetButton in the dialog) disabled while the
 * editor's state has no text — React state, so it proves the model holds the text.
 *
 * Modes (body[data-mode]):
 *   inline — a status page: the focal post, then the inline reply composer;
 *   dialog — a timeline: no composer until the post's Reply button is clicked,
 *            then a reply dialog mounts after a short delay, as X loads it.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';

function ReplyComposer({ buttonTestId }: { buttonTestId: string }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const hasText = editorState.getCurrentContent().hasText();
  return (
    <div data-testid="toolBar-composer">
      <div data-testid="tweetTextarea_0_label">
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
      <button type="button" data-testid={buttonTestId} disabled={!hasText} aria-disabled={!hasText}>
        Reply
      </button>
    </div>
  );
}

function Post({ onReply }: { onReply?: () => void }) {
  return (
    <article data-testid="tweet" tabIndex={-1}>
      <div data-testid="User-Name">
        <a href="/nordlichtcoffee" role="link">
          <span>Nordlicht Coffee</span>
        </a>
        <a href="/nordlichtcoffee/status/1900000000000000001" role="link">
          <time dateTime="2025-10-23T19:34:00.000Z">Oct 23</time>
        </a>
      </div>
      <div data-testid="tweetText" lang="en">
        <span>Our new autumn blend is here.</span>
      </div>
      <div role="group">
        <button type="button" data-testid="reply" aria-label="3 Replies. Reply" onClick={onReply}>
          3
        </button>
        <button type="button" data-testid="like" aria-label="10 Likes. Like">
          10
        </button>
      </div>
    </article>
  );
}

function StatusPage() {
  return (
    <main>
      <div data-testid="cellInnerDiv">
        <Post />
      </div>
      <div data-testid="cellInnerDiv">
        <ReplyComposer buttonTestId="tweetButtonInline" />
      </div>
    </main>
  );
}

function TimelinePage() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const openLater = () => setTimeout(() => setDialogOpen(true), 150);
  return (
    <main>
      <div data-testid="cellInnerDiv">
        <Post onReply={openLater} />
      </div>
      {dialogOpen && (
        <div role="dialog" aria-modal="true" aria-labelledby="modal-header">
          <Post />
          <ReplyComposer buttonTestId="tweetButton" />
        </div>
      )}
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('the test page needs <div id="root">');
createRoot(container).render(document.body.dataset.mode === 'dialog' ? <TimelinePage /> : <StatusPage />);
