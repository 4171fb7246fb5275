/**
 * Test page: a React 19 controlled <textarea> as Instagram's comment form uses it,
 * with a "Post" button disabled while the component's state is empty, and a
 * comment whose Reply button puts "@handle " into the form and focuses it, as
 * Instagram does. The comment's action row holds the time permalink
 * (a[href*="/c/"] > time), the likes count and Reply; the options button carries
 * an aria-label.
 */
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

function PostPage() {
  const [comment, setComment] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const replyTo = (handle: string) => {
    flushSync(() => setComment(`@${handle} `));
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  };
  return (
    <div role="dialog">
      <article>
        <ul>
          <div>
            <li>
              <div className="comment">
                <a href="/zoe.k/">zoe.k</a>
                <span dir="auto">Is the oat latte vegan?</span>
                <div className="actions">
                  <span>
                    <a href="/p/C0ffee/c/17900000000000001/">
                      <time dateTime="2025-10-23T19:34:00.000Z">2h</time>
                    </a>
                  </span>
                  <span>
                    <button type="button">4 likes</button>
                  </span>
                  <span>
                    <button type="button" onClick={() => replyTo('zoe.k')}>
                      Reply
                    </button>
                  </span>
                  <div role="button" tabIndex={0} aria-label="Comment Options">
                    …
                  </div>
                </div>
              </div>
            </li>
          </div>
        </ul>
        <section>
          <form method="POST" onSubmit={(event) => event.preventDefault()}>
            <textarea
              ref={field}
              aria-label="Add a comment…"
              placeholder="Add a comment…"
              autoComplete="off"
              autoCorrect="off"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
            <button type="submit" disabled={comment.trim() === ''}>
              Post
            </button>
          </form>
        </section>
      </article>
    </div>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('the test page needs <div id="root">');
createRoot(container).render(<PostPage />);
