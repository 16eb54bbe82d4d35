import { Fragment, useEffect, useState, type FormEvent } from 'react';
import type { PriceId } from '../../../shared/catalogue/prices';
import { parseKroner, priceTable, type EffectivePrice } from '../../../shared/domain/costs';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import type { PriceOverride } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { formatPrice, priceInput } from './money';
import { costsTexts } from './texts';

const NO_PRICES: PriceOverride[] = [];
const COLUMNS = 5;

const editButtonId = (id: PriceId) => `costs-price-edit-${id}`;
const inputId = (id: PriceId) => `costs-price-${id}`;

/** Every price with its source; each can be changed and reset, and the calculation follows. */
export function PriceList() {
  const t = useTexts(costsTexts).prices;
  const overrides = useAppStore((s) => s.document?.workspace?.prices ?? NO_PRICES);
  const resetPrice = useAppStore((s) => s.resetPrice);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const [editing, setEditing] = useState<PriceId | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const table = priceTable(overrides);
  const changed = table.filter((p) => p.changed !== null).length;

  const resetAll = async () => {
    const result = await resetPrice({ priceId: null });
    setConfirmingReset(false);
    if (result.ok) {
      announce(t.resetAllDone);
      // The buttons are gone with the changes; the list's heading keeps the user's place.
      document.getElementById('costs-prices-title')?.focus();
    }
  };

  const close = (id: PriceId) => {
    setEditing(null);
    // The row's own button is where the user was before they opened the editor.
    window.setTimeout(() => document.getElementById(editButtonId(id))?.focus(), 0);
  };

  return (
    <section aria-labelledby="costs-prices-title" className="costs-section costs-prices">
      <h2 id="costs-prices-title" tabIndex={-1}>
        {t.title}
      </h2>
      <p className="lead">{t.lead}</p>
      {changed > 0 ? (
        <div className="costs-prices__reset-all">
          {confirmingReset ? (
            <div className="confirm" role="group" aria-label={t.resetAll}>
              <span>{t.resetAllConfirm(changed)}</span>
              <button type="button" className="button button--danger" onClick={() => void resetAll()}>
                {t.resetAllYes}
              </button>
              <button type="button" className="button" onClick={() => setConfirmingReset(false)}>
                {t.cancel}
              </button>
            </div>
          ) : (
            <button type="button" className="button" disabled={readOnly} onClick={() => setConfirmingReset(true)}>
              {t.resetAll}
            </button>
          )}
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="table costs-table costs-price-table">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="costs-price-table__title">
                {t.price}
              </th>
              <th scope="col">{t.value}</th>
              <th scope="col">{t.source}</th>
              <th scope="col">{t.vat}</th>
              <th scope="col">
                <span className="sr-only">{t.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.map((price) => (
              <Fragment key={price.id}>
                <PriceRow price={price} editing={editing === price.id} onEdit={() => setEditing(price.id)} />
                {editing === price.id ? (
                  <tr className="costs-price-table__editor">
                    <td colSpan={COLUMNS}>
                      <PriceEditor price={price} onDone={() => close(price.id)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PriceRow({ price, editing, onEdit }: { price: EffectivePrice; editing: boolean; onEdit: () => void }) {
  const t = useTexts(costsTexts).prices;
  const d = useTexts(domainTexts);
  const language = useLanguage();
  const resetPrice = useAppStore((s) => s.resetPrice);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const title = price.title[language];

  const reset = async () => {
    const result = await resetPrice({ priceId: price.id });
    if (result.ok) {
      announce(t.resetDone(title));
      document.getElementById(editButtonId(price.id))?.focus();
    }
  };

  return (
    <tr className={price.changed ? 'costs-price-table__changed' : undefined}>
      <th scope="row">
        {title}
        {price.remark ? <span className="costs-table__note">{price.remark[language]}</span> : null}
      </th>
      <td>
        <span className="costs-price-table__value">{formatPrice(price.effectiveOre)}</span>
        <span className="costs-table__note">{price.unit[language]}</span>
        {price.changed ? (
          <span className="costs-price-table__change">
            <strong>{t.changedFrom(formatPrice(price.ore))}</strong>
            <span className="costs-table__note">
              {price.changed.changedBy.trim() === ''
                ? formatDateTime(new Date(price.changed.changedAt))
                : t.changedBy(price.changed.changedBy, formatDateTime(new Date(price.changed.changedAt)))}
            </span>
          </span>
        ) : null}
      </td>
      <td>
        {d.sourceDoc(price.source.seed, price.source.section)}
        <span className="costs-table__note">
          {price.sourceDate === null ? t.undated : t.dated(formatDate(price.sourceDate))}
        </span>
      </td>
      <td>{t.vatTreatment[price.vat]}</td>
      <td className="row-actions">
        <div className="row-actions__buttons">
          <button
            id={editButtonId(price.id)}
            type="button"
            className="button"
            aria-expanded={editing}
            aria-label={`${t.edit}: ${title}`}
            disabled={readOnly}
            onClick={onEdit}
          >
            {t.edit}
          </button>
          {price.changed ? (
            <button
              type="button"
              className="button"
              aria-label={`${t.reset}: ${title}`}
              disabled={readOnly}
              onClick={() => void reset()}
            >
              {t.reset}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

function PriceEditor({ price, onDone }: { price: EffectivePrice; onDone: () => void }) {
  const t = useTexts(costsTexts);
  const language = useLanguage();
  const setPrice = useAppStore((s) => s.setPrice);
  const announce = useAppStore((s) => s.announce);
  const [amount, setAmount] = useState(() => priceInput(price.effectiveOre));
  const [error, setError] = useState(false);
  const [saving, setSaving] = useState(false);
  const title = price.title[language];

  useEffect(() => {
    document.getElementById(inputId(price.id))?.focus();
  }, [price.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ore = parseKroner(amount);
    if (ore === null) {
      setError(true);
      document.getElementById(inputId(price.id))?.focus();
      return;
    }
    setSaving(true);
    const result = await setPrice({ priceId: price.id, amount });
    setSaving(false);
    if (result.ok) {
      announce(t.prices.saved(title, formatPrice(ore)));
      onDone();
    } else if (result.error.code === 'validation') {
      setError(true);
      document.getElementById(inputId(price.id))?.focus();
    }
  };

  return (
    <form className="costs-price-editor" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        id={inputId(price.id)}
        label={t.prices.newPrice(title)}
        hint={t.prices.newPriceHint(price.unit[language])}
        value={amount}
        inputMode="text"
        error={error ? t.errors.amount : undefined}
        onChange={setAmount}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t.prices.save}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t.prices.cancel}
        </button>
      </div>
    </form>
  );
}
