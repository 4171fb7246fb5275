// Bundles the editor test pages (the real Draft.js, Lexical and React textarea as
// X, Facebook and Instagram mount them) and the three site composers into IIFE
// scripts under tests/editors/dist, for injection with page.addScriptTag.
// Run directly (`node tests/editors/build.mjs`) or through buildEditors() from a test.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

export const distDir = path.join(here, 'dist');

/** Output file name → entry point. */
export const bundles = {
  'draft.js': path.join(here, 'draft.tsx'),
  'lexical.js': path.join(here, 'lexical.tsx'),
  'textarea.js': path.join(here, 'textarea.tsx'),
  'composers.js': path.join(here, 'composers-entry.ts'),
  'x-live.js': path.join(here, 'x-live.tsx'),
  'facebook-live.js': path.join(here, 'facebook-live.tsx'),
};

// The installed @lexical/history and @lexical/html ship their TypeScript sources
// but not their built files (their package.json points at missing .mjs/.js), so
// the bundle takes them from source; same version as the rest of Lexical.
const lexicalFromSource = {
  '@lexical/history': path.join(root, 'node_modules/@lexical/history/src/index.ts'),
  '@lexical/html': path.join(root, 'node_modules/@lexical/html/src/index.ts'),
};

export async function buildEditors() {
  await Promise.all(
    Object.entries(bundles).map(([out, entry]) =>
      build({
        entryPoints: [entry],
        outfile: path.join(distDir, out),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'chrome120',
        jsx: 'automatic',
        // Draft.js reads process.env.NODE_ENV and `global`; production builds of
        // React and Lexical are what the sites run.
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        alias: lexicalFromSource,
        absWorkingDir: root,
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
  );
  return distDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildEditors();
  console.log(`built ${Object.keys(bundles).join(', ')} into ${path.relative(root, distDir)}`);
}
