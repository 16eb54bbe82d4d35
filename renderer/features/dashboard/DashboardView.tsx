import { useMemo } from 'react';
import { cooperationRole } from '../../../shared/domain/cooperation';
import { buildDashboard, NO_FILTERS, type ItemRef } from '../../../shared/domain/readiness';
import { ProgressBar } from '../../components/ProgressBar';
import { today } from '../../hooks';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { Counts } from './Counts';
import { FindItems } from './FindItems';
import { ItemList } from './ItemList';
import { Milestones } from './Milestones';
import { Measures } from './Measures';
import { MunicipalityCard } from './MunicipalityCard';
import { dashboardTexts } from './texts';
import './dashboard.css';

/** Up to this many municipalities, each card shows its areas unfolded. */
const AREAS_OPEN_UP_TO = 2;

const byDue = (a: ItemRef, b: ItemRef) => (a.row.due.date ?? '9999').localeCompare(b.row.due.date ?? '9999');

/**
 * The office leader's overview: how ready each municipality is, what is late or blocks the
 * connection and who owns it, the next milestones, and a way to find any item.
 */
export function DashboardView() {
  const t = useTexts(dashboardTexts);
  const language = useLanguage();
  const document = useAppStore((s) => s.document);
  const setView = useAppStore((s) => s.setView);
  const day = today();
  const workspace = document?.workspace ?? null;

  // Without filters: the overview does not change while the user types in the search below.
  const dashboard = useMemo(
    () => (document ? buildDashboard(document, day, NO_FILTERS, language) : null),
    [document, day, language],
  );
  // Unowned items come in catalogue order; the ones due first are the ones to hand out first.
  const unowned = useMemo(() => (dashboard ? [...dashboard.unowned].sort(byDue) : []), [dashboard]);

  const header = (
    <header className="view-header">
      <div>
        <h1 id="dashboard-title">{t.title}</h1>
        <p className="lead">{t.lead}</p>
      </div>
    </header>
  );

  if (!document || !workspace || !dashboard || workspace.municipalities.length === 0) {
    return (
      <section aria-labelledby="dashboard-title">
        {header}
        <div className="empty dashboard-no-municipalities">
          <p>{t.noMunicipalities}</p>
          <button type="button" className="button" onClick={() => setView('municipalities')}>
            {t.goToMunicipalities}
          </button>
        </div>
      </section>
    );
  }

  const municipalities = workspace.municipalities;
  const withoutDate = municipalities.filter((m) => m.plannedConnectionDate === null).map((m) => m.name);
  const sumOf = (key: 'overdue' | 'dueSoon' | 'unowned' | 'blockers') =>
    dashboard.municipalities.reduce((n, r) => n + r[key], 0);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      {header}

      {municipalities.length > 1 ? (
        <section className="card dashboard-summary" aria-labelledby="dashboard-summary-title">
          <h2 id="dashboard-summary-title">{t.summary.title}</h2>
          <div className="dashboard-summary__bars">
            <ProgressBar label={t.overall} progress={dashboard.workspace.overall} ofText={t.ofText} />
            <ProgressBar label={t.required} progress={dashboard.workspace.required} ofText={t.ofText} />
          </div>
          <Counts
            label={t.summary.countsLabel}
            overdue={sumOf('overdue')}
            dueSoon={sumOf('dueSoon')}
            unowned={sumOf('unowned')}
            blockers={sumOf('blockers')}
          />
        </section>
      ) : null}

      <div
        className={
          municipalities.length === 1
            ? 'dashboard-municipalities dashboard-municipalities--single'
            : 'dashboard-municipalities'
        }
      >
        {dashboard.municipalities.map((readiness, index) => {
          const municipality = municipalities[index];
          if (!municipality) return null;
          return (
            <MunicipalityCard
              key={readiness.municipalityId}
              readiness={readiness}
              role={cooperationRole(municipality, workspace)}
              connectionDate={municipality.plannedConnectionDate}
              today={day}
              areasOpen={municipalities.length <= AREAS_OPEN_UP_TO}
            />
          );
        })}
      </div>

      <ItemList
        id="dashboard-blockers"
        title={t.lists.blockers.title}
        explanation={t.lists.blockers.explanation}
        note={withoutDate.length > 0 ? t.lists.blockers.noDate(withoutDate.join(', ')) : undefined}
        empty={t.lists.blockers.empty}
        refs={dashboard.blockers}
        tone="danger"
      />
      <ItemList
        id="dashboard-overdue"
        title={t.lists.overdue.title}
        explanation={t.lists.overdue.explanation}
        empty={t.lists.overdue.empty}
        refs={dashboard.overdue}
        tone="danger"
      />
      <ItemList
        id="dashboard-unowned"
        title={t.lists.unowned.title}
        explanation={t.lists.unowned.explanation}
        empty={t.lists.unowned.empty}
        refs={unowned}
      />
      <Milestones milestones={dashboard.nextMilestones} />
      <Measures measures={dashboard.measures} />
      <FindItems document={document} municipalities={municipalities} today={day} />
    </section>
  );
}
