import { defineContentScript } from '#imports';
import { runSite } from '../lib/content/connect';
import { xAdapter } from '../lib/platforms/x';
import { xComposer } from '../lib/platforms/x/composer';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runSite(ctx, xAdapter, xComposer);
  },
});
