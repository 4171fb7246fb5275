/**
 * Injected into one tab, only when the person asks to capture it (scripting.executeScript
 * from lib/background/capture.ts): reads the article and returns it. Reads only; draws nothing.
 */
import { defineUnlistedScript } from '#imports';
import { readArticle } from '../lib/capture/article';

export default defineUnlistedScript(() => readArticle(document, location.href));
