import type { PanelEnv } from '../lib/panel/env';
import { PanelProvider, usePanel } from './PanelContext';
import { useEffect, useState } from 'react';
import { QueueView } from './QueueView';
import { ReplyView } from './ReplyView';
import { SettingsView } from './SettingsView';
import { TemplatesView } from './TemplatesView';
import { usePanelState, type View } from './state';
import { useCurrentTab } from './useCurrentTab';
import type { MessageKey } from '../lib/i18n';
import './panel.css';

/** The Templates view is not part of the shared View state (nothing outside the panel opens it), so the shell keeps it. */
type ShellView = View | 'templates';

const VIEWS: Array<{ view: ShellView; label: MessageKey }> = [
  { view: 'queue', label: 'nav.queue' },
  { view: 'reply', label: 'nav.reply' },
  { view: 'templates', label: 'nav.templates' },
  { view: 'settings', label: 'nav.settings' },
];

function Shell() {
  const { env, t, language } = usePanel();
  const { view: stateView, setView } = usePanelState();
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const view: ShellView = templatesOpen ? 'templates' : stateView;
  // Anything that switches the shared view (a mention's Reply action) leaves Templates.
  useEffect(() => setTemplatesOpen(false), [stateView]);
  const { tab, loaded, health } = useCurrentTab(env);
  const open = (v: ShellView) => {
    setTemplatesOpen(v === 'templates');
    if (v !== 'templates') setView(v);
  };
  return (
    <div className="app" lang={language}>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <nav aria-label="Keel">
          {VIEWS.map(({ view: v, label }) => (
            <button key={v} type="button" className="tab" aria-current={view === v ? 'page' : undefined} onClick={() => open(v)}>
              {t(label)}
            </button>
          ))}
        </nav>
      </header>
      <main>
        {view === 'queue' && <QueueView tab={tab} tabLoaded={loaded} health={health} />}
        {view === 'reply' && <ReplyView tab={tab} />}
        {view === 'templates' && <TemplatesView />}
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
