import type { RiskLevel } from '../lib/schema';
import { usePanel } from './PanelContext';

export function RiskChip({ level }: { level: RiskLevel }) {
  const { t } = usePanel();
  return (
    <span className={`risk-chip risk-${level}`} data-level={level}>
      {t(`risk.level.${level}`)}
    </span>
  );
}
