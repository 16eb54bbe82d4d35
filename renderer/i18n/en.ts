import type { Messages } from './messages';

/** British English: the same keys and parameters as bokmål (nb.ts). */
export const en: Messages = {
  appName: 'Digisos Klar',
  nav: {
    label: 'Main menu',
    agreements: 'Agreements and decisions',
    costs: 'Costs',
    dashboard: 'Overview',
    checklist: 'Checklist',
    plan: 'Connection plan',
    municipalities: 'Municipalities',
    settings: 'Settings',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit',
    remove: 'Delete',
    close: 'Close',
    loading: 'Opening the workspace…',
    saved: 'Saved.',
    required: 'required',
    skipToContent: 'Skip to content',
  },
  welcome: {
    title: 'Welcome to Digisos Klar',
    lead: 'This is where the municipality and the NAV office prepare to introduce digital applications for financial social assistance – and keep the documentation showing that you are ready.',
    createTitle: 'Create a workspace',
    createHelp: 'A workspace brings together one municipality, or a host municipality and its partner municipalities.',
    nameLabel: 'Workspace name',
    nameHint: 'For example “Digisos Vestby” or “NAV Midt-Troms-samarbeidet”.',
    create: 'Create workspace',
  },
  workspace: {
    renameLabel: 'Workspace name',
    rename: 'Rename',
  },
  municipalities: {
    columns: { number: 'Municipality no.', orgNumber: 'Org. no.', inhabitants: 'Inhabitants' },
    title: 'Municipalities',
    lead: 'The municipalities in the workspace. Add the host municipality and any partner municipalities.',
    add: 'Add municipality',
    empty: 'No municipalities yet. Add the first municipality to get started.',
    tableCaption: 'Municipalities in the workspace',
    newTitle: 'New municipality',
    editTitle: (name: string) => `Edit ${name}`,
    removeConfirm: (name: string) =>
      `Delete ${name} from the workspace? Everything recorded for the municipality will be lost.`,
    removeYes: 'Yes, delete the municipality',
    savedMessage: (name: string) => `${name} has been saved.`,
    removedMessage: (name: string) => `${name} has been deleted.`,
    inhabitantsPer: (date: string) => `as of ${date}`,
    errorSummary: 'The form contains errors. Correct the marked fields, and everything will be saved together.',
  },
  fields: {
    name: { label: 'Municipality name', hint: 'For example “Vestby kommune”.' },
    number: { label: 'Municipality number', hint: 'Four digits, for example 3019.' },
    orgNumber: {
      label: 'Organisation number',
      hint: 'Nine digits from the Central Coordinating Register (Enhetsregisteret), for example 940 155 223.',
    },
    inhabitants: { label: 'Population', hint: 'A whole number, for example 18500.' },
    inhabitantsDate: {
      label: 'Population as of',
      hint: 'dd.mm.yyyy, for example 01.01.2026 (SSB figures as of 1 January).',
    },
    navUnit: { label: 'NAV office', hint: 'The office that receives the applications, for example “NAV Vestby”.' },
  },
  fieldErrors: {
    required: 'This field is required.',
    tooLong: 'The text is too long.',
    'number.format': 'The municipality number must be four digits.',
    'number.duplicate': 'Another municipality in the workspace already has this municipality number.',
    'orgNumber.format': 'The organisation number must be nine digits.',
    'orgNumber.checksum':
      'The organisation number is not valid: the check digit does not match. Check it against the Central Coordinating Register (Enhetsregisteret).',
    'orgNumber.duplicate': 'Another municipality in the workspace already has this organisation number.',
    'inhabitants.notWhole': 'The population must be a whole number.',
    'inhabitants.negative': 'The population cannot be negative.',
    'inhabitants.zero': 'The population must be greater than zero.',
    'inhabitants.tooLarge': 'The population is unreasonably large (over 10 million).',
    'date.format': 'Enter the date as dd.mm.yyyy.',
    'date.impossible': 'This date does not exist in the calendar.',
    'date.future': 'The population date cannot be in the future.',
  },
  workspaceNameErrors: {
    required: 'Give the workspace a name.',
    tooLong: 'The name is too long (maximum 120 characters).',
  },
  settings: {
    title: 'Settings',
    userName: 'Your name',
    userNameHint: 'Used when you mark something as done or approved.',
    language: 'Language',
    languages: { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' },
    dataFolder: 'Data folder',
    dataFolderHint: 'The workspace is saved here, with backups in the “backups” subfolder.',
    version: 'Version',
  },
  notices: {
    recoveredFromBackup: (file: string, savedAt: string) =>
      `The saved file was damaged and could not be read. It has been set aside as “${file}”, and the last good backup (saved ${savedAt}) has been restored. Check that your most recent changes are included.`,
    corruptNoBackup: (file: string) =>
      `The saved file was damaged and could not be read, and no usable backup was found. The file has been set aside as “${file}”. You are starting with an empty workspace.`,
    newerVersion: (version: number) =>
      `The workspace was saved by a newer version of Digisos Klar (schema version ${version}). This version cannot read it and will not save anything, so as not to damage it. Please update Digisos Klar.`,
    migrated: (from: number, to: number) =>
      `The workspace has been upgraded from schema version ${from} to ${to}. A copy of the old file has been kept.`,
    readOnly: 'Read-only: nothing can be saved.',
    dismiss: 'Dismiss message',
  },
  errors: {
    fileMissing: 'The file is no longer in the data folder. Attach a new copy.',
    fileChanged: 'The file has changed since it was attached, so it is not opened. Attach a new copy.',
    invalidInput: 'The app received invalid data and saved nothing.',
    untrustedSender: 'The request did not come from the app’s own window and was rejected.',
    readOnly: 'The workspace is read-only because it was saved by a newer version. Nothing was saved.',
    noWorkspace: 'Create a workspace first.',
    notFound: 'Could not find what you tried to change. It may have been deleted.',
    validation: 'Some fields contain errors. Nothing was saved.',
    diskFull:
      'The disk is full. Nothing was saved, and what was saved before is unchanged. Free up some space and try again.',
    locked:
      'The file is locked or write-protected by another program. Nothing was saved. Close the program that is using the file and try again.',
    writeFailed: 'Could not write to the disk. Nothing was saved, and what was saved before is unchanged.',
    notAllowed: 'This action is not allowed.',
    unknown: 'Something went wrong. Nothing was saved.',
    loadFailed: 'Could not open the workspace.',
  },
};
