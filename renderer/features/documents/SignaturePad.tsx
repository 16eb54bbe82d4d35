import { forwardRef, useImperativeHandle, useRef, type PointerEvent } from 'react';

export interface SignaturePadHandle {
  /** The drawing as base64 PNG (no data-URL prefix), or null when nothing is drawn. */
  png: () => string | null;
}

interface SignaturePadProps {
  id: string;
  label: string;
  hint: string;
  clearLabel: string;
  status: string;
  error?: string | undefined;
  onChange: (drawn: boolean) => void;
}

const WIDTH = 480;
const HEIGHT = 160;

/**
 * A signature drawn with mouse, pen or finger (pointer events). The canvas is named and
 * described; typing the name is the keyboard alternative, offered beside it.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad(
  { id, label, hint, clearLabel, status, error, onChange },
  ref,
) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useImperativeHandle(ref, () => ({
    png: () => (drawn.current && canvas.current ? (canvas.current.toDataURL('image/png').split(',')[1] ?? null) : null),
  }));

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * WIDTH) / rect.width,
      y: ((event.clientY - rect.top) * HEIGHT) / rect.height,
    };
  };
  const context = () => {
    const ctx = canvas.current?.getContext('2d') ?? null;
    if (ctx) {
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#14213d';
    }
    return ctx;
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!ctx) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    ctx.beginPath();
    ctx.moveTo(x, y);
    // A tap leaves a dot.
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = context();
    if (!ctx) return;
    const { x, y } = point(event);
    ctx.lineTo(x, y);
    ctx.stroke();
    if (!drawn.current) {
      drawn.current = true;
      onChange(true);
    }
  };
  const end = () => {
    drawing.current = false;
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    drawn.current = false;
    onChange(false);
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'signature-pad signature-pad--invalid' : 'signature-pad'}>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <canvas
        id={id}
        ref={canvas}
        className="signature-pad__canvas"
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={label}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="signature-pad__footer">
        <span className="muted">{status}</span>
        <button type="button" className="button button--quiet" onClick={clear}>
          {clearLabel}
        </button>
      </div>
    </div>
  );
});
