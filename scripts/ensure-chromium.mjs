// Finds the Chromium the browser tests and the demo drive. Where it is missing,
// installs Debian's chromium when running as root with apt-get; otherwise stops
// and says how to point Keel at a Chromium with CHROME_PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  if (process.argv.includes('--print')) console.log(found);
  process.exit(0);
}
const hasAptGet = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (process.getuid?.() === 0 && hasAptGet) {
  console.log('Chromium is missing: installing Debian’s chromium with apt-get …');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Keel’s browser tests and demo need Chromium, and none was found.\n' +
    'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary, e.g.\n' +
    '  CHROME_PATH=/path/to/chrome npm test',
);
process.exit(1);
