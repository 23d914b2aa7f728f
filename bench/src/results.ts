import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One measured figure, with the target it is held to (if any) and whether it met it. */
export interface Figure {
  /** What was measured on what: "serving", "render", "build"... */
  section: string;
  /** The dataset it ran on ("seed/sqlite", "large/postgres") or "-" when that does not matter. */
  dataset: string;
  name: string;
  value: number | null;
  unit: string;
  target?: { comparison: '>=' | '<='; value: number };
  met?: boolean;
  note?: string;
}

export class Results {
  readonly figures: Figure[] = [];

  add(figure: Omit<Figure, 'met'>): Figure {
    const met =
      figure.target && figure.value !== null
        ? figure.target.comparison === '>='
          ? figure.value >= figure.target.value
          : figure.value <= figure.target.value
        : figure.target
          ? false
          : undefined;
    const full = { ...figure, ...(met === undefined ? {} : { met }) };
    this.figures.push(full);
    console.log(`  ${describe(full)}`);
    return full;
  }

  table(): string {
    const rows = this.figures.map((figure) => [
      figure.section,
      figure.dataset,
      figure.name,
      formatValue(figure.value, figure.unit),
      figure.target ? `${figure.target.comparison} ${formatValue(figure.target.value, figure.unit)}` : '',
      figure.met === undefined ? '' : figure.met ? 'met' : 'MISSED',
    ]);
    const header = ['section', 'dataset', 'measure', 'value', 'target', ''];
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
    return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
  }

  write(file: string, context: Record<string, unknown>) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...context, figures: this.figures }, null, 2)}\n`);
  }
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  const rounded = Math.abs(value) >= 100 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
  return `${rounded} ${unit}`.trim();
}

function describe(figure: Figure): string {
  const target = figure.target ? ` (target ${figure.target.comparison} ${formatValue(figure.target.value, figure.unit)}: ${figure.met ? 'met' : 'MISSED'})` : '';
  return `${figure.section} ${figure.dataset} ${figure.name}: ${formatValue(figure.value, figure.unit)}${target}${figure.note ? ` - ${figure.note}` : ''}`;
}

export const percentile = (values: number[], fraction: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};
