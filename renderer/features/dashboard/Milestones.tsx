import { memo } from 'react';
import type { UpcomingMilestone } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/date';
import { useLanguage, useTexts } from '../../i18n';
import { dashboardTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

function dateRange(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)}–${formatDate(to)}`;
}

/** The next milestone of each municipality's connection plan, soonest first. */
export const Milestones = memo(function Milestones({ milestones }: { milestones: readonly UpcomingMilestone[] }) {
  const t = useTexts(dashboardTexts);
  const language = useLanguage();
  return (
    <section className="card dashboard-list" aria-labelledby="dashboard-milestones-title">
      <h2 id="dashboard-milestones-title">{t.milestones.title}</h2>
      {milestones.length === 0 ? (
        <p className="dashboard-empty">{t.milestones.empty}</p>
      ) : (
        <ScrollRegion label={t.milestones.caption} className="dashboard-table-wrap">
          <table className="table dashboard-table">
            <caption className="sr-only">{t.milestones.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lists.columns.municipality}</th>
                <th scope="col">{t.milestones.milestone}</th>
                <th scope="col">{t.milestones.when}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.municipalityId}>
                  <th scope="row">{m.municipalityName}</th>
                  <td>{m.milestone.title[language]}</td>
                  <td className="dashboard-date">{dateRange(m.from, m.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
});
