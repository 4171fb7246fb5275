import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PanelEnv } from '../lib/panel/env';
import { loadSettings } from '../lib/db';
import { resolveUiLanguage, translate, type MessageKey } from '../lib/i18n';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../lib/schema';

interface PanelContextValue {
  env: PanelEnv;
  settings: Settings;
  /** False until settings have been read once, so views do not flash "add your brand". */
  settingsLoaded: boolean;
  language: Language;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const PanelContext = createContext<PanelContextValue | null>(null);

export function PanelProvider({ env, children }: { env: PanelEnv; children: ReactNode }) {
  const stored = useLiveQuery(() => loadSettings(env.db), [env.db]);
  const settings = stored ?? DEFAULT_SETTINGS;
  const language = resolveUiLanguage(settings.uiLanguage, env.browserLanguages);
  const value = useMemo<PanelContextValue>(
    () => ({
      env,
      settings,
      settingsLoaded: stored !== undefined,
      language,
      t: (key, params) => translate(language, key, params),
    }),
    [env, settings, stored, language],
  );
  return <PanelContext.Provider value={value}>{children}</PanelContext.Provider>;
}

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel needs a PanelProvider');
  return value;
}
