// Which kind of group a document is about, and on what authority: its front matter, then
// the configuration's `kinds` globs, then its own words (engine/kind.ts).
import type { Kind, KindSource } from './types';
import type { DocumentModel } from './document';
import { kindFromGlobs, type KindGlob } from './config';
import { inferKind, type KindResolution } from './kind';

export interface ResolvedKind {
  kind: Kind | null;
  kindSource: KindSource | null;
  /** What the words say, whatever decided the kind (group material, comparison, evidence). */
  inferred: KindResolution;
  /** A `group:` value in front matter that names neither kind. */
  unknownKind: boolean;
}

export function resolveKind(model: DocumentModel, declared: unknown, kinds: KindGlob[], path: string | undefined): ResolvedKind {
  const inferred = inferKind(model);
  const unknownKind = declared !== undefined && declared !== 'support' && declared !== 'therapy';
  if (declared === 'support' || declared === 'therapy') return { kind: declared, kindSource: 'front-matter', inferred, unknownKind };
  const globbed = path ? kindFromGlobs(kinds, path) : undefined;
  if (globbed) return { kind: globbed, kindSource: 'config', inferred, unknownKind };
  if (inferred.kind) return { kind: inferred.kind, kindSource: 'inferred', inferred, unknownKind };
  return { kind: null, kindSource: null, inferred, unknownKind };
}
