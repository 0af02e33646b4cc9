#!/usr/bin/env node
/**
 * The `concord` command: the same core as the editor over files and folders.
 * Exit codes: 0 no warning or error, 1 warnings or errors found, 2 usage or IO error.
 */
import { DEFAULT_OPTIONS, type AnalysisOptions, type Grouping } from '../core/options';
import type { DigitSystem, Lang } from '../core/types';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import { runExport, runImport } from './annotationsCli';
import { corpusDiagnostics, jsonReport } from './jsonReport';
import { loadCorpus } from './loadCorpus';
import { sarifReport } from './sarifReport';
import { checkText, extractText } from './textReport';

declare const CONCORD_VERSION: string;
const VERSION = typeof CONCORD_VERSION === 'string' ? CONCORD_VERSION : '0.0.0-dev';
const DIGIT_SYSTEMS = new Set(['latn', 'arabext', 'arab', 'deva', 'dominant']);
const GROUPINGS = new Set(['western', 'indian', 'none', 'dominant']);

/** Runs the CLI and resolves to the exit code. */
export async function runCli(argv: readonly string[], write: (s: string) => void, writeError: (s: string) => void): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    writeError(`concord: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') return write(`${USAGE}\n`), 0;
  if (args.command === 'version') return write(`${VERSION}\n`), 0;
  for (const system of Object.values(args.preferredDigits)) {
    if (!DIGIT_SYSTEMS.has(system)) return writeError(`concord: unknown digit system "${system}"\n`), 2;
  }
  for (const grouping of Object.values(args.preferredGrouping)) {
    if (!GROUPINGS.has(grouping)) return writeError(`concord: unknown grouping "${grouping}" (western, indian, none, dominant)\n`), 2;
  }
  const options: AnalysisOptions = {
    ...DEFAULT_OPTIONS,
    preferredDigits: args.preferredDigits as Partial<Record<Lang, DigitSystem | 'dominant'>>,
    preferredGrouping: args.preferredGrouping as Partial<Record<Lang, Grouping | 'dominant'>>,
  };
  if (args.command === 'export') return runExport(args, options, write, writeError);
  if (args.command === 'import') return runImport(args, write, writeError);
  const corpus = await loadCorpus(args.paths, options, args);
  for (const m of corpus.missing) writeError(`concord: ${m.path}: ${m.reason}\n`);
  if (args.format === 'sarif') for (const s of corpus.skipped) writeError(`note: skipped ${s.path}: ${s.reason}\n`);
  const diagnostics = corpusDiagnostics(corpus);
  if (args.format === 'json') write(`${JSON.stringify(jsonReport(corpus), null, 2)}\n`);
  else if (args.format === 'sarif') write(`${JSON.stringify(sarifReport(diagnostics, VERSION), null, 2)}\n`);
  else {
    const lines = args.command === 'extract' ? extractText(corpus) : checkText(corpus, diagnostics);
    write(`${lines.join('\n')}\n`);
  }
  if (corpus.missing.length > 0) return 2;
  if (args.command === 'check' && diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) return 1;
  return 0;
}

if (require.main === module) {
  // A reader that stops early (`concord extract … | head`) ends the output, not in an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });
  runCli(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`concord: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
