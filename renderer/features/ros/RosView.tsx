import { useRef, useState } from 'react';
import type { StarterRisk } from '../../../shared/catalogue/assessments';
import { applicability } from '../../../shared/domain/cooperation';
import { consequenceLabels, likelihoodLabels } from '../../../shared/domain/ros';
import type { Municipality, Risk } from '../../../shared/schema/workspace';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SignOff } from '../../components/SignOff';
import { useFocusSoon, useSelectedMunicipality } from '../../hooks';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { domId, inCell, starterDomId, type MatrixFilter } from './model';
import { RiskForm, blankDraft, draftFromStarter, draftOfRisk, type RiskDraft } from './RiskForm';
import { RiskLegend, RiskMatrix } from './RiskMatrix';
import { RiskRegister } from './RiskRegister';
import { ScaleSettings } from './ScaleSettings';
import { StarterRisks } from './StarterRisks';
import { rosTexts } from './texts';
import './ros.css';

const REGISTER_TITLE = 'ros-register-title';
const NEW_RISK = 'ros-new-risk';

/** The risk and vulnerability analysis of one municipality (DOMAIN.md 10). */
export function RosView() {
  const texts = useTexts(rosTexts);
  const domain = useTexts(domainTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const setView = useAppStore((s) => s.setView);
  const selectMunicipality = useAppStore((s) => s.selectMunicipality);
  const municipality = useSelectedMunicipality();

  const header = (
    <header className="view-header">
      <div>
        <h1 id="ros-title">{texts.title}</h1>
        <p className="lead">{texts.lead}</p>
        <p className="muted ros-background">{texts.background}</p>
      </div>
    </header>
  );

  if (!workspace || !municipality) {
    return (
      <section aria-labelledby="ros-title">
        {header}
        <div className="empty">
          <p>{texts.noMunicipalities}</p>
          <button type="button" className="button" onClick={() => setView('municipalities')}>
            {texts.goToMunicipalities}
          </button>
        </div>
      </section>
    );
  }

  const cover = applicability('controller', municipality.id, workspace.cooperation);
  if (!cover.applies) {
    const host = workspace.municipalities.find((m) => m.id === cover.coveredBy);
    const hostName = host?.name ?? '';
    return (
      <section aria-labelledby="ros-title" className="ros">
        {header}
        <MunicipalityPicker id="ros-municipality" label={texts.municipality} />
        <div className="notice notice--info ros-covered">
          <p>{domain.coverReason.controllerIsHost(hostName)}</p>
          {host ? (
            <button type="button" className="button" onClick={() => selectMunicipality(host.id)}>
              {texts.showHost(hostName)}
            </button>
          ) : null}
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="ros-title" className="ros">
      {header}
      <MunicipalityPicker id="ros-municipality" label={texts.municipality} />
      <RosAnalysis key={municipality.id} municipality={municipality} />
    </section>
  );
}

interface OpenForm {
  /** Remounts the form when the user opens another risk. */
  key: number;
  riskId: string | null;
  initial: RiskDraft;
  title: string;
  /** Where focus goes back to when the user cancels. */
  returnTo: string;
}

function RosAnalysis({ municipality }: { municipality: Municipality }) {
  const texts = useTexts(rosTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const announce = useAppStore((s) => s.announce);
  const { ros } = municipality;

  const [chosenCell, setChosenCell] = useState<MatrixFilter | null>(null);
  const [form, setForm] = useState<OpenForm | null>(null);
  const formKey = useRef(0);
  const focusSoon = useFocusSoon();

  // A cell emptied by an edit or a deletion no longer narrows anything.
  const filter = chosenCell !== null && ros.risks.some((r) => inCell(r, chosenCell)) ? chosenCell : null;
  const shown = filter === null ? ros.risks : ros.risks.filter((r) => inCell(r, filter));

  const describe = (cell: MatrixFilter) => ({
    which: cell.which === 'inherent' ? texts.before : texts.after,
    where: texts.levelPair(
      likelihoodLabels(ros.scale)[cell.likelihood - 1]?.[language] ?? String(cell.likelihood),
      consequenceLabels(ros.scale)[cell.consequence - 1]?.[language] ?? String(cell.consequence),
    ),
  });

  const toggleCell = (cell: MatrixFilter) => {
    const same =
      filter !== null &&
      filter.which === cell.which &&
      filter.likelihood === cell.likelihood &&
      filter.consequence === cell.consequence;
    if (same) {
      setChosenCell(null);
      announce(texts.showingAll);
      return;
    }
    setChosenCell(cell);
    const { which, where } = describe(cell);
    announce(texts.filterAnnounced(ros.risks.filter((r) => inCell(r, cell)).length, which, where));
  };

  const showAll = () => {
    setChosenCell(null);
    announce(texts.showingAll);
    focusSoon(REGISTER_TITLE);
  };

  const openForm = (next: Omit<OpenForm, 'key'>) => {
    formKey.current += 1;
    setForm({ ...next, key: formKey.current });
  };
  const openNew = () =>
    openForm({ riskId: null, initial: blankDraft(ros.scale), title: texts.formNew, returnTo: NEW_RISK });
  const openEdit = (risk: Risk) =>
    openForm({
      riskId: risk.id,
      initial: draftOfRisk(risk),
      title: texts.formEdit(risk.event),
      returnTo: `${domId(risk.id)}-edit`,
    });
  const openStarter = (starter: StarterRisk) =>
    openForm({
      riskId: null,
      initial: draftFromStarter(starter, ros.scale, language),
      title: texts.formFromStarter(starter.event[language]),
      returnTo: `${starterDomId(starter.id)}-add`,
    });

  const formDone = (savedId: string | null) => {
    const returnTo = form?.returnTo ?? NEW_RISK;
    setForm(null);
    if (savedId === null) focusSoon(returnTo, REGISTER_TITLE);
    else focusSoon(`${domId(savedId)}-edit`, REGISTER_TITLE);
  };

  const removed = (risk: Risk) => {
    if (form?.riskId === risk.id) setForm(null);
    focusSoon(REGISTER_TITLE);
  };

  const active = filter === null ? null : describe(filter);

  return (
    <>
      <ScaleSettings municipality={municipality} />

      <section className="ros-section" aria-labelledby="ros-matrix-title">
        <h2 id="ros-matrix-title">{texts.matrixTitle}</h2>
        <p className="lead">{texts.matrixLead}</p>
        <div className="ros-matrices">
          <RiskMatrix ros={ros} which="inherent" filter={filter} onToggle={toggleCell} />
          <RiskMatrix ros={ros} which="residual" filter={filter} onToggle={toggleCell} />
        </div>
        <RiskLegend ros={ros} />
      </section>

      <section className="ros-section" aria-labelledby={REGISTER_TITLE}>
        <h2 id={REGISTER_TITLE} tabIndex={-1}>
          {texts.registerTitle}
        </h2>
        {active !== null ? (
          <div className="ros-filter">
            <p>{texts.filterShowing(shown.length, ros.risks.length, active.which, active.where)}</p>
            <button type="button" className="button" onClick={showAll}>
              {texts.showAll}
            </button>
          </div>
        ) : null}
        {ros.risks.length === 0 ? (
          <p className="empty">{texts.registerEmpty}</p>
        ) : (
          <RiskRegister
            municipality={municipality}
            risks={shown}
            editingId={form?.riskId ?? null}
            onEdit={openEdit}
            onRemoved={removed}
            focusSoon={focusSoon}
          />
        )}
        {form !== null ? (
          <RiskForm
            key={form.key}
            municipality={municipality}
            riskId={form.riskId}
            initial={form.initial}
            title={form.title}
            onDone={formDone}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              id={NEW_RISK}
              disabled={readOnly}
              onClick={openNew}
            >
              {texts.newRisk}
            </button>
          </div>
        )}
      </section>

      <StarterRisks municipality={municipality} onAdd={openStarter} focusSoon={focusSoon} />

      <SignOff municipality={municipality} subject="ros" />
    </>
  );
}
