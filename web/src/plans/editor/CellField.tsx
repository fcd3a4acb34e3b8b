import { cloneElement, useId, type ReactElement } from 'react';

interface CellFieldProps {
  /** The accessible name; table cells have their column header as the visible label. */
  label: string;
  /** The server's name of the field ('content.targets.2.value'), for the summary to lead to it. */
  field: string;
  error?: string | undefined;
  /** A short visible name above the control, for cells that have no column header of their own. */
  caption?: string;
  children: ReactElement<{ id?: string; 'aria-label'?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;
}

/** A control inside a table cell, with its server error shown under it and tied to it. */
export function CellField({ label, field, error, caption, children }: CellFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'cell-field field-invalid' : 'cell-field'} data-field={field}>
      {caption && <label htmlFor={id} className="cell-label">{caption}</label>}
      {cloneElement(children, {
        id, 'aria-label': label, 'aria-describedby': error ? `${id}-error` : undefined, 'aria-invalid': error ? true : undefined,
      })}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </div>
  );
}
