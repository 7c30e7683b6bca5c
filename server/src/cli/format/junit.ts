// `--format junit`: one test suite per file, one failed test case per finding, and one
// passing case for a file without findings, so CI dashboards show clean files too.
import type { Report } from '../report';

export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(report: Report): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const f of report.files) {
    const n = Math.max(1, f.diagnostics.length);
    tests += n;
    failures += f.diagnostics.length;
    const p = xmlEscape(f.path);
    const lines = [`  <testsuite name="${p}" tests="${n}" failures="${f.diagnostics.length}" errors="0" skipped="0">`];
    if (!f.diagnostics.length) lines.push(`    <testcase name="grouplint" classname="${p}" time="0"/>`);
    for (const d of f.diagnostics) {
      const where = `${f.path}:${d.line}:${d.column}`;
      lines.push(
        `    <testcase name="${xmlEscape(`${d.rule} (${d.line}:${d.column})`)}" classname="${p}" time="0">`,
        `      <failure type="${d.severity}" message="${xmlEscape(d.message)}">${xmlEscape(`${where}: ${d.severity}: ${d.message} [${d.rule}]`)}</failure>`,
        `    </testcase>`,
      );
    }
    lines.push('  </testsuite>');
    suites.push(lines.join('\n'));
  }
  out.push(`<testsuites name="grouplint" tests="${tests}" failures="${failures}" errors="0">`);
  out.push(...suites);
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
