import type { Mention } from '../../lib/schema';
import { usePanel } from '../PanelContext';
import { usePanelState } from '../state';

/** A mention card's checkbox: tick several to open an incident from them (components/incidents/SelectionBar.tsx). */
export function SelectBox({ mention }: { mention: Mention }) {
  const { t } = usePanel();
  const checked = usePanelState((s) => s.incidentSelection.includes(mention.id));
  const toggle = usePanelState((s) => s.toggleIncidentSelection);
  return (
    <input
      type="checkbox"
      className="select-for-incident"
      checked={checked}
      onChange={() => toggle(mention.id)}
      aria-label={t('incidents.selection.select', { name: mention.authorName || '@' + mention.authorHandle })}
    />
  );
}
