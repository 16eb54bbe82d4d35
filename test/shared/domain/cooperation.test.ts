import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/catalogue/types';
import { applicability } from '../../../shared/domain/cooperation';
import type { Cooperation } from '../../../shared/schema/workspace';

const none: Cooperation = { model: 'none', legalForm: 'notSet', hostId: null };
const withTransfer: Cooperation = { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: 'host' };
const withoutTransfer: Cooperation = {
  model: 'hostWithoutTransfer',
  legalForm: 'kl2018HostCooperation',
  hostId: 'host',
};

describe('who does what in a cooperation (DOMAIN.md 4)', () => {
  it.each<[string, Cooperation, string, Actor, boolean | string]>([
    ['a lone municipality does everything itself', none, 'a', 'controller', true],
    ['the host does everything itself', withTransfer, 'host', 'navUnit', true],
    [
      'with transfer, the host as controller does the DPIA for the partner',
      withTransfer,
      'partner',
      'controller',
      'controllerIsHost',
    ],
    [
      'with transfer, the shared case system is configured at the host',
      withTransfer,
      'partner',
      'caseSystem',
      'sharedCaseSystem',
    ],
    ['without transfer, each partner is its own controller', withoutTransfer, 'partner', 'controller', true],
    ['without transfer, each partner configures its own case system', withoutTransfer, 'partner', 'caseSystem', true],
    [
      'the shared NAV unit trains staff once, with or without transfer',
      withoutTransfer,
      'partner',
      'navUnit',
      'sharedNavUnit',
    ],
    ['every partner activates NKS access itself (004)', withTransfer, 'partner', 'each', true],
  ])('%s', (_case, cooperation, municipalityId, actor, expected) => {
    const result = applicability(actor, municipalityId, cooperation);
    if (expected === true) expect(result).toEqual({ applies: true });
    else expect(result).toEqual({ applies: false, coveredBy: 'host', reason: expected });
  });

  it('treats every municipality as alone until a host is chosen', () => {
    expect(applicability('controller', 'partner', { ...withTransfer, hostId: null })).toEqual({ applies: true });
  });
});
