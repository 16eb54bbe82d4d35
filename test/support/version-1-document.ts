/** A document exactly as version 1 of the app wrote it. */
export const VERSION_1_DOCUMENT = {
  format: 'digisos-klar/workspace',
  schemaVersion: 1,
  appVersion: '0.1.0',
  savedAt: '2026-11-23T10:00:00.000Z',
  settings: { userName: 'Kari', language: 'nb' },
  workspace: {
    id: 'w-1',
    name: 'Digisos Follo',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    municipalities: [
      {
        id: 'm-1',
        name: 'Vestby kommune',
        number: '3019',
        orgNumber: '940155223',
        inhabitants: 18500,
        inhabitantsDate: '2026-01-01',
        navUnit: 'NAV Vestby',
        checklist: [
          {
            itemId: 'decision.start-project',
            status: 'done',
            owner: 'Kari Nordmann',
            dueDate: '2026-03-01',
            note: 'Vedtatt i formannskapet',
            completedAt: '2026-02-20',
            completedBy: 'Kari',
            updatedAt: '2026-11-23T10:00:00.000Z',
          },
          {
            itemId: 'decision.digifin-member',
            status: 'inProgress',
            owner: '',
            dueDate: null,
            note: '',
            completedAt: null,
            completedBy: '',
            updatedAt: '2026-11-23T10:00:00.000Z',
          },
        ],
        createdAt: '2026-11-23T10:00:00.000Z',
        updatedAt: '2026-11-23T10:00:00.000Z',
      },
    ],
  },
};
