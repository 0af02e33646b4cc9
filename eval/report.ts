/**
 * The shape of the accuracy report and how it is printed: one aligned line per file, failing cases
 * on request, a summary against the targets, or the same data as JSON.
 */
import type { CaseOutcome } from './match';

/** A case that went wrong, as the failure listing prints it. */
export interface Failure {
  input: string;
  expected: string;
  got: string;
}

/** One line of the report: a file (or a measure of one) with its count of right cases. */
export interface Row {
  label: string;
  right: number;
  total: number;
  /** Span accuracy where the set gives spans. */
  span?: { right: number; total: number };
  /** Counts or remarks printed after the numbers. */
  note?: string;
  /** Failing cases, in file order (all of them; the printer cuts). */
  failures: Failure[];
}

/** Which target a section's cases count toward. */
export type TargetGroup = 'number' | 'unit' | null;

/** A group of rows from one evaluation set. */
export interface Section {
  title: string;
  group: TargetGroup;
  rows: Row[];
  /** Lines printed under the table (definitions, what was left out and why). */
  notes: string[];
  /** Rows the summary shows instead of the section's sum, when rows measure different things. */
  summaryRows?: Row[];
}

/** What the issue asks of each target group. */
export const TARGETS: Record<'number' | 'unit', number> = { number: 0.95, unit: 0.9 };

/** Turns case outcomes into a row: right/total, span right/total, and how many were value-only. */
export function tally(label: string, outcomes: readonly CaseOutcome[], notes: readonly string[] = []): Row {
  const withSpan = outcomes.filter((o) => o.spanRight !== null);
  const valueOnly = outcomes.filter((o) => o.valueOnly).length;
  const note = [valueOnly > 0 ? `${valueOnly} value-only (unit not in model)` : '', ...notes].filter(Boolean).join('; ');
  return {
    label,
    right: outcomes.filter((o) => o.right).length,
    total: outcomes.length,
    span: withSpan.length > 0 ? { right: withSpan.filter((o) => o.spanRight).length, total: withSpan.length } : undefined,
    note: note || undefined,
    failures: outcomes.filter((o) => !o.right).map(({ input, expected, got }) => ({ input, expected, got })),
  };
}

/** A percentage with one decimal, or "-" when there is nothing to divide. */
export function pct(right: number, total: number): string {
  return total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`;
}

/** Prints the sections as aligned tables, then the failing cases asked for. */
export function printSections(sections: readonly Section[], failuresPerFile: number): void {
  const rows = sections.flatMap((s) => s.rows);
  const labelWidth = Math.max(20, ...rows.map((r) => r.label.length));
  const countWidth = Math.max(9, ...rows.map((r) => `${r.right}/${r.total}`.length));
  for (const section of sections) {
    const target = section.group === null ? 'not counted toward a target' : `target ≥ ${TARGETS[section.group] * 100}%`;
    console.log(`\n== ${section.title} (${target})`);
    for (const r of section.rows) {
      const span = r.span ? `  (span ${r.span.right}/${r.span.total} ${pct(r.span.right, r.span.total)})` : '';
      const note = r.note ? `  ${r.note}` : '';
      console.log(`${r.label.padEnd(labelWidth)}  ${`${r.right}/${r.total}`.padStart(countWidth)}  ${pct(r.right, r.total).padStart(6)}${span}${note}`);
    }
    for (const n of section.notes) console.log(`  · ${n}`);
    if (failuresPerFile > 0) printFailures(section, failuresPerFile);
  }
}

function printFailures(section: Section, perFile: number): void {
  for (const r of section.rows) {
    if (r.failures.length === 0) continue;
    console.log(`\n-- failures in ${r.label} (${Math.min(perFile, r.failures.length)} of ${r.failures.length})`);
    for (const f of r.failures.slice(0, perFile)) {
      console.log(`  input:    ${oneLine(f.input)}`);
      console.log(`  expected: ${oneLine(f.expected)}`);
      console.log(`  got:      ${oneLine(f.got)}`);
    }
  }
}

/** Prints the totals per target group and per section. */
export function printSummary(sections: readonly Section[]): void {
  console.log('\n== Summary');
  const width = Math.max(24, ...sections.flatMap((s) => [s.title, ...(s.summaryRows ?? []).map((r) => `${s.title}: ${r.label}`)]).map((t) => t.length));
  for (const s of sections) {
    if (s.summaryRows !== undefined) {
      for (const r of s.summaryRows) console.log(`${`${s.title}: ${r.label}`.padEnd(width)}  ${`${r.right}/${r.total}`.padStart(11)}  ${pct(r.right, r.total).padStart(6)}`);
      continue;
    }
    const { right, total } = sum(s.rows);
    const group = s.group === null ? 'not counted' : `${s.group} sets`;
    console.log(`${s.title.padEnd(width)}  ${`${right}/${total}`.padStart(11)}  ${pct(right, total).padStart(6)}  ${group}`);
  }
  for (const group of ['number', 'unit'] as const) {
    const { right, total } = sum(sections.filter((s) => s.group === group).flatMap((s) => s.rows));
    if (total === 0) continue;
    const met = right / total >= TARGETS[group] ? 'meets' : 'below';
    console.log(`${`all ${group} sets`.padEnd(width)}  ${`${right}/${total}`.padStart(11)}  ${pct(right, total).padStart(6)}  ${met} target ${TARGETS[group] * 100}%`);
  }
}

/** The machine-readable report: every row with its counts and (up to the asked number of) failures. */
export function toJson(sections: readonly Section[], failuresPerFile: number): unknown {
  const targets: Record<string, { right: number; total: number; target: number }> = {};
  for (const group of ['number', 'unit'] as const) {
    targets[group] = { ...sum(sections.filter((s) => s.group === group).flatMap((s) => s.rows)), target: TARGETS[group] };
  }
  return {
    targets,
    sections: sections.map((s) => ({
      title: s.title,
      group: s.group,
      notes: s.notes,
      rows: s.rows.map((r) => ({ ...r, failureCount: r.failures.length, failures: r.failures.slice(0, failuresPerFile) })),
    })),
  };
}

function sum(rows: readonly Row[]): { right: number; total: number } {
  return rows.reduce((acc, r) => ({ right: acc.right + r.right, total: acc.total + r.total }), { right: 0, total: 0 });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
