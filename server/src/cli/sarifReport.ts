/** SARIF 2.1.0 output of `concord check`, for code-scanning tools. */
import { DOCUMENT_RULES } from '../core/rules';
import type { JsonDiagnostic } from './jsonReport';

const LEVELS: Record<JsonDiagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A SARIF log of the diagnostics. */
export function sarifReport(diagnostics: readonly JsonDiagnostic[], version: string): unknown {
  const region = (line: number, character: number) => ({ startLine: line + 1, startColumn: character + 1 });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'concord',
            version,
            rules: DOCUMENT_RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: LEVELS[r.defaultSeverity] } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          level: LEVELS[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.path.split('\\').join('/') },
                region: { ...region(d.line, d.character), endLine: d.endLine + 1, endColumn: d.endCharacter + 1 },
              },
            },
          ],
          relatedLocations: d.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: r.path.split('\\').join('/') }, region: region(r.line, r.character) },
          })),
        })),
      },
    ],
  };
}
