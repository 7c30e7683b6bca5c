// What the language server needs from the machine it runs on. The Node entry gives it
// `fs`; a web-worker entry can give it the client's workspace API. Nothing in
// server/src/lsp/ touches the file system any other way.
import type { ConfigReader } from '../engine';

export type EntryType = 'file' | 'directory';

export interface FileAccess {
  /** Entries of a folder ('/'-separated path); [] when it cannot be read. */
  readDirectory(path: string): Promise<Array<[name: string, type: EntryType]>>;
  /** Size in bytes, or undefined when there is no such file. */
  size(path: string): Promise<number | undefined>;
  /** Text of a file (UTF-8), or undefined when it cannot be read. */
  readFile(path: string): Promise<string | undefined>;
}

export interface ConfigFiles extends ConfigReader {
  /** Drop what is cached about a config file (after a change on disk); no path = all. */
  forget(path?: string): void;
}

export interface Host {
  files: FileAccess;
  config: ConfigFiles;
  /** The engine path ('/'-separated) of a document URI, or undefined when the host cannot reach it. */
  pathOf(uri: string): string | undefined;
  /** The URI of an engine path. */
  uriOf(path: string): string;
  /** Where a rule's (or the configuration page's) documentation opens: a local page when shipped. */
  docsLink(id: string): string;
  /**
   * Give memory back to the system after a check of many files (under Node: one full
   * garbage collection, when the process was started with --expose-gc, as the extension
   * starts it). Optional: a host without it keeps what the runtime keeps.
   */
  releaseMemory?(): void;
}
