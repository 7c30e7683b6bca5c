// Messages between the browser extension and the web-worker server. A worker has no file
// system, so the server asks the extension (which has `vscode.workspace.fs`) for folders and
// files, and the extension hands over `.grouplintrc.json` files before the server needs them
// (config discovery reads them synchronously).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export interface ConfigFileContent {
  uri: string;
  /** The file's text; absent when there is no such file (deleted, or not found). */
  text?: string;
  /** Size in bytes when the file is too large to hand over (the text is then absent). */
  tooLarge?: number;
}

/** `grouplint/web/configFiles` (client → server): config files found, changed or deleted. */
export const ConfigFilesNotification = new NotificationType<{ files: ConfigFileContent[] }>('grouplint/web/configFiles');

export interface UriParams {
  uri: string;
}

export type WebEntryType = 'file' | 'directory';

/** `grouplint/web/readDirectory` (server → client): a folder's entries; [] when it cannot be read. */
export const ReadDirectoryRequest = new RequestType<UriParams, Array<[string, WebEntryType]>, void>('grouplint/web/readDirectory');

/** `grouplint/web/fileSize` (server → client): a file's size in bytes; null when there is no such file. */
export const FileSizeRequest = new RequestType<UriParams, number | null, void>('grouplint/web/fileSize');

/** `grouplint/web/readFile` (server → client): a file's text (UTF-8); null when it cannot be read. */
export const ReadFileRequest = new RequestType<UriParams, string | null, void>('grouplint/web/readFile');

/** The config file's name (the engine's CONFIG_FILE_NAME; kept here so the extension does not bundle the engine's config code). */
export const CONFIG_FILE = '.grouplintrc.json';

/** Config files larger than this are not handed over (the engine refuses them anyway). */
export const MAX_WEB_CONFIG_BYTES = 1024 * 1024;
