/**
 * The background's side of "Capture this page": runs the page part (the unlisted script
 * capture.js) in the one tab the person asked about, with the host access they just gave
 * (activeTab from the toolbar button or the context menu, or the panel's one-time request).
 */
import { browser } from '#imports';
import { NO_ACCESS_ERROR } from '../capture/capture';

/** What executeScript returns for the capture script: the page part's result, or why it could not run. */
export async function readTabArticle(tabId: number): Promise<unknown> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) throw new Error('this browser does not let Keel run its reader in the page.');
  // Only the top frame: the article is the page the person sees, not its embedded frames.
  let injections: Array<{ result?: unknown }>;
  try {
    injections = await scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Chromium: "Cannot access contents of the page…", "…must request permission…"; Firefox: "Missing host permission for the tab".
    if (/cannot access|permission/iu.test(text)) {
      throw new Error(NO_ACCESS_ERROR);
    }
    throw error;
  }
  const [injection] = injections;
  if (!injection) throw new Error('the reader did not run in the page.');
  return injection.result;
}
