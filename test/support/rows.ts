/** Table-test helper: checks every row and reports all mismatches at once, named by row. */
import assert from 'node:assert/strict';

/** Runs `actual` on each row and fails with every row whose result differs from `expected`. */
export function checkRows<I, O>(rows: readonly [name: string, input: I, expected: O][], actual: (input: I) => O): void {
  const failures: string[] = [];
  for (const [name, input, expected] of rows) {
    const got = actual(input);
    try {
      assert.deepEqual(got, expected);
    } catch {
      failures.push(`${name}\n      expected ${JSON.stringify(expected)}\n      got      ${JSON.stringify(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${rows.length} rows failed:\n  ${failures.join('\n  ')}`);
}
