// The three site composers as the content script bundles them, exposed on a
// global so browser tests can call exactly that code inside a page.
import { xComposer } from '../../lib/platforms/x/composer';
import { facebookComposer } from '../../lib/platforms/facebook/composer';
import { instagramComposer } from '../../lib/platforms/instagram/composer';
import { dispatchPaste, normaliseText, readBox, setFieldValueAtCaret } from '../../lib/platforms/composer';

(globalThis as Record<string, unknown>).keelComposers = {
  x: xComposer,
  facebook: facebookComposer,
  instagram: instagramComposer,
  normaliseText,
  readBox,
  dispatchPaste,
  setFieldValueAtCaret,
};
