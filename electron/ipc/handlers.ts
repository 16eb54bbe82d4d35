import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Handlers } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/errors';
import {
  createWorkspace,
  otherMunicipalities,
  removeMunicipality,
  updateMunicipality,
  upsertMunicipality,
  validateWorkspaceName,
} from '../../shared/domain/workspace';
import { applyItemChange, blankEntry, withEntry, type ItemChange } from '../../shared/domain/checklist';
import {
  parseOptionalDate,
  validateCapability,
  validateContacts,
  validateProfileForm,
} from '../../shared/domain/profile';
import { CATALOGUE_BY_ID } from '../../shared/catalogue/checklist';
import {
  saveDecision,
  syncAgreementWithItem,
  updateAgreement,
  type AgreementChange,
} from '../../shared/domain/agreements';
import { parseKroner } from '../../shared/domain/costs';
import { parseNorwegianDate } from '../../shared/format/date';
import { parseWholeNumber } from '../../shared/format/number';
import { checkAttachment, storeAttachment, storeAttachmentBytes, attachmentPath } from '../services/attachments';
import { writeFileAtomic } from '../services/atomic-file';
import { dpiaReport, rosReport } from '../../shared/pdf/assessment-reports';
import type { PdfFonts } from '../../shared/pdf/document';
import { statusReport } from '../../shared/pdf/status-report';
import { municipalityLine, termsDocument, type TermsSignature } from '../../shared/pdf/terms';
import { formatDate } from '../../shared/format/date';
import { approve } from '../../shared/domain/approval';
import { applicability } from '../../shared/domain/cooperation';
import { changeScale, validAcceptance } from '../../shared/domain/ros';
import type { Risk } from '../../shared/schema/workspace';
import { validateMunicipalityForm } from '../../shared/domain/municipality';
import { toIsoDate } from '../../shared/format/date';
import type { Municipality, StoredDocument, Workspace } from '../../shared/schema/workspace';
import type { WorkspaceStorage } from '../services/workspace-storage';
import { createExchangeHandlers } from './exchange-handlers';

export interface HandlerDeps {
  storage: WorkspaceStorage;
  appVersion: string;
  /** Opens an allow-listed link in the OS browser; refuses anything else. */
  openExternal: (url: string) => Promise<boolean>;
  /** Puts text on the system clipboard. */
  copyText: (text: string) => void;
  /** Asks the user for a file to attach (the OS open dialog); null if they cancel. */
  pickFile: () => Promise<string | null>;
  /** Opens a file with the program the OS chooses. */
  openPath: (file: string) => Promise<void>;
  /** The fonts every PDF embeds. */
  readFonts: () => PdfFonts;
  /** Asks the user where to save a file (the OS save dialog), suggesting a name; null if they cancel. */
  pickSavePath: (defaultFileName: string) => Promise<string | null>;
  /** Asks the user for a workspace file to import (the OS open dialog); null if they cancel. */
  pickWorkspaceFile: () => Promise<string | null>;
  /**
   * The file the OS last asked the app to open (double-click on a `.digisos.json`, a second
   * start with a file), taken off the queue; null if there is none. Absent: no such files.
   */
  takeOpenedFile?: () => string | null;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The handler table: one entry per channel of the contract. The main process registers
 * exactly this table, and the browser suite wires `window.api` to it as well.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const { storage } = deps;
  /** The PDFs this session wrote: the only files `openPdf` will open. */
  const writtenPdfs = new Set<string>();

  const requireWorkspace = (): Workspace => {
    const workspace = storage.document.workspace;
    if (!workspace) throw new IpcFailure('noWorkspace');
    return workspace;
  };
  const saveWorkspace = (workspace: Workspace): StoredDocument => storage.save({ ...storage.document, workspace });
  const changeMunicipality = (id: string, change: (m: Municipality) => Municipality): StoredDocument => {
    const next = updateMunicipality(requireWorkspace(), id, change, now());
    if (!next) throw new IpcFailure('notFound');
    return saveWorkspace(next);
  };
  /** The DPIA, ROS analysis and routines are the controller's: a partner whose host is controller has none of its own. */
  const changeAssessment = (id: string, change: (m: Municipality) => Municipality): StoredDocument =>
    changeMunicipality(id, (m) => {
      if (!applicability('controller', m.id, requireWorkspace().cooperation).applies) {
        throw new IpcFailure('notAllowed', { detail: 'controllerIsHost' });
      }
      return change(m);
    });
  const context = () => ({ by: storage.document.settings.userName, now: now() });
  const checkedDate = (field: string, input: string, fieldErrors: Record<string, string>): string | null => {
    const date = parseOptionalDate(input);
    if (!date.ok) {
      fieldErrors[field] = date.error;
      return null;
    }
    return date.iso;
  };
  const checkedWhole = (field: string, input: string, fieldErrors: Record<string, string>): number => {
    if (input.trim() === '') return 0;
    const parsed = parseWholeNumber(input);
    if (!parsed.ok) {
      fieldErrors[field] = parsed.error;
      return 0;
    }
    return parsed.value;
  };
  const refuseIf = (fieldErrors: Record<string, string>) => {
    if (Object.keys(fieldErrors).length > 0) throw new IpcFailure('validation', { fieldErrors });
  };
  const checkedName = (name: string): string => {
    const result = validateWorkspaceName(name);
    if (!result.ok) throw new IpcFailure('validation', { fieldErrors: { name: result.error } });
    return result.value;
  };

  return {
    ...createExchangeHandlers({
      storage,
      appVersion: deps.appVersion,
      now,
      newId,
      pickWorkspaceFile: deps.pickWorkspaceFile,
      takeOpenedFile: deps.takeOpenedFile ?? (() => null),
      pickSavePath: deps.pickSavePath,
    }),

    loadSession: () => ({
      document: storage.document,
      readOnly: storage.readOnly,
      notices: [...storage.notices],
      dataFolder: storage.folder,
      appVersion: deps.appVersion,
    }),

    createWorkspace: ({ name }) => {
      if (storage.document.workspace) throw new IpcFailure('notAllowed', { detail: 'workspaceExists' });
      return saveWorkspace(createWorkspace(checkedName(name), { now: now(), newId }));
    },

    renameWorkspace: ({ name }) => {
      const workspace = requireWorkspace();
      return saveWorkspace({ ...workspace, name: checkedName(name), updatedAt: now().toISOString() });
    },

    saveMunicipality: ({ id, form }) => {
      const workspace = requireWorkspace();
      const checked = validateMunicipalityForm(form, {
        today: toIsoDate(now()),
        others: otherMunicipalities(storage.document, id),
      });
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      const result = upsertMunicipality(workspace, id, checked.value, {
        now: now(),
        newId,
        language: storage.document.settings.language,
      });
      if (!result) throw new IpcFailure('notFound');
      return { document: saveWorkspace(result.workspace), municipalityId: result.municipality.id };
    },

    removeMunicipality: ({ id }) => {
      const next = removeMunicipality(requireWorkspace(), id, now());
      if (!next) throw new IpcFailure('notFound');
      return saveWorkspace(next);
    },

    setCooperation: ({ model, legalForm, hostId }) => {
      const workspace = requireWorkspace();
      if (hostId !== null && !workspace.municipalities.some((m) => m.id === hostId)) throw new IpcFailure('notFound');
      const cooperation =
        model === 'none' ? { model, legalForm: 'notSet' as const, hostId: null } : { model, legalForm, hostId };
      return saveWorkspace({ ...workspace, cooperation, updatedAt: now().toISOString() });
    },

    updateProfile: ({ id, profile }) => {
      const checked = validateProfileForm(profile);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      return changeMunicipality(id, (m) => ({ ...m, ...checked.value }));
    },

    setContacts: ({ id, contacts }) => {
      const checked = validateContacts(contacts);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      return changeMunicipality(id, (m) => ({ ...m, contacts: checked.value }));
    },

    setCapability: ({ id, capability, state, since }) => {
      const checked = validateCapability(state, since);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: { since: checked.error } });
      return changeMunicipality(id, (m) => ({
        ...m,
        capabilities: { ...m.capabilities, [capability]: checked.value },
      }));
    },

    updateItem: ({ municipalityId, itemId, change }) => {
      if (!CATALOGUE_BY_ID.has(itemId)) throw new IpcFailure('notFound', { detail: itemId });
      const itemChange: ItemChange = { ...change, dueDate: undefined };
      if (change.dueDate !== undefined) {
        const date = parseOptionalDate(change.dueDate);
        if (!date.ok) throw new IpcFailure('validation', { fieldErrors: { dueDate: date.error } });
        itemChange.dueDate = date.iso;
      }
      const at = now();
      return changeMunicipality(municipalityId, (m) => {
        const entry = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, at);
        const result = applyItemChange(entry, itemChange, { by: storage.document.settings.userName, now: at });
        if (!result.ok) throw new IpcFailure('validation', { fieldErrors: { notRelevantReason: result.error } });
        return syncAgreementWithItem(withEntry(m, result.entry), itemId, {
          by: storage.document.settings.userName,
          now: at,
        });
      });
    },

    updateAgreement: ({ municipalityId, agreementId, change }) => {
      const fieldErrors: Record<string, string> = {};
      const { sentDate, signedDate, ...rest } = change;
      const parsed: AgreementChange = Object.fromEntries(
        Object.entries(rest)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
      );
      if (sentDate !== undefined) parsed.sentDate = checkedDate('sentDate', sentDate, fieldErrors);
      if (signedDate !== undefined) parsed.signedDate = checkedDate('signedDate', signedDate, fieldErrors);
      refuseIf(fieldErrors);
      return changeMunicipality(municipalityId, (m) => updateAgreement(m, agreementId, parsed, context()));
    },

    saveDecision: ({ municipalityId, decision }) => {
      const fieldErrors: Record<string, string> = {};
      const title = decision.title.trim();
      if (title === '') fieldErrors.title = 'required';
      const date = parseNorwegianDate(decision.date);
      if (!date.ok) fieldErrors.date = date.error === 'date.required' ? 'required' : date.error;
      refuseIf(fieldErrors);
      const at = now();
      return changeMunicipality(municipalityId, (m) => {
        const existing = decision.id === null ? null : m.decisions.find((d) => d.id === decision.id);
        if (decision.id !== null && !existing) throw new IpcFailure('notFound');
        return saveDecision(
          m,
          {
            id: existing?.id ?? newId(),
            kind: decision.kind,
            title,
            decidedBy: decision.decidedBy.trim(),
            date: date.ok ? date.iso : '',
            caseReference: decision.caseReference.trim(),
            attachmentIds: decision.attachmentIds,
            createdAt: existing?.createdAt ?? at.toISOString(),
          },
          { by: storage.document.settings.userName, now: at },
        );
      });
    },

    removeDecision: ({ municipalityId, id }) =>
      changeMunicipality(municipalityId, (m) => {
        if (!m.decisions.some((d) => d.id === id)) throw new IpcFailure('notFound');
        return { ...m, decisions: m.decisions.filter((d) => d.id !== id) };
      }),

    setCostInputs: ({ municipalityId, inputs }) => {
      const fieldErrors: Record<string, string> = {};
      const shipmentsPerMonth = checkedWhole('shipmentsPerMonth', inputs.shipmentsPerMonth, fieldErrors);
      const indexedDocumentsPerMonth = checkedWhole(
        'indexedDocumentsPerMonth',
        inputs.indexedDocumentsPerMonth,
        fieldErrors,
      );
      const storageGb = checkedWhole('storageGb', inputs.storageGb, fieldErrors);
      const vendorUpgradeOre = inputs.vendorUpgrade.trim() === '' ? 0 : parseKroner(inputs.vendorUpgrade);
      if (vendorUpgradeOre === null) fieldErrors.vendorUpgrade = 'amount';
      refuseIf(fieldErrors);
      return changeMunicipality(municipalityId, (m) => ({
        ...m,
        costInputs: {
          digifinMember: inputs.digifinMember,
          usageStart: inputs.usageStart,
          shipmentsPerMonth,
          indexedDocumentsPerMonth,
          storageGb,
          vendorUpgradeOre: vendorUpgradeOre ?? 0,
        },
      }));
    },

    setCostSettings: ({ adoptingInhabitants, year }) => {
      const workspace = requireWorkspace();
      const fieldErrors: Record<string, string> = {};
      let denominator: number | null = null;
      if (adoptingInhabitants.trim() !== '') {
        denominator = checkedWhole('adoptingInhabitants', adoptingInhabitants, fieldErrors);
        if (!fieldErrors.adoptingInhabitants && denominator === 0) fieldErrors.adoptingInhabitants = 'inhabitants.zero';
        const own = workspace.municipalities.reduce((sum, m) => sum + m.inhabitants, 0);
        if (!fieldErrors.adoptingInhabitants && denominator > 10_000_000)
          fieldErrors.adoptingInhabitants = 'inhabitants.tooLarge';
        if (!fieldErrors.adoptingInhabitants && denominator < own) fieldErrors.adoptingInhabitants = 'belowOwn';
      }
      refuseIf(fieldErrors);
      return saveWorkspace({
        ...workspace,
        costSettings: { adoptingInhabitants: denominator, year },
        updatedAt: now().toISOString(),
      });
    },

    setPrice: ({ priceId, amount }) => {
      const workspace = requireWorkspace();
      const ore = parseKroner(amount);
      if (ore === null) throw new IpcFailure('validation', { fieldErrors: { amount: 'amount' } });
      const at = now().toISOString();
      const prices = [
        ...workspace.prices.filter((p) => p.priceId !== priceId),
        { priceId, ore, changedAt: at, changedBy: storage.document.settings.userName },
      ];
      return saveWorkspace({ ...workspace, prices, updatedAt: at });
    },

    resetPrice: ({ priceId }) => {
      const workspace = requireWorkspace();
      const prices = priceId === null ? [] : workspace.prices.filter((p) => p.priceId !== priceId);
      return saveWorkspace({ ...workspace, prices, updatedAt: now().toISOString() });
    },

    addAttachment: async ({ target }) => {
      const workspace = requireWorkspace();
      const municipality = workspace.municipalities.find((m) => m.id === target.municipalityId);
      if (!municipality) throw new IpcFailure('notFound');
      if (target.kind === 'decision' && !municipality.decisions.some((d) => d.id === target.decisionId)) {
        throw new IpcFailure('notFound');
      }
      const picked = await deps.pickFile();
      if (picked === null) return { document: storage.document, attachmentId: null };
      const stored = storeAttachment(storage.folder, picked);
      const at = now();
      const attachment = {
        id: newId(),
        ...stored,
        addedAt: at.toISOString(),
        addedBy: storage.document.settings.userName,
      };
      const link = (ids: readonly string[]) => [...ids, attachment.id];
      const withFile = { ...workspace, attachments: [...workspace.attachments, attachment] };
      const next = updateMunicipality(
        withFile,
        municipality.id,
        (m) =>
          target.kind === 'agreement'
            ? updateAgreement(
                m,
                target.agreementId,
                {
                  attachmentIds: link(
                    m.agreements.find((a) => a.agreementId === target.agreementId)?.attachmentIds ?? [],
                  ),
                },
                { by: storage.document.settings.userName, now: at },
              )
            : {
                ...m,
                decisions: m.decisions.map((d) =>
                  d.id === target.decisionId ? { ...d, attachmentIds: link(d.attachmentIds) } : d,
                ),
              },
        at,
      );
      if (!next) throw new IpcFailure('notFound');
      return { document: saveWorkspace(next), attachmentId: attachment.id };
    },

    openAttachment: async ({ id }) => {
      const attachment = requireWorkspace().attachments.find((a) => a.id === id);
      if (!attachment) throw new IpcFailure('notFound');
      const state = checkAttachment(storage.folder, attachment.sha256);
      if (state !== 'ok')
        throw new IpcFailure(state === 'missing' ? 'fileMissing' : 'fileChanged', { detail: attachment.fileName });
      await deps.openPath(attachmentPath(storage.folder, attachment.sha256));
      return {};
    },

    checkAttachments: () =>
      (storage.document.workspace?.attachments ?? []).map((a) => ({
        id: a.id,
        state: checkAttachment(storage.folder, a.sha256),
      })),

    exportPdf: async ({ kind, municipalityId, terms }) => {
      const workspace = requireWorkspace();
      const all = municipalityId === 'all';
      if (all && kind !== 'status') throw new IpcFailure('invalidInput', { detail: 'municipalityId' });
      const municipality = all ? null : workspace.municipalities.find((m) => m.id === municipalityId);
      if (!all && !municipality) throw new IpcFailure('notFound');
      if (kind === 'terms' && !terms) throw new IpcFailure('invalidInput', { detail: 'terms' });
      // Refused before anything is written: a signed copy that cannot be registered would mislead.
      if (kind === 'terms' && terms?.markSigned && storage.readOnly) throw new IpcFailure('readOnly');

      const createdAt = now();
      const today = formatDate(toIsoDate(createdAt));
      const name = municipality ? municipalityLine(municipality.name) : workspace.name;
      let bytes: Uint8Array;
      let fileName: string;
      let signing: { name: string; title: string; date: string } | null = null;
      if (kind === 'terms' && terms && municipality) {
        const fieldErrors: Record<string, string> = {};
        const required = (field: string, value: string) => {
          if (value.trim() === '') fieldErrors[field] = 'required';
          return value.trim();
        };
        const place = required('place', terms.place);
        const signerName = required('signerName', terms.signerName);
        const signerTitle = required('signerTitle', terms.signerTitle);
        const date = parseNorwegianDate(terms.date);
        if (!date.ok) fieldErrors.date = date.error === 'date.required' ? 'required' : date.error;
        let signature: TermsSignature = { kind: 'typed', text: '' };
        if (terms.signature.kind === 'typed') {
          signature = { kind: 'typed', text: required('signature', terms.signature.text) };
        } else {
          const png = pngBytes(terms.signature.pngBase64);
          if (png) signature = { kind: 'drawn', png };
          else fieldErrors.signature = 'signature.invalid';
        }
        refuseIf(fieldErrors);
        const iso = date.ok ? date.iso : '';
        bytes = termsDocument(storage.document, municipality.id, {
          fonts: deps.readFonts(),
          createdAt,
          place,
          date: iso,
          signerName,
          signerTitle,
          signature,
          invoiceReference: terms.invoiceReference.trim(),
        });
        fileName = `Vilkår Digisos – ${name}.pdf`;
        if (terms.markSigned) signing = { name: signerName, title: signerTitle, date: iso };
      } else if (kind === 'status') {
        bytes = statusReport(storage.document, { fonts: deps.readFonts(), createdAt, municipalityId });
        fileName = `Statusrapport – ${name} – ${today}.pdf`;
      } else {
        const report = kind === 'dpia' ? dpiaReport : rosReport;
        bytes = report(storage.document, municipalityId, { fonts: deps.readFonts(), createdAt });
        fileName = `${kind === 'dpia' ? 'PVK Digisos' : 'ROS-analyse Digisos'} – ${name} – ${today}.pdf`;
      }

      const target = await deps.pickSavePath(safeFileName(fileName));
      if (target === null) return { document: storage.document, path: null };
      // Written whole or not at all; a full disk or a locked file comes back as its own code.
      writeFileAtomic(target, bytes);
      writtenPdfs.add(path.resolve(target));
      if (!signing || !municipality) return { document: storage.document, path: target };

      const signed = signing;
      const stored = storeAttachmentBytes(storage.folder, path.basename(target), bytes);
      const attachment = {
        id: newId(),
        ...stored,
        addedAt: createdAt.toISOString(),
        addedBy: storage.document.settings.userName,
      };
      const next = updateMunicipality(
        { ...workspace, attachments: [...workspace.attachments, attachment] },
        municipality.id,
        (m) =>
          updateAgreement(
            m,
            'ksTerms',
            {
              status: 'signed',
              signerName: signed.name,
              signerRole: signed.title,
              signedDate: signed.date,
              attachmentIds: [
                ...(m.agreements.find((a) => a.agreementId === 'ksTerms')?.attachmentIds ?? []),
                attachment.id,
              ],
            },
            { by: storage.document.settings.userName, now: createdAt },
          ),
        createdAt,
      );
      if (!next) throw new IpcFailure('notFound');
      return { document: saveWorkspace(next), path: target };
    },

    openPdf: async ({ path: file }) => {
      const resolved = path.resolve(file);
      if (!writtenPdfs.has(resolved)) throw new IpcFailure('notAllowed');
      await deps.openPath(resolved);
      return {};
    },

    updateDpia: ({ municipalityId, patch }) => {
      const fieldErrors: Record<string, string> = {};
      const dpoDate = patch.dpoAdvice ? checkedDate('dpoDate', patch.dpoAdvice.date, fieldErrors) : null;
      refuseIf(fieldErrors);
      return changeAssessment(municipalityId, (m) => ({
        ...m,
        dpia: {
          ...m.dpia,
          sections: {
            ...m.dpia.sections,
            ...Object.fromEntries(Object.entries(patch.sections ?? {}).filter(([, v]) => v !== undefined)),
          },
          dpoAdvice: patch.dpoAdvice
            ? { who: patch.dpoAdvice.who.trim(), date: dpoDate, advice: patch.dpoAdvice.advice }
            : m.dpia.dpoAdvice,
          conclusion: patch.conclusion ?? m.dpia.conclusion,
        },
      }));
    },

    updateRosSettings: ({ municipalityId, scale, greenMax, yellowMax }) =>
      changeAssessment(municipalityId, (m) => {
        const rescaled = scale === m.ros.scale ? m.ros : changeScale(m.ros, scale);
        const acceptance = scale === m.ros.scale ? { greenMax, yellowMax } : rescaled.acceptance;
        if (!validAcceptance(scale, acceptance))
          throw new IpcFailure('validation', { fieldErrors: { acceptance: 'order' } });
        return { ...m, ros: { ...rescaled, acceptance } };
      }),

    saveRisk: ({ municipalityId, risk }) => {
      const fieldErrors: Record<string, string> = {};
      const event = risk.event.trim();
      if (event === '') fieldErrors.event = 'required';
      const measures = risk.measures.map((measure, index) => {
        const text = measure.text.trim();
        if (text === '') fieldErrors[`measures.${index}.text`] = 'required';
        return {
          id: measure.id ?? newId(),
          text,
          owner: measure.owner.trim(),
          deadline: checkedDate(`measures.${index}.deadline`, measure.deadline, fieldErrors),
          done: measure.done,
        };
      });
      let riskId = risk.id ?? '';
      const document = changeAssessment(municipalityId, (m) => {
        const max = m.ros.scale;
        for (const field of ['likelihood', 'consequence', 'residualLikelihood', 'residualConsequence'] as const) {
          if (risk[field] > max) fieldErrors[field] = 'outOfScale';
        }
        refuseIf(fieldErrors);
        if (risk.id !== null && !m.ros.risks.some((r) => r.id === risk.id)) throw new IpcFailure('notFound');
        riskId = risk.id ?? newId();
        const saved: Risk = {
          ...risk,
          id: riskId,
          event,
          cause: risk.cause.trim(),
          existingMeasures: risk.existingMeasures.trim(),
          riskOwner: risk.riskOwner.trim(),
          acceptedBy: risk.acceptedBy.trim(),
          measures,
        };
        const risks =
          risk.id === null ? [...m.ros.risks, saved] : m.ros.risks.map((r) => (r.id === riskId ? saved : r));
        return { ...m, ros: { ...m.ros, risks } };
      });
      return { document, riskId };
    },

    removeRisk: ({ municipalityId, id }) =>
      changeAssessment(municipalityId, (m) => {
        if (!m.ros.risks.some((r) => r.id === id)) throw new IpcFailure('notFound');
        return { ...m, ros: { ...m.ros, risks: m.ros.risks.filter((r) => r.id !== id) } };
      }),

    dismissStarter: ({ municipalityId, starterId, dismissed }) =>
      changeAssessment(municipalityId, (m) => {
        const others = m.ros.dismissedStarters.filter((id) => id !== starterId);
        return { ...m, ros: { ...m.ros, dismissedStarters: dismissed ? [...others, starterId] : others } };
      }),

    updateEmergency: ({ municipalityId, parts, onCallPhone }) =>
      changeMunicipality(municipalityId, (m) => ({
        ...m,
        emergency: {
          ...m.emergency,
          parts: {
            ...m.emergency.parts,
            ...Object.fromEntries(Object.entries(parts ?? {}).filter(([, v]) => v !== undefined)),
          },
        },
        onCallPhone: onCallPhone === undefined ? m.onCallPhone : onCallPhone.trim(),
      })),

    saveRoutineLog: ({ municipalityId, entry }) => {
      const fieldErrors: Record<string, string> = {};
      const description = entry.description.trim();
      if (description === '') fieldErrors.description = 'required';
      const date = parseNorwegianDate(entry.date);
      if (!date.ok) fieldErrors.date = date.error === 'date.required' ? 'required' : date.error;
      else if (date.iso > toIsoDate(now())) fieldErrors.date = 'date.future';
      refuseIf(fieldErrors);
      return changeAssessment(municipalityId, (m) => {
        if (entry.id !== null && !m.emergency.log.some((e) => e.id === entry.id)) throw new IpcFailure('notFound');
        const saved = {
          id: entry.id ?? newId(),
          kind: entry.kind,
          date: date.ok ? date.iso : '',
          description,
          outcome: entry.outcome.trim(),
        };
        const log =
          entry.id === null ? [...m.emergency.log, saved] : m.emergency.log.map((e) => (e.id === saved.id ? saved : e));
        return { ...m, emergency: { ...m.emergency, log } };
      });
    },

    removeRoutineLog: ({ municipalityId, id }) =>
      changeAssessment(municipalityId, (m) => {
        if (!m.emergency.log.some((e) => e.id === id)) throw new IpcFailure('notFound');
        return { ...m, emergency: { ...m.emergency, log: m.emergency.log.filter((e) => e.id !== id) } };
      }),

    approve: ({ municipalityId, subject, approver, role, attestation }) => {
      const fieldErrors: Record<string, string> = {};
      if (approver.trim() === '') fieldErrors.approver = 'required';
      if (attestation.trim() === '') fieldErrors.attestation = 'required';
      refuseIf(fieldErrors);
      const at = now();
      return changeAssessment(municipalityId, (m) => ({
        ...m,
        [subject]: { ...m[subject], approval: approve(m, subject, { approver, role, attestation }, at, toIsoDate(at)) },
      }));
    },

    updateSettings: (patch) => {
      const settings = { ...storage.document.settings };
      if (patch.userName !== undefined) settings.userName = patch.userName.trim();
      if (patch.language !== undefined) settings.language = patch.language;
      return storage.save({ ...storage.document, settings });
    },

    openExternal: async ({ url }) => {
      if (!(await deps.openExternal(url))) throw new IpcFailure('notAllowed');
      return {};
    },

    copyText: ({ text }) => {
      deps.copyText(text);
      return {};
    },
  };
}

/** A drawn signature as it crosses the bridge (base64, with or without the data-URL prefix); null unless it is a PNG. */
function pngBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(Buffer.from(text.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return bytes.length > signature.length && signature.every((b, i) => bytes[i] === b) ? bytes : null;
}

/** A file name every OS accepts: no path separators or reserved characters. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '-');
}

/**
 * The same table, calling `after` once each call has finished (succeeded or not). The main
 * process uses it to keep the menu in step with the stored document (whether there is a
 * workspace, whether it is read-only) without the handlers knowing about menus.
 */
export function afterEachCall(handlers: Handlers, after: () => void): Handlers {
  const table: Record<string, (input: unknown) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    table[method] = (input) => {
      let result: unknown;
      try {
        result = handler(input);
      } catch (error) {
        after();
        throw error;
      }
      if (result instanceof Promise) return result.finally(after);
      after();
      return result;
    };
  }
  return table as Handlers;
}
