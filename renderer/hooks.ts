import { useEffect, useRef } from 'react';
import { toIsoDate } from '../shared/format/date';
import type { Municipality } from '../shared/schema/workspace';
import { useAppStore } from './store/app-store';

/** Today as an ISO date, in the user's time zone. */
export function today(): string {
  return toIsoDate(new Date());
}

const NONE: Municipality[] = [];

/** The workspace's municipalities (an empty list before there is a workspace). */
export function useMunicipalities(): Municipality[] {
  return useAppStore((s) => s.document?.workspace?.municipalities ?? NONE);
}

/**
 * The municipality the per-municipality views show: the one the user picked, else the
 * host, else the first.
 */
export function useSelectedMunicipality(): Municipality | null {
  const municipalities = useMunicipalities();
  const selected = useAppStore((s) => s.selectedMunicipalityId);
  const hostId = useAppStore((s) => s.document?.workspace?.cooperation.hostId ?? null);
  return (
    municipalities.find((m) => m.id === selected) ??
    municipalities.find((m) => m.id === hostId) ??
    municipalities[0] ??
    null
  );
}

/**
 * Focus that lands after the next render: buttons and fields come and go as rows change, so
 * an action names what should have focus once the screen shows its result. Given several ids,
 * the first that exists wins. `initial` is focused after the first render.
 */
export function useFocusSoon(initial: string | null = null): (...ids: string[]) => void {
  const pending = useRef<string[]>(initial === null ? [] : [initial]);
  useEffect(() => {
    const candidates = pending.current;
    if (candidates.length === 0) return;
    pending.current = [];
    for (const id of candidates) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  });
  return (...ids: string[]) => {
    pending.current = ids;
  };
}
