import { areaInfo } from '../../../shared/catalogue/areas';
import { checklistRows, type ItemRow } from '../../../shared/domain/checklist';
import { connectionDateOf, contactCentreDraft, digisosConnectedDraft } from '../../../shared/domain/messages';
import { DUE_SOON_DAYS, daysBetween, type DueState } from '../../../shared/domain/plan';
import { formatDate } from '../../../shared/format/date';
import type { Municipality } from '../../../shared/schema/workspace';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { today as todayIso, useMunicipalities, useSelectedMunicipality } from '../../hooks';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { MessageDraft } from './MessageDraft';
import { isOpen, periodsOf, weekdayOf, type Period } from './model';
import { Timeline } from './Timeline';
import { WEEKDAYS, planTexts } from './texts';
import './plan.css';
import { ScrollRegion } from '../../components/ScrollRegion';

const NO_COOPERATION = { model: 'none', legalForm: 'notSet', hostId: null } as const;
/** How many urgent items the warning names before it points to the table. */
const WARNING_NAMES = 5;

/** The handbook's connection plan for one municipality: milestones, due dates, timeline and the messages after. */
export function PlanView() {
  const t = useTexts(planTexts);
  const municipalities = useMunicipalities();
  const municipality = useSelectedMunicipality();
  const setView = useAppStore((s) => s.setView);

  return (
    <section aria-labelledby="plan-title" className="plan">
      <header className="view-header">
        <div>
          <h1 id="plan-title">{t.title}</h1>
          <p className="lead">{t.lead}</p>
        </div>
      </header>
      <MunicipalityPicker id="plan-municipality" label={t.municipality} />
      {municipality === null || municipalities.length === 0 ? (
        <div className="empty">
          <p>{t.noMunicipalities}</p>
          <button type="button" className="button" onClick={() => setView('municipalities')}>
            {t.goToMunicipalities}
          </button>
        </div>
      ) : (
        <MunicipalityPlan key={municipality.id} municipality={municipality} />
      )}
    </section>
  );
}

function MunicipalityPlan({ municipality }: { municipality: Municipality }) {
  const t = useTexts(planTexts);
  const cooperation = useAppStore((s) => s.document?.workspace?.cooperation ?? NO_COOPERATION);
  const hostName = useMunicipalities().find((m) => m.id === cooperation.hostId)?.name ?? '';
  const setView = useAppStore((s) => s.setView);
  const setEditing = useAppStore((s) => s.setEditing);
  const today = todayIso();
  const connectionDate = municipality.plannedConnectionDate;

  const all = checklistRows(municipality, cooperation, today);
  const rows = all.filter((r) => r.applicability.applies);
  const covered = all.length - rows.length;
  const openProfile = () => {
    setView('municipalities');
    setEditing({ id: municipality.id, section: 'profile' });
  };

  return (
    <>
      {connectionDate === null ? (
        <div className="empty plan-empty">
          <p>{t.noDate(municipality.name)}</p>
          <button type="button" className="button button--primary" onClick={openProfile}>
            {t.setDate}
          </button>
        </div>
      ) : (
        <>
          <Summary municipality={municipality} connectionDate={connectionDate} rows={rows} today={today} />
          <Warning municipality={municipality} rows={rows} />
          <section aria-labelledby="plan-timeline-title">
            <h2 id="plan-timeline-title">{t.timeline.title}</h2>
            <p className="lead">{t.timeline.lead}</p>
            <Timeline rows={rows} connectionDate={connectionDate} today={today} />
          </section>
          <section aria-labelledby="plan-table-title">
            <h2 id="plan-table-title">{t.table.title}</h2>
            {covered > 0 && hostName ? <p className="muted">{t.table.coveredByHost(covered, hostName)}</p> : null}
            <PlanTable periods={periodsOf(rows, connectionDate)} />
          </section>
        </>
      )}
      <Messages municipality={municipality} onOpenProfile={openProfile} />
    </>
  );
}

function Summary({
  municipality,
  connectionDate,
  rows,
  today,
}: {
  municipality: Municipality;
  connectionDate: string;
  rows: readonly ItemRow[];
  today: string;
}) {
  const t = useTexts(planTexts).summary;
  const language = useLanguage();
  const days = daysBetween(today, connectionDate);
  const relative = days === 0 ? t.today : days > 0 ? t.inDays(days) : t.daysAgo(-days);
  const overdue = rows.filter((r) => isOpen(r) && r.dueState === 'overdue').length;
  const dueSoon = rows.filter((r) => isOpen(r) && r.dueState === 'dueSoon').length;
  return (
    <dl className="plan-summary" aria-label={t.label}>
      <div className="plan-summary__item plan-summary__item--wide">
        <dt>{t.connection}</dt>
        <dd>
          {WEEKDAYS[language][weekdayOf(connectionDate)]} {formatDate(connectionDate)}, <strong>{relative}</strong>
        </dd>
      </div>
      {municipality.batch ? (
        <div className="plan-summary__item">
          <dt>{t.batch}</dt>
          <dd>{municipality.batch}</dd>
        </div>
      ) : null}
      <div className={overdue > 0 ? 'plan-summary__item plan-summary__item--overdue' : 'plan-summary__item'}>
        <dt>{t.overdue}</dt>
        <dd>{overdue}</dd>
      </div>
      <div className={dueSoon > 0 ? 'plan-summary__item plan-summary__item--dueSoon' : 'plan-summary__item'}>
        <dt>{t.dueSoon(DUE_SOON_DAYS)}</dt>
        <dd>{dueSoon}</dd>
      </div>
    </dl>
  );
}

function Warning({ municipality, rows }: { municipality: Municipality; rows: readonly ItemRow[] }) {
  const t = useTexts(planTexts).warning;
  const language = useLanguage();
  const openChecklist = useAppStore((s) => s.openChecklist);
  const byDate = (a: ItemRow, b: ItemRow) => (a.due.date ?? '').localeCompare(b.due.date ?? '');
  const overdue = rows.filter((r) => isOpen(r) && r.dueState === 'overdue').sort(byDate);
  const dueSoon = rows.filter((r) => isOpen(r) && r.dueState === 'dueSoon').sort(byDate);
  const urgent = [...overdue, ...dueSoon];
  if (urgent.length === 0) return null;
  return (
    <section className="plan-warning" aria-labelledby="plan-warning-title">
      <h2 id="plan-warning-title">{t.title}</h2>
      <p>{t.counts(overdue.length, dueSoon.length, DUE_SOON_DAYS)}</p>
      <ul>
        {urgent.slice(0, WARNING_NAMES).map((row) => (
          <li key={row.item.id}>
            <DueBadge state={row.dueState} status={row.status} /> {row.item.text[language]}{' '}
            <span className="muted">({t.due(formatDate(row.due.date ?? ''))})</span>
          </li>
        ))}
      </ul>
      {urgent.length > WARNING_NAMES ? <p className="muted">{t.more(urgent.length - WARNING_NAMES)}</p> : null}
      <button type="button" className="button" onClick={() => openChecklist(municipality.id)}>
        {t.openChecklist}
      </button>
    </section>
  );
}

const BADGE: Record<DueState, string> = {
  overdue: 'badge badge--overdue',
  dueSoon: 'badge badge--dueSoon',
  later: 'badge badge--muted',
  noDate: 'badge badge--muted',
  closed: 'badge badge--done',
};

function DueBadge({ state, status }: { state: DueState; status: ItemRow['status'] }) {
  const d = useTexts(domainTexts);
  const className = state === 'closed' && status === 'notRelevant' ? 'badge badge--muted' : BADGE[state];
  return <span className={className}>{d.dueState[state]}</span>;
}

function PlanTable({ periods }: { periods: readonly Period[] }) {
  const t = useTexts(planTexts).table;
  const d = useTexts(domainTexts);
  const language = useLanguage();
  const range = (from: string, to: string) =>
    from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;

  const heading = (period: Period) => {
    switch (period.kind) {
      case 'milestone':
        return (
          <>
            <span className="plan-table__dates">{range(period.from, period.to)}</span>
            {period.milestones.map((m) => (
              <span key={m.id} className="plan-table__milestone-title">
                {m.title[language]}
                {m.remark ? <span className="plan-table__remark">{m.remark[language]}</span> : null}
              </span>
            ))}
            <span className="plan-table__remark">
              {d.sourceDoc(period.milestones[0]?.source.seed ?? '', period.milestones[0]?.source.section ?? '')}
            </span>
          </>
        );
      case 'before':
        return t.before(formatDate(period.to ?? ''));
      case 'between':
        return t.between(formatDate(period.from ?? ''), formatDate(period.to ?? ''));
      case 'after':
        return t.after(formatDate(period.from ?? ''));
      case 'noDue':
        return t.noDue;
    }
  };

  return (
    <ScrollRegion label={t.caption} className="plan-table-wrap">
      <table className="table plan-table">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="plan-table__col-date">
              {t.date}
            </th>
            <th scope="col" className="plan-table__col-item">
              {t.item}
            </th>
            <th scope="col" className="plan-table__col-area">
              {t.area}
            </th>
            <th scope="col" className="plan-table__col-basis">
              {t.basis}
            </th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.state}</th>
          </tr>
        </thead>
        {periods.map((period) => (
          <tbody
            key={
              period.kind === 'milestone'
                ? period.from
                : period.kind + (period.kind === 'noDue' ? '' : (period.from ?? ''))
            }
          >
            <tr
              className={
                period.kind === 'milestone' ? 'plan-table__period plan-table__period--milestone' : 'plan-table__period'
              }
            >
              <th scope="colgroup" colSpan={6}>
                {heading(period)}
              </th>
            </tr>
            {period.rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t.noItems}
                </td>
              </tr>
            ) : (
              period.rows.map((row) => (
                <tr key={row.item.id}>
                  <td className="plan-table__date">{row.due.date ? formatDate(row.due.date) : '–'}</td>
                  <th scope="row">{row.item.text[language]}</th>
                  <td>{areaInfo(row.item.area).title[language]}</td>
                  <td>{d.dueBasis[row.due.basis]}</td>
                  <td>{d.status[row.status]}</td>
                  <td>
                    <DueBadge state={row.dueState} status={row.status} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}

function Messages({ municipality, onOpenProfile }: { municipality: Municipality; onOpenProfile: () => void }) {
  const t = useTexts(planTexts).messages;
  const language = useLanguage();
  const userName = useAppStore((s) => s.document?.settings.userName ?? '');
  // The recipients are Norwegian, so an English UI still drafts the messages in bokmål.
  const draftLanguage = language === 'nn' ? 'nn' : 'nb';
  const missing = [
    connectionDateOf(municipality) === null ? t.missing.connectionDate : null,
    municipality.caseSystemUpgrade === 'unknown' ? t.missing.upgrade : null,
    municipality.vendor.name === '' && municipality.vendor.product === '' ? t.missing.vendor : null,
    userName.trim() === '' ? t.missing.userName : null,
  ].filter((m): m is string => m !== null);
  const profileMissing = missing.some((m) => m !== t.missing.userName);

  return (
    <section aria-labelledby="plan-messages-title" className="plan-messages">
      <h2 id="plan-messages-title">{t.title}</h2>
      <p className="lead">{t.lead}</p>
      <p className="plan-messages__nothing">
        <strong>{t.sendsNothing}</strong> {t.waitWithCitizens}
      </p>
      {language === 'en' ? <p>{t.inNorwegian}</p> : null}
      {missing.length > 0 ? (
        <div className="plan-hint">
          <p>{t.placeholders}</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {profileMissing ? (
            <button type="button" className="button" onClick={onOpenProfile}>
              {t.openProfile}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="plan-messages__drafts">
        <MessageDraft
          id="draft-digisos"
          title={t.digisos}
          what={t.digisosWhat}
          draft={digisosConnectedDraft(municipality, draftLanguage, userName)}
          draftLanguage={draftLanguage}
        />
        <MessageDraft
          id="draft-contact-centre"
          title={t.contactCentre}
          what={t.contactCentreWhat}
          draft={contactCentreDraft(municipality, draftLanguage, userName)}
          draftLanguage={draftLanguage}
        />
      </div>
      <p className="muted">{t.source}</p>
    </section>
  );
}
