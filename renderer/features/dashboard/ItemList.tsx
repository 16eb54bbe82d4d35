import { memo } from 'react';
import { areaInfo } from '../../../shared/catalogue/areas';
import type { ItemRef } from '../../../shared/domain/readiness';
import { useLanguage, useTexts } from '../../i18n';
import { DueCell, ItemButton, OwnerCell } from './parts';
import { dashboardTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

/** How many rows each of the short lists shows before "og N til". */
export const LIST_LIMIT = 10;

interface ItemListProps {
  id: string;
  title: string;
  explanation: string;
  /** A further remark under the explanation. */
  note?: string | undefined;
  empty: string;
  refs: readonly ItemRef[];
  /** A danger accent for the lists that mean trouble (blockers, overdue). */
  tone?: 'danger' | 'plain';
}

/** One of the dashboard's short lists (blockers, overdue, unowned): a table of the first few items. */
export const ItemList = memo(function ItemList({
  id,
  title,
  explanation,
  note,
  empty,
  refs,
  tone = 'plain',
}: ItemListProps) {
  const t = useTexts(dashboardTexts);
  const language = useLanguage();
  const shown = refs.slice(0, LIST_LIMIT);
  const rest = refs.length - shown.length;
  return (
    <section className={`card dashboard-list dashboard-list--${tone}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="dashboard-list__count">({refs.length})</span>
      </h2>
      <p className="dashboard-list__explanation">{explanation}</p>
      {note ? <p className="dashboard-list__explanation">{note}</p> : null}
      {refs.length === 0 ? (
        <p className="dashboard-empty">{empty}</p>
      ) : (
        <ScrollRegion label={title} className="dashboard-table-wrap">
          <table className="table dashboard-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lists.columns.municipality}</th>
                <th scope="col">{t.lists.columns.item}</th>
                <th scope="col">{t.lists.columns.area}</th>
                <th scope="col">{t.lists.columns.due}</th>
                <th scope="col">{t.lists.columns.owner}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((ref) => (
                <tr key={`${ref.municipalityId}/${ref.row.item.id}`}>
                  <td>{ref.municipalityName}</td>
                  <th scope="row">
                    <ItemButton itemRef={ref} />
                  </th>
                  <td>{areaInfo(ref.row.item.area).title[language]}</td>
                  <td className="dashboard-due">
                    <DueCell itemRef={ref} />
                  </td>
                  <td>
                    <OwnerCell owner={ref.row.owner} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {rest > 0 ? <p className="dashboard-more">{t.lists.andMore(rest)}</p> : null}
    </section>
  );
});
