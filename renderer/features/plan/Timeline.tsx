import { AREAS } from '../../../shared/catalogue/areas';
import type { AreaId } from '../../../shared/catalogue/types';
import type { ItemRow } from '../../../shared/domain/checklist';
import { MILESTONES, addDays, daysBetween, milestoneDates } from '../../../shared/domain/plan';
import { formatDate } from '../../../shared/format/date';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { shortTitle } from './model';
import { planTexts } from './texts';

/** How a marker looks: its state decides colour and shape, so colour is never the only difference. */
export type MarkerKind = 'overdue' | 'dueSoon' | 'done' | 'open' | 'notRelevant';

export function markerKind(row: ItemRow): MarkerKind {
  if (row.status === 'done') return 'done';
  if (row.status === 'notRelevant') return 'notRelevant';
  if (row.dueState === 'overdue') return 'overdue';
  if (row.dueState === 'dueSoon') return 'dueSoon';
  return 'open';
}

/** The shape of a marker around its centre. */
export function MarkerShape({ kind, x, y, title }: { kind: MarkerKind; x: number; y: number; title?: string }) {
  const className = `timeline__marker timeline__marker--${kind}`;
  const tip = title ? <title>{title}</title> : null;
  switch (kind) {
    case 'overdue':
      return (
        <polygon className={className} points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`}>
          {tip}
        </polygon>
      );
    case 'dueSoon':
      return (
        <polygon className={className} points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`}>
          {tip}
        </polygon>
      );
    case 'done':
      return (
        <rect className={className} x={x - 4.5} y={y - 4.5} width={9} height={9}>
          {tip}
        </rect>
      );
    default:
      return (
        <circle className={className} cx={x} cy={y} r={4.5}>
          {tip}
        </circle>
      );
  }
}

const WIDTH = 960;
const GUTTER = 200;
const RIGHT = 12;
const TOP = 40;
const MILESTONE_ROW = 22;
const LANE_GAP = 10;
const MARKER_STEP = 12;
const AXIS = 30;
const CHAR = 6.3;
/** The chart shows at least this window around the connection date (days). */
const MIN_BEFORE = -40;
const MIN_AFTER = 14;
/** Today widens the chart only when it is this close to it; further away it is named instead. */
const TODAY_REACH = 60;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const dayMonth = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}`;

/**
 * The connection plan as an inline SVG: milestone windows as bands, each item with a due date
 * as a marker on its area's lane, week ticks, today and the connection day as vertical lines.
 * Everything it shows is also in the table below it, as text.
 */
export function Timeline({
  rows,
  connectionDate,
  today,
}: {
  rows: readonly ItemRow[];
  connectionDate: string;
  today: string;
}) {
  const language = useLanguage();
  const t = useTexts(planTexts).timeline;
  const d = useTexts(domainTexts);

  const dated = rows.filter((r): r is ItemRow & { due: { date: string } } => r.due.date !== null);
  const offsets = [
    MIN_BEFORE,
    MIN_AFTER,
    ...MILESTONES.flatMap((m) => [m.window[0], m.window[1]]),
    ...dated.map((r) => daysBetween(connectionDate, r.due.date)),
  ];
  let first = Math.min(...offsets);
  let last = Math.max(...offsets);
  const todayOffset = daysBetween(connectionDate, today);
  if (todayOffset >= first - TODAY_REACH && todayOffset <= last + TODAY_REACH) {
    first = Math.min(first, todayOffset);
    last = Math.max(last, todayOffset);
  }
  const start = addDays(connectionDate, first);
  const end = addDays(connectionDate, last);
  const days = last - first + 1;
  const plotWidth = WIDTH - GUTTER - RIGHT;
  const perDay = plotWidth / days;
  /** The left edge of a day. */
  const x = (iso: string) => GUTTER + daysBetween(start, iso) * perDay;
  /** The middle of a day. */
  const mid = (iso: string) => x(iso) + perDay / 2;
  const todayShown = today >= start && today <= end;

  const milestonesTop = TOP;
  const lanesTop = milestonesTop + MILESTONES.length * MILESTONE_ROW + LANE_GAP;
  const lanes: { area: AreaId; title: string; top: number; height: number; markers: { row: ItemRow; y: number }[] }[] =
    [];
  let laneTop = lanesTop;
  for (const area of AREAS) {
    const inArea = dated.filter((r) => r.item.area === area.id);
    if (inArea.length === 0) continue;
    const stacked = new Map<string, number>();
    const markers = inArea.map((row) => {
      const level = stacked.get(row.due.date) ?? 0;
      stacked.set(row.due.date, level + 1);
      return { row, level };
    });
    const depth = Math.max(...markers.map((m) => m.level)) + 1;
    const height = Math.max(26, depth * MARKER_STEP + 12);
    lanes.push({
      area: area.id,
      title: area.title[language],
      top: laneTop,
      height,
      markers: markers.map(({ row, level }) => ({ row, y: laneTop + 12 + level * MARKER_STEP })),
    });
    laneTop += height;
  }
  const axisY = laneTop + 4;
  const height = axisY + AXIS;

  const weekTicks: { iso: string; n: number }[] = [];
  for (let n = Math.ceil(first / 7); n * 7 <= last; n += 1) weekTicks.push({ iso: addDays(connectionDate, n * 7), n });
  const labelEvery = Math.max(1, Math.ceil((CHAR * 5 + 10) / (7 * perDay)));

  const counts = { overdue: 0, dueSoon: 0, done: 0 };
  for (const r of dated) {
    const kind = markerKind(r);
    if (kind === 'overdue' || kind === 'dueSoon' || kind === 'done') counts[kind] += 1;
  }
  const label = [
    t.label(formatDate(start), formatDate(end), formatDate(connectionDate), MILESTONES.length, dated.length),
    t.labelStates(counts.overdue, counts.dueSoon, counts.done),
    todayShown ? t.labelToday(formatDate(today)) : t.todayOutside(formatDate(today)),
    t.labelTable,
  ].join(' ');

  const connectionX = mid(connectionDate);
  const todayX = mid(today);
  const connectionLabel = `${t.connection} ${dayMonth(connectionDate)}`;
  const todayLabel = `${t.today} ${dayMonth(today)}`;
  /** A vertical line's label: to the right of it where there is room, else to the left. */
  const lineLabel = (lineX: number, text: string) =>
    lineX + 5 + text.length * CHAR <= WIDTH - RIGHT
      ? { x: lineX + 5, textAnchor: 'start' as const }
      : { x: lineX - 5, textAnchor: 'end' as const };

  return (
    <div className="timeline">
      <svg
        className="timeline__svg"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {weekTicks.map(({ iso, n }) => (
          <g key={iso}>
            <line className="timeline__grid" x1={mid(iso)} x2={mid(iso)} y1={milestonesTop - 4} y2={axisY} />
            <line className="timeline__axis" x1={mid(iso)} x2={mid(iso)} y1={axisY} y2={axisY + 5} />
            {n % labelEvery === 0 ? (
              <text className="timeline__tick" x={mid(iso)} y={axisY + 18} textAnchor="middle">
                {dayMonth(iso)}
              </text>
            ) : null}
          </g>
        ))}
        <line className="timeline__axis" x1={GUTTER} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} />

        <text className="timeline__gutter" x={0} y={milestonesTop + 15}>
          {t.milestones}
        </text>
        {MILESTONES.map((milestone, index) => {
          const { from, to } = milestoneDates(milestone, connectionDate);
          const left = x(from);
          const width = x(to) + perDay - left;
          const y = milestonesTop + index * MILESTONE_ROW;
          const title = milestone.title[language];
          const short = shortTitle(title);
          const textWidth = short.length * CHAR;
          let textX = left + 5;
          let anchor: 'start' | 'end' = 'start';
          if (width < textWidth + 10) {
            if (left + width + 5 + textWidth <= WIDTH - RIGHT) textX = left + width + 5;
            else {
              textX = left - 5;
              anchor = 'end';
            }
          }
          return (
            <g key={milestone.id} className="timeline__milestone">
              <title>{`${formatDate(from)}${from === to ? '' : ` – ${formatDate(to)}`}: ${title}`}</title>
              <rect className="timeline__band" x={left} y={y + 2} width={width} height={MILESTONE_ROW - 4} rx={3} />
              <text className="timeline__band-label" x={textX} y={y + 15} textAnchor={anchor}>
                {short}
              </text>
            </g>
          );
        })}

        {lanes.map((lane, index) => (
          <g key={lane.area}>
            {index % 2 === 0 ? (
              <rect className="timeline__lane" x={0} y={lane.top} width={WIDTH} height={lane.height} />
            ) : null}
            <text className="timeline__gutter" x={0} y={lane.top + 16}>
              <title>{lane.title}</title>
              {clip(lane.title, 30)}
            </text>
          </g>
        ))}

        <g className="timeline__connection">
          <line x1={connectionX} x2={connectionX} y1={17} y2={axisY} />
          <text {...lineLabel(connectionX, connectionLabel)} y={13}>
            {connectionLabel}
          </text>
        </g>
        {todayShown ? (
          <g className="timeline__today">
            <line x1={todayX} x2={todayX} y1={33} y2={axisY} />
            <text {...lineLabel(todayX, todayLabel)} y={29}>
              {todayLabel}
            </text>
          </g>
        ) : null}

        {lanes.flatMap((lane) =>
          lane.markers.map(({ row, y }) => (
            <MarkerShape
              key={row.item.id}
              kind={markerKind(row)}
              x={mid(row.due.date as string)}
              y={y}
              title={t.marker(
                row.item.text[language],
                lane.title,
                formatDate(row.due.date as string),
                d.status[row.status],
                d.dueState[row.dueState],
              )}
            />
          )),
        )}
      </svg>
      <p className="timeline__legend">
        <span className="sr-only">{t.legend}: </span>
        {(['overdue', 'dueSoon', 'open', 'done', 'notRelevant'] as const).map((kind) => (
          <span key={kind} className="timeline__legend-item">
            <svg className="timeline__legend-mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <MarkerShape kind={kind} x={8} y={8} />
            </svg>
            {kind === 'open' ? t.open : kind === 'done' || kind === 'notRelevant' ? d.status[kind] : d.dueState[kind]}
          </span>
        ))}
      </p>
    </div>
  );
}
