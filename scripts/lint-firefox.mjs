// `npm run lint:firefox`: builds the Firefox archive as `npm run zip` does and runs Mozilla's
// linter (web-ext lint, the addons-linter addons.mozilla.org runs on every upload) on the
// folder it is made from. Fails on any error, and on any warning not explained in
// docs/firefox.md (KNOWN below), so a new warning cannot slip into an upload unseen.
// --no-build lints the folder as it is (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.KEEL_OUT_DIR ?? '.output';
const sourceDir = join(outDir, 'firefox-mv2');

/** Warnings docs/firefox.md explains, by code and the files they may come from. */
const KNOWN = [
  // zod's probe for whether eval is allowed (`try { Function('') }`); Keel never evaluates code.
  { code: 'DANGEROUS_EVAL', files: /^(background\.js|content-scripts\/\w+\.js|chunks\/sidepanel-[\w-]+\.js)$/ },
  // React DOM's own innerHTML paths and Readability's document parsing; Keel renders no page text as HTML.
  { code: 'UNSAFE_VAR_ASSIGNMENT', files: /^(background\.js|capture\.js|chunks\/sidepanel-[\w-]+\.js)$/ },
  // data_collection_permissions is read from Firefox for Android 142; Keel is a desktop sidebar add-on.
  { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', files: /^manifest\.json$/ },
];

if (!process.argv.includes('--no-build')) {
  const zip = spawnSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'inherit', env: process.env });
  if (zip.status !== 0) process.exit(zip.status ?? 1);
}
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No built Firefox add-on in ${sourceDir}: run "npx wxt build -b firefox" first.`);
  process.exit(1);
}

const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  env: process.env,
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error(`web-ext lint gave no report (exit ${lint.status}):\n${lint.stdout}\n${lint.stderr}`);
  process.exit(1);
}

const describe = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;
const known = (m) => KNOWN.some((k) => k.code === m.code && k.files.test(m.file ?? ''));
const unknownWarnings = report.warnings.filter((m) => !known(m));

console.log(`web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const m of report.errors) console.log(`error${describe(m)}`);
for (const m of report.warnings) console.log(`${known(m) ? 'warning (explained in docs/firefox.md)' : 'warning (NEW)'}${describe(m)}`);
if (report.errors.length > 0 || unknownWarnings.length > 0) {
  console.error(
    report.errors.length > 0
      ? 'The Firefox add-on has lint errors: addons.mozilla.org would refuse it.'
      : 'New lint warnings: fix them, or explain them in docs/firefox.md and add them to KNOWN in scripts/lint-firefox.mjs.',
  );
  process.exit(1);
}
