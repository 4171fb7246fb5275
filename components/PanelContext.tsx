import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PanelEnv } from '../lib/panel/env';
import { loadSettings } from '../lib/db';
import { resolveUiLanguage, translate, type MessageKey } from '../lib/i18n';
import { appliedPolicy, managedStateOf, mergeSettings, type LockedFields, type ManagedState } from '../lib/managed';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../lib/schema';

interface PanelContextValue {
  env: PanelEnv;
  /** The settings Keel works with: the person's own with the organisation's policy laid over them. */
  settings: Settings;
  /** The person's own settings, as stored: what the Settings form edits and exports. */
  personalSettings: Settings;
  /** The organisation's policy: none, applied, or one that could not be applied. */
  managed: ManagedState;
  /** Which settings the policy fixes. */
  locked: LockedFields;
  /** False until settings have been read once, so views do not flash "add your brand". */
  settingsLoaded: boolean;
  language: Language;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const PanelContext = createContext<PanelContextValue | null>(null);
const NO_POLICY: ManagedState = { kind: 'none' };

/** The organisation's policy as the browser has it now, read again whenever it changes; null until read. */
function useManagedState(env: PanelEnv): ManagedState | null {
  const [state, setState] = useState<ManagedState | null>(env.managedPolicy ? null : NO_POLICY);
  useEffect(() => {
    if (!env.managedPolicy) return;
    let live = true;
    const read = () =>
      void env.managedPolicy!().then(
        (raw) => live && setState(managedStateOf(raw)),
        () => live && setState(NO_POLICY),
      );
    read();
    const off = env.onManagedChanged?.(read);
    return () => {
      live = false;
      off?.();
    };
  }, [env]);
  return state;
}

export function PanelProvider({ env, children }: { env: PanelEnv; children: ReactNode }) {
  const stored = useLiveQuery(() => loadSettings(env.db), [env.db]);
  const managedRead = useManagedState(env);
  const personalSettings = stored ?? DEFAULT_SETTINGS;
  const managed = managedRead ?? NO_POLICY;
  const merged = useMemo(() => mergeSettings(personalSettings, appliedPolicy(managed)), [personalSettings, managed]);
  const language = resolveUiLanguage(merged.settings.uiLanguage, env.browserLanguages);
  const value = useMemo<PanelContextValue>(
    () => ({
      env,
      settings: merged.settings,
      personalSettings,
      managed,
      locked: merged.locked,
      settingsLoaded: stored !== undefined && managedRead !== null,
      language,
      t: (key, params) => translate(language, key, params),
    }),
    [env, merged, personalSettings, managed, stored, managedRead, language],
  );
  return <PanelContext.Provider value={value}>{children}</PanelContext.Provider>;
}

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel needs a PanelProvider');
  return value;
}

/** "Managed by Nordlicht GmbH", or "Managed by your organisation" when the policy names none. */
export function managedByLabel(managedBy: string | undefined, t: PanelContextValue['t']): string {
  return managedBy ? t('managed.by', { name: managedBy }) : t('managed.byOrganisation');
}
