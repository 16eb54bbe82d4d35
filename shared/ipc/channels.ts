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
  updateSettings: 'settings:update',
  copyText: 'clipboard:writeText',
  openExternal: 'shell:openExternal',
} as const;

export type Method = keyof typeof CHANNELS;

export const METHODS = Object.keys(CHANNELS) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}
