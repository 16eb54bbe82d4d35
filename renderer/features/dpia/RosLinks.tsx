import { openMeasures, riskLevel, type RiskLevel } from '../../../shared/domain/ros';
import { formatDate } from '../../../shared/format/date';
import type { Municipality } from '../../../shared/schema/workspace';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { dpiaTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

const BADGE: Record<RiskLevel, string> = { green: 'badge--done', yellow: 'badge--dueSoon', red: 'badge--overdue' };

function Level({
  likelihood,
  consequence,
  municipality,
}: {
  likelihood: number;
  consequence: number;
  municipality: Municipality;
}) {
  const t = useTexts(dpiaTexts);
  const level = riskLevel(likelihood, consequence, municipality.ros.acceptance);
  return (
    <>
      <span className={`badge ${BADGE[level]}`}>{t.level[level]}</span>
      <span className="muted dpia-ros__score">{t.score(likelihood, consequence)}</span>
    </>
  );
}

function GoToRos() {
  const t = useTexts(dpiaTexts);
  const setView = useAppStore((s) => s.setView);
  return (
    <button type="button" className="button" onClick={() => setView('ros')}>
      {t.rosRisks.goToRos}
    </button>
  );
}

/** The ROS analysis's risks beside the DPIA's own: a change in them calls for a review (art. 35(11)). */
export function RosRisks({ municipality }: { municipality: Municipality }) {
  const t = useTexts(dpiaTexts).rosRisks;
  const risks = municipality.ros.risks;
  return (
    <section className="dpia-ros" aria-labelledby="dpia-ros-risks-title">
      <h3 id="dpia-ros-risks-title">{t.title}</h3>
      <p className="dpia-ros__lead">{t.lead}</p>
      {risks.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ScrollRegion label={t.caption(municipality.name)}>
          <table className="table">
            <caption className="sr-only">{t.caption(municipality.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.event}</th>
                <th scope="col">{t.before}</th>
                <th scope="col">{t.after}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <th scope="row">{risk.event}</th>
                  <td>
                    <Level likelihood={risk.likelihood} consequence={risk.consequence} municipality={municipality} />
                  </td>
                  <td>
                    <Level
                      likelihood={risk.residualLikelihood}
                      consequence={risk.residualConsequence}
                      municipality={municipality}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <GoToRos />
    </section>
  );
}

/** Measures the ROS analysis still has open, as material for the DPIA's measures. */
export function RosMeasures({ municipality }: { municipality: Municipality }) {
  const t = useTexts(dpiaTexts).openMeasures;
  const measures = openMeasures(municipality.ros);
  return (
    <section className="dpia-ros" aria-labelledby="dpia-ros-measures-title">
      <h3 id="dpia-ros-measures-title">{t.title}</h3>
      <p className="dpia-ros__lead">{t.lead}</p>
      {measures.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ScrollRegion label={t.caption(municipality.name)}>
          <table className="table">
            <caption className="sr-only">{t.caption(municipality.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.measure}</th>
                <th scope="col">{t.risk}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={`${m.risk.id}-${m.measureId}`}>
                  <th scope="row">{m.text}</th>
                  <td>{m.risk.event}</td>
                  <td>{m.owner || t.nobody}</td>
                  <td>{m.deadline ? formatDate(m.deadline) : t.noDeadline}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
