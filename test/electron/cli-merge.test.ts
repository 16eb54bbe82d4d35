import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { applyItemChange, blankEntry, withEntry, type ItemChange } from '../../shared/domain/checklist';
import { exportText, readImportText } from '../../shared/exchange/format';
import type { Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../support/fixtures';
import { tempFolder } from '../support/temp-folder';
import { withMunicipality, workspaceWith } from '../support/workspace-builder';

const ITEM = 'decision.start-project';

function changeItem(workspace: Workspace, index: number, itemId: string, change: ItemChange, by: string): Workspace {
  return withMunicipality(workspace, index, (m) => {
    const current = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, NOW);
    const result = applyItemChange(current, change, { by, now: new Date(NOW.getTime() + 60_000) });
    if (!result.ok) throw new Error(result.error);
    return withEntry(m, result.entry);
  });
}

function exportFile(folder: string, name: string, workspace: Workspace, by: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(
    file,
    exportText({
      workspace,
      base: null,
      exchangeId: `x-${name}`,
      appVersion: '1.0.0',
      exportedAt: NOW,
      exportedBy: by,
      attachments: { mode: 'omitted', files: [] },
    }),
  );
  return file;
}

describe('npm run cli -- merge', () => {
  const start = workspaceWith([bergenForm, osloForm]);

  it('merges two copies without conflicts and writes the result as an exchange file', () => {
    const folder = tempFolder();
    const mine = exportFile(folder, 'min.digisos.json', changeItem(start, 0, ITEM, { status: 'done' }, 'Kari'), 'Kari');
    const theirs = exportFile(folder, 'deres.digisos.json', changeItem(start, 1, ITEM, { note: 'Oslo' }, 'Per'), 'Per');
    const out = path.join(folder, 'samlet.digisos.json');

    const result = runCli(['merge', mine, theirs, '--out', out]);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/Slo sammen uten konflikter/);
    const read = readImportText(fs.readFileSync(out, 'utf8'));
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read.issues));
    const [bergen, oslo] = read.incoming.workspace.municipalities;
    expect(bergen!.checklist.find((e) => e.itemId === ITEM)?.status).toBe('done');
    expect(oslo!.checklist.find((e) => e.itemId === ITEM)?.note).toBe('Oslo');
    expect(read.incoming.workspace.exchanges.at(-1)).toMatchObject({ kind: 'merge', fileName: 'deres.digisos.json' });
  });

  it('lists the conflicts, exits 3 and writes nothing when the same field changed on both sides', () => {
    const folder = tempFolder();
    const mine = exportFile(folder, 'min.digisos.json', changeItem(start, 0, ITEM, { status: 'done' }, 'Kari'), 'Kari');
    const theirs = exportFile(
      folder,
      'deres.digisos.json',
      changeItem(start, 0, ITEM, { status: 'inProgress' }, 'Per'),
      'Per',
    );
    const out = path.join(folder, 'samlet.digisos.json');

    const result = runCli(['merge', mine, theirs, '--out', out]);

    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^1 konflikt \(uten kjent felles utgangspunkt\); ingenting er skrevet/);
    expect(result.stdout).toContain(
      'municipalities › «Bergen kommune» › checklist › «decision.start-project» › status',
    );
    expect(result.stdout).toContain('min «done», deres «inProgress»');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses copies of two different workspaces, and a missing --out, with exit 2', () => {
    const folder = tempFolder();
    const mine = exportFile(folder, 'a.digisos.json', start, 'Kari');
    const other = exportFile(folder, 'b.digisos.json', { ...start, id: 'w-annen', name: 'Annet' }, 'Per');
    expect(runCli(['merge', mine, other, '--out', path.join(folder, 'x.json')])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/ikke kopier av samme arbeidsområde/),
    });
    expect(runCli(['merge', mine, mine])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out mangler/) });
  });

  it('validates an exchange file as well as a data file', () => {
    const folder = tempFolder();
    const file = exportFile(folder, 'a.digisos.json', start, 'Kari');
    expect(runCli(['validate', file])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/Gyldig arbeidsområde: 2 kommuner/),
    });
  });
});
