import { useState } from 'react';
import { formatDate } from '../../../shared/format/date';
import { formatInteger } from '../../../shared/format/number';
import { formatOrgNumber } from '../../../shared/domain/org-number';
import type { Municipality } from '../../../shared/schema/workspace';
import { useT } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { MunicipalityForm } from './MunicipalityForm';
import { CooperationCard } from './CooperationCard';
import { MunicipalityProfile } from './MunicipalityProfile';
import { profileTexts } from './texts';
import { useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { cooperationRole } from '../../../shared/domain/cooperation';

/** The workspace's municipalities: a table, and the form to add or edit one. */
export function MunicipalitiesView() {
  const t = useT();
  const p = useTexts(profileTexts);
  const d = useTexts(domainTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const municipalities = workspace?.municipalities ?? EMPTY;
  const editing = useAppStore((s) => s.editing);
  const setEditing = useAppStore((s) => s.setEditing);
  const readOnly = useAppStore((s) => s.readOnly);
  const removeMunicipality = useAppStore((s) => s.removeMunicipality);
  const announce = useAppStore((s) => s.announce);
  const [confirming, setConfirming] = useState<string | null>(null);

  const editingMunicipality = editing?.id ? (municipalities.find((m) => m.id === editing.id) ?? null) : null;
  const profileOf = editing?.section === 'profile' ? editingMunicipality : null;
  const others = municipalities.filter((m) => m.id !== editing?.id);

  const remove = async (m: Municipality) => {
    const result = await removeMunicipality(m.id);
    setConfirming(null);
    if (result.ok) announce(t.municipalities.removedMessage(m.name));
  };

  return (
    <section aria-labelledby="municipalities-title">
      <header className="view-header">
        <div>
          <h1 id="municipalities-title">{t.municipalities.title}</h1>
          <p className="lead">{t.municipalities.lead}</p>
        </div>
        {editing ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ id: null, section: 'facts' })}
            disabled={readOnly}
          >
            {t.municipalities.add}
          </button>
        )}
      </header>

      {profileOf ? (
        <MunicipalityProfile key={profileOf.id} municipality={profileOf} onClose={() => setEditing(null)} />
      ) : null}

      {editing?.section === 'facts' ? (
        <MunicipalityForm
          key={editing.id ?? 'new'}
          municipality={editingMunicipality}
          others={others}
          onDone={() => setEditing(null)}
        />
      ) : null}

      {municipalities.length === 0 ? (
        editing ? null : (
          <p className="empty">{t.municipalities.empty}</p>
        )
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">{t.municipalities.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.fields.name.label}</th>
                <th scope="col">{t.municipalities.columns.number}</th>
                <th scope="col">{t.municipalities.columns.orgNumber}</th>
                <th scope="col" className="numeric">
                  {t.municipalities.columns.inhabitants}
                </th>
                <th scope="col">{t.fields.navUnit.label}</th>
                <th scope="col">{p.profile.connection}</th>
                <th scope="col">
                  <span className="sr-only">{t.common.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.name}
                    {workspace && cooperationRole(m, workspace) !== 'alone' ? (
                      <span className="muted"> {d.cooperationRole[cooperationRole(m, workspace)]}</span>
                    ) : null}
                  </th>
                  <td>{m.number}</td>
                  <td>{formatOrgNumber(m.orgNumber)}</td>
                  <td className="numeric">
                    {formatInteger(m.inhabitants)}
                    <span className="muted"> {t.municipalities.inhabitantsPer(formatDate(m.inhabitantsDate))}</span>
                  </td>
                  <td>{m.navUnit}</td>
                  <td>{m.plannedConnectionDate ? formatDate(m.plannedConnectionDate) : p.profile.noDate}</td>
                  <td className="row-actions">
                    {confirming === m.id ? (
                      <span className="confirm" role="group" aria-label={t.municipalities.removeConfirm(m.name)}>
                        <span>{t.municipalities.removeConfirm(m.name)}</span>
                        <button type="button" className="button button--danger" onClick={() => void remove(m)}>
                          {t.municipalities.removeYes}
                        </button>
                        <button type="button" className="button" onClick={() => setConfirming(null)}>
                          {t.common.cancel}
                        </button>
                      </span>
                    ) : (
                      <div className="row-actions__buttons">
                        <button
                          type="button"
                          className="button"
                          onClick={() => setEditing({ id: m.id, section: 'facts' })}
                          disabled={readOnly}
                          aria-label={`${t.common.edit} ${m.name}`}
                        >
                          {t.common.edit}
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() => setEditing({ id: m.id, section: 'profile' })}
                          aria-label={p.profile.buttonLabel(m.name)}
                        >
                          {p.profile.button}
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() => setConfirming(m.id)}
                          disabled={readOnly}
                          aria-label={`${t.common.remove} ${m.name}`}
                        >
                          {t.common.remove}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {workspace && municipalities.length > 1 ? (
        <CooperationCard key={workspace.updatedAt} workspace={workspace} />
      ) : null}
    </section>
  );
}

const EMPTY: Municipality[] = [];
