/** DOM reading helpers shared by the site adapters. */
/** Text of every element matching `selector` in `root`, one per line (keeps word boundaries between blocks). */
export function joinedText(root: Element, selector: string): string {
  const blocks = root.querySelectorAll(selector);
  let out = '';
  for (let i = 0; i < blocks.length; i++) out += `${blocks[i]!.textContent ?? ''}\n`;
  return out;
}
