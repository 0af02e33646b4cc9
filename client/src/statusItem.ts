/** The status bar item that shows Concord's state: starting, indexing (with progress), ready. */
import * as vscode from 'vscode';

/** Payload of the server's `concord/status` notification (see server/src/status.ts). */
export interface StatusParams {
  state: 'indexing' | 'ready';
  documents: number;
  figures: number;
  entities: number;
  findings: number;
  skipped: { uri: string; reason: string }[];
  progress?: { done: number; total: number };
}

/** Concord's status item. */
export class ConcordStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('concord.status', vscode.StatusBarAlignment.Left, 10);
  private last: StatusParams | undefined;

  constructor() {
    this.item.name = 'Concord';
    this.item.command = 'concord.showStatus';
    this.item.show();
  }

  /** The server is starting. */
  starting(): void {
    this.item.text = '$(sync~spin) Concord: starting';
    this.item.tooltip = 'Concord is starting its language server';
  }

  /** Shows a status from the server. */
  update(p: StatusParams): void {
    this.last = p;
    if (p.state === 'indexing') {
      this.item.text = p.progress && p.progress.total > 0 ? `$(sync~spin) Concord: indexing ${p.progress.done}/${p.progress.total}` : '$(sync~spin) Concord: indexing';
    } else {
      const skipped = p.skipped.length > 0 ? ` · ${p.skipped.length} skipped` : '';
      this.item.text = `$(check) Concord: ${p.documents} files · ${p.figures} figures${skipped}`;
    }
    const tip = new vscode.MarkdownString(
      `**Concord** — ${p.documents} corpus files, ${p.figures} figures, ${p.entities} entities, ${p.findings} problems` +
        (p.skipped.length > 0 ? `\n\nSkipped:\n${p.skipped.map((s) => `- ${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))}: ${s.reason}`).join('\n')}` : ''),
    );
    this.item.tooltip = tip;
  }

  /** Quick pick with details and actions. */
  async showDetails(output: vscode.OutputChannel): Promise<void> {
    const p = this.last;
    const items: (vscode.QuickPickItem & { run?: () => unknown })[] = [
      { label: '$(warning) Show problems', run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
      { label: '$(output) Show Concord output', run: () => output.show(true) },
      { label: '$(book) Open the knowledge base', run: () => vscode.commands.executeCommand('concord.openKnowledgeBase') },
      { label: '$(debug-restart) Restart Concord', run: () => vscode.commands.executeCommand('concord.restartServer') },
      ...(p?.skipped ?? []).map((s) => ({ label: `$(circle-slash) ${vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri))}`, description: s.reason })),
    ];
    const title = p ? `Concord: ${p.documents} files, ${p.figures} figures, ${p.entities} entities, ${p.findings} problems` : 'Concord';
    const choice = await vscode.window.showQuickPick(items, { title });
    await choice?.run?.();
  }

  dispose(): void {
    this.item.dispose();
  }
}
