import { defineContentScript } from '#imports';
import { runSite } from '../lib/content/connect';
import { instagramAdapter } from '../lib/platforms/instagram';
import { instagramComposer } from '../lib/platforms/instagram/composer';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runSite(ctx, instagramAdapter, instagramComposer);
  },
});
