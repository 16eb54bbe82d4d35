import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createOpenedFiles, openedFileFromArgv } from '../../../electron/services/opened-files';

const cwd = path.resolve('/home/kari');
const file = path.resolve('/home/kari/Nedlastinger/Digisos Follo 23.11.2026.digisos.json');

describe('the file a command line asks the app to open', () => {
  it.each([
    ['the installed app with a double-clicked file (Windows, Linux)', ['/opt/Digisos Klar/digisos-klar', file]],
    ['Chromium’s switches around it', ['/opt/app', '--allow-file-access-from-files', file, '--enable-features=X']],
    ['a switch with a value', ['/opt/app', '--original-process-start-time=13377', file]],
    ['the development start (electron .)', ['/usr/bin/electron', '.', file]],
    ['the development start with the built main', ['/usr/bin/electron', 'out/main/main.js', file]],
    ['a file after --', ['/opt/app', '--', file]],
    ['a relative path', ['/opt/app', 'Nedlastinger/Digisos Follo 23.11.2026.digisos.json']],
    ['a file:// URL (Linux desktop entries, %U)', ['/opt/app', pathToFileURL(file).href]],
  ])('finds it from %s', (_case, argv) => {
    expect(openedFileFromArgv(argv, cwd)).toBe(file);
  });

  it.each([
    ['no file at all', ['/opt/Digisos Klar/digisos-klar']],
    ['switches only', ['/opt/app', '--no-sandbox', '-v']],
    ['the development start', ['/usr/bin/electron', '.']],
    ['a file that is not JSON', ['/opt/app', '/home/kari/notat.txt']],
    ['a JSON switch', ['/opt/app', '--config=/etc/x.json']],
    ['a web address', ['/opt/app', 'https://example.org/x.digisos.json']],
    ['an empty argument', ['/opt/app', '']],
    ['the program itself, whatever its name', ['/tmp/oddly-named.json']],
  ])('finds nothing in %s', (_case, argv) => {
    expect(openedFileFromArgv(argv, cwd)).toBeNull();
  });

  it('takes a file named like a switch after --, and the last of several files', () => {
    expect(openedFileFromArgv(['/opt/app', '--', '-rar.json'], cwd)).toBe(path.join(cwd, '-rar.json'));
    expect(openedFileFromArgv(['/opt/app', 'a.json', 'b.digisos.json'], cwd)).toBe(path.join(cwd, 'b.digisos.json'));
  });

  it('takes any .json, as the import dialog does (the import decides whether it is ours)', () => {
    expect(openedFileFromArgv(['/opt/app', 'arbeidsomrade.JSON'], cwd)).toBe(path.join(cwd, 'arbeidsomrade.JSON'));
  });
});

describe('the opened files waiting for the window', () => {
  it('holds the file opened last until it is taken, once', () => {
    const opened = createOpenedFiles();
    expect(opened.waiting).toBe(false);
    expect(opened.take()).toBeNull();
    opened.add('/a.digisos.json');
    opened.add('/b.digisos.json');
    expect(opened.waiting).toBe(true);
    expect(opened.take()).toBe('/b.digisos.json');
    expect(opened.waiting).toBe(false);
    expect(opened.take()).toBeNull();
  });
});
