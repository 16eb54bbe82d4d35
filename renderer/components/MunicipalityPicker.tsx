import { useMunicipalities, useSelectedMunicipality } from '../hooks';
import { useAppStore } from '../store/app-store';

/** Chooses which municipality a per-municipality view shows. */
export function MunicipalityPicker({ id, label }: { id: string; label: string }) {
  const municipalities = useMunicipalities();
  const selected = useSelectedMunicipality();
  const selectMunicipality = useAppStore((s) => s.selectMunicipality);
  if (municipalities.length === 0) return null;
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={selected?.id ?? ''} onChange={(event) => selectMunicipality(event.target.value)}>
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
