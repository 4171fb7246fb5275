// `npm test`: the type check, the unit and component tests, then the built extension in
// Chromium, the Firefox add-on through Mozilla's linter and in Firefox. Ends with one line
// summing every test: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join(process.cwd(), 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function countVitest(file, ok) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load has no tests to count; count it once so it cannot pass silently.
    if (!ok && report.numFailedTests === 0) failed += Math.max(1, report.numFailedTestSuites ?? 1);
  } catch {
    if (!ok) failed += 1;
  }
}

const typecheck = run('Type check', 'npx', ['tsc', '--noEmit']);
typecheck ? passed++ : failed++;

const unitJson = join(outDir, 'unit.json');
const unit = run('Unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
countVitest(unitJson, unit);

const chromium = run('Chromium for the browser tests', 'node', ['scripts/ensure-chromium.mjs']);
const build = chromium && run('Build for Chrome and Firefox', 'npx', ['wxt', 'build']) && run('Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (build) {
  const e2eJson = join(outDir, 'e2e.json');
  const e2e = run('Browser tests in Chromium', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`]);
  countVitest(e2eJson, e2e);
} else {
  failed += 1;
}

// The Firefox add-on: Mozilla's linter (what addons.mozilla.org runs on an upload), then the browser tests in Firefox.
if (build) {
  const lint = run('Firefox add-on lint (web-ext, as addons.mozilla.org checks it)', 'node', ['scripts/lint-firefox.mjs', '--no-build']);
  lint ? passed++ : failed++;
}
const firefox = run('Firefox for the Firefox browser tests', 'node', ['scripts/ensure-firefox.mjs']);
if (build && firefox) {
  const firefoxJson = join(outDir, 'firefox.json');
  const inFirefox = run('Browser tests in Firefox', 'npx', ['vitest', 'run', '--config', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${firefoxJson}`]);
  countVitest(firefoxJson, inFirefox);
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
