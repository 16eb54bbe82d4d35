import { useMemo } from 'react';
import { AREAS } from '../../../shared/catalogue/areas';
import type { AreaId } from '../../../shared/catalogue/types';
import { checklistRows, type ItemRow } from '../../../shared/domain/checklist';
import { municipalityReadiness } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/date';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { ProgressBar } from '../../components/ProgressBar';
import { today, useSelectedMunicipality } from '../../hooks';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { ChecklistItem } from './ChecklistItem';
import { checklistTexts } from './texts';
import './checklist.css';

/** An item with its sub-items, in catalogue order. */
interface ItemGroup {
  row: ItemRow;
  children: ItemRow[];
}

/** Rows by area; sub-items under their parent (or on their own if the parent is in another area). */
function groupByArea(rows: readonly ItemRow[]): Map<AreaId, ItemGroup[]> {
  const byArea = new Map<AreaId, ItemGroup[]>();
  const groups = new Map<string, ItemGroup>();
  for (const row of rows) {
    if (row.item.parentId === undefined) groups.set(row.item.id, { row, children: [] });
  }
  for (const row of rows) {
    const parent = row.item.parentId === undefined ? undefined : groups.get(row.item.parentId);
    if (parent && parent.row.item.area === row.item.area) {
      parent.children.push(row);
      continue;
    }
    const group = groups.get(row.item.id) ?? { row, children: [] };
    const list = byArea.get(row.item.area) ?? [];
    list.push(group);
    byArea.set(row.item.area, list);
  }
  return byArea;
}

/** One municipality's checklist: every catalogue item by area, with status, owner, due date and history. */
export function ChecklistView() {
  const texts = useTexts(checklistTexts);
  const language = useLanguage();
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const readOnly = useAppStore((s) => s.readOnly);
  const setView = useAppStore((s) => s.setView);
  const municipality = useSelectedMunicipality();
  const cooperation = workspace?.cooperation ?? null;

  const rows = useMemo(
    () => (municipality && cooperation ? checklistRows(municipality, cooperation, today()) : []),
    [municipality, cooperation],
  );
  const readiness = useMemo(
    () => (municipality ? municipalityReadiness(municipality, rows, today()) : null),
    [municipality, rows],
  );
  const byArea = useMemo(() => groupByArea(rows), [rows]);
  const hostName = useMemo(() => {
    const hostId = cooperation?.hostId ?? null;
    return workspace?.municipalities.find((m) => m.id === hostId)?.name ?? '';
  }, [workspace, cooperation]);

  const header = (
    <header className="view-header">
      <div>
        <h1 id="checklist-title">{texts.title}</h1>
        <p className="lead">{texts.lead}</p>
      </div>
    </header>
  );

  if (!municipality || !readiness) {
    return (
      <section aria-labelledby="checklist-title">
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

  const connectionDate = municipality.plannedConnectionDate;

  return (
    <section aria-labelledby="checklist-title" className="checklist">
      {header}
      <MunicipalityPicker id="checklist-municipality" label={texts.municipality} />

      <div className="card checklist__summary">
        {connectionDate ? (
          <p className="checklist__connection">
            {texts.connectionDate}: <strong>{formatDate(connectionDate)}</strong>
          </p>
        ) : (
          <div className="checklist__no-date">
            <p>{texts.noConnectionDate}</p>
            <button type="button" className="button" onClick={() => setView('municipalities')}>
              {texts.goToMunicipalities}
            </button>
          </div>
        )}
        <ProgressBar
          label={texts.overallProgress(municipality.name)}
          progress={readiness.overall}
          ofText={texts.ofText}
        />
      </div>

      <div key={municipality.id}>
        {AREAS.map((area) => {
          const groups = byArea.get(area.id);
          if (!groups || groups.length === 0) return null;
          const progress = readiness.byArea[area.id];
          const headingId = `checklist-area-${area.id}`;
          return (
            <section key={area.id} className="checklist__area" aria-labelledby={headingId}>
              <div className="checklist__area-header">
                <h2 id={headingId}>{area.title[language]}</h2>
                <p className="checklist__area-progress">
                  {progress.total === 0 ? texts.areaNothingCounts : texts.areaProgress(progress.done, progress.total)}
                </p>
              </div>
              <ul className="checklist__items">
                {groups.map(({ row, children }) => (
                  <li key={row.item.id}>
                    <ChecklistItem
                      row={row}
                      municipalityId={municipality.id}
                      connectionDate={connectionDate}
                      hostName={hostName}
                      readOnly={readOnly}
                      headingLevel={3}
                    />
                    {children.length > 0 ? (
                      <ul className="checklist__children" aria-label={texts.subItemsOf(row.item.text[language])}>
                        {children.map((child) => (
                          <li key={child.item.id}>
                            <ChecklistItem
                              row={child}
                              municipalityId={municipality.id}
                              connectionDate={connectionDate}
                              hostName={hostName}
                              readOnly={readOnly}
                              headingLevel={4}
                            />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
