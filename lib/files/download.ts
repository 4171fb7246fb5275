/**
 * Saves text as a file the way a web page does: a Blob, an object URL and a click on an
 * <a download>. No downloads permission is needed for that.
 */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A date for file names: 2026-11-24. */
export const fileDay = (at: number): string => new Date(at).toISOString().slice(0, 10);
