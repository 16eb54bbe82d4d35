import { memo, useId } from 'react';
import { AREAS } from '../../../shared/catalogue/areas';
import { daysBetween } from '../../../shared/domain/plan';
import type { MunicipalityReadiness } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/date';
import { ProgressBar } from '../../components/ProgressBar';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { Counts } from './Counts';
import { dashboardTexts } from './texts';

interface MunicipalityCardProps {
  readiness: MunicipalityReadiness;
  role: 'host' | 'partner' | 'alone';
  connectionDate: string | null;
  today: string;
  /** Whether the per-area bars start unfolded (they do when there are few municipalities). */
  areasOpen: boolean;
}

/** One municipality at a glance: its progress, per area, what is open and late, and the way to its checklist. */
export const MunicipalityCard = memo(function MunicipalityCard({
  readiness,
  role,
  connectionDate,
  today,
  areasOpen,
}: MunicipalityCardProps) {
  const t = useTexts(dashboardTexts);
  const d = useTexts(domainTexts);
  const language = useLanguage();
  const openChecklist = useAppStore((s) => s.openChecklist);
  const titleId = useId();
  const areas = AREAS.filter((area) => readiness.byArea[area.id].total > 0);

  return (
    <section className="card dashboard-municipality" aria-labelledby={titleId}>
      <div className="dashboard-municipality__head">
        <h2 id={titleId}>{readiness.name}</h2>
        {role !== 'alone' ? <span className="dashboard-role">{d.cooperationRole[role]}</span> : null}
      </div>
      <p className="dashboard-connection">
        {connectionDate === null ? (
          <span className="muted">{t.card.noConnectionDate}</span>
        ) : (
          <>
            {t.card.connection(formatDate(connectionDate))}{' '}
            <span className="muted">({t.card.inDays(daysBetween(today, connectionDate))})</span>
          </>
        )}
      </p>
      {readiness.overall.total === 0 ? (
        <p className="dashboard-empty">{t.card.noItems}</p>
      ) : (
        <>
          <ProgressBar label={t.overall} progress={readiness.overall} ofText={t.ofText} />
          <ProgressBar label={t.required} progress={readiness.required} ofText={t.ofText} />
        </>
      )}
      <Counts
        label={t.card.countsLabel(readiness.name)}
        overdue={readiness.overdue}
        dueSoon={readiness.dueSoon}
        unowned={readiness.unowned}
        blockers={readiness.blockers}
        compact
      />
      {areas.length > 0 ? (
        <details className="dashboard-areas" open={areasOpen}>
          <summary>{t.card.areas}</summary>
          <div className="dashboard-areas__bars">
            {areas.map((area) => (
              <ProgressBar
                key={area.id}
                label={area.title[language]}
                progress={readiness.byArea[area.id]}
                ofText={t.ofText}
              />
            ))}
          </div>
        </details>
      ) : null}
      <div className="dashboard-municipality__actions">
        <button
          type="button"
          className="button button--primary"
          aria-label={t.card.openFor(readiness.name)}
          onClick={() => openChecklist(readiness.municipalityId)}
        >
          {t.card.open}
        </button>
      </div>
    </section>
  );
});
