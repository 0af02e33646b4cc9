/** Helpers for editor tests: the test workspace, waiting on conditions, positions of text. */
import * as vscode from 'vscode';

/** The workspace folder the runner opened (a temporary copy of the seeds). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor suite needs a workspace folder');
  return folder.uri;
}

/** A file of the workspace. */
export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Polls until `probe` returns a truthy value (conditions, never fixed sleeps); fails after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let delay = 25;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(250, delay * 2);
  }
}

/** Concord's diagnostics of a file. */
export function concordDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'concord' && (!code || codeOf(d) === code));
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** Opens a file and returns the position of the first occurrence of `needle` in it. */
export async function positionOf(uri: vscode.Uri, needle: string): Promise<{ doc: vscode.TextDocument; position: vscode.Position }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const offset = doc.getText().indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${uri.fsPath}`);
  return { doc, position: doc.positionAt(offset) };
}

/** Markdown text of hovers. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}
