import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { formatLevel } from '../../lib/format.ts';
import type { SeriesStyle } from './chart-colors.ts';
import { stepIndex, tipPlace, type Point } from './chart-geometry.ts';
import './chart.css';

export interface FrameSeries {
  name: string;
  style: SeriesStyle;
  /** Each point's value in this series, in point order. */
  values: (number | null)[];
}

interface ChartFrameProps {
  /** Names the drawing; arrow keys then step through its points. */
  label: string;
  /** Each point's full name, as the tooltip shows it. */
  names: string[];
  series: FrameSeries[];
  /** The drawing's size in CSS pixels (its viewBox); it scales down with its box if that narrows before it is re-laid. */
  width: number;
  height: number;
  /** Where point i's tooltip points at. */
  tipAt: (index: number) => Point;
  active: number | null;
  onActive: (index: number | null) => void;
  /** Attached to the box the drawing fills, to measure its width. */
  measureRef: (element: HTMLElement | null) => (() => void) | undefined;
  className?: string;
  children: ReactNode;
}

/** A small sample of a series' look, for the legend and the tooltip. */
function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg className="chart-swatch" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="20"
        height="12"
        fill={style.fill}
        fillOpacity={style.fillOpacity}
        stroke={style.stroke === 'none' ? style.fill : style.stroke}
        strokeWidth="2"
        strokeDasharray={style.dash ? '4 2' : undefined}
      />
    </svg>
  );
}

const valueText = (value: number | null | undefined) => (value === null || value === undefined ? 'no value' : formatLevel(value));

/**
 * What the two charts share: a focusable drawing named by `label`, where the arrow keys (and the pointer) pick a
 * point; a tooltip with that point's name and every series' value, which is also a polite live region, so a
 * screen reader speaks it; and a legend naming the series. Nothing animates: every shape is drawn where it ends up.
 */
export function ChartFrame({ label, names, series, width, height, tipAt, active, onActive, measureRef, className, children }: ChartFrameProps) {
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    const next = stepIndex(active, event.key, names.length);
    if (next === undefined) return;
    event.preventDefault();
    onActive(next);
  };
  const place = active === null ? undefined : tipPlace(tipAt(active), width, height);
  return (
    <div className={`chart-frame ${className ?? ''}`}>
      <div className="chart-frame__plot" ref={measureRef}>
        <svg
          className="chart-frame__svg"
          role="application"
          aria-label={label}
          aria-describedby={hintId}
          tabIndex={0}
          viewBox={`0 0 ${width} ${height}`}
          onKeyDown={onKeyDown}
          onFocus={() => onActive(active ?? 0)}
          onBlur={() => onActive(null)}
          onPointerLeave={() => onActive(null)}
        >
          <g aria-hidden="true">{children}</g>
        </svg>
        <div
          className="chart-tip"
          role="status"
          style={place && { top: `${place.top * 100}%`, ...(place.isLeftOfPoint ? { right: `${(1 - place.left) * 100}%` } : { left: `${place.left * 100}%` }) }}
        >
          {active !== null && (
            <>
              <span className="chart-tip__name">{names[active]}</span>
              {series.map((s) => (
                <span key={s.name} className="chart-tip__value">
                  <Swatch style={s.style} />
                  {`${s.name}: ${valueText(s.values[active])}`}
                </span>
              ))}
            </>
          )}
        </div>
      </div>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.name}>
            <Swatch style={s.style} />
            {s.name}
          </li>
        ))}
      </ul>
      <p id={hintId} className="visually-hidden">
        Arrow keys step through the values.
      </p>
    </div>
  );
}
