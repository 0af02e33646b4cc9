import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitiseSettings } from '../../server/src/settings';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkRows } from '../support/rows';

test('settings are user input: wrong types fall back to defaults, good values pass', () => {
  checkRows(
    [
      ['nothing sent', undefined, { rules: {}, digits: {}, grouping: {}, tolerance: DEFAULT_OPTIONS.approxTolerance, hints: false }],
      ['garbage everywhere', { rules: 3, digits: 'x', claims: { approxTolerance: 'big' }, inlayHints: [] }, { rules: {}, digits: {}, grouping: {}, tolerance: DEFAULT_OPTIONS.approxTolerance, hints: false }],
      [
        'good values, with unknown keys dropped',
        {
          rules: { 'mixed-digits': 'off', 'concord.separators': 'error', sequence: 'loud' },
          digits: { preferred: { fa: 'arabext', xx: 'latn', ur: 'roman' }, grouping: { hi: 'indian', en: 'sideways', fa: 'dominant' } },
          claims: { approxTolerance: 0.2 },
          inlayHints: { values: true },
        },
        {
          rules: { 'concord.mixed-digits': { enabled: false }, 'concord.separators': { enabled: true, severity: 'error' } },
          digits: { fa: 'arabext' },
          grouping: { hi: 'indian', fa: 'dominant' },
          tolerance: 0.2,
          hints: true,
        },
      ],
    ],
    (raw) => {
      const s = sanitiseSettings(raw);
      return { rules: s.analysis.rules, digits: s.analysis.preferredDigits, grouping: s.analysis.preferredGrouping ?? {}, tolerance: s.analysis.approxTolerance, hints: s.inlayHints };
    },
  );
});
