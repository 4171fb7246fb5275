/** The built extensions ask for the least they need: the four sites, storage, the panel. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const read = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
const SITES = /^https:\/\/(x\.com|twitter\.com|mobile\.twitter\.com|www\.facebook\.com|web\.facebook\.com|m\.facebook\.com|www\.instagram\.com)\/\*$/;

describe('built manifests', () => {
  it('Chrome: MV3 with a side panel, host access only for the four sites, no remote code', () => {
    const m = read('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.permissions.sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    // "Capture this page": any site only as an optional permission, asked for one origin at a time.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    for (const host of m.host_permissions) expect(host).toMatch(SITES);
    const all = JSON.stringify(m);
    expect(all).not.toContain('<all_urls>');
    expect(all).not.toMatch(/"\*:\/\/\*\/\*"/);
    for (const cs of m.content_scripts) for (const match of cs.matches) expect(match).toMatch(SITES);
    expect(m.commands['insert-top-suggestion']).toBeDefined();
    // An organisation's policy for Keel is read against this schema; it needs no permission beyond storage.
    expect(m.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(join(ROOT, '.output', 'chrome-mv3', m.storage.managed_schema), 'utf8')).type).toBe('object');
    // No script is loaded from the network.
    expect(m.content_security_policy?.extension_pages ?? '').not.toMatch(/https?:/);
  });

  it('Firefox: a sidebar, the same hosts and permissions', () => {
    const dir = readdirSync(join(ROOT, '.output')).find((d) => d.startsWith('firefox-'));
    expect(dir).toBeDefined();
    const m = read(dir!);
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    const hosts = m.manifest_version === 3 ? m.host_permissions : m.permissions.filter((p: string) => p.includes('://'));
    expect(hosts.length).toBeGreaterThanOrEqual(4);
    for (const host of hosts) expect(host).toMatch(SITES);
    // Firefox's MV2 build: the same capture permissions; other sites only as optional ones.
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'contextMenus', 'scripting']));
    if (m.manifest_version === 2) expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.browser_specific_settings.gecko.id).toBe('keel@keel.example');
  });

  it('ships no network code: no fetch of remote URLs in the built scripts', () => {
    const dir = join(ROOT, '.output/chrome-mv3');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const js = readFileSync(join(dir, f), 'utf8');
      expect(js, f).not.toMatch(/fetch\(\s*["'`]https?:/);
      expect(js, f).not.toMatch(/importScripts\(\s*["'`]https?:/);
    }
    expect(existsSync(join(dir, 'sidepanel.html'))).toBe(true);
  });
});
