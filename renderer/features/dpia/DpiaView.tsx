import { useState } from 'react';
import { applicability } from '../../../shared/domain/cooperation';
import type { Municipality, Workspace } from '../../../shared/schema/workspace';
import { MunicipalityPicker } from '../../components/MunicipalityPicker';
import { SignOff } from '../../components/SignOff';
import { useSelectedMunicipality } from '../../hooks';
import { useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { DpiaEditor } from './DpiaEditor';
import { draftOf, isEmptyPatch, patchOf, type DpiaDraft } from './draft';
import { dpiaTexts } from './texts';
import './dpia.css';

type Ownership =
  { kind: 'own' } | { kind: 'forPartners'; partners: Municipality[] } | { kind: 'host'; host: Municipality };

function ownershipOf(municipality: Municipality, workspace: Workspace): Ownership {
  const { cooperation, municipalities } = workspace;
  const applies = applicability('controller', municipality.id, cooperation);
  if (!applies.applies) {
    const host = municipalities.find((m) => m.id === applies.coveredBy);
    if (host) return { kind: 'host', host };
  }
  if (cooperation.model === 'hostWithTransfer' && cooperation.hostId === municipality.id) {
    const partners = municipalities.filter((m) => m.id !== municipality.id);
    if (partners.length > 0) return { kind: 'forPartners', partners };
  }
  return { kind: 'own' };
}

function Background() {
  const t = useTexts(dpiaTexts);
  return (
    <section className="card dpia-background" aria-labelledby="dpia-background-title">
      <h2 id="dpia-background-title">{t.backgroundTitle}</h2>
      <ul>
        <li>{t.background.contents}</li>
        <li>{t.background.dpo}</li>
        <li>{t.background.review}</li>
        <li>{t.background.highRisk}</li>
      </ul>
      <p className="muted">{t.backgroundNote}</p>
    </section>
  );
}

/**
 * The DPIA of one municipality (GDPR art. 35), or – for a partner whose host is controller –
 * where to find it. Unsaved drafts are kept per municipality while the view is open, so
 * switching municipality in the picker does not lose them.
 */
export function DpiaView() {
  const t = useTexts(dpiaTexts);
  const domain = useTexts(domainTexts);
  const workspace = useAppStore((s) => s.document?.workspace ?? null);
  const setView = useAppStore((s) => s.setView);
  const selectMunicipality = useAppStore((s) => s.selectMunicipality);
  const municipality = useSelectedMunicipality();
  const [drafts, setDrafts] = useState<Record<string, DpiaDraft>>({});

  const header = (
    <header className="view-header">
      <div>
        <h1 id="dpia-title">{t.title}</h1>
        <p className="lead dpia-lead">{t.lead}</p>
        <p className="muted dpia-source">{domain.sourceDoc('003', 'Personvernkonsekvensvurdering (PVK)')}</p>
      </div>
    </header>
  );

  if (!workspace || !municipality) {
    return (
      <section aria-labelledby="dpia-title">
        {header}
        <div className="empty">
          <p>{t.noMunicipalities}</p>
          <button type="button" className="button" onClick={() => setView('municipalities')}>
            {t.goToMunicipalities}
          </button>
        </div>
      </section>
    );
  }

  const ownership = ownershipOf(municipality, workspace);
  const unsaved = workspace.municipalities.filter((m) => {
    const draft = drafts[m.id];
    return draft !== undefined && !isEmptyPatch(patchOf(draft, m.dpia));
  });
  const setDraft = (id: string) => (draft: DpiaDraft | null) =>
    setDrafts((all) => {
      const { [id]: _dropped, ...rest } = all;
      return draft === null ? rest : { ...rest, [id]: draft };
    });

  return (
    <section aria-labelledby="dpia-title" className="dpia">
      {header}
      <div className="dpia-picker">
        <MunicipalityPicker id="dpia-municipality" label={t.municipality} />
        {unsaved.length > 0 ? (
          <p className="dpia-picker__unsaved">
            <span className="badge badge--dueSoon">{t.unsaved}</span>{' '}
            {t.unsavedElsewhere(t.list(unsaved.map((m) => m.name)))}
          </p>
        ) : null}
      </div>

      {ownership.kind === 'host' ? (
        <div className="card dpia-owner dpia-owner--host">
          <p>{t.hostOwns(municipality.name, ownership.host.name)}</p>
          <p className="muted">{t.hostOwnsNothingHere}</p>
          <button type="button" className="button" onClick={() => selectMunicipality(ownership.host.id)}>
            {t.openHost(ownership.host.name)}
          </button>
        </div>
      ) : (
        <p className="dpia-owner">
          {ownership.kind === 'forPartners'
            ? t.ownsForPartners(t.list(ownership.partners.map((m) => m.name)))
            : t.ownsItself}
        </p>
      )}

      <Background />

      {ownership.kind === 'host' ? null : (
        <>
          <DpiaEditor
            key={municipality.id}
            municipality={municipality}
            draft={drafts[municipality.id] ?? draftOf(municipality.dpia)}
            setDraft={setDraft(municipality.id)}
          />
          {unsaved.some((m) => m.id === municipality.id) ? (
            <p className="dpia-approve-note">{t.approveSavedOnly}</p>
          ) : null}
          <SignOff key={`signoff-${municipality.id}`} municipality={municipality} subject="dpia" />
        </>
      )}
    </section>
  );
}
