/**
 * X's reply composer as static markup: the DOM x.com serves for the inline "Post
 * your reply" box on a status page and for the reply dialog, with no script
 * behind it. Written after x.com's composer (Draft.js's DraftEditor-root,
 * placeholder, editorContainer and the contenteditable carrying
 * data-testid="tweetTextarea_0", inside X's tweetTextarea_0_label and
 * tweetTextarea_0RichTextInputContainer wrappers; X's atomic css class names
 * shortened), not captured from it; the posts around it come from the real
 * captures in tests/fixtures/x. Used to show that the X composer finds the
 * box in that structure; insertion itself is tested against the real Draft.js.
 */

function draftEditor(editorKey: string, blockKey: string): string {
  return `<div class="DraftEditor-root">
  <div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner" id="placeholder-${editorKey}" style="white-space: pre-wrap;">Post your reply</div></div>
  <div class="DraftEditor-editorContainer">
    <div aria-activedescendant="typeaheadFocus-0.1" aria-autocomplete="list" aria-controls="typeaheadDropdownWrapped-0" aria-describedby="placeholder-${editorKey}" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0" no-focustrapping-x="true" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"><div data-contents="true"><div class="" data-block="true" data-editor="${editorKey}" data-offset-key="${blockKey}-0-0"><div data-offset-key="${blockKey}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr"><span data-offset-key="${blockKey}-0-0"><br data-text="true"></span></div></div></div></div>
  </div>
</div>`;
}

function composer(editorKey: string, blockKey: string, buttonTestId: string): string {
  return `<div class="css-175oi2r r-kemksi r-1h8ys4a">
  <div class="css-175oi2r r-18u37iz">
    <div class="css-175oi2r r-1iusvr4 r-16y2uox r-1777fci">
      <label class="css-175oi2r r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af" data-testid="tweetTextarea_0_label">
        <div class="css-175oi2r r-16y2uox r-1wbh5a2"><div class="css-175oi2r r-1wbh5a2 r-16y2uox" data-testid="tweetTextarea_0RichTextInputContainer">
          ${draftEditor(editorKey, blockKey)}
        </div></div>
      </label>
      <div class="css-175oi2r r-1awozwy r-18u37iz" data-testid="toolBar">
        <button role="button" aria-disabled="true" disabled="" type="button" class="css-175oi2r r-sdzlij" data-testid="${buttonTestId}"><span>Reply</span></button>
      </div>
    </div>
  </div>
</div>`;
}

/** The inline composer X renders in the cell right after a status page's focal post. */
export const X_INLINE_COMPOSER = `<div class="css-175oi2r" data-testid="cellInnerDiv">${composer('a1b2c', '7fk3p', 'tweetButtonInline')}</div>`;

/** The reply dialog X mounts in its layers container after a post's Reply button is clicked. */
export const X_REPLY_DIALOG = `<div id="layers"><div aria-labelledby="modal-header" aria-modal="true" class="css-175oi2r r-1pi2tsx" role="dialog"><div class="css-175oi2r r-1ny4l3l">${composer('d4e5f', '9qm2x', 'tweetButton')}</div></div></div>`;
