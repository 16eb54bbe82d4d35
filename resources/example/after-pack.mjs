// electron-builder's afterPack hook (electron-builder.yml): writes the example workspace,
// eksempel.digisos.json, into the packed app's resources/example/ (beside the fonts and icons),
// with the app's version and dates counted from today. make-example.ts, beside this file, does it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

export const EXAMPLE_FILE_NAME = 'eksempel.digisos.json';

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const { packager, appOutDir } = context;
  const projectDir = packager.projectDir;
  const target = path.join(packager.getResourcesDir(appOutDir), 'resources', 'example', EXAMPLE_FILE_NAME);
  const script = path.join(projectDir, 'resources', 'example', 'make-example.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, target, packager.appInfo.version], {
    cwd: projectDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `afterPack: could not write the example workspace (${script} exited with ${result.status ?? result.signal}): ` +
        `${result.stderr || result.error?.message || ''}`,
    );
  }
}
