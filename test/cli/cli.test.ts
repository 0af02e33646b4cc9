import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { haveShared, REPO, SEED_LANGS, SEEDS } from '../support/shared';

const CLI = path.join(REPO, 'dist', 'cli.js');
const temp = mkdtempSync(path.join(tmpdir(), 'concord-cli-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function concord(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOut {
  version: number;
  documents: { path: string; language: string; figures: { text: string; value: unknown; kind: string; unit: string | null; qualifier: string; start: number; end: number; line: number; character: number }[]; entities: unknown[]; claims: unknown[] }[];
  diagnostics: { path: string; code: string; severity: string; line: number; character: number; related: { path: string }[] }[];
  skipped: { path: string; reason: string }[];
}

test('extract --format json on the seeds: versioned contract, languages, figures, none in URLs or image names', (t) => {
  if (!haveShared(t)) return;
  const rel = path.relative(REPO, SEEDS);
  const r = concord(['extract', rel, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.equal(out.version, 1);
  assert.equal(out.documents.length, 5);
  for (const doc of out.documents) {
    assert.ok(!path.isAbsolute(doc.path) && doc.path.startsWith(rel), `relative paths stay relative: ${doc.path}`);
    assert.equal(doc.language, SEED_LANGS[path.basename(doc.path)], doc.path);
    const text = readFileSync(path.join(REPO, doc.path), 'utf8');
    assert.ok(doc.entities.length > 0, `${doc.path}: entities found`);
    for (const e of doc.entities as { start: number; end: number; text: string }[]) assert.equal(text.slice(e.start, e.end), e.text, `${doc.path}: entity offsets`);
    for (const f of doc.figures) {
      assert.equal(text.slice(f.start, f.end), f.text, `${doc.path}: offsets`);
      const line = text.split('\n')[f.line];
      assert.equal(line.slice(f.character, f.character + f.text.length), f.text, `${doc.path}: line/character`);
      assert.doesNotMatch(line, /https?:\/\/|\.jpg/, `${doc.path}: ${f.text} in a URL or image line`);
    }
  }
  const values = (file: string) => out.documents.find((d) => d.path.endsWith(file))!.figures.map((f) => f.value);
  assert.deepEqual(values('001_a857573637514a0a.txt'), [70, 18, 1, 83500000]); // 1: اولین (first), an ordinal figure
  assert.ok(values('003_669854c548bb48ca.txt').includes(2500));
  assert.ok(values('002_ed8ab90594052c8e.txt').includes(300000));
  // Claims: figure index, key, time and events; the signatories are country|sign in every file stating them.
  const claims = out.documents.flatMap((d) => (d.claims as { figure: number; key: string; time: string | null; events: string[] }[]).map((c) => ({ ...c, doc: d })));
  for (const c of claims) {
    assert.ok(c.figure >= 0 && c.figure < c.doc.figures.length, `${c.doc.path}: claim figure index`);
    assert.ok(c.time === null || typeof c.time === 'string', `${c.doc.path}: claim time`);
    assert.ok(Array.isArray(c.events), `${c.doc.path}: claim events`);
  }
  const signed = claims.filter((c) => c.key === 'country|sign').map((c) => `${path.basename(c.doc.path).slice(0, 3)}:${c.doc.figures[c.figure].value}`);
  assert.deepEqual(signed.sort(), ['000:70', '001:70', '003:72', '003:72', '004:70'], 'the Hindi article states 72 twice');
});

test('check on the seeds: mixed digits, the article sequence, and the signatories difference both ways', (t) => {
  if (!haveShared(t)) return;
  const r = concord(['check', SEEDS]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /001_a857573637514a0a\.txt:11:43: warning concord\.mixed-digits: /);
  // The Hindi seed states 72 countries signed twice (its third paragraph and near its end): both differ from ~70.
  assert.match(r.stdout, /5 files checked: 0 errors, 3 warnings, 6 information/);
  // The Urdu seed spells the Prime Minister two ways (فام من چن, فام من چنہ): one entity-spelling note.
  assert.match(r.stdout, /000_c76568549b512198\.txt:12:81: information concord\.entity-spelling: ⁨فام من چنہ⁩ is spelled ⁨فام من چن⁩/);
  const json = JSON.parse(concord(['check', SEEDS, '--format', 'json']).stdout) as JsonOut;
  const rows = json.diagnostics.map((d) => [path.basename(d.path), d.code, d.severity, d.line, d.character].join(' '));
  assert.deepEqual(rows, [
    '000_c76568549b512198.txt concord.figure-conflict information 2 171',
    '000_c76568549b512198.txt concord.entity-spelling information 11 80',
    '001_a857573637514a0a.txt concord.figure-conflict information 2 185',
    '001_a857573637514a0a.txt concord.mixed-digits warning 10 42',
    '002_ed8ab90594052c8e.txt concord.sequence warning 46 442',
    '002_ed8ab90594052c8e.txt concord.sequence warning 46 453',
    '003_669854c548bb48ca.txt concord.figure-conflict information 2 181',
    '003_669854c548bb48ca.txt concord.figure-conflict information 48 106',
    '004_2d6143f8e498e733.txt concord.figure-conflict information 7 276',
  ]);
  const hindi = json.diagnostics.find((d) => d.path.endsWith('003_669854c548bb48ca.txt'))!;
  assert.deepEqual(
    hindi.related.map((r) => path.basename(r.path)),
    ['000_c76568549b512198.txt', '001_a857573637514a0a.txt', '004_2d6143f8e498e733.txt'],
  );
});

test('check --format sarif is SARIF 2.1.0 with the rule and 1-based regions', (t) => {
  if (!haveShared(t)) return;
  const r = concord(['check', SEEDS, '--format', 'sarif']);
  assert.equal(r.code, 1);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'concord.mixed-digits');
  assert.equal(result.ruleId, 'concord.mixed-digits');
  assert.equal(result.level, 'warning');
  assert.deepEqual([result.locations[0].physicalLocation.region.startLine, result.locations[0].physicalLocation.region.startColumn], [11, 43]);
  assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'concord.mixed-digits'));
});

test('binary, non-UTF-8 and empty files: skipped with a note or analysed, never a crash', () => {
  const dir = path.join(temp, 'mixed');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), 'نمایندگان ۱۸ کشور و ۷۰ سازمان');
  writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0x61, 0xff, 0xfe, 0x62]));
  writeFileSync(path.join(dir, 'd.txt'), '');
  writeFileSync(path.join(dir, 'e.txt'), '\ufeff۱۸ کشور');
  const text = concord(['check', dir]);
  assert.equal(text.code, 0, text.stdout + text.stderr);
  assert.match(text.stdout, /note: skipped .*b\.txt: binary file/);
  assert.match(text.stdout, /note: skipped .*c\.txt: not valid UTF-8/);
  assert.match(text.stdout, /3 files checked: 0 errors, 0 warnings, 0 information, 0 hints; 2 skipped/);
  const json = JSON.parse(concord(['extract', dir, '--format', 'json']).stdout) as JsonOut;
  assert.equal(json.skipped.length, 2);
  const bom = json.documents.find((d) => d.path.endsWith('e.txt'))!;
  assert.deepEqual([bom.figures[0].start, bom.figures[0].end], [0, 2], 'offsets are into the text without its BOM');
});

test('a line too long to analyse is reported where it starts, and the lines around it are analysed', () => {
  const dir = path.join(temp, 'long');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), `72 countries signed.\n${'x1 '.repeat(70_000)}\nAbout 70 countries signed.\n`);
  const text = concord(['check', dir]);
  assert.equal(text.code, 0, text.stdout + text.stderr);
  assert.match(text.stdout, /a\.txt:2:1: information concord\.not-analysed: This line is 210000 characters long, over the limit of 200000: Concord did not analyse it\./);
  const json = JSON.parse(concord(["extract", dir, "--format", "json"]).stdout) as JsonOut & { documents: { notes: string[] }[] };
  assert.deepEqual(json.documents[0].figures.map((f) => [f.text, f.qualifier]), [['72', 'exact'], ['70', 'approx']]);
  assert.deepEqual(json.documents[0].notes, ['line 2 is 210000 characters long (limit 200000); it was not analysed']);
});

test('usage and IO errors exit 2 with a message', () => {
  for (const args of [['bogus'], ['check'], ['check', '.', '--format', 'xml'], ['extract', '.', '--format', 'sarif'], ['check', '--nope', '.']]) {
    const r = concord(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /concord: /);
  }
  const missing = concord(['check', path.join(temp, 'does-not-exist')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file or folder/);
  assert.equal(concord(['--help']).code, 0);
  assert.match(concord(['--version']).stdout, /^\d+\.\d+\.\d+/);
});

test('--digits fa=arabext makes ASCII digits the odd ones out in a Persian text', () => {
  const file = path.join(temp, 'fa.txt');
  writeFileSync(file, 'در این مراسم نزدیک به 70 کشور و ۱۸ سازمان و 83.5 میلیون دلار را امضا کردند.');
  const r = JSON.parse(concord(['check', file, '--digits', 'fa=arabext', '--format', 'json']).stdout) as JsonOut;
  assert.deepEqual(r.diagnostics.map((d) => d.character), [22, 44]);
});

test('--grouping hi=indian flags Western grouping in a Hindi text; a bad value is a usage error', () => {
  const file = path.join(temp, 'hi.txt');
  writeFileSync(file, 'सरकार ने इस योजना पर 2,500,000 रुपये और 3,400,000 रुपये खर्च किए।');
  const quiet = JSON.parse(concord(['check', file, '--format', 'json']).stdout) as JsonOut;
  assert.deepEqual(quiet.diagnostics.filter((d) => d.code === 'concord.separators'), []);
  const r = JSON.parse(concord(['check', file, '--grouping', 'hi=indian', '--format', 'json']).stdout) as JsonOut;
  assert.deepEqual(r.diagnostics.filter((d) => d.code === 'concord.separators').map((d) => d.character), [21, 40]);
  const bad = concord(['check', file, '--grouping', 'hi=sideways']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown grouping "sideways"/);
});

test('the sample corpus (no ../shared needed): the disagreements its README lists, and nothing for what agrees', () => {
  const r = concord(['check', 'samples', '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as JsonOut;
  assert.deepEqual(new Set(out.documents.map((d) => d.language)), new Set(['en', 'ur', 'fa', 'hi']));
  const conflicts = out.diagnostics.filter((d) => d.code === 'concord.figure-conflict');
  const on = (file: string) => conflicts.filter((d) => d.path.endsWith(file)).length;
  assert.equal(on('ur-glacier-summit.txt'), 2, 'ur: 20 countries signed vs 18; about 300 delegates vs 250');
  assert.equal(on('hi-glacier-summit.txt'), 2, 'hi: 250 delegates vs more than 300; 18 vs 20');
  assert.equal(on('en-budget.txt'), 1, 'en: 18% vs 20%');
  assert.ok(conflicts.every((d) => d.severity === 'warning'));
  assert.ok(out.diagnostics.some((d) => d.code === 'concord.mixed-digits' && d.path.endsWith('fa-glacier-summit.txt')));
  assert.ok(out.diagnostics.some((d) => d.code === 'concord.separators' && d.path.endsWith('en-budget.txt')));
  const pledge = out.documents.flatMap((d) => d.figures).filter((f) => f.value === 2500000 && f.unit === 'USD');
  assert.equal(pledge.length, 4, 'the pledge in all four languages is 2,500,000 USD');
});

test('a reader that closes the pipe early (| head) ends the output quietly, with the exit code of the run', () => {
  // Output far larger than a pipe's buffer, so the writer is still writing when the reader goes.
  const long = path.join(temp, 'long.txt');
  writeFileSync(long, 'In 2024, 70 countries signed and 1,250 delegates attended.\n'.repeat(4000));
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" extract "${long}" --format json | head -c 100 > /dev/null`], { cwd: REPO, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
});
