import { defineContentScript } from '#imports';
import { runSite } from '../lib/content/connect';
import { facebookAdapter } from '../lib/platforms/facebook';
import { facebookComposer } from '../lib/platforms/facebook/composer';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runSite(ctx, facebookAdapter, facebookComposer);
  },
});
