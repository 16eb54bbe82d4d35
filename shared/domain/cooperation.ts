import type { Actor } from '../catalogue/types';
import type { Cooperation, Municipality, Workspace } from '../schema/workspace';

/** Why an item is done by the host on a partner's behalf. */
export type CoverReason = 'controllerIsHost' | 'sharedCaseSystem' | 'sharedNavUnit';

export type Applicability = { applies: true } | { applies: false; coveredBy: string; reason: CoverReason };

const APPLIES: Applicability = { applies: true };

/**
 * Does this municipality carry out an item itself, or does the host do it for it?
 * DOMAIN.md 4 (seed 003 "Interkommunale samarbeid"): with transfer of controller
 * responsibility the host is controller and runs the one shared case system; without
 * transfer each municipality is its own controller with its own case system; in both the
 * NAV unit is shared. NKS activation and NAV's supplementary agreement concern every
 * municipality, partners included (seeds 004 and 002) — those items have actor `each`.
 */
export function applicability(actor: Actor, municipalityId: string, cooperation: Cooperation): Applicability {
  const { model, hostId } = cooperation;
  if (model === 'none' || hostId === null || municipalityId === hostId) return APPLIES;
  const covered = (reason: CoverReason): Applicability => ({ applies: false, coveredBy: hostId, reason });
  switch (actor) {
    case 'each':
      return APPLIES;
    case 'navUnit':
      return covered('sharedNavUnit');
    case 'controller':
      return model === 'hostWithTransfer' ? covered('controllerIsHost') : APPLIES;
    case 'caseSystem':
      return model === 'hostWithTransfer' ? covered('sharedCaseSystem') : APPLIES;
  }
}

/** The municipality's part in the cooperation, for labels. */
export function cooperationRole(municipality: Municipality, workspace: Workspace): 'host' | 'partner' | 'alone' {
  const { model, hostId } = workspace.cooperation;
  if (model === 'none' || hostId === null) return 'alone';
  return municipality.id === hostId ? 'host' : 'partner';
}

/** Who is controller (behandlingsansvarlig) for a municipality's applicants. */
export function controllerOf(municipality: Municipality, workspace: Workspace): Municipality {
  const { model, hostId } = workspace.cooperation;
  if (model === 'hostWithTransfer' && hostId !== null) {
    return workspace.municipalities.find((m) => m.id === hostId) ?? municipality;
  }
  return municipality;
}
