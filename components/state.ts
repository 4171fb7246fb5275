/** The panel's UI state: which view is open and which mention is selected. */
import { create } from 'zustand';

export type View = 'queue' | 'reply' | 'templates' | 'playbooks' | 'incidents' | 'settings';

export interface PanelState {
  view: View;
  selectedMentionId: string | null;
  /** Mentions ticked in the Queue to open an incident from, or add to one. */
  incidentSelection: string[];
  /** The incident whose detail the Incidents view shows; null: the list. */
  openIncidentId: string | null;
  /** Who the person is in incident records, when they picked a crisis team member; null: the agent name in Settings. */
  actingAs: string | null;
  setView(view: View): void;
  select(id: string | null): void;
  toggleIncidentSelection(id: string): void;
  clearIncidentSelection(): void;
  showIncident(id: string | null): void;
  setActingAs(name: string | null): void;
}

export const usePanelState = create<PanelState>((set) => ({
  view: 'queue',
  selectedMentionId: null,
  incidentSelection: [],
  openIncidentId: null,
  actingAs: null,
  setView: (view) => set({ view }),
  select: (id) => set({ selectedMentionId: id }),
  toggleIncidentSelection: (id) =>
    set((s) => ({
      incidentSelection: s.incidentSelection.includes(id) ? s.incidentSelection.filter((x) => x !== id) : [...s.incidentSelection, id],
    })),
  clearIncidentSelection: () => set({ incidentSelection: [] }),
  showIncident: (id) => set({ openIncidentId: id }),
  setActingAs: (name) => set({ actingAs: name }),
}));
