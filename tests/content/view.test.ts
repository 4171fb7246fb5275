// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageView } from '../../lib/content/view';

describe('page view', () => {
  it('names X views from the URL', () => {
    expect(pageView('x', 'https://x.com/nordlichtcoffee/status/1790000000000000001')).toBe('post');
    expect(pageView('x', 'https://x.com/home')).toBe('feed');
    expect(pageView('x', 'https://x.com/search?q=nordlicht')).toBe('search');
    expect(pageView('x', 'https://x.com/i/communities/123')).toBe('group');
    expect(pageView('x', 'https://x.com/nordlichtcoffee')).toBe('profile');
  });

  it('names Facebook views, a post dialog over the page included', () => {
    expect(pageView('facebook', 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0Nordlicht')).toBe('post');
    expect(pageView('facebook', 'https://www.facebook.com/groups/coffee')).toBe('group');
    expect(pageView('facebook', 'https://www.facebook.com/groups/coffee/posts/123')).toBe('post');
    expect(pageView('facebook', 'https://www.facebook.com/reel/123')).toBe('reel');
    expect(pageView('facebook', 'https://www.facebook.com/')).toBe('feed');
    expect(pageView('facebook', 'https://www.facebook.com/watch/?v=1')).toBe('video');
    document.body.innerHTML = '<div role="dialog"><div role="article">a post</div></div>';
    expect(pageView('facebook', 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0Nordlicht', document)).toBe('modal');
    document.body.innerHTML = '';
    expect(pageView('facebook', 'https://www.facebook.com/nordlichtcoffee/posts/pfbid0Nordlicht', document)).toBe('post');
  });

  it('names Instagram views: a post page, a reel, a post opened over a profile', () => {
    expect(pageView('instagram', 'https://www.instagram.com/p/NordlichtDemo/')).toBe('post');
    expect(pageView('instagram', 'https://www.instagram.com/reel/NordlichtDemo/')).toBe('reel');
    expect(pageView('instagram', 'https://www.instagram.com/')).toBe('feed');
    expect(pageView('instagram', 'https://www.instagram.com/nordlichtcoffee/')).toBe('profile');
    document.body.innerHTML = '<div role="dialog"><a href="/p/NordlichtDemo/"><time datetime="2026-01-01">1d</time></a></div>';
    expect(pageView('instagram', 'https://www.instagram.com/p/NordlichtDemo/', document)).toBe('modal');
    document.body.innerHTML = '';
  });
});
