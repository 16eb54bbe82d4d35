import { useState } from 'react';
import { riskLevel, riskScore } from '../../../shared/domain/ros';
import { SECURITY_VALUES } from '../../../shared/schema/enums';
import type { Municipality, Risk } from '../../../shared/schema/workspace';
import { today } from '../../hooks';
import { useT, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { domId, levelClass, levelsOf, measureStats, type Which } from './model';
import { rosTexts } from './texts';
import { RowActions } from '../../components/RowActions';

/** The level of a risk before or after measures, as a badge with its score and level in words. */
export function LevelBadge({
  risk,
  which,
  acceptance,
}: {
  risk: Risk;
  which: Which;
  acceptance: Municipality['ros']['acceptance'];
}) {
  const texts = useTexts(rosTexts);
  const { likelihood, consequence } = levelsOf(risk, which);
  const level = riskLevel(likelihood, consequence, acceptance);
  const score = riskScore(likelihood, consequence);
  return (
    <span className={`ros-badge ${levelClass(level)}`} title={texts.levelName[level]}>
      <span aria-hidden="true">{texts.scoreBadge(score, texts.levelShort[level])}</span>
      <span className="sr-only">{texts.scoreBadgeLabel(score, texts.levelName[level])}</span>
    </span>
  );
}

/** The risks of the analysis (all, or those of the chosen matrix cell) with their levels and measures. */
export function RiskRegister({
  municipality,
  risks,
  editingId,
  onEdit,
  onRemoved,
  focusSoon,
}: {
  municipality: Municipality;
  /** The risks to show: all, or those of the chosen cell. */
  risks: Risk[];
  editingId: string | null;
  onEdit: (risk: Risk) => void;
  onRemoved: (risk: Risk) => void;
  focusSoon: (id: string) => void;
}) {
  const texts = useTexts(rosTexts);
  const t = useT();
  const readOnly = useAppStore((s) => s.readOnly);
  const removeRisk = useAppStore((s) => s.removeRisk);
  const announce = useAppStore((s) => s.announce);
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const { acceptance } = municipality.ros;
  const now = today();

  const remove = async (risk: Risk) => {
    const result = await removeRisk({ municipalityId: municipality.id, id: risk.id });
    setConfirmingId(null);
    if (result.ok) {
      announce(texts.removed(risk.event));
      onRemoved(risk);
    } else {
      focusSoon(`${domId(risk.id)}-remove`);
    }
  };

  return (
    <div className="table-wrap">
      <table className="table ros-register">
        <caption className="sr-only">{texts.registerCaption(municipality.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.columns.event}</th>
            <th scope="col">{texts.columns.values}</th>
            <th scope="col">{texts.columns.levels}</th>
            <th scope="col">{texts.columns.uncertainty}</th>
            <th scope="col">{texts.columns.measures}</th>
            <th scope="col">{texts.columns.owner}</th>
            <th scope="col">{texts.columns.acceptedBy}</th>
            <th scope="col">
              <span className="sr-only">{texts.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => {
            const rowId = domId(risk.id);
            const stats = measureStats(risk, now);
            const values = SECURITY_VALUES.filter((v) => risk.values.includes(v));
            return (
              <tr key={risk.id} className={editingId === risk.id ? 'ros-register__row--editing' : undefined}>
                <th scope="row">{risk.event}</th>
                <td>
                  {values.length === 0 ? (
                    <span className="muted">{texts.none}</span>
                  ) : (
                    <ul className="ros-register__values">
                      {values.map((v) => (
                        <li key={v}>{texts.values[v]}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="ros-register__levels">
                  <span className="sr-only">{texts.before}: </span>
                  <LevelBadge risk={risk} which="inherent" acceptance={acceptance} />
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only">, {texts.after.toLowerCase()}: </span>
                  <LevelBadge risk={risk} which="residual" acceptance={acceptance} />
                </td>
                <td>{texts.uncertainty[risk.uncertainty]}</td>
                <td>
                  <span className="ros-register__measures">{texts.measureSummary(stats.count, stats.open)}</span>
                  {stats.overdue > 0 ? (
                    <span className="badge badge--overdue">{texts.overdue(stats.overdue)}</span>
                  ) : null}
                </td>
                <td>{risk.riskOwner || <span className="muted">{texts.none}</span>}</td>
                <td>{risk.acceptedBy || <span className="muted">{texts.none}</span>}</td>
                <RowActions
                  rowId={rowId}
                  confirming={confirmingId === risk.id}
                  readOnly={readOnly}
                  texts={{
                    edit: texts.edit,
                    editLabel: texts.editRisk(risk.event),
                    remove: texts.remove,
                    removeLabel: texts.removeRisk(risk.event),
                    confirm: texts.removeConfirm(risk.event),
                    yes: texts.removeYes,
                    cancel: t.common.cancel,
                  }}
                  onEdit={() => onEdit(risk)}
                  onConfirming={(asked) => setConfirmingId(asked ? risk.id : null)}
                  onRemove={() => void remove(risk)}
                  focusSoon={focusSoon}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
