// Writing a generated source file, or checking that the committed one is what its script builds today.
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');

/**
 * With `--check` on the command line: exit 1 when `file` differs from `text` (it is stale), naming the command that
 * rebuilds it. Otherwise write it, and say so with `summary`.
 */
export function writeOrCheck(file: string, text: string, rebuild: string, summary: string): void {
  const name = path.relative(root, file);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`${name} is stale: run ${rebuild}`);
      process.exit(1);
    }
    console.log(`${name} is up to date`);
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${name} ${summary}`);
  }
}
