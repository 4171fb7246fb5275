// Finds the Chromium the browser tests and the demo drive. Where it is missing,
// installs Debian's chromium when running as root with apt-get; otherwise stops
// and says how to point Keel at a Chromium with CHROME_PATH. As root with apt-get it
// also installs a second font set (FONTS): the in-page badge must not move a post on
// any fonts, and the browser tests prove it on these as well as on Debian's default.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const FONTS = ['fonts-dejavu-extra', 'fonts-liberation2'];
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

const hasAptGet = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canInstall = process.getuid?.() === 0 && hasAptGet;

/** apt-get install, after an update where the package lists are stale or missing. */
function aptInstall(packages) {
  const args = ['install', '-y', '--no-install-recommends', ...packages];
  try {
    execFileSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
  }
}

function installed(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
}

if (canInstall) {
  const missing = FONTS.filter((pkg) => !installed(pkg));
  if (missing.length > 0) {
    console.log(`Installing the browser tests' second font set with apt-get: ${missing.join(' ')} …`);
    try {
      aptInstall(missing);
    } catch {
      console.warn('Could not install the fonts; the browser tests run on the fonts there are.');
    }
  }
}

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  if (process.argv.includes('--print')) console.log(found);
  process.exit(0);
}
if (canInstall) {
  console.log('Chromium is missing: installing Debian’s chromium with apt-get …');
  aptInstall(['chromium']);
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Keel’s browser tests and demo need Chromium, and none was found.\n' +
    'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary, e.g.\n' +
    '  CHROME_PATH=/path/to/chrome npm test',
);
process.exit(1);
