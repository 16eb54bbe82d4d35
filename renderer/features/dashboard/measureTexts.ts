import { defineTexts } from '../../i18n';

/** Texts of the dashboard's list of open ROS measures. */
export const measureTexts = defineTexts(
  {
    title: 'Tiltak fra ROS-analysene',
    lead: (open: number, overdue: number) =>
      open === 0 ? 'Ingen åpne tiltak.' : `${open} åpne tiltak, ${overdue} av dem forfalt.`,
    municipality: 'Kommune',
    measure: 'Tiltak',
    owner: 'Ansvarlig',
    deadline: 'Frist',
    forRisk: (event: string) => `(risiko: ${event})`,
    nobody: 'Ingen',
    noDeadline: 'Ingen frist',
    overdue: 'Forfalt',
    more: (n: number) => `og ${n} til i ROS-analysene`,
  },
  {
    nn: {
      title: 'Tiltak frå ROS-analysane',
      lead: (open: number, overdue: number) =>
        open === 0 ? 'Ingen opne tiltak.' : `${open} opne tiltak, ${overdue} av dei forfalne.`,
      municipality: 'Kommune',
      measure: 'Tiltak',
      owner: 'Ansvarleg',
      deadline: 'Frist',
      forRisk: (event: string) => `(risiko: ${event})`,
      nobody: 'Ingen',
      noDeadline: 'Ingen frist',
      overdue: 'Forfalle',
      more: (n: number) => `og ${n} til i ROS-analysane`,
    },
    en: {
      title: 'Measures from the ROS analyses',
      lead: (open: number, overdue: number) =>
        open === 0 ? 'No open measures.' : `${open} open measures, ${overdue} of them overdue.`,
      municipality: 'Municipality',
      measure: 'Measure',
      owner: 'Owner',
      deadline: 'Deadline',
      forRisk: (event: string) => `(risk: ${event})`,
      nobody: 'Nobody',
      noDeadline: 'No deadline',
      overdue: 'Overdue',
      more: (n: number) => `and ${n} more in the ROS analyses`,
    },
  },
);
