// Faults in config files and settings, told once: a closed config file's faults are
// published as its diagnostics (an open one reports its own), and what is wrong with the
// settings is shown as a warning the first time it is seen.
import type { Connection } from 'vscode-languageserver';
import { LineIndex, type ConfigIssue } from '../engine';
import { configIssueToDiagnostic, type Positions } from './convert';
import type { OpenDocument } from './documents';
import type { Host } from './host';
import type { Settings } from './settings';

export interface NoticeContext {
  readonly connection: Connection;
  readonly host: Host;
  readonly docs: ReadonlyMap<string, OpenDocument>;
}

export class ConfigNotices {
  /** Per config file ('/'-separated path), the issues last published for it (as JSON). */
  readonly issuesShown = new Map<string, string>();
  private readonly messagesShown = new Set<string>();

  constructor(private readonly server: NoticeContext) {}

  noteSettings(s: Settings): Settings {
    for (const m of s.messages) {
      if (this.messagesShown.has(m)) continue;
      this.messagesShown.add(m);
      this.server.connection.console.warn(m);
      void this.server.connection.window.showWarningMessage(m);
    }
    return s;
  }

  showConfigIssues(file: string, issues: ConfigIssue[]): void {
    const uri = this.server.host.uriOf(file);
    if (this.server.docs.has(uri)) return; // the open document reports its own
    const key = JSON.stringify(issues);
    if (this.issuesShown.get(file) === key) return;
    const before = this.issuesShown.get(file);
    this.issuesShown.set(file, key);
    if (!issues.length && (before === undefined || before === '[]')) return;
    const text = this.server.host.config.read(file);
    const index = new LineIndex(typeof text === 'string' ? text : '');
    const positions: Positions = { positionAt: (o) => index.position(o) };
    void this.server.connection.sendDiagnostics({ uri, diagnostics: issues.map((i) => configIssueToDiagnostic(positions, i, this.server.host.docsLink)) });
  }
}
