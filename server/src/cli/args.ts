// Command-line arguments: a small strict parser, so that a mistyped option is a clear
// usage error (exit code 2) with a suggestion rather than a silently ignored word.
import { DEFAULT_FORMAT, FORMATS, formatList, isFormat, OUTPUT_FORMATS, type Format } from './format';
import { distance, guessSeverity, RULE_IDS, SEVERITIES, toSeverity, type Severity } from '../engine/light';

export interface Options {
  patterns: string[];
  format: Format;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings: number;
  quiet: boolean;
  rules: Record<string, Severity>;
  config?: string;
  printConfig?: string;
  stdin: boolean;
  stdinFilename?: string;
  cache: boolean;
  cacheLocation?: string;
  ignore: boolean;
  color?: boolean;
  /** Worker threads: undefined = decide from the file count; 0 = none. */
  jobs?: number;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

interface Spec {
  name: string;
  alias?: string;
  value?: string;
}

const SPECS: Spec[] = [
  { name: 'format', alias: 'f', value: 'name' },
  { name: 'output-file', alias: 'o', value: 'path' },
  { name: 'fix' },
  { name: 'fix-dry-run' },
  { name: 'max-warnings', value: 'number' },
  { name: 'quiet', alias: 'q' },
  { name: 'rule', value: 'id=severity' },
  { name: 'config', alias: 'c', value: 'path' },
  { name: 'print-config', value: 'file' },
  { name: 'stdin' },
  { name: 'stdin-filename', value: 'name' },
  { name: 'cache' },
  { name: 'cache-location', value: 'path' },
  { name: 'no-ignore' },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'jobs', alias: 'j', value: 'number' },
  { name: 'help', alias: 'h' },
  { name: 'version', alias: 'v' },
];

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    patterns: [],
    format: DEFAULT_FORMAT,
    fix: false,
    fixDryRun: false,
    maxWarnings: -1,
    quiet: false,
    rules: {},
    stdin: false,
    cache: false,
    ignore: true,
    help: false,
    version: false,
  };
  let onlyPatterns = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPatterns || arg === '-' || !arg.startsWith('-')) {
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPatterns = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const short = arg.slice(1, 2);
      const spec = SPECS.find((s) => s.alias === short);
      if (!spec) throw new UsageError(`Unknown option "${arg}".`);
      name = spec.name;
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    }
    const spec = SPECS.find((s) => s.name === name);
    if (!spec) {
      const best = SPECS.map((s) => ({ s, d: distance(name, s.name) })).sort((a, b) => a.d - b.d)[0];
      const hint = best && best.d <= 3 ? ` Did you mean "--${best.s.name}"?` : '';
      throw new UsageError(`Unknown option "--${name}".${hint}`);
    }
    let value: string | undefined;
    if (spec.value) {
      value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`The option --${spec.name} needs a value (${spec.value}).`);
    } else if (inline !== undefined) {
      throw new UsageError(`The option --${spec.name} takes no value.`);
    }
    apply(o, spec.name, value as string);
  }
  if (o.fix && o.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.');
  if (o.fixDryRun && !OUTPUT_FORMATS[o.format].fixDryRun) {
    throw new UsageError(`--fix-dry-run prints a unified diff, or JSON with --format json; it has no ${o.format} form.`);
  }
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename only applies together with --stdin.');
  if (o.stdin && o.patterns.length) {
    throw new UsageError(`With --stdin, grouplint reads the text from standard input; remove the file arguments (${o.patterns.join(' ')}).`);
  }
  if (o.cacheLocation !== undefined && !o.cache) o.cache = true;
  return o;
}

function apply(o: Options, name: string, value: string): void {
  switch (name) {
    case 'format':
      if (!isFormat(value)) throw new UsageError(`Unknown format "${value}". Formats: ${FORMATS.join(', ')}.`);
      o.format = value;
      break;
    case 'output-file':
      o.outputFile = value;
      break;
    case 'fix':
      o.fix = true;
      break;
    case 'fix-dry-run':
      o.fixDryRun = true;
      break;
    case 'max-warnings':
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${value}".`);
      o.maxWarnings = Number(value);
      break;
    case 'quiet':
      o.quiet = true;
      break;
    case 'rule': {
      for (const part of value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(part);
        if (!m) throw new UsageError(`--rule takes "rule-id=severity", not "${part}".`);
        const [, id, sev] = m;
        if (!RULE_IDS.includes(id)) {
          const best = RULE_IDS.map((r) => ({ r, d: distance(id, r) })).sort((a, b) => a.d - b.d)[0];
          const hint = best.d <= Math.max(3, id.length / 3) ? ` Did you mean "${best.r}"?` : ' See `grouplint --help` for the rule list.';
          throw new UsageError(`Unknown rule id "${id}" in --rule.${hint}`);
        }
        // ESLint spellings too: warn, info, and 0/1/2 (a command line gives them as text).
        const severity = toSeverity(/^\d+$/.test(sev) ? Number(sev) : sev);
        if (!severity) {
          const guess = guessSeverity(sev);
          throw new UsageError(
            `Unknown severity "${sev}" for ${id} in --rule.${guess ? ` Did you mean "${guess}"?` : ''} ` +
              `Severities: ${SEVERITIES.join(', ')} (also warn, info, 0, 1, 2).`,
          );
        }
        o.rules[id] = severity;
      }
      break;
    }
    case 'config':
      o.config = value;
      break;
    case 'print-config':
      o.printConfig = value;
      break;
    case 'stdin':
      o.stdin = true;
      break;
    case 'stdin-filename':
      o.stdinFilename = value;
      break;
    case 'cache':
      o.cache = true;
      break;
    case 'cache-location':
      o.cacheLocation = value;
      break;
    case 'no-ignore':
      o.ignore = false;
      break;
    case 'color':
      o.color = true;
      break;
    case 'no-color':
      o.color = false;
      break;
    case 'jobs':
      if (value === 'auto') o.jobs = undefined;
      else if (/^\d+$/.test(value)) o.jobs = Number(value);
      else throw new UsageError(`--jobs takes a number of worker threads (0 = none) or "auto", not "${value}".`);
      break;
    case 'help':
      o.help = true;
      break;
    case 'version':
      o.version = true;
      break;
  }
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '  ' + word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

export function helpText(version: string): string {
  return `grouplint ${version}: checks Markdown flyers, web pages and handouts about groups, so a
support group never reads like a clinical service and group therapy says plainly that it is therapy.

Usage: grouplint [options] [files, folders or globs...]     (default: the current folder)

Finds *.md and *.markdown files, skipping node_modules, hidden folders, what .gitignore
ignores and what the "ignore" list of a .grouplintrc.json names.

Output
  -f, --format <name>        ${formatList()}
  -o, --output-file <path>   write the report to a file instead of standard output
  -q, --quiet                report errors only
      --max-warnings <n>     exit with 1 when there are more than n warnings
      --color, --no-color    force colour on or off (default: on for a terminal)

Fixing
      --fix                  apply every fix and save each file (atomically); list each
                             change on stderr, and the suggestions left for the editor
                             (fixes never change a flyer's facts; suggestions would)
      --fix-dry-run          print the fixes as a unified diff (with --format json: the
                             fixes and what would remain, per file); change nothing

Configuration
  -c, --config <path>        use this config file instead of finding .grouplintrc.json
      --rule <id=severity>   override a rule's severity (repeatable; severities:
                             off, hint, information, warning, error; also warn,
                             info, and 0, 1, 2 as in ESLint)
      --print-config <file>  print the merged config that applies to a file, and exit
      --no-ignore            also check files that .gitignore or the config's "ignore" skip

Input
      --stdin                read one document from standard input
      --stdin-filename <n>   the name it has (for config discovery, kinds and the report)

Speed
      --cache                only re-check files whose content, config or grouplint changed
      --cache-location <p>   cache file (default: .grouplintcache in the current folder)
  -j, --jobs <n|auto>        worker threads (0 = none; default: auto, by file count)

  -h, --help                 show this help
  -v, --version              print the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many
warnings, 2 a usage or config error.

${wrap(`Rules: ${RULE_IDS.join(', ')}.`, 92)}
Docs: https://github.com/grouplint/grouplint/blob/main/docs/README.md
`;
}
