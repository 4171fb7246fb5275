// Finds the Firefox the Firefox browser tests and `npm run demo -- --browser firefox` drive.
// Where it is missing, installs Debian's firefox-esr when running as root with apt-get;
// otherwise stops and says how to point Keel at a Firefox with FIREFOX_PATH.
// puppeteer-core drives it over WebDriver BiDi and downloads no browser of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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

const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  if (process.argv.includes('--print')) console.log(found);
  process.exit(0);
}
if (canInstall) {
  console.log('Firefox is missing: installing Debian’s firefox-esr with apt-get …');
  const args = ['install', '-y', '--no-install-recommends', 'firefox-esr'];
  try {
    execFileSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
  }
  if (existsSync('/usr/bin/firefox-esr')) {
    if (process.argv.includes('--print')) console.log('/usr/bin/firefox-esr');
    process.exit(0);
  }
}
console.error(
  'Keel’s Firefox tests and Firefox demo need Firefox (128 or later), and none was found.\n' +
    'Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox binary, e.g.\n' +
    '  FIREFOX_PATH=/path/to/firefox npm run test:firefox',
);
process.exit(1);
