/**
 * Template variables left in a draft: "{name}", "{{ticket}}", "[NAME]",
 * "<DATE>", "%first_name%". Pasted into the platform's reply box they read as
 * a form letter nobody looked at, so the reply view refuses one-click insertion
 * while any is left.
 */
import type { Span } from '../schema';

// {name} and {{name}}: any short run of letters, digits, spaces, dots and underscores.
// [NAME], <NAME>: capitals only (or a word with an underscore), so "[sic]" and "<3" stay prose.
const VARIABLE =
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\}|\[(?:[\p{Lu}_][\p{Lu}\p{N}_ ]{1,30}|[\p{L}]+_[\p{L}\p{N}_]+)\]|<(?:[\p{Lu}_][\p{Lu}\p{N}_ ]{1,30}|[\p{L}]+_[\p{L}\p{N}_]+)>|%[\p{L}_]{2,30}%/gu;

export interface UnfilledVariable {
  /** As written in the draft, braces included. */
  text: string;
  span: Span;
}

/** Unfilled template variables in the text, in order of appearance. */
export function findUnfilledVariables(text: string): UnfilledVariable[] {
  const out: UnfilledVariable[] = [];
  if (!/[{[<%]/.test(text)) return out;
  for (const m of text.matchAll(VARIABLE)) {
    // "[A]" or "<B>" alone is an ordinary label, not a variable.
    if (m[0].length < 4) continue;
    out.push({ text: m[0], span: [m.index, m.index + m[0].length] });
  }
  return out;
}
