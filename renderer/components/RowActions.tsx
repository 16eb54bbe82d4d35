/**
 * The last cell of a register row: «Rediger» and «Slett», where «Slett» asks first, in place.
 * Focus follows the user: to «Avbryt» when asked, back to «Slett» when they keep the row.
 * Ids: `<rowId>-edit`, `<rowId>-remove`, `<rowId>-keep`, so the view can focus them too.
 */
export interface RowActionsTexts {
  edit: string;
  /** The edit button's accessible name, with the row's name in it. */
  editLabel: string;
  remove: string;
  removeLabel: string;
  /** The question, e.g. «Slette «…»?». */
  confirm: string;
  yes: string;
  cancel: string;
}

export function RowActions({
  rowId,
  confirming,
  readOnly,
  texts,
  onEdit,
  onConfirming,
  onRemove,
  focusSoon,
}: {
  rowId: string;
  confirming: boolean;
  readOnly: boolean;
  texts: RowActionsTexts;
  onEdit: () => void;
  /** Asked (true) or kept (false). */
  onConfirming: (confirming: boolean) => void;
  onRemove: () => void;
  focusSoon: (id: string) => void;
}) {
  return (
    <td className="row-actions">
      {confirming ? (
        <span className="confirm" role="group" aria-label={texts.confirm}>
          <span>{texts.confirm}</span>
          <button type="button" className="button button--danger" onClick={onRemove}>
            {texts.yes}
          </button>
          <button
            type="button"
            className="button"
            id={`${rowId}-keep`}
            onClick={() => {
              onConfirming(false);
              focusSoon(`${rowId}-remove`);
            }}
          >
            {texts.cancel}
          </button>
        </span>
      ) : (
        <div className="row-actions__buttons">
          <button
            type="button"
            className="button"
            id={`${rowId}-edit`}
            disabled={readOnly}
            aria-label={texts.editLabel}
            onClick={onEdit}
          >
            {texts.edit}
          </button>
          <button
            type="button"
            className="button"
            id={`${rowId}-remove`}
            disabled={readOnly}
            aria-label={texts.removeLabel}
            onClick={() => {
              onConfirming(true);
              focusSoon(`${rowId}-keep`);
            }}
          >
            {texts.remove}
          </button>
        </div>
      )}
    </td>
  );
}
