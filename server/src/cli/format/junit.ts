// `--format junit`: one test suite per file, one failed test case per error or warning, and
// one passing case for a file without any, so CI dashboards show clean files too.
// Information and hints never fail a run, so they are no failures here either: they are
// listed in the suite's <system-out>.
import type { Diagnostic } from '../check';
import type { Report } from '../report';

export function xmlEscape(s: string): string {
  return (
    s
      // XML 1.0 allows no control characters but tab and line breaks: they are dropped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const FAILS = new Set(['error', 'warning']);

export function formatJunit(report: Report): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const f of report.files) {
    const failed = f.diagnostics.filter((d) => FAILS.has(d.severity));
    const notes = f.diagnostics.filter((d) => !FAILS.has(d.severity));
    const n = Math.max(1, failed.length);
    tests += n;
    failures += failed.length;
    const p = xmlEscape(f.path);
    const line = (d: Diagnostic) => `${f.path}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.rule}]`;
    const lines = [`  <testsuite name="${p}" tests="${n}" failures="${failed.length}" errors="0" skipped="0">`];
    if (!failed.length) lines.push(`    <testcase name="grouplint" classname="${p}" time="0"/>`);
    for (const d of failed) {
      lines.push(
        `    <testcase name="${xmlEscape(`${d.rule} (${d.line}:${d.column})`)}" classname="${p}" time="0">`,
        `      <failure type="${d.severity}" message="${xmlEscape(d.message)}">${xmlEscape(line(d))}</failure>`,
        `    </testcase>`,
      );
    }
    if (notes.length) lines.push(`    <system-out>${xmlEscape(notes.map(line).join('\n'))}</system-out>`);
    lines.push('  </testsuite>');
    suites.push(lines.join('\n'));
  }
  out.push(`<testsuites name="grouplint" tests="${tests}" failures="${failures}" errors="0">`);
  out.push(...suites);
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
