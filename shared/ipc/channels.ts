/**
 * The names of the bridge's channels, by method. Kept apart from the schemas in
 * `contract.ts` so the preload can build `window.api` without bundling a schema library;
 * `contract.ts` must give every one of these its schemas (the compiler checks it).
 */
export const CHANNELS = {
  loadSession: 'session:load',
  createWorkspace: 'workspace:create',
  renameWorkspace: 'workspace:rename',
  saveMunicipality: 'municipality:save',
  removeMunicipality: 'municipality:remove',
  setCooperation: 'workspace:setCooperation',
  updateProfile: 'municipality:updateProfile',
  setContacts: 'municipality:setContacts',
  setCapability: 'municipality:setCapability',
  updateItem: 'checklist:updateItem',
  updateAgreement: 'agreement:update',
  saveDecision: 'decision:save',
  removeDecision: 'decision:remove',
  setCostInputs: 'costs:setInputs',
  setCostSettings: 'costs:setSettings',
  setPrice: 'prices:set',
  resetPrice: 'prices:reset',
  addAttachment: 'attachment:add',
  openAttachment: 'attachment:open',
  checkAttachments: 'attachment:check',
  exportPdf: 'pdf:export',
  openPdf: 'pdf:open',
  updateDpia: 'dpia:update',
  updateRosSettings: 'ros:updateSettings',
  saveRisk: 'ros:saveRisk',
  removeRisk: 'ros:removeRisk',
  dismissStarter: 'ros:dismissStarter',
  updateEmergency: 'emergency:update',
  saveRoutineLog: 'emergency:saveLog',
  removeRoutineLog: 'emergency:removeLog',
  approve: 'approval:approve',
  updateSettings: 'settings:update',
  exportWorkspace: 'exchange:export',
  pickImport: 'exchange:pickImport',
  previewOpenedFile: 'exchange:previewOpenedFile',
  applyImport: 'exchange:applyImport',
  cancelImport: 'exchange:cancelImport',
  undoMerge: 'exchange:undoMerge',
  exportCsv: 'exchange:exportCsv',
  listBackups: 'backup:list',
  backupNow: 'backup:now',
  restoreBackup: 'backup:restore',
  copyText: 'clipboard:writeText',
  openExternal: 'shell:openExternal',
} as const;

export type Method = keyof typeof CHANNELS;

export const METHODS = Object.keys(CHANNELS) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}
