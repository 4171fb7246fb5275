import { useEffect, useState } from 'react';
import type { PanelEnv, PanelTab } from '../lib/panel/env';
import type { PageHealth } from '../lib/messages';

/** The page tab the panel serves, followed as it navigates, with Keel's reading health for it. */
export function useCurrentTab(env: PanelEnv): { tab: PanelTab | null; loaded: boolean; health: PageHealth | null } {
  const [tab, setTab] = useState<PanelTab | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [health, setHealth] = useState<PageHealth | null>(null);

  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void env.currentTab().then((next) => {
        if (!alive) return;
        setLoaded(true);
        setTab((prev) => (prev?.id === next?.id && prev?.url === next?.url ? prev : next));
      });
    refresh();
    const unsubscribe = env.onTabChanged(refresh);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [env]);

  useEffect(() => {
    if (!tab) return;
    let alive = true;
    const poll = () =>
      void env.background({ type: 'tab/health', tabId: tab.id }).then((reply) => {
        if (alive && reply.ok) setHealth((reply.health as PageHealth | null) ?? null);
      });
    poll();
    const timer = setInterval(poll, 2000);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [env, tab]);

  return { tab, loaded, health };
}
