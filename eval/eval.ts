/**
 * `npm run eval`: Concord's accuracy on the shared evaluation sets, per file (cases right / cases),
 * with a summary against the targets. It is a measurement, so it exits 0 whatever the accuracy;
 * it exits 2 when ../shared is missing and 1 on a bad argument.
 *
 *   node dist/eval.js [--json] [--failures N] [--only SUBSTRING]
 */
import { existsSync } from 'node:fs';
import { cachedAnalyser } from './analyse';
import { EVAL_DIR } from './data';
import { ducklingSections } from './duckling';
import { entitiesParallelSection, entitiesSection } from './entities';
import { n2wordsSection } from './n2words';
import { recognizersTextSections } from './recognizersText';
import { printSections, printSummary, toJson, type Section } from './report';
import { seedsSection } from './seeds';
import { ticoSection } from './tico';

/** Command-line options of the eval script. */
interface EvalArgs {
  json: boolean;
  failures: number;
  only: string;
}

const USAGE = 'usage: node dist/eval.js [--json] [--failures N] [--only SUBSTRING]';

function parseArgs(argv: readonly string[]): EvalArgs | string {
  const args: EvalArgs = { json: false, failures: 0, only: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--failures') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) return `--failures needs a count\n${USAGE}`;
      args.failures = n;
    } else if (arg === '--only') {
      if (argv[i + 1] === undefined) return `--only needs a substring\n${USAGE}`;
      args.only = argv[++i];
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else return `unknown argument ${arg}\n${USAGE}`;
  }
  return args;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return args === USAGE ? 0 : 1;
  }
  if (!existsSync(EVAL_DIR)) {
    console.error(`evaluation sets not found at ${EVAL_DIR}: the eval needs ../shared beside the checkout`);
    return 2;
  }
  const started = Date.now();
  const analyse = cachedAnalyser();
  const sections: Section[] = [
    ...recognizersTextSections(analyse, args.only),
    ...ducklingSections(analyse, args.only),
    n2wordsSection(analyse, args.only),
    seedsSection(analyse, args.only),
    ticoSection(analyse, args.only),
    entitiesSection(analyse, args.only),
    entitiesParallelSection(analyse, args.only),
  ].filter((s): s is Section => s !== null && (s.rows.length > 0 || args.only === ''));
  if (args.json) {
    console.log(JSON.stringify({ ...(toJson(sections, args.failures) as object), seconds: (Date.now() - started) / 1000 }, null, 2));
    return 0;
  }
  if (sections.length === 0) console.log(`no evaluation file matches --only ${JSON.stringify(args.only)}`);
  printSections(sections, args.failures);
  printSummary(sections);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}

process.exitCode = main();
