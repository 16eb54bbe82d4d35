import { blankEntry } from '../../shared/domain/checklist';
import { createWorkspace, upsertMunicipality } from '../../shared/domain/workspace';
import { validateMunicipalityForm, type MunicipalityForm } from '../../shared/domain/municipality';
import {
  emptyDocument,
  type ChecklistEntry,
  type Municipality,
  type StoredDocument,
  type Workspace,
} from '../../shared/schema/workspace';
import { NOW, sequentialIds } from './fixtures';

/** Builds a workspace the way the app would, one municipality at a time. */
export function workspaceWith(forms: MunicipalityForm[], name = 'Digisos Test'): Workspace {
  const newId = sequentialIds('m');
  let workspace = createWorkspace(name, { now: NOW, newId: () => 'w-1' });
  for (const form of forms) {
    const checked = validateMunicipalityForm(form, { today: '2026-11-23', others: workspace.municipalities });
    if (!checked.ok) throw new Error(`fixture form invalid: ${JSON.stringify(checked.errors)}`);
    workspace = upsertMunicipality(workspace, null, checked.value, { now: NOW, newId })!.workspace;
  }
  return workspace;
}

export function documentOf(workspace: Workspace): StoredDocument {
  return { ...emptyDocument('test', NOW), workspace };
}

/** A checklist entry in a given state, as if the user had set it. */
export function entry(itemId: string, patch: Partial<ChecklistEntry> = {}): ChecklistEntry {
  return { ...blankEntry(itemId, NOW), ...patch };
}

export function withMunicipality(
  workspace: Workspace,
  index: number,
  change: (m: Municipality) => Municipality,
): Workspace {
  return { ...workspace, municipalities: workspace.municipalities.map((m, i) => (i === index ? change(m) : m)) };
}
