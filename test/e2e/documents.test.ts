import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueItem } from '../../shared/catalogue/checklist';
import { desktop } from '../support/storage';
import { auditAccessibility } from './axe';
import { goTo, workspaceWithVestby } from './flows';
import { useBrowserSuite } from './harness';

const startApp = useBrowserSuite();

describe('documents in Chromium', () => {
  it('signs the KS terms with a drawn signature, saves the PDF and registers agreement 1 as signed', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Dokumenter');
    expect(await auditAccessibility(page)).toEqual([]);

    await page.getByLabel('Sted', { exact: true }).fill('Vestby');
    await page.getByLabel('Dato', { exact: true }).fill('23.11.2026');
    await page.getByLabel('Signatarens navn').fill('Ola Rådmann');
    await page.getByLabel('Tittel', { exact: true }).fill('Kommunedirektør');
    await page.getByLabel('Fakturaopplysninger (ressursnr.)').fill('3019-77');

    // A signature drawn with the mouse; nothing drawn is refused first.
    await page.getByLabel('Tegn signaturen').check();
    await page.getByRole('button', { name: 'Lag vilkårsdokumentet (PDF)' }).click();
    await page.getByText('Tegn signaturen, eller velg å skrive navnet.').waitFor();
    const canvas = page.getByRole('img', { name: 'Tegneflate for signatur' });
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + box.height * 0.7);
    await page.mouse.down();
    for (const [dx, dy] of [
      [80, -50],
      [140, 10],
      [210, -40],
      [300, 5],
    ] as const) {
      await page.mouse.move(box.x + 30 + dx, box.y + box.height * 0.7 + dy, { steps: 5 });
    }
    await page.mouse.up();
    await page.getByText('Signaturen er tegnet.').waitFor();
    await expect(page.getByLabel('Marker avtale 1 som signert og legg ved PDF-en').isChecked()).resolves.toBe(true);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-dokumenter-'));
    const out = path.join(dir, 'Vilkår Digisos – Vestby kommune.pdf');
    desktop.nextSavePath = out;
    await page.getByRole('button', { name: 'Lag vilkårsdokumentet (PDF)' }).click();
    await page.getByRole('heading', { name: 'PDF-en er lagret' }).waitFor();
    await page.getByText(`Lagret som ${out}`).waitFor();
    await app.screenshot('30-dokumenter');
    expect(await auditAccessibility(page)).toEqual([]);

    expect(fs.readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Vestby kommune');
    expect(text).toContain('19/00689');

    await page.getByRole('button', { name: 'Åpne Vilkår Digisos – Vestby kommune.pdf' }).click();
    await expect.poll(() => desktop.opened.includes(out)).toBe(true);

    await goTo(app, 'Avtaler og vedtak');
    const row = page.getByRole('row', { name: /Vilkår for påkobling til Digisos/ });
    await expect(row.innerText()).resolves.toMatch(/Signert/);
    await expect(row.innerText()).resolves.toMatch(/Ola Rådmann/);
    await expect(row.innerText()).resolves.toMatch(/1 fil/);

    await goTo(app, 'Sjekkliste');
    const terms = catalogueItem('connection.ks-terms').text.nb;
    await expect(page.getByLabel(`Status for: ${terms}`).inputValue()).resolves.toBe('done');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
