import { defineConfig } from 'wxt';

// Keel reads replies on these sites only. Host access is limited to them; no
// <all_urls>, no remote code, no network requests of its own.
const HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
  'https://www.instagram.com/*',
];

/** Any web page, but only one origin at a time and only while the person captures it (lib/panel/tab-access.ts). */
const CAPTURE_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // KEEL_OUT_DIR builds somewhere other than .output (a second build side by side, e.g. before/after in a benchmark).
  outDir: process.env.KEEL_OUT_DIR ?? '.output',
  // Every dependency shows in the code: WXT's own APIs come from '#imports'.
  imports: false,
  vite: () => ({
    build: {
      // KEEL_PROFILE=1 keeps function names readable in CPU profiles (scripts/profile-page.ts).
      minify: process.env.KEEL_PROFILE ? false : undefined,
      // Building a zod schema has no side effects: a content script that does not use a schema
      // does not build it (halves the schemas each tab builds at start). Schemas derived from
      // another (`Mention = ObservedPost.omit(...)`) carry a PURE annotation for the same reason.
      rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Keel',
    description:
      'Brand mentions, escalation risk, crisis playbooks and approved replies, inside X, Facebook and Instagram. Nothing leaves the browser.',
    permissions: [
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'clipboardWrite',
      // "Capture this page": the page the person points at only, only when they ask. The toolbar
      // button and the context menu grant activeTab for that tab; scripting runs the reader there.
      'activeTab',
      'contextMenus',
      'scripting',
    ],
    host_permissions: HOSTS,
    // Asked for one site at a time, from the panel's Capture button, and removed after the capture.
    // Firefox's MV2 build lists them under optional_permissions (WXT does not move them there).
    ...(browser === 'firefox' ? { optional_permissions: CAPTURE_HOSTS } : { optional_host_permissions: CAPTURE_HOSTS }),
    action: { default_title: 'Open Keel' },
    commands: {
      // Opens the panel: Chrome's action button opens the side panel, Firefox's sidebar has its own command.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Keel panel' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Keel panel' } }),
      'insert-top-suggestion': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Insert the top approved reply for the focused post',
      },
    },
    // Chrome reads an organisation's policy for Keel (storage.managed) against this schema;
    // Firefox takes it from policies.json without one. Keel checks it again itself (lib/managed.ts).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'keel@keel.example',
              strict_min_version: '140.0',
              // Firefox's built-in data consent: Keel collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
