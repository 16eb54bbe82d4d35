import { useEffect, useMemo, useRef } from 'react';
import { AREAS } from '../../../shared/catalogue/areas';
import { buildDashboard, NO_FILTERS, type StatusFilter } from '../../../shared/domain/readiness';
import { ITEM_STATUSES } from '../../../shared/schema/enums';
import type { Municipality, StoredDocument } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { DueCell, ItemButton, OwnerCell } from './parts';
import { dashboardTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

/** How many matches the table shows before asking the user to narrow the search. */
export const MATCH_LIMIT = 50;

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', ...ITEM_STATUSES];

/** Waits for the user to stop typing before the new result count is read out. */
const ANNOUNCE_DELAY_MS = 700;

interface FindItemsProps {
  document: StoredDocument;
  municipalities: readonly Municipality[];
  today: string;
}

/** Filters and search over every item of every municipality, with the matches in a table. */
export function FindItems({ document, municipalities, today }: FindItemsProps) {
  const t = useTexts(dashboardTexts);
  const d = useTexts(domainTexts);
  const language = useLanguage();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const setView = useAppStore((s) => s.setView);
  const announce = useAppStore((s) => s.announce);
  const userName = document.settings.userName.trim();

  // Its own computation, so that typing in the search re-renders only this section.
  const matches = useMemo(
    () => buildDashboard(document, today, filters, language).matches,
    [document, today, filters, language],
  );
  const shown = matches.slice(0, MATCH_LIMIT);
  const rest = matches.length - shown.length;
  const resultCount = t.find.resultCount(matches.length);

  // A municipality chosen in the filter may since have been removed: fall back to all.
  const knownMunicipality =
    filters.municipalityId === 'all' || municipalities.some((m) => m.id === filters.municipalityId);
  useEffect(() => {
    if (!knownMunicipality) setFilters({ municipalityId: 'all' });
  }, [knownMunicipality, setFilters]);

  // Screen readers hear the new count once the user pauses, not on every keystroke.
  const latestCount = useRef(resultCount);
  useEffect(() => {
    latestCount.current = resultCount;
  });
  const announcedFilters = useRef(filters);
  useEffect(() => {
    if (announcedFilters.current === filters) return;
    announcedFilters.current = filters;
    const timer = window.setTimeout(() => announce(latestCount.current), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [filters, announce]);

  return (
    <section className="card dashboard-find" aria-labelledby="dashboard-find-title">
      <h2 id="dashboard-find-title">{t.find.title}</h2>
      <p className="dashboard-list__explanation" id="dashboard-find-lead">
        {t.find.lead}
      </p>

      <div className="dashboard-filters" role="group" aria-label={t.find.filtersLabel}>
        <div className="dashboard-filters__checks">
          <div className="dashboard-check">
            <input
              id="dashboard-filter-mine"
              type="checkbox"
              checked={filters.mine}
              onChange={(e) => setFilters({ mine: e.target.checked })}
              aria-describedby="dashboard-filter-mine-hint"
            />
            <label htmlFor="dashboard-filter-mine">{t.find.mine}</label>
            <p id="dashboard-filter-mine-hint" className="dashboard-check__hint">
              {userName === '' ? (
                <>
                  {t.find.mineNoName}{' '}
                  <button type="button" className="dashboard-link-button" onClick={() => setView('settings')}>
                    {t.find.goToSettings}
                  </button>
                  .
                </>
              ) : (
                t.find.mineHint(userName)
              )}
            </p>
          </div>
          <div className="dashboard-check">
            <input
              id="dashboard-filter-overdue"
              type="checkbox"
              checked={filters.overdue}
              onChange={(e) => setFilters({ overdue: e.target.checked })}
            />
            <label htmlFor="dashboard-filter-overdue">{t.find.overdue}</label>
          </div>
        </div>

        <div className="dashboard-filters__fields">
          <div className="field">
            <label htmlFor="dashboard-filter-area">{t.find.area}</label>
            <select
              id="dashboard-filter-area"
              value={filters.area}
              onChange={(e) => setFilters({ area: AREAS.find((a) => a.id === e.target.value)?.id ?? 'all' })}
            >
              <option value="all">{t.find.allAreas}</option>
              {AREAS.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.title[language]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dashboard-filter-status">{t.find.status}</label>
            <select
              id="dashboard-filter-status"
              value={filters.status}
              onChange={(e) => setFilters({ status: STATUS_FILTERS.find((s) => s === e.target.value) ?? 'all' })}
            >
              {STATUS_FILTERS.map((status) => (
                <option key={status} value={status}>
                  {status === 'all' ? t.find.allStatuses : status === 'open' ? t.find.open : d.status[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dashboard-filter-municipality">{t.find.municipality}</label>
            <select
              id="dashboard-filter-municipality"
              value={knownMunicipality ? filters.municipalityId : 'all'}
              onChange={(e) => setFilters({ municipalityId: e.target.value })}
            >
              <option value="all">{t.find.allMunicipalities}</option>
              {municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field dashboard-filters__search">
            <label htmlFor="dashboard-filter-search">{t.find.search}</label>
            <input
              id="dashboard-filter-search"
              type="search"
              value={filters.search}
              onChange={(e) => setFilters({ search: e.target.value })}
              aria-describedby="dashboard-find-lead"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        </div>
      </div>

      <div className="dashboard-find__result">
        <p className="dashboard-result-count">{resultCount}</p>
        <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
          {t.find.reset}
        </button>
      </div>

      {matches.length === 0 ? (
        <p className="dashboard-empty">{t.find.empty}</p>
      ) : (
        <ScrollRegion label={t.find.caption} className="dashboard-table-wrap">
          <table className="table dashboard-table">
            <caption className="sr-only">{t.find.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lists.columns.municipality}</th>
                <th scope="col">{t.lists.columns.item}</th>
                <th scope="col">{t.lists.columns.status}</th>
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
                  <td>
                    <span
                      className={
                        ref.row.status === 'done'
                          ? 'badge badge--done'
                          : ref.row.status === 'notRelevant'
                            ? 'badge badge--muted'
                            : undefined
                      }
                    >
                      {d.status[ref.row.status]}
                    </span>
                  </td>
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
      {rest > 0 ? <p className="dashboard-more">{t.find.andMore(rest)}</p> : null}
    </section>
  );
}
