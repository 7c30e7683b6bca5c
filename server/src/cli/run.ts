// The grouplint command: arguments → files → checks (cached, spread over worker threads
// when that pays) → fixes → report → exit code. This file reads the arguments and the config
// and hands over: run-files.ts, run-stdin.ts, print-config.ts; output.ts presents the result.
import { helpText, parseArgs, UsageError, type Options } from './args';
import { Configs, ConfigError } from './configs';
import { EXIT, VERSION, type Io } from './output';
import { runFiles } from './run-files';
import { runStdin } from './run-stdin';
import { printConfig } from './print-config';

export { VERSION, changeList, suggestionList, type Io } from './output';
export { WORKER_THRESHOLD, PROGRESS_THRESHOLD } from './run-files';

export async function main(argv: string[], io: Io): Promise<number> {
  const err = (s: string) => io.stderr.write(s.endsWith('\n') ? s : s + '\n');
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`grouplint: ${e.message}\nRun \`grouplint --help\` for the options.`);
      return EXIT.usage;
    }
    throw e;
  }
  if (o.help) {
    io.stdout.write(helpText(VERSION));
    return EXIT.ok;
  }
  if (o.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }

  let configs: Configs;
  try {
    configs = new Configs({ configPath: o.config, rules: o.rules, cwd: io.cwd });
  } catch (e) {
    if (e instanceof ConfigError) {
      err(`grouplint: ${e.message}`);
      return EXIT.usage;
    }
    throw e;
  }

  if (o.printConfig !== undefined) return printConfig(o.printConfig, configs, io, err);
  if (o.stdin) return runStdin(o, configs, io, err);
  return runFiles(o, configs, io, err);
}
