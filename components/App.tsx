import type { PanelEnv } from '../lib/panel/env';
import { PanelProvider, usePanel } from './PanelContext';
import { IncidentsView } from './IncidentsView';
import { QueueView } from './QueueView';
import { ReplyView } from './ReplyView';
import { SettingsView } from './SettingsView';
import { StorageAlert } from './StorageAlert';
import { TemplatesView } from './TemplatesView';
import { PlaybooksView } from './playbooks/PlaybooksView';
import { usePanelState, type View } from './state';
import { useCurrentTab } from './useCurrentTab';
import type { MessageKey } from '../lib/i18n';
import './panel.css';

const VIEWS: Array<{ view: View; label: MessageKey }> = [
  { view: 'queue', label: 'nav.queue' },
  { view: 'reply', label: 'nav.reply' },
  { view: 'templates', label: 'nav.templates' },
  { view: 'playbooks', label: 'nav.playbooks' },
  { view: 'incidents', label: 'nav.incidents' },
  { view: 'settings', label: 'nav.settings' },
];

function Shell() {
  const { env, t, language } = usePanel();
  const { view, setView } = usePanelState();
  const { tab, loaded, health } = useCurrentTab(env);
  return (
    <div className="app" lang={language}>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <nav aria-label="Keel">
          {VIEWS.map(({ view: v, label }) => (
            <button key={v} type="button" className="tab" aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>
              {t(label)}
            </button>
          ))}
        </nav>
      </header>
      <main>
        <StorageAlert />
        {view === 'queue' && <QueueView tab={tab} tabLoaded={loaded} health={health} />}
        {view === 'reply' && <ReplyView tab={tab} />}
        {view === 'templates' && <TemplatesView />}
        {view === 'playbooks' && <PlaybooksView />}
        {view === 'incidents' && <IncidentsView />}
        {view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}

export function App({ env }: { env: PanelEnv }) {
  return (
    <PanelProvider env={env}>
      <Shell />
    </PanelProvider>
  );
}
