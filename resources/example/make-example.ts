/**
 * Writes the example workspace (Fjordvik and Lisund, shared/example) as an exchange file, the
 * way a colleague's export looks: `eksempel.digisos.json`, which the app imports or opens.
 *
 *   npx tsx resources/example/make-example.ts <file> [app version]
 *
 * Not kept in the repository: electron-builder's afterPack hook (after-pack.mjs, beside this file)
 * runs this while packaging and puts the file in the app's resources (resources/example/), so
 * that it always has the current schema, the app's version, and dates counted from the build.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exampleDocument } from '../../shared/example/example-workspace';
import { exportText } from '../../shared/exchange/format';
import type { Exchange } from '../../shared/schema/workspace';

const [file, appVersion = '0.0.0'] = process.argv.slice(2);
if (file === undefined || file === '') {
  process.stderr.write('Bruk: npx tsx resources/example/make-example.ts <fil.digisos.json> [appversjon]\n');
  process.exit(2);
}

const now = new Date();
const workspace = exampleDocument(now).workspace;
if (workspace === null) throw new Error('the example document has no workspace');
const id = randomUUID();
const by = 'Digisos Klar (eksempel)';
// The exchange log records the export, as an export from the app does.
const exported: Exchange = {
  id,
  kind: 'export',
  at: now.toISOString(),
  by,
  fileExchangeId: id,
  fileName: path.basename(file),
  taken: 0,
  conflicts: 0,
  keptMine: 0,
  tookTheirs: 0,
  backupId: null,
};
fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
fs.writeFileSync(
  file,
  exportText({
    workspace: { ...workspace, exchanges: [...workspace.exchanges, exported] },
    base: null,
    exchangeId: id,
    appVersion,
    exportedAt: now,
    exportedBy: by,
    // The example has no attached files: nothing is left out.
    attachments: { mode: 'embedded', files: [] },
  }),
);
process.stdout.write(`Skrev eksempelarbeidsområdet til ${file}\n`);
