import type { Span } from '../lib/schema';

/**
 * Post text with the given spans marked. Page text is hostile: it is only ever
 * rendered as React text children, never as HTML.
 */
export function HighlightedText({ text, spans, className }: { text: string; spans: Span[]; className?: string }) {
  const merged = mergeSpans(spans, text.length);
  const parts: React.ReactNode[] = [];
  let at = 0;
  merged.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <span className={className}>{parts}</span>;
}

/** Sorted, clamped, non-overlapping spans. */
export function mergeSpans(spans: Span[], length: number): Span[] {
  const sorted = spans
    .map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as Span)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}
