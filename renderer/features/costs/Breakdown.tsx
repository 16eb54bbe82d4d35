import type { ReactNode } from 'react';
import { VAT_PERCENT, type PriceId } from '../../../shared/catalogue/prices';
import { formatKroner, priceTable, type CostBreakdown, type CostFlag } from '../../../shared/domain/costs';
import { formatDate } from '../../../shared/format/date';
import { formatInteger } from '../../../shared/format/number';
import type { Municipality, PriceOverride } from '../../../shared/schema/workspace';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { priceInput } from './money';
import { costsTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

const NO_PRICES: PriceOverride[] = [];

type Texts = (typeof costsTexts)['nb'];

/** The id of the denominator field in the workspace settings, which the NAV line points to. */
export const ADOPTING_FIELD_ID = 'costs-adopting';

/** True when NAV's share is not known: no denominator, or no quarter the solutions are in use from. */
export function navUnknown(breakdown: CostBreakdown): boolean {
  return breakdown.navOperations.ore === null || breakdown.flags.includes('noUsageStart');
}

/** The answer first, then every line of it: one-time costs, yearly costs and what to read with care. */
export function Breakdown({ municipality, breakdown }: { municipality: Municipality; breakdown: CostBreakdown }) {
  const t = useTexts(costsTexts);
  const prices = useAppStore((s) => s.document?.workspace?.prices ?? NO_PRICES);
  const table = priceTable(prices);
  const unitPrice = (id: PriceId) => priceInput(table.find((p) => p.id === id)?.effectiveOre ?? 0);
  const priceOf = (id: PriceId) => table.find((p) => p.id === id)?.effectiveOre ?? 0;

  return (
    <>
      <Summary municipality={municipality} breakdown={breakdown} />
      <section aria-labelledby="costs-one-time-title" className="costs-section">
        <h2 id="costs-one-time-title">{t.oneTime.title}</h2>
        {breakdown.connectionFee.boundaryCase ? (
          <BoundaryWarning breakdown={breakdown} perInhabitant={unitPrice('connectionFeePerInhabitant')} />
        ) : null}
        <OneTimeTable
          municipality={municipality}
          breakdown={breakdown}
          feePrice={unitPrice('connectionFeePerInhabitant')}
          membershipPrice={unitPrice('digifinMembershipPerInhabitant')}
        />
      </section>
      <section aria-labelledby="costs-yearly-title" className="costs-section">
        <h2 id="costs-yearly-title">{t.yearly.title}</h2>
        <p className="lead">{t.yearly.lead(breakdown.navOperations.year)}</p>
        <YearlyTable
          municipality={municipality}
          breakdown={breakdown}
          navPerYear={formatKroner(priceOf('navOperationsPerYear'))}
          shipmentPrice={unitPrice('svarUtPerShipment')}
          statusViewPrice={unitPrice('statusViewPerDocumentMonth')}
          storagePrice={unitPrice('storagePerGbMonth')}
        />
      </section>
      <Notes municipality={municipality} flags={breakdown.flags} />
    </>
  );
}

function Summary({ municipality, breakdown }: { municipality: Municipality; breakdown: CostBreakdown }) {
  const t = useTexts(costsTexts).summary;
  return (
    <section className="costs-summary" aria-label={t.label(municipality.name)}>
      <dl>
        <div className="costs-summary__item">
          <dt>{t.oneTime}</dt>
          <dd>
            <span className="costs-summary__figure">{formatKroner(breakdown.oneTime.exVat)}</span> {t.exVat}
            <span className="costs-summary__more">{t.incVat(formatKroner(breakdown.oneTime.incVat))}</span>
          </dd>
        </div>
        <div className="costs-summary__item">
          <dt>{t.yearly(breakdown.navOperations.year)}</dt>
          <dd>
            <span className="costs-summary__figure">{formatKroner(breakdown.yearly.exVat)}</span> {t.exVat}
            {navUnknown(breakdown) ? <span className="costs-summary__more">{t.withoutNav}</span> : null}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {t.inhabitants(formatInteger(municipality.inhabitants), formatDate(municipality.inhabitantsDate))}
      </p>
    </section>
  );
}

function BoundaryWarning({ breakdown, perInhabitant }: { breakdown: CostBreakdown; perInhabitant: string }) {
  const t = useTexts(costsTexts).boundary;
  const fee = breakdown.connectionFee;
  const inhabitants = formatInteger(breakdown.inhabitants);
  const fixedRule = t.fixed;
  const perInhabitantRule = t.perInhabitant(perInhabitant, inhabitants);
  const [chosenRule, otherRule] =
    fee.rule === 'fixed' ? [fixedRule, perInhabitantRule] : [perInhabitantRule, fixedRule];
  return (
    <div className="costs-warning">
      <h3 id="costs-boundary-title">
        <span aria-hidden="true">⚠ </span>
        {t.title}
      </h3>
      <p>{t.text}</p>
      <p>
        <strong>{t.chosen(formatKroner(fee.ore), chosenRule)}</strong>{' '}
        {t.other(formatKroner(fee.alternativeOre ?? 0), otherRule)}
      </p>
      <p>{t.confirm}</p>
    </div>
  );
}

function Columns({ t }: { t: Texts }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="costs-table__cost">
          {t.columns.cost}
        </th>
        <th scope="col">{t.columns.basis}</th>
        <th scope="col" className="numeric">
          {t.columns.exVat}
        </th>
        <th scope="col" className="numeric">
          {t.columns.vat}
        </th>
        <th scope="col" className="numeric">
          {t.columns.incVat}
        </th>
      </tr>
    </thead>
  );
}

/** One cost line; `vatOre` null where the sources say nothing of VAT, `ore` null where it cannot be computed. */
function Line({
  title,
  basis,
  ore,
  vatOre,
  t,
}: {
  title: string;
  basis: ReactNode;
  ore: number | null;
  vatOre: number | null;
  t: Texts;
}) {
  return (
    <tr>
      <th scope="row">{title}</th>
      <td className="costs-table__basis">{basis}</td>
      {ore === null ? (
        <td colSpan={3} className="costs-table__unknown">
          {t.cannotCompute}
        </td>
      ) : (
        <>
          <td className="numeric">{formatKroner(ore)}</td>
          <td className="numeric">
            {vatOre === null ? <span className="costs-table__not-stated">{t.vatNotStated}</span> : formatKroner(vatOre)}
          </td>
          <td className="numeric">{formatKroner(ore + (vatOre ?? 0))}</td>
        </>
      )}
    </tr>
  );
}

function OneTimeTable({
  municipality,
  breakdown,
  feePrice,
  membershipPrice,
}: {
  municipality: Municipality;
  breakdown: CostBreakdown;
  feePrice: string;
  membershipPrice: string;
}) {
  const t = useTexts(costsTexts);
  const o = t.oneTime;
  const fee = breakdown.connectionFee;
  const inhabitants = formatInteger(breakdown.inhabitants);
  const feeRule =
    fee.rule === 'fixed'
      ? fee.boundaryCase
        ? o.ruleFixedBoundary
        : o.ruleFixed
      : fee.boundaryCase
        ? o.rulePerInhabitantBoundary(feePrice, inhabitants)
        : o.rulePerInhabitant(feePrice, inhabitants);
  const vendor = breakdown.vendorUpgrade;
  return (
    <ScrollRegion label={o.caption(municipality.name)}>
      <table className="table costs-table">
        <caption className="sr-only">{o.caption(municipality.name)}</caption>
        <Columns t={t} />
        <tbody>
          <Line
            t={t}
            title={o.connectionFee}
            basis={
              <>
                {feeRule}
                <span className="costs-table__note">{o.feeVat}</span>
              </>
            }
            ore={fee.ore}
            vatOre={fee.vatOre}
          />
          <Line
            t={t}
            title={o.membership}
            basis={
              breakdown.digifinMembership.alreadyMember
                ? o.membershipMember
                : o.membershipRule(membershipPrice, inhabitants)
            }
            ore={breakdown.digifinMembership.ore}
            vatOre={null}
          />
          <Line
            t={t}
            title={o.vendor}
            basis={
              vendor.ore === 0 ? (
                o.vendorNone
              ) : (
                <>
                  {o.vendorRule}
                  <span className="costs-table__note">{o.vendorVat(VAT_PERCENT)}</span>
                </>
              )
            }
            ore={vendor.ore}
            vatOre={vendor.vatOre}
          />
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {o.total}
            </th>
            <td className="numeric">{formatKroner(breakdown.oneTime.exVat)}</td>
            <td className="numeric">{formatKroner(breakdown.oneTime.incVat - breakdown.oneTime.exVat)}</td>
            <td className="numeric">{formatKroner(breakdown.oneTime.incVat)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

function YearlyTable({
  municipality,
  breakdown,
  navPerYear,
  shipmentPrice,
  statusViewPrice,
  storagePrice,
}: {
  municipality: Municipality;
  breakdown: CostBreakdown;
  navPerYear: string;
  shipmentPrice: string;
  statusViewPrice: string;
  storagePrice: string;
}) {
  const t = useTexts(costsTexts);
  const y = t.yearly;
  const adopting = useAppStore((s) => s.document?.workspace?.costSettings.adoptingInhabitants ?? null);
  const nav = breakdown.navOperations;
  const ks = breakdown.ksRunning;
  const inputs = municipality.costInputs;
  const own = formatInteger(breakdown.inhabitants);
  const unknown = navUnknown(breakdown);
  // Exact: each yearly KS figure is its monthly figure × 12.
  const perMonth = (yearlyOre: number) => formatKroner(yearlyOre / 12);

  const from =
    nav.usageStart === null
      ? null
      : inputs.usageStart === null
        ? y.navFromPlanned(y.quarter(nav.usageStart.quarter, nav.usageStart.year))
        : y.quarter(nav.usageStart.quarter, nav.usageStart.year);

  const focusSetting = () => document.getElementById(ADOPTING_FIELD_ID)?.focus();

  const navBasis = (
    <>
      {adopting === null
        ? y.navFormulaNoDenominator(navPerYear, own)
        : y.navFormula(navPerYear, own, formatInteger(adopting), nav.chargeableQuarters)}
      {from === null ? (
        <span className="costs-table__note">{y.navNoUsageStart}</span>
      ) : (
        <span className="costs-table__note">{y.navQuarters(nav.chargeableQuarters, nav.year, from)}</span>
      )}
      {nav.fullYearOre !== null ? (
        <span className="costs-table__note">{y.navFullYear(formatKroner(nav.fullYearOre))}</span>
      ) : null}
      {breakdown.flags.includes('noDenominator') ? (
        <span className="costs-table__note">
          {y.navNoDenominator}{' '}
          <button type="button" className="costs-link-button" onClick={focusSetting}>
            {y.navGoToSetting}
          </button>
        </span>
      ) : null}
      {breakdown.flags.includes('firstHalf2020Free') ? (
        <span className="costs-table__note">{y.navFree2020}</span>
      ) : null}
      {breakdown.flags.includes('inhabitantsNot2020') ? (
        <span className="costs-table__note">{y.navInhabitantsDate(formatDate(municipality.inhabitantsDate))}</span>
      ) : null}
    </>
  );

  return (
    <ScrollRegion label={y.caption(municipality.name, nav.year)}>
      <table className="table costs-table">
        <caption className="sr-only">{y.caption(municipality.name, nav.year)}</caption>
        <Columns t={t} />
        <tbody>
          <Line t={t} title={y.nav} basis={navBasis} ore={unknown ? null : nav.ore} vatOre={null} />
          <Line
            t={t}
            title={y.shipments}
            basis={y.shipmentsRule(formatInteger(inputs.shipmentsPerMonth), shipmentPrice, perMonth(ks.shipmentsOre))}
            ore={ks.shipmentsOre}
            vatOre={null}
          />
          <Line
            t={t}
            title={y.statusView}
            basis={y.statusViewRule(
              formatInteger(inputs.indexedDocumentsPerMonth),
              statusViewPrice,
              perMonth(ks.statusViewOre),
            )}
            ore={ks.statusViewOre}
            vatOre={null}
          />
          <Line
            t={t}
            title={y.storage}
            basis={y.storageRule(formatInteger(inputs.storageGb), storagePrice, perMonth(ks.storageOre))}
            ore={ks.storageOre}
            vatOre={null}
          />
          <Line t={t} title={y.ksTotal} basis={y.ksTotalRule(formatKroner(ks.monthlyOre))} ore={ks.ore} vatOre={null} />
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{y.total}</th>
            <td className="costs-table__basis">{unknown ? y.totalWithoutNav : null}</td>
            <td className="numeric">{formatKroner(breakdown.yearly.exVat)}</td>
            <td className="numeric">
              <span className="costs-table__not-stated">{t.vatNotStated}</span>
            </td>
            <td className="numeric">{formatKroner(breakdown.yearly.incVat)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

const NOTE_ORDER: readonly CostFlag[] = [
  'boundaryCase',
  'noDenominator',
  'noUsageStart',
  'vatReserved',
  'spreadDiscrepancy',
  'firstHalf2020Free',
  'inhabitantsNot2020',
];

function Notes({ municipality, flags }: { municipality: Municipality; flags: readonly CostFlag[] }) {
  const t = useTexts(costsTexts).notes;
  const text = (flag: CostFlag): string => {
    switch (flag) {
      case 'boundaryCase':
        return t.boundaryCase;
      case 'noDenominator':
        return t.noDenominator;
      case 'noUsageStart':
        return t.noUsageStart;
      case 'vatReserved':
        return t.vatReserved;
      case 'spreadDiscrepancy':
        return t.spreadDiscrepancy;
      case 'firstHalf2020Free':
        return t.firstHalf2020Free;
      case 'inhabitantsNot2020':
        return t.inhabitantsNot2020(formatDate(municipality.inhabitantsDate));
    }
  };
  return (
    <section aria-labelledby="costs-notes-title" className="costs-section costs-notes">
      <h2 id="costs-notes-title">{t.title}</h2>
      <ul>
        {NOTE_ORDER.filter((flag) => flags.includes(flag)).map((flag) => (
          <li key={flag}>{text(flag)}</li>
        ))}
        <li>{t.invoicedInArrears}</li>
        <li>{t.preliminary}</li>
      </ul>
    </section>
  );
}
