/**
 * All findings of the workspace per document: the per-document rules' findings from the facts,
 * plus cross-file rules that read the index. The server publishes these and the CLI prints them,
 * so both always say the same thing.
 */
import { displayName } from '../features/docNames';
import { entitySpelling } from '../rules/entitySpelling';
import { figureConflicts } from '../rules/figureConflict';
import type { Finding } from '../types';
import type { WorkspaceIndex } from './workspaceIndex';

/** Findings of one document, in text order. */
export function findingsOf(index: WorkspaceIndex, key: string): Finding[] {
  const doc = index.get(key);
  if (!doc) return [];
  return [...index.documentFindings(key), ...figureConflicts(index, key, displayName), ...entitySpelling(index, key, displayName)].sort((a, b) => a.start - b.start || a.end - b.end);
}
