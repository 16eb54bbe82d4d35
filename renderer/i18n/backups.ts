import { defineTexts } from './define';

/** The backups card of the settings view. */
export const backupTexts = defineTexts(
  {
    title: 'Sikkerhetskopier',
    rolling: (count: number) => `Appen tar vare på de ${count} siste lagrede versjonene automatisk. De ligger i mappen`,
    kept: 'Sikkerhetskopier du tar selv, og de appen tar før gjenoppretting, import og sammenslåing, blir liggende til du sletter dem, i mappen',
    backupNow: 'Ta sikkerhetskopi nå',
    backedUp: 'Sikkerhetskopien er tatt.',
    readOnly: 'Arbeidsområdet er skrivebeskyttet: sikkerhetskopier kan ikke tas eller gjenopprettes.',
    loading: 'Henter sikkerhetskopiene …',
    empty: 'Ingen sikkerhetskopier ennå. Appen lager en hver gang noe lagres.',
    caption: 'Sikkerhetskopier, nyeste først',
    columns: {
      savedAt: 'Lagret',
      kind: 'Type',
      workspace: 'Arbeidsområde',
      municipalities: 'Kommuner',
      actions: 'Handlinger',
    },
    kinds: {
      automatic: 'Automatisk',
      manual: 'Manuell',
      beforeRestore: 'Før gjenoppretting',
      beforeImport: 'Før import',
      beforeMerge: 'Før sammenslåing',
    },
    unknownTime: '(ukjent tid)',
    noWorkspace: '(uten arbeidsområde)',
    restore: 'Gjenopprett…',
    restoreWhich: (when: string) => `sikkerhetskopien fra ${when}`,
    restoreConfirm: (when: string) =>
      `Gjenopprette sikkerhetskopien fra ${when}? Arbeidsområdet slik det er nå, blir først tatt vare på som sikkerhetskopi.`,
    restoreYes: 'Ja, gjenopprett',
    cancel: 'Avbryt',
    restored: (when: string) =>
      `Sikkerhetskopien fra ${when} er gjenopprettet. Det som var før, er tatt vare på som sikkerhetskopi.`,
  },
  {
    nn: {
      title: 'Tryggingskopiar',
      rolling: (count: number) => `Appen tek vare på dei ${count} siste lagra versjonane automatisk. Dei ligg i mappa`,
      kept: 'Tryggingskopiar du tek sjølv, og dei appen tek før gjenoppretting, import og samanslåing, blir liggjande til du slettar dei, i mappa',
      backupNow: 'Ta tryggingskopi no',
      backedUp: 'Tryggingskopien er teken.',
      readOnly: 'Arbeidsområdet er skriveverna: tryggingskopiar kan ikkje takast eller gjenopprettast.',
      loading: 'Hentar tryggingskopiane …',
      empty: 'Ingen tryggingskopiar enno. Appen lagar ein kvar gong noko blir lagra.',
      caption: 'Tryggingskopiar, nyaste først',
      columns: {
        savedAt: 'Lagra',
        kind: 'Type',
        workspace: 'Arbeidsområde',
        municipalities: 'Kommunar',
        actions: 'Handlingar',
      },
      kinds: {
        automatic: 'Automatisk',
        manual: 'Manuell',
        beforeRestore: 'Før gjenoppretting',
        beforeImport: 'Før import',
        beforeMerge: 'Før samanslåing',
      },
      unknownTime: '(ukjend tid)',
      noWorkspace: '(utan arbeidsområde)',
      restore: 'Gjenopprett…',
      restoreWhich: (when: string) => `tryggingskopien frå ${when}`,
      restoreConfirm: (when: string) =>
        `Gjenopprette tryggingskopien frå ${when}? Arbeidsområdet slik det er no, blir først teke vare på som tryggingskopi.`,
      restoreYes: 'Ja, gjenopprett',
      cancel: 'Avbryt',
      restored: (when: string) =>
        `Tryggingskopien frå ${when} er gjenoppretta. Det som var før, er teke vare på som tryggingskopi.`,
    },
    en: {
      title: 'Backups',
      rolling: (count: number) =>
        `The app keeps the last ${count} saved versions automatically. They are in the folder`,
      kept: 'Backups you take yourself, and those the app takes before a restore, an import or a merge, stay until you delete them, in the folder',
      backupNow: 'Take a backup now',
      backedUp: 'The backup has been taken.',
      readOnly: 'The workspace is read-only: backups cannot be taken or restored.',
      loading: 'Fetching the backups…',
      empty: 'No backups yet. The app makes one every time something is saved.',
      caption: 'Backups, newest first',
      columns: {
        savedAt: 'Saved',
        kind: 'Kind',
        workspace: 'Workspace',
        municipalities: 'Municipalities',
        actions: 'Actions',
      },
      kinds: {
        automatic: 'Automatic',
        manual: 'Manual',
        beforeRestore: 'Before restore',
        beforeImport: 'Before import',
        beforeMerge: 'Before merge',
      },
      unknownTime: '(unknown time)',
      noWorkspace: '(no workspace)',
      restore: 'Restore…',
      restoreWhich: (when: string) => `the backup from ${when}`,
      restoreConfirm: (when: string) =>
        `Restore the backup from ${when}? The workspace as it is now is kept as a backup first.`,
      restoreYes: 'Yes, restore',
      cancel: 'Cancel',
      restored: (when: string) =>
        `The backup from ${when} has been restored. What was there before is kept as a backup.`,
    },
  },
);
