/**
 * Settings files: export, import and the canonical form of a brand profile.
 *
 * A settings file is pretty-printed JSON:
 *   { "keel": "settings", "version": 1, "settings": { "brand": { … }, "agentName": …, "team": { … }, … } }
 * Import also accepts the bare settings object ({ "brand": { … }, … }) for hand-written
 * files. A brand profile on its own is refused with a hint, because importing it would
 * silently reset the other settings to their defaults.
 *
 * Import is all or nothing: either every field is valid and the whole Settings comes
 * back, or nothing does and every problem is listed, one line per problem, naming the
 * field ("brand.handles[2]: must be a handle such as @nordlichtcoffee (got "x y")").
 *
 * Stored brand profiles are canonical (see normaliseProfile): terms trimmed with single
 * spaces, no duplicates, handles stored as "@name" and hashtags as "#tag".
 */
import { z } from 'zod';
import { canonicalHandle, canonicalHashtag, foldTerm } from './brand';
import { BrandProfile, Readiness, Settings, Team, TeamMember } from './schema';

export const SETTINGS_FILE_KIND = 'settings';
export const SETTINGS_FILE_VERSION = 1;
/** Far above any valid settings file (a full profile is about 100 kB); stops pathological input early. */
export const MAX_IMPORT_CHARS = 2_000_000;

export type SettingsImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** The settings as a file's text. Throws if `settings` is not valid, since such a file could not be imported. */
export function exportSettings(settings: Settings): string {
  const valid = Settings.parse(settings);
  return (
    JSON.stringify({ keel: SETTINGS_FILE_KIND, version: SETTINGS_FILE_VERSION, settings: valid }, null, 2) + '\n'
  );
}

// ---------------------------------------------------------------------------------------
// Profile canonical form

function cleanTerms(list: readonly string[], canonical: (term: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    if (typeof raw !== 'string') continue;
    const term = canonical(raw);
    const key = foldTerm(term);
    // A lone "@" or "#" has nothing to match.
    if (key.length === 0 || key === '@' || key === '#' || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

const collapseSpaces = (term: string): string => term.trim().replace(/\s+/gu, ' ');

/**
 * The canonical stored form of a profile: every term trimmed with whitespace runs reduced
 * to one space; empty entries dropped; duplicates removed within each list, comparing as
 * the matcher does (case and diacritics ignored), keeping the first spelling; aliases that
 * repeat a name dropped; handles as "@name", hashtags as "#tag".
 */
export function normaliseProfile(profile: BrandProfile): BrandProfile {
  const names = cleanTerms(profile.names, collapseSpaces);
  const nameKeys = new Set(names.map(foldTerm));
  return {
    names,
    aliases: cleanTerms(profile.aliases, collapseSpaces).filter((alias) => !nameKeys.has(foldTerm(alias))),
    handles: cleanTerms(profile.handles, canonicalHandle),
    hashtags: cleanTerms(profile.hashtags, canonicalHashtag),
    products: cleanTerms(profile.products, collapseSpaces),
    exclude: cleanTerms(profile.exclude, collapseSpaces),
    // Absent stays absent, so a profile without the switch round-trips unchanged.
    ...(profile.noInflection === undefined ? {} : { noInflection: cleanTerms(profile.noInflection, collapseSpaces) }),
  };
}

// ---------------------------------------------------------------------------------------
// JSON syntax errors

interface SyntaxProblem {
  offset: number;
  message: string;
}

/**
 * Finds the first JSON syntax error and says what was expected there. Engines word
 * JSON.parse errors differently and some give no position, so Keel locates it itself.
 */
function findJsonSyntaxError(text: string): SyntaxProblem | null {
  let i = 0;
  const n = text.length;
  const fail = (message: string, at = i): never => {
    throw { offset: at, message } satisfies SyntaxProblem;
  };
  const describeHere = (): string => {
    if (i >= n) return 'the file ends';
    const ch = text[i] as string;
    if (ch === "'") return 'a single quote (JSON needs double quotes)';
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return 'a comment (JSON has no comments)';
    return `${JSON.stringify(String.fromCodePoint(text.codePointAt(i) as number))}`;
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const parseString = (): void => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a line break or control character inside text; write it as \\n or similar');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`unknown escape \\${e ?? ''} inside text`);
      } else i++;
    }
    fail('text that is never closed with "');
  };
  const parseNumber = (): void => {
    const m = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    m.lastIndex = i;
    const found = m.exec(text);
    if (!found || found[0] === '-') fail(`expected a value but found ${describeHere()}`);
    i += (found as RegExpExecArray)[0].length;
  };
  const parseValue = (depth: number): void => {
    if (depth > 64) fail('values nested too deeply');
    skipSpace();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] === '}') fail('a comma before "}"; remove the last comma');
        if (text[i] !== '"') fail(`expected a field name in double quotes but found ${describeHere()}`);
        parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after the field name but found ${describeHere()}`);
        i++;
        parseValue(depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}" after a field's value but found ${describeHere()}`);
      }
    }
    if (ch === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] === ']') fail('a comma before "]"; remove the last comma');
        parseValue(depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]" after a list entry but found ${describeHere()}`);
      }
    }
    if (ch === '"') return parseString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return parseNumber();
    fail(`expected a value but found ${describeHere()}`);
  };
  try {
    parseValue(0);
    skipSpace();
    if (i < n) fail(`unexpected ${describeHere()} after the end of the data`);
    return null;
  } catch (problem) {
    if (problem && typeof problem === 'object' && 'offset' in problem) return problem as SyntaxProblem;
    throw problem;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------
// Schema errors

/** "brand.handles[2]", "agentName"; an empty path is the settings object itself. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += (out ? '.' : '') + key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || 'settings';
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? value.slice(0, 57) + '…' : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
};

/** Known field names of the object at `path` in a Settings value, for unknown-field hints. */
function knownFields(path: ReadonlyArray<PropertyKey>): string[] | null {
  if (path.length === 0) return Object.keys(Settings.shape);
  if (path.length === 1 && path[0] === 'brand') return Object.keys(BrandProfile.shape);
  if (path[0] !== 'team') return null;
  if (path.length === 1) return Object.keys(Team.shape);
  if (path.length === 2 && path[1] === 'readiness') return Object.keys(Readiness.shape);
  if (path.length === 3 && path[1] === 'members') return Object.keys(TeamMember.shape);
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string[] {
  const where = formatPath(issue.path);
  const value = valueAt(input, issue.path);
  const got = value === undefined ? '' : ` (got ${describeValue(value)})`;
  const custom = issue.message.startsWith('must ') ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return [`${where}: is missing`];
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return [`${where}: must be ${expected}${got}`];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [`${where}: ${custom ?? `must be at most ${max} characters`}${got}`];
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : '?';
        return [`${where}: may have at most ${max} entries (has ${count}); remove some`];
      }
      return [`${where}: must be at most ${max}${got}`];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [`${where}: ${custom ?? (min <= 1 ? 'must not be empty' : `must be at least ${min} characters`)}${got}`];
      }
      if (issue.origin === 'array') return [`${where}: needs at least ${min} entries`];
      return [`${where}: must be at least ${min}${got}`];
    }
    case 'invalid_format':
      return [`${where}: ${custom ?? 'has the wrong format'}${got}`];
    case 'invalid_value':
      return [`${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`];
    case 'unrecognized_keys': {
      const known = knownFields(issue.path);
      const hint = known ? `; known fields here: ${known.join(', ')}` : '';
      return issue.keys.map(
        (key) => `${formatPath([...issue.path, key])}: unknown field, Keel has no such setting${hint}`,
      );
    }
    default:
      return [`${where}: ${issue.message}${got}`];
  }
}

/** One line per problem, each naming the field in a form a person can find and fix. */
export function describeSettingsIssues(error: z.core.$ZodError, input: unknown): string[] {
  return error.issues.flatMap((issue) => describeIssue(issue, input));
}

// ---------------------------------------------------------------------------------------
// Import

const ENVELOPE_FIELDS = ['keel', 'version', 'settings'];
const PROFILE_FIELDS = Object.keys(BrandProfile.shape);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function own(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Reads a settings file. All or nothing: on any problem no settings come back. */
export function parseSettingsImport(json: string): SettingsImportResult {
  if (typeof json !== 'string') return { ok: false, errors: ['The file could not be read as text.'] };
  if (json.length > MAX_IMPORT_CHARS) {
    return { ok: false, errors: [`The file is too large for Keel settings (${json.length} characters).`] };
  }
  // Editors on Windows like to start files with a byte order mark.
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  if (text.trim().length === 0) return { ok: false, errors: ['The file is empty.'] };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const problem = findJsonSyntaxError(text);
    if (problem) {
      const { line, column } = lineAndColumn(text, problem.offset);
      return { ok: false, errors: [`Not valid JSON at line ${line}, column ${column}: ${problem.message}.`] };
    }
    return { ok: false, errors: [`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }

  if (!isPlainObject(data)) {
    return {
      ok: false,
      errors: [`Not a Keel settings file: expected an object with "keel": "settings", got ${describeValue(data)}.`],
    };
  }

  let candidate: unknown;
  if (own(data, 'keel')) {
    const errors: string[] = [];
    if (data.keel !== SETTINGS_FILE_KIND) {
      const kind = typeof data.keel === 'string' ? `a Keel "${data.keel.slice(0, 40)}" file` : 'not a Keel settings file';
      return { ok: false, errors: [`This is ${kind}, not a settings file ("keel" must be "settings").`] };
    }
    const version = data.version;
    if (version === undefined) errors.push(`version: is missing; settings files have "version": ${SETTINGS_FILE_VERSION}`);
    else if (typeof version !== 'number' || !Number.isInteger(version)) {
      errors.push(`version: must be a whole number (got ${describeValue(version)})`);
    } else if (version > SETTINGS_FILE_VERSION) {
      return {
        ok: false,
        errors: [
          `This file was made by a newer Keel (settings version ${version}; this Keel reads version ${SETTINGS_FILE_VERSION}). Update Keel, then import it again.`,
        ],
      };
    } else if (version < SETTINGS_FILE_VERSION) {
      errors.push(`version: must be ${SETTINGS_FILE_VERSION} (got ${version})`);
    }
    for (const key of Object.keys(data)) {
      if (!ENVELOPE_FIELDS.includes(key)) {
        errors.push(`${formatPath([key])}: unknown field at the top of the file; only keel, version and settings belong there`);
      }
    }
    if (!own(data, 'settings')) errors.push('settings: is missing');
    else if (!isPlainObject(data.settings)) {
      errors.push(`settings: must be an object (got ${describeValue(data.settings)})`);
    }
    candidate = data.settings;
    if (errors.length > 0) {
      // Report the settings' own problems too, so one round of fixes is enough.
      const parsed = isPlainObject(candidate) ? Settings.safeParse(candidate) : null;
      if (parsed && !parsed.success) errors.push(...describeSettingsIssues(parsed.error, candidate));
      return { ok: false, errors };
    }
  } else if (own(data, 'brand')) {
    candidate = data;
  } else if (Object.keys(data).some((key) => PROFILE_FIELDS.includes(key))) {
    return {
      ok: false,
      errors: [
        'This looks like a brand profile on its own. Put it inside { "brand": … } or use a file exported from Keel\'s settings.',
      ],
    };
  } else {
    return { ok: false, errors: ['Not a Keel settings file: expected "keel": "settings" at the top of the file.'] };
  }

  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: describeSettingsIssues(parsed.error, candidate) };
  return { ok: true, settings: { ...parsed.data, brand: normaliseProfile(parsed.data.brand) } };
}
