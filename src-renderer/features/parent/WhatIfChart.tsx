// One what-if run's supply over its days, with both axes and their units in the family's words
// (the handout's chart words: "Days", "Milk your body can make", "mL a day"). React draws every
// node; d3 only computes the scales and the line.
import { line, scaleLinear } from 'd3';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../../../src-main/sim/trace';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';
import { currentLanguage } from './i18n';

interface Props {
  trace: Trace;
  /** Shared by both runs, so the two charts compare at a glance. */
  domain: [number, number];
  label: string;
}

const W = 340;
const H = 170;
const M = { top: 22, right: 10, bottom: 34, left: 44 };

export function WhatIfChart({ trace, domain, label }: Props) {
  useTranslation(); // re-render when the language changes
  const words = CATALOGS[currentLanguage()].chartWords;
  // Tick numbers as the family writes them (decimal comma in Spanish).
  const tick = new Intl.NumberFormat(currentLanguage() === 'es' ? 'es-ES' : 'en-GB').format;
  const days = trace.durationSec / 86_400;
  const x = scaleLinear()
    .domain([0, days])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain(domain)
    .nice()
    .range([H - M.bottom, M.top]);
  const d = line<number>()
    .x((_, i) => x((trace.timesSec[i] ?? 0) / 86_400))
    .y((v) => y(v))(Array.from(trace.channels.supplyMlPerDay));
  const bottom = H - M.bottom;
  return (
    <svg className="supply-line" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <text x={M.left} y={12} className="axis-title">
        {`${words.Supply} (${words['mL/day']})`}
      </text>
      {y.ticks(4).map((v) => (
        <g key={v} className="tick">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={M.left - 4} y={y(v)} dy="0.32em" textAnchor="end">
            {tick(v)}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={bottom} y2={bottom} className="axis" />
      {x.ticks(Math.min(7, Math.ceil(days))).map((v) => (
        <g key={v} className="tick">
          <line x1={x(v)} x2={x(v)} y1={bottom} y2={bottom + 4} className="axis" />
          <text x={x(v)} y={bottom + 14} textAnchor="middle">
            {tick(v)}
          </text>
        </g>
      ))}
      <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" className="axis-title">
        {words['Time from start of run (days)']}
      </text>
      <path d={d ?? ''} />
    </svg>
  );
}
