import { formatInteger } from '../../../shared/format/number';
import { useTexts } from '../../i18n';
import { dashboardTexts } from './texts';

interface CountsProps {
  label: string;
  overdue: number;
  dueSoon: number;
  unowned: number;
  blockers: number;
  /** Small, inside a municipality's card; otherwise a row of stat cards. */
  compact?: boolean;
}

/** What is open and pressing, as figures with words: overdue, due soon, without owner, blocking. */
export function Counts({ label, overdue, dueSoon, unowned, blockers, compact = false }: CountsProps) {
  const t = useTexts(dashboardTexts);
  const stats = [
    { key: 'blockers', value: blockers, label: t.counts.blockers, tone: 'danger' },
    { key: 'overdue', value: overdue, label: t.counts.overdue, tone: 'danger' },
    { key: 'dueSoon', value: dueSoon, label: t.counts.dueSoon, tone: 'warning' },
    { key: 'unowned', value: unowned, label: t.counts.unowned, tone: 'plain' },
  ] as const;
  return (
    <ul className={compact ? 'dashboard-stats dashboard-stats--compact' : 'dashboard-stats'} aria-label={label}>
      {stats.map((stat) => (
        <li
          key={stat.key}
          className={
            stat.value > 0 ? `dashboard-stat dashboard-stat--${stat.tone}` : 'dashboard-stat dashboard-stat--zero'
          }
        >
          <span className="dashboard-stat__value">{formatInteger(stat.value)}</span>{' '}
          <span className="dashboard-stat__label">{stat.label}</span>
        </li>
      ))}
    </ul>
  );
}
