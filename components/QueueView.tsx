import { useLiveQuery } from 'dexie-react-hooks';
import { mentionsOnPage } from '../lib/db';
import { RISK_LEVELS, type Mention } from '../lib/schema';
import type { PanelTab } from '../lib/panel/env';
import type { PageHealth } from '../lib/messages';
import { usePanel } from './PanelContext';
import { usePanelState } from './state';
import { MentionList } from './MentionList';
import { SelectionBar } from './incidents/SelectionBar';

/** Riskiest first; among equals, newest first. */
export function sortQueue(mentions: Mention[]): Mention[] {
  const rank = (m: Mention) => (m.risk ? RISK_LEVELS.indexOf(m.risk.level) : -1);
  const time = (m: Mention) => m.postedAt ?? m.firstSeenAt;
  return [...mentions].sort(
    (a, b) => rank(b) - rank(a) || (b.risk?.score ?? 0) - (a.risk?.score ?? 0) || time(b) - time(a) || a.id.localeCompare(b.id),
  );
}

export function QueueView({ tab, tabLoaded, health }: { tab: PanelTab | null; tabLoaded: boolean; health: PageHealth | null }) {
  const { env, t, settings, settingsLoaded } = usePanel();
  const { selectedMentionId, select } = usePanelState();
  const mentions = useLiveQuery(() => (tab ? mentionsOnPage(env.db, tab.url) : Promise.resolve([])), [env.db, tab?.url]);
  const brandEmpty = Object.values(settings.brand).every((list) => list.length === 0);
  const sorted = mentions ? sortQueue(mentions) : [];

  function onSelect(mention: Mention) {
    select(mention.id);
    if (tab) void env.toTab(tab.id, { type: 'mention/reveal', id: mention.id }).catch(() => undefined);
  }

  return (
    <section className="view queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        {t('queue.heading')} {mentions && <span className="count">{t('queue.count', { count: sorted.length })}</span>}
      </h2>
      {health && !health.readable && health.pageUrl === tab?.url && (
        <p role="alert" className="warning">
          {t('queue.unreadable', { site: t(`site.${health.platform}`), view: t(`page.view.${health.view ?? 'other'}`) })}
        </p>
      )}
      {settingsLoaded && brandEmpty && <p className="hint">{t('queue.noBrand')}</p>}
      {tabLoaded && !tab && <p className="hint">{t('queue.noTab')}</p>}
      {tab && mentions && sorted.length === 0 && !brandEmpty && <p className="hint">{t('queue.empty')}</p>}
      <SelectionBar />
      <MentionList mentions={sorted} selectedId={selectedMentionId} label={t('queue.heading')} onSelect={onSelect} />
    </section>
  );
}
