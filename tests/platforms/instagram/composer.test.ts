// @vitest-environment jsdom
/**
 * Instagram's reply box on the current layout: Reply found by structure in every comment and
 * reply (any interface language), the form's textarea found for comments on a post page, a
 * reel and in the post dialog, and logged out a clear refusal instead of "no box".
 */
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../lib/platforms/instagram';
import { instagramComposer, instagramReplyButton, LOGGED_OUT_ERROR } from '../../../lib/platforms/instagram/composer';
import { postRoots } from '../../../lib/platforms/roots';
import { liveDoc, liveView, LIVE_PAGES } from './live-pages';

const roots = postRoots(instagramAdapter);
const REPLY_CAPTION: Record<string, string> = { en: 'Reply', pt: 'Responder' };

describe('Instagram reply box, current layout', () => {
  for (const page of LIVE_PAGES) {
    const expected = liveView(page.expected);
    const ui = page.file.split('.')[1]!;

    it(`${page.file}: finds Reply in every comment and reply, by structure`, () => {
      const doc = liveDoc(page.file, expected.pageUrl);
      const found = Array.from(roots.within(doc));
      expect(found.length).toBe(expected.posts.length);
      for (const root of found) expect(instagramReplyButton(root)?.textContent?.trim()).toBe(REPLY_CAPTION[ui]);
    });

    if (page.expected === 'logged-out') {
      it(`${page.file}: logged out, inserting says to log in instead of failing silently`, async () => {
        const doc = liveDoc(page.file, expected.pageUrl);
        const root = roots.first(doc)!;
        expect(instagramComposer.find(root, doc)).toBeNull();
        await expect(instagramComposer.findOrOpen(root, doc)).rejects.toThrow(LOGGED_OUT_ERROR);
      });
    } else {
      it(`${page.file}: every comment's box is the post's comment form`, () => {
        const doc = liveDoc(page.file, expected.pageUrl);
        const form = doc.querySelector('form textarea');
        for (const root of Array.from(roots.within(doc))) expect(instagramComposer.find(root, doc)).toBe(form);
      });
    }
  }

  it('clicks the comment’s own Reply, not a reply’s, and inserts after the mention Instagram puts in', async () => {
    const expected = liveView('post-replies-open');
    const doc = liveDoc('post-replies-open.en.html', expected.pageUrl);
    const [mila, firstReply] = Array.from(roots.within(doc));
    const field = doc.querySelector('textarea')!;
    const clicked: Element[] = [];
    for (const root of [mila!, firstReply!]) {
      instagramReplyButton(root)!.addEventListener('click', (event) => {
        clicked.push(event.currentTarget as Element);
        field.value = '@mila.kowalczyk ';
        field.focus();
      });
    }
    const box = await instagramComposer.findOrOpen(mila!, doc);
    expect(box).toBe(field);
    expect(clicked).toEqual([instagramReplyButton(mila!)]);
    expect(mila!.contains(clicked[0]!)).toBe(true);
    expect(firstReply!.contains(clicked[0]!)).toBe(false);
  });
});
