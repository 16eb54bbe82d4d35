import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutPanel, aboutText, SOURCES, sourceLines, sourcesText } from '../../../electron/services/about';
import { CATALOGUE } from '../../../shared/catalogue/checklist';

const SOURCES_DIR = path.resolve(import.meta.dirname, '../../../resources/sources');
const input = {
  appVersion: '1.0.0',
  versions: { electron: '45.4.1', chrome: '142.0.7444.59', node: '22.20.0' },
  dataFolder: 'C:\\Users\\kari\\AppData\\Roaming\\Digisos Klar',
};

describe('the About dialog', () => {
  it('names the app, its version and the runtime’s versions', () => {
    const text = aboutText(input);
    expect(text.title).toBe('Om Digisos Klar');
    expect(text.message).toBe('Digisos Klar 1.0.0');
    expect(text.detail).toContain('Electron 45.4.1 · Chromium 142.0.7444.59 · Node.js 22.20.0');
  });

  it('gives the handbook’s version and every source with its version', () => {
    const { detail } = aboutText(input);
    expect(detail).toContain('håndboken v108 (25.05.2020)');
    expect(detail).toContain(
      'Kilde 003: Håndbok for innføring av digital søknad om økonomisk sosialhjelp (v108, 25.05.2020)',
    );
    expect(detail).toContain('ref. 19/00689');
    expect(detail).toContain('frist 1. februar 2023');
    for (const line of sourceLines()) expect(detail).toContain(line);
  });

  it('says that no data leaves the machine, where the data is, and who holds the copyright', () => {
    const { detail } = aboutText(input);
    expect(detail).toContain('Ingen data forlater maskinen');
    expect(detail).toContain(`Datamappe: ${input.dataFolder}`);
    expect(detail).toMatch(/© \d{4} Digisos Klar/);
  });

  it('says «ukjent» for a runtime version it is not given', () => {
    expect(aboutText({ ...input, versions: { node: '22.20.0' } }).detail).toContain(
      'Electron ukjent · Chromium ukjent · Node.js 22.20.0',
    );
  });

  it('fills the macOS About panel with the same facts', () => {
    const panel = aboutPanel(input);
    expect(panel).toMatchObject({
      applicationName: 'Digisos Klar',
      applicationVersion: '1.0.0',
      version: 'Electron 45.4.1',
    });
    expect(panel.credits).toContain('v108');
    expect(panel.credits).toContain('Ingen data forlater maskinen');
  });
});

describe('the sources', () => {
  it('names every seed document there is, and every seed the catalogue cites', () => {
    const files = fs.readdirSync(SOURCES_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f));
    expect(Object.keys(SOURCES).sort()).toEqual(files.map((f) => f.slice(0, 3)).sort());
    for (const item of CATALOGUE) expect(Object.keys(SOURCES)).toContain(item.source.seed);
  });

  it('gives each source the title the document itself has', () => {
    for (const [seed, source] of Object.entries(SOURCES)) {
      const file = fs.readdirSync(SOURCES_DIR).find((f) => f.startsWith(`${seed}_`))!;
      const text = fs.readFileSync(path.join(SOURCES_DIR, file), 'utf8').replace(/\s+/g, ' ');
      // The first words of the title (the rest may be the app's own description).
      const words = source.title.split(' – ')[0]!.split(' (')[0]!;
      expect(text, seed).toContain(words);
    }
    expect(fs.readFileSync(path.join(SOURCES_DIR, '003_08483d02d48de380.txt'), 'utf8')).toContain(
      'V. 108 – oppdatert 25.05.2020',
    );
  });

  it('explains what «Kilde 003» refers to and where the texts are', () => {
    const text = sourcesText('/opt/Digisos Klar/resources/resources/sources');
    expect(text.detail).toContain('«Kilde 003»');
    expect(text.detail).toContain('Tekstene ligger i /opt/Digisos Klar/resources/resources/sources.');
    expect(text.buttons).toEqual(['Åpne mappen med kildene', 'Lukk']);
  });

  it('offers no folder when the texts were not packed with the app', () => {
    const text = sourcesText(null);
    expect(text.detail).not.toContain('Tekstene ligger i');
    expect(text.detail).toContain('Kilde 003: Håndbok');
    expect(text.buttons).toEqual(['Lukk']);
  });
});
