import { memo } from 'react';
import type { MeasureRef } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/date';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { measureTexts } from './measureTexts';
import { ScrollRegion } from '../../components/ScrollRegion';

const SHOWN = 10;

/** The open measures of the ROS analyses, overdue first: they are as much the leader's to-do list as the checklist. */
export const Measures = memo(function Measures({ measures }: { measures: readonly MeasureRef[] }) {
  const t = useTexts(measureTexts);
  const setView = useAppStore((s) => s.setView);
  const selectMunicipality = useAppStore((s) => s.selectMunicipality);
  const overdue = measures.filter((m) => m.overdue).length;
  return (
    <section className="card dashboard-list" aria-labelledby="dashboard-measures-title">
      <h2 id="dashboard-measures-title">{t.title}</h2>
      <p className="muted">{t.lead(measures.length, overdue)}</p>
      {measures.length === 0 ? null : (
        <ScrollRegion label={t.title} className="dashboard-table-wrap">
          <table className="table dashboard-table">
            <caption className="sr-only">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.municipality}</th>
                <th scope="col">{t.measure}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {measures.slice(0, SHOWN).map((m, i) => (
                <tr key={`${m.municipalityId}-${i}`}>
                  <td>{m.municipalityName}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => {
                        selectMunicipality(m.municipalityId);
                        setView('ros');
                      }}
                    >
                      {m.text}
                    </button>
                    <span className="muted"> {t.forRisk(m.riskEvent)}</span>
                  </th>
                  <td>{m.owner || t.nobody}</td>
                  <td>
                    {m.deadline ? formatDate(m.deadline) : t.noDeadline}{' '}
                    {m.overdue ? <span className="badge badge--overdue">{t.overdue}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {measures.length > SHOWN ? <p className="muted">{t.more(measures.length - SHOWN)}</p> : null}
        </ScrollRegion>
      )}
    </section>
  );
});
