/**
 * The "Concord Claims" view: claims stated in more than one file, conflicts first, each with its
 * statements per file (value, file, language). Clicking a statement opens it. Data comes from the
 * server's `concord/claims` request; the view refreshes when diagnostics change.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClaimStatementView, ClaimView } from '../../server/src/handlers/navigation';

/** The `concord/claims` response shapes, as the server declares them (a type-only import: nothing of the server is bundled). */
type StatementView = ClaimStatementView;

type Node = { kind: 'claim'; claim: ClaimView } | { kind: 'statement'; statement: StatementView };

const ICONS = { conflict: 'warning', differ: 'info', agree: 'pass' } as const;
const FSI = '\u2068';
const PDI = '\u2069';

/** Tree data for the claims view. */
export class ClaimsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** Asks for fresh data. */
  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const claims = await this.client.sendRequest<ClaimView[]>('concord/claims').catch(() => [] as ClaimView[]);
      return claims.map((claim) => ({ kind: 'claim', claim }));
    }
    return node.kind === 'claim' ? node.claim.statements.map((statement) => ({ kind: 'statement', statement })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'claim') {
      const c = node.claim;
      const values = [...new Set(c.statements.map((s) => s.value))].join(' · ');
      const what = c.concept.replace(/^money:/, '').replace(/^\w+:/, '');
      const item = new vscode.TreeItem(`${what} — ${c.predicate}${c.time ? ` (${c.time})` : ''}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${values} · ${c.files} files`;
      item.iconPath = new vscode.ThemeIcon(ICONS[c.agreement]);
      item.tooltip = `${c.agreement === 'conflict' ? 'Files disagree' : c.agreement === 'differ' ? 'Compatible but different figures' : 'Files agree'}: ${values}`;
      return item;
    }
    const s = node.statement;
    const uri = vscode.Uri.parse(s.uri);
    const item = new vscode.TreeItem(`${FSI}${s.value}${PDI}`, vscode.TreeItemCollapsibleState.None);
    item.description = `${path.basename(uri.fsPath)} · ${s.lang} · ${FSI}${s.text}${PDI}`;
    item.resourceUri = uri;
    item.command = {
      command: 'vscode.open',
      title: 'Open statement',
      arguments: [uri, { selection: new vscode.Range(s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character) }],
    };
    return item;
  }
}
