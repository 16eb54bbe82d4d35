import { municipalityCosts } from '../../../shared/domain/costs';
import type { Municipality, PriceOverride, Workspace } from '../../../shared/schema/workspace';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { useMunicipalities, useSelectedMunicipality } from '../../hooks';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { Breakdown } from './Breakdown';
import { CostInputsForm } from './CostInputsForm';
import { CostSettingsForm } from './CostSettingsForm';
import { PriceList } from './PriceList';
import { costsTexts } from './texts';
import './costs.css';

const NO_PRICES: PriceOverride[] = [];
const NO_SETTINGS: Workspace['costSettings'] = { adoptingInhabitants: null, year: 2020 };

/** What adopting Digisos costs one municipality: the breakdown, the inputs behind it and the price list. */
export function CostsView() {
  const t = useTexts(costsTexts);
  const municipalities = useMunicipalities();
  const municipality = useSelectedMunicipality();
  const setView = useAppStore((s) => s.setView);

  return (
    <section aria-labelledby="costs-title" className="costs">
      <header className="view-header">
        <div>
          <h1 id="costs-title">{t.title}</h1>
          <p className="lead">{t.lead}</p>
        </div>
      </header>
      <MunicipalityPicker id="costs-municipality" label={t.municipality} />
      {municipality === null || municipalities.length === 0 ? (
        <>
          <div className="empty">
            <p>{t.noMunicipalities}</p>
            <button type="button" className="button" onClick={() => setView('municipalities')}>
              {t.goToMunicipalities}
            </button>
          </div>
          <div className="costs-forms">
            <CostSettingsForm />
          </div>
        </>
      ) : (
        <MunicipalityCosts municipality={municipality} />
      )}
      <PriceList />
    </section>
  );
}

function MunicipalityCosts({ municipality }: { municipality: Municipality }) {
  const prices = useAppStore((s) => s.document?.workspace?.prices ?? NO_PRICES);
  const settings = useAppStore((s) => s.document?.workspace?.costSettings ?? NO_SETTINGS);
  const breakdown = municipalityCosts(municipality, {
    prices,
    adoptingInhabitants: settings.adoptingInhabitants,
    year: settings.year,
  });
  return (
    <>
      <Breakdown municipality={municipality} breakdown={breakdown} />
      <div className="costs-forms">
        <CostInputsForm key={municipality.id} municipality={municipality} />
        <CostSettingsForm />
      </div>
    </>
  );
}
