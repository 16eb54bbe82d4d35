import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { useSelectedMunicipality } from '../../hooks';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { AgreementRegister } from './AgreementRegister';
import { AttachmentWarning, useAttachmentCheck } from './Attachments';
import { DecisionLog } from './DecisionLog';
import { agreementsTexts } from './texts';
import './agreements.css';
import { NoMunicipalities, ViewHeader } from '../../components/ViewHeader';

/** The agreements register and the decision log of one municipality, with the signed copies. */
export function AgreementsView() {
  const texts = useTexts(agreementsTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const municipality = useSelectedMunicipality();
  const check = useAttachmentCheck();

  const header = <ViewHeader id="agreements-title" title={texts.title} lead={texts.lead} />;

  if (!workspace || !municipality) {
    return (
      <section aria-labelledby="agreements-title">
        {header}
        <NoMunicipalities text={texts.noMunicipalities} button={texts.goToMunicipalities} />
      </section>
    );
  }

  return (
    <section aria-labelledby="agreements-title" className="agreements">
      {header}
      <AttachmentWarning check={check} workspace={workspace} />
      <MunicipalityPicker id="agreements-municipality" label={texts.municipality} />

      <div key={municipality.id}>
        <section className="agreements__register" aria-labelledby="agreements-register-title">
          <h2 id="agreements-register-title">{texts.agreementsTitle}</h2>
          <p className="lead">{texts.agreementsLead}</p>
          <AgreementRegister municipality={municipality} workspace={workspace} check={check} />
        </section>
        <DecisionLog municipality={municipality} workspace={workspace} check={check} />
      </div>
    </section>
  );
}
