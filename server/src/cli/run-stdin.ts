// Checking standard input (--stdin): one document, named by --stdin-filename for config
// discovery and the report; with --fix the fixed text goes to stdout.
import path = require('path');
import type { Options } from './args';
import type { Configs } from './configs';
import { engine } from './lazy';
import { decode } from './read';
import { toDisplay, toPosixAbs } from './paths';
import { countReport, plural, type FileReport, type Report } from './report';
import { formatStylish } from './format/stylish';
import {
  applyQuiet,
  changeList,
  configEntries,
  dryRunRendering,
  emit,
  emitText,
  exitCodeOf,
  suggestionList,
  unifiedDiff,
  VERSION,
  write,
  type Io,
} from './output';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function runStdin(o: Options, configs: Configs, io: Io, err: (s: string) => void): Promise<number> {
  const bytes = await readAll(io.stdin);
  const name = o.stdinFilename;
  const display = name === undefined ? '<stdin>' : toDisplay(path.resolve(io.cwd, name), io.cwd);
  const abs = toPosixAbs(name ?? 'stdin.md', io.cwd);
  const loaded = decode(bytes);
  let file: FileReport;
  let fixedText: string | undefined;
  if (!loaded.ok) {
    file = { path: display, kind: null, kindSource: null, groupMaterial: false, type: 'document', skipped: true, diagnostics: [loaded.diagnostic] };
  } else {
    const resolved = configs.forFile(abs);
    const out = engine().safeCheck({ path: abs, text: loaded.text, config: resolved.config, fix: o.fix || o.fixDryRun });
    fixedText = out.fixed;
    file = { path: display, kind: out.kind, kindSource: out.kindSource, groupMaterial: out.groupMaterial, type: 'document', diagnostics: out.diagnostics };
    if (out.notGroupReason) file.notGroupReason = out.notGroupReason;
    if (o.fixDryRun) {
      file.fixes = out.applied ?? [];
      file.suggested = out.suggested ?? [];
      if (out.fixed !== undefined) file.output = (loaded.bom ? '\ufeff' : '') + out.fixed;
    }
    if (o.fix) {
      file.fixes = out.applied ?? [];
      file.suggested = out.diagnostics.filter((d) => d.suggestions?.length);
    }
  }
  const { entries, fatal } = configEntries(configs, io, err);
  const all = [...entries, file];
  const { files, hidden } = applyQuiet(all, o.quiet);
  const report: Report = { files, cwd: io.cwd, version: VERSION, hidden };
  const bom = loaded.ok && loaded.bom ? '\ufeff' : '';
  if (o.fix) {
    // The fixed document goes to stdout (as editors' "format with" commands expect); the report to stderr.
    await write(io.stdout, loaded.ok ? bom + (fixedText ?? loaded.text) : bytes.toString('utf8'));
    if (file.fixes?.length && !o.quiet)
      await write(io.stderr, `grouplint: ${plural(file.fixes.length, 'fix', 'fixes')}:\n${changeList([{ display, applied: file.fixes }])}`);
    const c = countReport(files);
    if (c.error + c.warning + c.information + c.hint) await write(io.stderr, formatStylish(report, !!io.stderr.isTTY && !io.env.NO_COLOR));
  } else if (o.fixDryRun && dryRunRendering(o)) {
    await emitText(dryRunRendering(o)!(report), o, io);
  } else if (o.fixDryRun) {
    if (loaded.ok && fixedText !== undefined) await write(io.stdout, unifiedDiff(display, bom + loaded.text, bom + fixedText));
    const suggested = o.quiet ? '' : suggestionList(all, 'suggested, not applied');
    if (suggested) err(suggested);
  } else await emit(report, o, io);
  return exitCodeOf(files, o, fatal);
}
