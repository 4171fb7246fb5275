/** The panel's UI state: which view is open and which mention is selected. */
import { create } from 'zustand';

export type View = 'queue' | 'reply' | 'templates' | 'incidents' | 'settings';

export interface PanelState {
  view: View;
  selectedMentionId: string | null;
  setView(view: View): void;
  select(id: string | null): void;
}

export const usePanelState = create<PanelState>((set) => ({
  view: 'queue',
  selectedMentionId: null,
  setView: (view) => set({ view }),
  select: (id) => set({ selectedMentionId: id }),
}));
