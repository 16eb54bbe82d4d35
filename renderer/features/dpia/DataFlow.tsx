import { useTexts } from '../../i18n';
import { dpiaTexts } from './texts';

const W = 170;
const H = 58;
const COLUMNS = [10, 215, 420, 625] as const;
const ROWS = [12, 122, 232] as const;

function Box({ x, y, lines }: { x: number; y: number; lines: readonly [string, string] }) {
  return (
    <g>
      <rect className="dpia-flow__box" x={x} y={y} width={W} height={H} rx={6} strokeWidth={1.5} />
      <text className="dpia-flow__text" x={x + W / 2} y={y + 25} textAnchor="middle" fontSize={15} fontWeight={600}>
        {lines[0]}
      </text>
      <text className="dpia-flow__text" x={x + W / 2} y={y + 45} textAnchor="middle" fontSize={13}>
        {lines[1]}
      </text>
    </g>
  );
}

/**
 * The route of an application and its status, drawn for those who see it; the ordered list
 * below says the same in words, so the drawing itself is hidden from assistive technology.
 */
export function DataFlow() {
  const t = useTexts(dpiaTexts).flow;
  const [c0, c1, c2, c3] = COLUMNS;
  const [r0, r1, r2] = ROWS;
  const mid0 = r0 + H / 2;
  const mid1 = r1 + H / 2;
  return (
    <figure className="dpia-flow" aria-labelledby="dpia-flow-title">
      <p id="dpia-flow-title" className="dpia-flow__title">
        {t.title}
      </p>
      <svg
        className="dpia-flow__drawing"
        viewBox="0 0 805 302"
        width="805"
        height="302"
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <marker
            id="dpia-flow-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        <Box x={c0} y={r0} lines={t.box.apply} />
        <Box x={c1} y={r0} lines={t.box.fiks} />
        <Box x={c2} y={r0} lines={t.box.delivery} />
        <Box x={c3} y={r0} lines={t.box.caseSystem} />
        <Box x={c0} y={r1} lines={t.box.innsyn} />
        <Box x={c1} y={r1} lines={t.box.innsynFiks} />
        <Box x={c1} y={r2} lines={t.box.nks} />
        <g className="dpia-flow__line" strokeWidth={2} fill="none" markerEnd="url(#dpia-flow-arrow)">
          <line x1={c0 + W} y1={mid0} x2={c1 - 2} y2={mid0} />
          <line x1={c1 + W} y1={mid0} x2={c2 - 2} y2={mid0} />
          <line x1={c2 + W} y1={mid0} x2={c3 - 2} y2={mid0} />
          <path d={`M${c3 + W / 2},${r0 + H} V${mid1} H${c1 + W + 2}`} strokeDasharray="6 4" />
          <line x1={c1} y1={mid1} x2={c0 + W + 2} y2={mid1} strokeDasharray="6 4" />
          <line x1={c1 + W / 2} y1={r1 + H} x2={c1 + W / 2} y2={r2 - 2} strokeDasharray="6 4" />
        </g>
        <text className="dpia-flow__text" x={(c2 + c3 + W) / 2} y={mid1 - 8} textAnchor="middle" fontSize={13}>
          {t.box.status}
        </text>
      </svg>
      <ol className="dpia-flow__steps">
        <li>{t.steps.apply}</li>
        <li>{t.steps.fiks}</li>
        <li>{t.steps.delivery}</li>
        <li>{t.steps.caseSystem}</li>
        <li>{t.steps.innsyn}</li>
        <li>{t.steps.nks}</li>
      </ol>
      <figcaption className="muted">{t.caption}</figcaption>
    </figure>
  );
}
