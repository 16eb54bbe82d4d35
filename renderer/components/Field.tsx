import type { ChangeEvent } from 'react';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  inputMode?: 'text' | 'numeric';
  autoComplete?: string;
  required?: boolean;
  disabled?: boolean;
  /** A text area for longer text (notes, reasons) instead of a one-line field. */
  multiline?: boolean;
}

/** A labelled text field with its hint and, when refused, its error right next to it. */
export function Field({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  inputMode,
  autoComplete,
  required,
  disabled,
  multiline,
}: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          name={id}
          rows={3}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required ? true : undefined}
          disabled={disabled}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          name={id}
          type="text"
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required ? true : undefined}
          disabled={disabled}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
