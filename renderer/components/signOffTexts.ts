import { defineTexts } from '../i18n/define';

/** Texts of the named sign-off shared by the DPIA, the ROS analysis and the emergency routines. */
export const signOffTexts = defineTexts(
  {
    title: 'Godkjenning',
    none: 'Ikke godkjent ennå.',
    approved: (who: string, role: string, when: string) => `Godkjent av ${who}${role ? `, ${role}` : ''}, ${when}.`,
    stale: (who: string, when: string) =>
      `Godkjenningen er utdatert: innholdet er endret etter at ${who} godkjente det ${when}. Det må godkjennes på nytt.`,
    staleBadge: 'Utdatert godkjenning',
    approvedBadge: 'Godkjent',
    noneBadge: 'Ikke godkjent',
    reviewDue: (date: string) => `Skal gjennomgås igjen innen ${date}.`,
    reviewOverdue: (date: string) => `Gjennomgangen var ${date} – nå på tide å gå gjennom og godkjenne på nytt.`,
    risksChanged:
      'Risikoene i ROS-analysen er endret siden personvernkonsekvensvurderingen ble godkjent. Vurder om den må oppdateres (personvernforordningen art. 35 nr. 11).',
    attestationShown: (text: string) => `Erklæring: «${text}»`,
    approver: 'Godkjent av (navn)',
    role: 'Rolle',
    roleHint: 'For eksempel «Kommunedirektør» eller «Personvernombud».',
    attestation: 'Erklæring',
    defaultAttestation: {
      dpia: 'Jeg har gått gjennom personvernkonsekvensvurderingen, og godkjenner den slik den står.',
      ros: 'Jeg har gått gjennom ROS-analysen, og godkjenner den og restrisikoen slik den står.',
      emergency: 'Jeg har gått gjennom beredskapsrutinene, og godkjenner dem slik de står.',
    },
    approve: 'Godkjenn',
    approveAgain: 'Godkjenn på nytt',
    done: 'Godkjent. En kopi av det som ble godkjent, er lagret.',
    errors: { required: 'Feltet må fylles ut.' },
  },
  {
    nn: {
      title: 'Godkjenning',
      none: 'Ikkje godkjent enno.',
      approved: (who: string, role: string, when: string) => `Godkjent av ${who}${role ? `, ${role}` : ''}, ${when}.`,
      stale: (who: string, when: string) =>
        `Godkjenninga er utdatert: innhaldet er endra etter at ${who} godkjende det ${when}. Det må godkjennast på nytt.`,
      staleBadge: 'Utdatert godkjenning',
      approvedBadge: 'Godkjent',
      noneBadge: 'Ikkje godkjent',
      reviewDue: (date: string) => `Skal gjennomgåast igjen innan ${date}.`,
      reviewOverdue: (date: string) => `Gjennomgangen var ${date} – no på tide å gå gjennom og godkjenne på nytt.`,
      risksChanged:
        'Risikoane i ROS-analysen er endra sidan personvernkonsekvensvurderinga vart godkjend. Vurder om ho må oppdaterast (personvernforordninga art. 35 nr. 11).',
      attestationShown: (text: string) => `Erklæring: «${text}»`,
      approver: 'Godkjent av (namn)',
      role: 'Rolle',
      roleHint: 'Til dømes «Kommunedirektør» eller «Personvernombod».',
      attestation: 'Erklæring',
      defaultAttestation: {
        dpia: 'Eg har gått gjennom personvernkonsekvensvurderinga, og godkjenner ho slik ho står.',
        ros: 'Eg har gått gjennom ROS-analysen, og godkjenner han og restrisikoen slik dei står.',
        emergency: 'Eg har gått gjennom beredskapsrutinane, og godkjenner dei slik dei står.',
      },
      approve: 'Godkjenn',
      approveAgain: 'Godkjenn på nytt',
      done: 'Godkjent. Ein kopi av det som vart godkjent, er lagra.',
      errors: { required: 'Feltet må fyllast ut.' },
    },
    en: {
      title: 'Approval',
      none: 'Not approved yet.',
      approved: (who: string, role: string, when: string) => `Approved by ${who}${role ? `, ${role}` : ''}, ${when}.`,
      stale: (who: string, when: string) =>
        `The approval is stale: the content has changed since ${who} approved it on ${when}. It must be approved again.`,
      staleBadge: 'Stale approval',
      approvedBadge: 'Approved',
      noneBadge: 'Not approved',
      reviewDue: (date: string) => `To be reviewed again by ${date}.`,
      reviewOverdue: (date: string) => `The review was due ${date} – time to review and approve again.`,
      risksChanged:
        'The risks in the ROS analysis have changed since the DPIA was approved. Consider whether it must be updated (GDPR art. 35(11)).',
      attestationShown: (text: string) => `Attestation: “${text}”`,
      approver: 'Approved by (name)',
      role: 'Role',
      roleHint: 'For example “Municipal director” or “Data protection officer”.',
      attestation: 'Attestation',
      defaultAttestation: {
        dpia: 'I have reviewed the DPIA and approve it as it stands.',
        ros: 'I have reviewed the ROS analysis and approve it and the residual risk as they stand.',
        emergency: 'I have reviewed the emergency routines and approve them as they stand.',
      },
      approve: 'Approve',
      approveAgain: 'Approve again',
      done: 'Approved. A copy of what was approved has been kept.',
      errors: { required: 'The field must be filled in.' },
    },
  },
);
