/** Names of documents in messages and lenses, from their keys (URIs in the server, paths in the CLI). */

function lastSegment(doc: string): string {
  const last = doc.split(/[\\/]/).pop() ?? doc;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The file name of a document key: "003_669854c548bb48ca.txt". */
export function displayName(doc: string): string {
  return lastSegment(doc);
}

/** A short name for lenses: the file name up to its first '_' or '.', e.g. "003" for 003_6698….txt. */
export function shortDocName(doc: string): string {
  const name = lastSegment(doc);
  const m = /^([^_.]+)[_.]/.exec(name);
  return m ? m[1] : name;
}
