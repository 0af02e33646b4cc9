/** Claim helpers shared by the table-driven claim tests. */
import { analyzeDocument } from '../../server/src/core/analyze';
import { findingsOf } from '../../server/src/core/index/findings';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

/** A text's claims as "value:key" strings, in text order. */
export function claimKeys(text: string): string[] {
  const facts = analyzeDocument(text, DEFAULT_OPTIONS);
  return facts.claims.map((c) => `${facts.figures[c.figure].value}:${c.key}`);
}

/** A text's claims as "value:key@time" strings (time null when the claim has none), in text order. */
export function claimTimes(text: string): string[] {
  const facts = analyzeDocument(text, DEFAULT_OPTIONS);
  return facts.claims.map((c) => `${facts.figures[c.figure].value}:${c.key}@${c.time}`);
}

/** The figures the cross-file check flags in two reports of one story, as "a: text" or "b: text". */
export function flaggedInPair([a, b]: [string, string]): string[] {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  const texts: Record<string, string> = { a, b };
  for (const [name, text] of Object.entries(texts)) index.set(`${name}.txt`, text);
  return Object.entries(texts).flatMap(([name, text]) =>
    findingsOf(index, `${name}.txt`)
      .filter((f) => f.code === 'concord.figure-conflict')
      .map((f) => `${name}: ${text.slice(f.start, f.end)}`),
  );
}

/** The figures the in-document check flags in one text (`concord.figure-inconsistency`), by their text. */
export function flaggedInDocument(text: string): string[] {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('a.txt', text);
  return findingsOf(index, 'a.txt')
    .filter((f) => f.code === 'concord.figure-inconsistency')
    .map((f) => text.slice(f.start, f.end));
}

/** The files each file's figure-conflict findings link to, per finding. */
export function conflictLinks(files: Record<string, string>): Record<string, string[][]> {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [name, text] of Object.entries(files)) index.set(name, text);
  const out: Record<string, string[][]> = {};
  for (const name of Object.keys(files)) {
    const links = findingsOf(index, name)
      .filter((f) => f.code === 'concord.figure-conflict')
      .map((f) => [...new Set(f.related.map((r) => r.doc))].sort());
    if (links.length > 0) out[name] = links;
  }
  return out;
}
