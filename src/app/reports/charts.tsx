// Small SVG charts of our own for the Reports screen (no chart library: three shapes are
// all a report needs). Each is one <svg role="img"> with an aria-label that says what it
// shows; the numbers themselves are in the table beside it, which screen readers read.
// Right-to-left languages get mirrored charts: bars grow from the right, months run from
// the right (positions are mirrored here, and the SVG itself is laid out left to right, so
// `text-anchor` means the same in every language). Suppressed cells are drawn as an
// outlined stub with "fewer than k".
import { formatNumber as formatNumberIn } from '../format.ts';
import { directionOf } from '../language.ts';
import { i18n } from '../i18n.ts';

export interface Bar {
  label: string;
  /** null: suppressed. */
  value: number | null;
}

const WIDTH = 320;

function rtl(): boolean {
  return directionOf(i18n.language) === 'rtl';
}

/** x of a box [x, x + w] in a chart `width` wide, mirrored in right-to-left languages. */
function mirrored(x: number, w: number, width: number, right: boolean): number {
  return right ? width - x - w : x;
}

export function formatNumber(value: number): string {
  return formatNumberIn(value, i18n.language);
}

/** One bar per category, longest = widest; the label above, the value after the bar. */
export function HorizontalBars({ title, bars, suppressedText }: { title: string; bars: readonly Bar[]; suppressedText: string }) {
  const right = rtl();
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const row = 40;
  const valueRoom = 96;
  const height = bars.length * row + 4;
  return (
    <svg class="report-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
      {bars.map((bar, index) => {
        const y = index * row;
        const suppressed = bar.value === null;
        const length = suppressed ? 8 : Math.max(bar.value === 0 ? 0 : 2, ((bar.value as number) / max) * (WIDTH - valueRoom));
        const barX = mirrored(0, length, WIDTH, right);
        const valueX = right ? WIDTH - length - 6 : length + 6;
        return (
          <g key={bar.label}>
            <text x={right ? WIDTH : 0} y={y + 13} class="report-chart__label" text-anchor={right ? 'end' : 'start'}>
              {bar.label}
            </text>
            <rect
              x={barX}
              y={y + 18}
              width={length}
              height={14}
              rx={2}
              class={suppressed ? 'report-chart__bar report-chart__bar--suppressed' : 'report-chart__bar'}
            />
            <text x={valueX} y={y + 30} class="report-chart__value" text-anchor={right ? 'end' : 'start'}>
              {suppressed ? suppressedText : formatNumber(bar.value as number)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One column per month, in time order (from the right in right-to-left languages). */
export function MonthColumns({ title, bars, suppressedText }: { title: string; bars: readonly Bar[]; suppressedText: string }) {
  const right = rtl();
  const height = 150;
  const top = 16;
  const base = 120;
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const step = WIDTH / Math.max(1, bars.length);
  const width = Math.max(2, step * 0.7);
  // Month labels every few columns so they never overlap (12 months: every second; 36: every sixth).
  const labelEvery = Math.ceil(bars.length / 6);
  return (
    <svg class="report-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <line x1={0} x2={WIDTH} y1={base} y2={base} class="report-chart__axis" />
      {bars.map((bar, index) => {
        const x = mirrored(index * step + (step - width) / 2, width, WIDTH, right);
        const suppressed = bar.value === null;
        const h = suppressed ? 6 : ((bar.value as number) / max) * (base - top);
        return (
          <g key={bar.label}>
            <rect
              x={x}
              y={base - h}
              width={width}
              height={h}
              class={suppressed ? 'report-chart__bar report-chart__bar--suppressed' : 'report-chart__bar'}
            >
              <title>{`${bar.label}: ${suppressed ? suppressedText : formatNumber(bar.value as number)}`}</title>
            </rect>
            {index % labelEvery === 0 && (
              // The first month's label starts at the chart's edge instead of overflowing it.
              <text
                x={index === 0 ? (right ? x + width : x) : x + width / 2}
                y={base + 14}
                class="report-chart__tick"
                text-anchor={index === 0 ? (right ? 'end' : 'start') : 'middle'}
              >
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The middle half of the cases (q1 to q3) as a box, the median as a line, on a scale from 0. */
export function RangeChart({ title, q1, median, q3 }: { title: string; q1: number; median: number; q3: number }) {
  const right = rtl();
  const height = 44;
  const max = Math.max(1, q3) * 1.15;
  const scale = (value: number) => (value / max) * WIDTH;
  const boxX = mirrored(scale(q1), scale(q3) - scale(q1), WIDTH, right);
  const medianX = right ? WIDTH - scale(median) : scale(median);
  return (
    <svg class="report-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <line x1={0} x2={WIDTH} y1={22} y2={22} class="report-chart__axis" />
      <rect x={boxX} y={10} width={Math.max(2, scale(q3) - scale(q1))} height={24} rx={2} class="report-chart__bar report-chart__bar--light" />
      <line x1={medianX} x2={medianX} y1={6} y2={38} class="report-chart__median" />
    </svg>
  );
}
