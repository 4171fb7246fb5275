/**
 * Connects a site's content script to the rest of Keel: settings from the
 * background, posts reported to it, requests from the side panel (reveal a
 * mention, insert a reply) answered. Each site's entrypoint calls runSite().
 */
import { browser, type ContentScriptContext } from '#imports';
import { compileBrandMatcher } from '../brand';
import { assessRisk, riskWarmUpSteps, useRiskModel } from '../risk/engine';
import { explainReason } from '../risk/explain';
import { resolveUiLanguage, translate } from '../i18n';
import { parseContentRequest, RiskModelReply, type PageHealth } from '../messages';
import type { ComposerAdapter, PlatformAdapter } from '../platforms/types';
import { DEFAULT_SETTINGS, Settings, type Language, type ObservedPost } from '../schema';
import { createBadgeRenderer } from './badge';
import { startContentRuntime, type ContentRuntime } from './runtime';

export async function runSite(ctx: ContentScriptContext, adapter: PlatformAdapter, composer: ComposerAdapter) {
  const doc = document;
  const [initialSettings, model] = await Promise.all([fetchSettings(adapter), fetchRiskModel()]);
  let settings = initialSettings;
  useRiskModel(model);
  let uiLanguage: Language = resolveUiLanguage(settings.uiLanguage, navigator.languages);

  const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);

  const describe = (post: ObservedPost) => {
    const risk = post.risk;
    if (!risk) return { label: translate(uiLanguage, 'badge.unscored'), short: 'Keel', reason: '' };
    const level = translate(uiLanguage, `risk.level.${risk.level}`);
    const top = risk.reasons[0];
    return {
      label: translate(uiLanguage, 'badge.label', { level }),
      short: level,
      reason: top ? explainReason(top, uiLanguage) : '',
    };
  };

  // The scoring engine's one-off costs, one task each, before the first scan.
  for (const step of riskWarmUpSteps()) {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const runtime: ContentRuntime = startContentRuntime({
    adapter,
    doc,
    settings,
    compileMatcher: (s) => compileBrandMatcher(s.brand),
    assess: assessRisk,
    badges: createBadgeRenderer(doc, describe, { fitRow: adapter.badgeFitsRow === true }),
    report: (posts) => void send({ type: 'posts/observed', posts: JSON.stringify(posts) }),
    reportHealth: (health: PageHealth) => void send(health),
  });

  // X, Facebook and Instagram navigate without reloading; read the new page's posts.
  ctx.addEventListener(window, 'wxt:locationchange', () => runtime.rescan());

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const parsed = parseContentRequest(raw);
    if (!parsed.ok) {
      console.warn('[Keel]', parsed.error);
      sendResponse({ ok: false, error: parsed.error });
      return false;
    }
    const msg = parsed.message;
    switch (msg.type) {
      case 'settings/changed':
        settings = msg.settings;
        uiLanguage = resolveUiLanguage(settings.uiLanguage, navigator.languages);
        runtime.updateSettings(settings);
        sendResponse({ ok: true });
        return false;
      case 'mention/reveal':
        sendResponse(runtime.reveal(msg.id) ? { ok: true } : { ok: false, error: 'not-on-page' });
        return false;
      case 'page/status':
        sendResponse({ ok: true, pageUrl: location.href, mentionIds: runtime.mentionIds(), ...runtime.stats() });
        return false;
      case 'mention/focused':
        sendResponse({ ok: true, id: runtime.focusedMentionId() });
        return false;
      case 'composer/read':
      case 'composer/insert': {
        const root = runtime.findMention(msg.mentionId);
        if (!root) {
          sendResponse({ ok: false, method: 'none', readBack: '', error: 'not-on-page' });
          return false;
        }
        void (async () => {
          try {
            // Reading a draft must not open a composer; inserting opens one when needed.
            const box = msg.type === 'composer/read' ? composer.find(root, doc) : await composer.findOrOpen(root, doc);
            if (!box) {
              sendResponse({ ok: false, method: 'none', readBack: '', error: 'no-reply-box' });
              return;
            }
            if (msg.type === 'composer/read') sendResponse({ ok: true, method: 'none', readBack: composer.read(box), error: '' });
            else sendResponse(await composer.insert(box, msg.text));
          } catch (error) {
            sendResponse({ ok: false, method: 'none', readBack: '', error: error instanceof Error ? error.message : String(error) });
          }
        })();
        return true;
      }
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    runtime.stop();
  });
}

async function fetchSettings(adapter: PlatformAdapter): Promise<Settings> {
  try {
    const reply = (await browser.runtime.sendMessage({
      type: 'content/hello',
      platform: adapter.platform,
      pageUrl: location.href,
    })) as { ok?: boolean; settings?: unknown } | undefined;
    const parsed = Settings.safeParse(reply?.settings);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The risk model from the background; null (mentions scored by rules and context only) when it cannot be had. */
async function fetchRiskModel(): Promise<RiskModelReply['model'] | null> {
  try {
    const parsed = RiskModelReply.safeParse(await browser.runtime.sendMessage({ type: 'risk/model' }));
    if (parsed.success) return parsed.data.model;
    console.warn('[Keel] the risk model from the background is not valid; scoring by rules only');
  } catch (error) {
    console.warn('[Keel] could not load the risk model; scoring by rules only:', error);
  }
  return null;
}
