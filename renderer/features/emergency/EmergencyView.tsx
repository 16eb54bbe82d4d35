import { applicability } from '../../../shared/domain/cooperation';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SignOff } from '../../components/SignOff';
import { useSelectedMunicipality } from '../../hooks';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { NksAccess } from './NksAccess';
import { RoutineLog } from './RoutineLog';
import { Routines, RoutinesCoveredByHost } from './Routines';
import { emergencyTexts } from './texts';
import './emergency.css';
import { NoMunicipalities, ViewHeader } from '../../components/ViewHeader';

/**
 * The emergency routines (seed 003) with their log and sign-off, and NKS access (seed 004).
 * The routines belong to the controller; NKS access to every municipality, partners included.
 */
export function EmergencyView() {
  const texts = useTexts(emergencyTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const municipality = useSelectedMunicipality();

  const header = <ViewHeader id="emergency-title" title={texts.title} lead={texts.lead} />;

  if (!workspace || !municipality) {
    return (
      <section aria-labelledby="emergency-title">
        {header}
        <NoMunicipalities text={texts.noMunicipalities} button={texts.goToMunicipalities} />
      </section>
    );
  }

  const controller = applicability('controller', municipality.id, workspace.cooperation);
  const host = controller.applies
    ? null
    : (workspace.municipalities.find((m) => m.id === controller.coveredBy) ?? null);

  return (
    <section aria-labelledby="emergency-title" className="emergency">
      {header}
      <MunicipalityPicker id="emergency-municipality" label={texts.municipality} />

      {/* Keyed so that unsaved drafts and open forms never carry over to another municipality. */}
      <div key={municipality.id}>
        {host ? (
          <RoutinesCoveredByHost host={host} />
        ) : (
          <>
            <Routines municipality={municipality} />
            <RoutineLog municipality={municipality} />
            <SignOff municipality={municipality} subject="emergency" />
          </>
        )}
        <NksAccess municipality={municipality} workspace={workspace} />
      </div>
    </section>
  );
}
