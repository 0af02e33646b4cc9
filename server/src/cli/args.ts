/** Command-line parsing for `concord extract`, `check`, `export` and `import`. */

/** Output formats (annotation formats for export and import). */
export type OutputFormat = 'text' | 'json' | 'sarif' | 'brat' | 'conll' | 'jsonl' | 'w3c';

/** A parsed command line. */
export interface CliArgs {
  command: 'extract' | 'check' | 'export' | 'import' | 'help' | 'version';
  paths: string[];
  format: OutputFormat;
  include: string[];
  exclude: string[];
  /** Digit system preferences, e.g. fa=arabext. */
  preferredDigits: Record<string, string>;
  /** Grouping preferences, e.g. hi=indian. */
  preferredGrouping: Record<string, string>;
  /** export: output folder. */
  out?: string;
  /** export: add Concord's own detections. */
  detections?: boolean;
  /** import: the corpus folder the annotations belong to. */
  into?: string;
  /** import: author recorded on imported annotations. */
  author?: string;
}

/** Thrown for a usage error (exit code 2). */
export class UsageError extends Error {}

const FORMATS: Record<CliArgs['command'], readonly OutputFormat[]> = {
  extract: ['text', 'json'],
  check: ['text', 'json', 'sarif'],
  export: ['brat', 'conll', 'jsonl', 'w3c'],
  import: ['brat', 'jsonl'],
  help: ['text'],
  version: ['text'],
};

/** The usage text. */
export const USAGE = `Usage:
  concord extract <paths…> [--format text|json]
  concord check <paths…> [--format text|json|sarif]
  concord export <paths…> --format brat|conll|jsonl|w3c --out <dir> [--detections]
  concord import <files or folders…> --format brat|jsonl --into <corpus folder> [--author <name>]

Paths are files or folders; folders are searched for corpus files (default **/*.txt).
Options:
  --format <f>           output format (extract: text|json, check: text|json|sarif,
                         export: brat|conll|jsonl|w3c, import: brat|jsonl; both default to jsonl)
  --include <glob>       corpus files inside folders (repeatable; default **/*.txt)
  --exclude <glob>       files to leave out (repeatable; node_modules, .git, .concord always)
  --digits <lang>=<sys>  preferred digit system per language (latn|arabext|arab|deva|dominant)
  --grouping <lang>=<g>  preferred grouping of large numbers per language (western|indian|none|dominant)
  --out <dir>            export: where to write (brat: .txt + .ann; conll; jsonl; w3c: .jsonld)
  --detections           export: also Concord's detected entities and figures (less rejected ones)
  --into <dir>           import: the corpus folder; files map to documents by relative path
  --author <name>        import: author of the imported annotations (default: your user name)
  -h, --help             this help
  --version              the version

Exit codes: 0 no warning or error; 1 warnings or errors found (check); 2 usage or IO error.`;

/** Records a `<lang>=<value>` option. */
function setPair(into: Record<string, string>, flag: string, text: string, example: string): void {
  const [lang, choice] = text.split('=');
  if (!lang || !choice) throw new UsageError(`${flag} takes <lang>=<value>, e.g. ${example}`);
  into[lang] = choice;
}

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: 'help', paths: [], format: 'text', include: [], exclude: [], preferredDigits: {}, preferredGrouping: {} };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return args;
  if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  if (first !== 'extract' && first !== 'check' && first !== 'export' && first !== 'import') throw new UsageError(`unknown command "${first}"`);
  args.command = first;
  if (first === 'export' || first === 'import') args.format = 'jsonl';
  while (rest.length > 0) {
    const a = rest.shift()!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') args.format = value() as OutputFormat;
    else if (flag === '--include') args.include.push(value());
    else if (flag === '--exclude') args.exclude.push(value());
    else if (flag === '--out' || flag === '-o') args.out = value();
    else if (flag === '--detections') args.detections = true;
    else if (flag === '--into') args.into = value();
    else if (flag === '--author') args.author = value();
    else if (flag === '--digits') setPair(args.preferredDigits, flag, value(), 'fa=arabext');
    else if (flag === '--grouping') setPair(args.preferredGrouping, flag, value(), 'hi=indian');
    else if (flag === '-h' || flag === '--help') return { ...args, command: 'help' };
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else args.paths.push(a);
  }
  if (!FORMATS[args.command].includes(args.format)) throw new UsageError(`--format ${args.format} is not available for ${args.command}`);
  if (args.paths.length === 0) throw new UsageError(`${args.command} needs at least one file or folder`);
  if (args.command === 'export' && !args.out) throw new UsageError('export needs --out <dir>');
  if (args.command === 'import' && !args.into) throw new UsageError('import needs --into <corpus folder>');
  return args;
}
