/** The 2,000-post pages of `npm run bench` and scripts/profile-page.ts. */

export const COUNT = 2000;

/**
 * Runs in the page before Keel's content script (document_idle): fills the thread
 * with COUNT posts cloned from the fixture's own, each with its own permalink ids.
 */
export function fillPage({ count, selector, mentionEvery }: { count: number; selector: string; mentionEvery: number }) {
  document.addEventListener('DOMContentLoaded', () => {
    const originals = Array.from(document.querySelectorAll(selector));
    const first = originals[0];
    if (!first) return;
    // Clone whole cells (the post's parent chain up to the list) so the layout stays the site's.
    let cell: Element = first;
    while (cell.parentElement && cell.parentElement.querySelectorAll(selector).length === 1) cell = cell.parentElement;
    const list = cell.parentElement!;
    const cells = Array.from(list.children).filter((c) => c.querySelector(selector) || c.matches(selector));
    let n = 0;
    const frag = document.createDocumentFragment();
    while (originals.length + n < count) {
      const source = cells[n % cells.length]!;
      const clone = source.cloneNode(true) as Element;
      const suffix = String(100000 + n);
      for (const a of Array.from(clone.querySelectorAll('[href]'))) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/(\d{6,})/g, (d) => d.slice(0, -6) + suffix));
      }
      if (n % mentionEvery !== 0) {
        // Most posts of a typical thread talk about something else: take the brand out of the text.
        const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          t.nodeValue = t.nodeValue!.replace(/[@#]?(nordli[cg]h?t\w*|polarstern)/gi, 'the shop');
        }
      }
      frag.append(clone);
      n++;
    }
    list.append(frag);
  });
}


/** The demo thread of each site at its real URL, and the selector of its post roots (the adapter's). */
export const DEMO_PAGES: Record<string, { url: string; fixture: string; selector: () => Promise<string> }> = {
  x: { url: 'https://x.com/nordlichtcoffee/status/1790000000000000001', fixture: 'demo/x-thread.html', selector: async () => (await import('../lib/platforms/x')).xAdapter.postSelector },
  facebook: { url: 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0NordlichtDemo', fixture: 'demo/facebook-thread.html', selector: async () => (await import('../lib/platforms/facebook')).facebookAdapter.postSelector },
  instagram: { url: 'https://www.instagram.com/p/NordlichtDemo/', fixture: 'demo/instagram-thread.html', selector: async () => (await import('../lib/platforms/instagram')).instagramAdapter.postSelector },
};

/**
 * Starts Chromium with Keel and the demo settings, serves the site's demo thread filled to
 * COUNT posts (1 in `mentionEvery` mentioning the brand) and opens a tab for it, not yet
 * navigated, so the caller can start recording first.
 */
export async function filledDemoPage(siteName: string, mentionEvery: number) {
  const site = DEMO_PAGES[siteName];
  if (!site) throw new Error(`unknown site ${siteName}; one of ${Object.keys(DEMO_PAGES).join(', ')}`);
  const { DEMO_SETTINGS, fixture, launchKeel } = await import('../tests/e2e/harness');
  const keel = await launchKeel();
  await keel.saveSettings(DEMO_SETTINGS);
  keel.serve(site.url, fixture(site.fixture));
  const page = await keel.context.newPage();
  await page.addInitScript(fillPage, { count: COUNT, selector: await site.selector(), mentionEvery });
  return { keel, page, url: site.url };
}
