/**
 * `npm run bench`: measures the analysis against a baseline in the same run.
 *  1. Throughput: a generated corpus (≥ 20 MB of unique documents) analysed file by file, and
 *     indexed with a cold cache (index, claim and entity indexes, each file's own findings), next
 *     to the baseline of reading the same files and one regex pass over them.
 *  2. Tokenizer vs Intl.Segmenter (per paragraph) on the same text.
 *  3. Edit → diagnostics latency for a 30 KB document in a 5,000-document workspace.
 *  4. Peak memory against the corpus size: heap after indexing, and the kernel's peak RSS (VmHWM).
 *  5. Edit → cross-file diagnostics of every affected file.
 *  6. One long file (2 MB) against the same text cut into 4 KB files, in a fresh process.
 * `--only=throughput,segmentation,latency,cross-file,long,memory` runs the sections named (any of
 * them; `--cross-file` is `--only=cross-file`), `--small` a 4 MB corpus.
 * Medians of several runs; machines are noisy, so ratios matter more than single timings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../server/src/core/analyze';
import { findingsOf } from '../server/src/core/index/findings';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../server/src/core/options';
import { foldText } from '../server/src/core/text/fold';
import { LineIndex } from '../server/src/core/text/lines';
import { tokenize } from '../server/src/core/text/tokens';
import { toDiagnostic } from '../server/src/convert';
import { SERVER_EXEC_ARGV } from '../server/src/runtime';
import { makeCorpus, makeDocument, prng, readArticles } from './corpusGen';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, '.bench', 'corpus');
const MB = 1024 * 1024;
const args = new Set(process.argv.slice(2));
const TOTAL_MB = args.has('--small') ? 4 : 21;
const WORKSPACE_DOCS = args.has('--small') ? 500 : 5000;

/** The sections, by the names `--only=a,b` takes (`--cross-file` is `--only=cross-file`). */
const SECTIONS = ['throughput', 'segmentation', 'latency', 'cross-file', 'long', 'memory'] as const;
type Section = (typeof SECTIONS)[number];
const only = onlySections();
const runs = (s: Section) => only === null || only.has(s);

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sampleMemory, 20);

/** The kernel's peak resident set of this process (VmHWM in /proc/self/status), or the sampled peak where there is no /proc. */
function highWaterMark(): number {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  sampleMemory();
  return peakRss;
}

/** `--only=NAMES` (comma-separated section names), else null for every section. */
function onlySections(): Set<Section> | null {
  const given = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const names = [...(given ?? []), ...(args.has('--cross-file') ? ['cross-file'] : [])];
  if (names.length === 0) return null;
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  return new Set(names as Section[]);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
const fmt = (n: number, d = 1) => n.toFixed(d);

function main(): void {
  const material = materialArg() ?? path.join(ROOT, 'samples');
  const articles = readArticles(material);
  if (articles.length === 0) throw new Error(`${material} has no articles`);
  console.log(`Concord benchmark — node ${process.version}, ${articles.length} sample articles as material${only ? ` (only ${[...only].join(', ')})` : ''}\n`);
  const corpus = runs('throughput') || runs('segmentation') || runs('latency') || runs('memory') ? writeCorpus(articles) : null;
  let index: WorkspaceIndex | null = null;
  if (corpus && runs('throughput')) index = throughput(corpus.files, corpus.bytes);
  if (corpus && runs('segmentation')) segmentation(corpus.docs);
  const rand = prng(42);
  if (corpus && runs('latency')) ownLatency(articles, rand, index ?? indexOf(corpus.files));
  if (runs('cross-file')) crossFileLatency(articles, rand);
  if (runs('long')) longFile(material);
  if (corpus && runs('memory')) memory(corpus.files.length, corpus.bytes);
  console.log(`   (this benchmark process itself peaked at ${fmt(highWaterMark() / MB)} MB RSS (VmHWM), holding its indexes' garbage and the generated texts)`);
  clearInterval(sampler);
  rmSync(path.join(ROOT, '.bench'), { recursive: true, force: true });
}

/** The generated corpus, written to OUT as the files the sections read. */
function writeCorpus(articles: readonly string[]): { docs: string[]; files: string[]; bytes: number } {
  const docs = makeCorpus(articles, TOTAL_MB * MB, (TOTAL_MB * MB) / WORKSPACE_DOCS);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = docs.map((d, i) => {
    const f = path.join(OUT, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(f, d);
    return f;
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  console.log(`corpus: ${files.length} unique documents, ${fmt(bytes / MB)} MB of UTF-8`);
  return { docs, files, bytes };
}

/** A cold index of the files with each file's own findings asked for once, as the server's scan and first publication do. */
function indexOf(files: readonly string[]): WorkspaceIndex {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS); // cold: a new index has an empty content cache
  index.beginBatch();
  for (const f of files) index.set(f, readFileSync(f, 'utf8'));
  index.endBatch();
  for (const f of files) index.documentFindings(f);
  return index;
}

/** 1. Throughput against the baseline; returns the last index built. */
function throughput(files: readonly string[], bytes: number): WorkspaceIndex {
  const baselineRuns: number[] = [];
  const analysisRuns: number[] = [];
  const perDocumentRuns: number[] = [];
  let index: WorkspaceIndex | null = null;
  for (let run = 0; run < 3; run++) {
    gc();
    let t0 = performance.now();
    let digits = 0;
    for (const f of files) digits += (readFileSync(f, 'utf8').match(/[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]+/g) ?? []).length;
    baselineRuns.push(performance.now() - t0);
    gc();
    // The per-document analysis alone: facts and per-document findings of each file, no index.
    t0 = performance.now();
    for (const f of files) analyzeDocument(readFileSync(f, 'utf8'), DEFAULT_OPTIONS);
    perDocumentRuns.push(performance.now() - t0);
    index = null;
    gc();
    t0 = performance.now();
    index = indexOf(files);
    analysisRuns.push(performance.now() - t0);
    sampleMemory();
    if (digits === 0) throw new Error('baseline found no digits');
  }
  const base = median(baselineRuns);
  const analysis = median(analysisRuns);
  let figures = 0;
  for (const d of index!.documents()) figures += d.facts.figures.length;
  console.log(`\n1. throughput (median of 3, cold cache)`);
  console.log(`   baseline (read + one regex pass): ${fmt(base)} ms  ${fmt(bytes / MB / (base / 1000))} MB/s`);
  const perDocument = median(perDocumentRuns);
  console.log(`   per-document analysis (read + analyse each file): ${fmt(perDocument)} ms  ${fmt(bytes / MB / (perDocument / 1000))} MB/s  (${fmt(perDocument / base)}× the baseline)`);
  console.log(`   full analysis (read + index + per-document rules): ${fmt(analysis)} ms  ${fmt(bytes / MB / (analysis / 1000))} MB/s  ${figures} figures`);
  console.log(`   ratio analysis / baseline: ${fmt(analysis / base)}×   (targets: ≥ 10 MB/s, ≤ 20×)`);
  return index!;
}

/** 2. Tokenizer vs Intl.Segmenter per paragraph. */
function segmentation(docs: readonly string[]): void {
  const sample = docs.slice(0, Math.max(1, Math.round(docs.length / 10))).join('\n');
  const sampleMb = Buffer.byteLength(sample, 'utf8') / MB;
  const ours: number[] = [];
  const intl: number[] = [];
  const segmenter = new Intl.Segmenter('ur', { granularity: 'word' });
  for (let run = 0; run < 3; run++) {
    let t0 = performance.now();
    tokenize(foldText(sample).text);
    ours.push(performance.now() - t0);
    t0 = performance.now();
    let n = 0;
    for (const paragraph of sample.split('\n')) for (const _ of segmenter.segment(paragraph)) n++;
    intl.push(performance.now() - t0);
    if (n === 0) throw new Error('no segments');
  }
  console.log(`\n2. word segmentation on ${fmt(sampleMb)} MB (median of 3)`);
  console.log(`   fold + Concord tokenizer:        ${fmt(sampleMb / (median(ours) / 1000))} MB/s`);
  console.log(`   Intl.Segmenter per paragraph:    ${fmt(sampleMb / (median(intl) / 1000))} MB/s`);
}

/** 3. Edit → diagnostics latency of a 30 KB document added to the index. */
function ownLatency(articles: readonly string[], rand: () => number, index: WorkspaceIndex): void {
  const big = makeDocument(articles, rand, 30 * 1024);
  const key = path.join(OUT, 'edited.txt');
  index.set(key, big);
  let text = big;
  const latencies: number[] = [];
  for (let i = 0; i < 300; i++) {
    const at = Math.floor(rand() * text.length);
    text = rand() < 0.5 ? `${text.slice(0, at)}${Math.floor(rand() * 1000)} ${text.slice(at)}` : text.slice(0, at) + text.slice(at + 3);
    const t0 = performance.now();
    index.set(key, text);
    const lines = new LineIndex(text);
    const hash = index.get(key)!.facts.hash;
    findingsOf(index, key).map((f) => toDiagnostic(f, key, lines, hash, () => lines));
    latencies.push(performance.now() - t0);
  }
  console.log(`\n3. edit → own diagnostics, ${Buffer.byteLength(big, 'utf8') >> 10} KB document in a ${index.size}-document workspace (300 edits)`);
  console.log(`   median ${fmt(median(latencies), 2)} ms   p95 ${fmt(percentile(latencies, 95), 2)} ms   max ${fmt(Math.max(...latencies), 2)} ms   (target p95 ≤ 30 ms)`);
  const single = median([0, 1, 2].map(() => {
    const t0 = performance.now();
    analyzeDocument(text, DEFAULT_OPTIONS);
    return performance.now() - t0;
  }));
  console.log(`   (analysis of that document alone: ${fmt(single, 2)} ms)`);
}

/** 6. One long file: the analysis stays linear in a file's length (a data dump, a year of bulletins). In a fresh process, so that neither side pays for this process's heap. */
function longFile(material: string): void {
  const child = spawnSync(process.execPath, [__filename, '--long-child', `--material=${material}`], { encoding: 'utf8' });
  const long = JSON.parse(child.stdout) as { mb: number; longMs: number; shortMs: number; shortDocs: number };
  const [longRate, shortRate] = [long.mb / (long.longMs / 1000), long.mb / (long.shortMs / 1000)];
  console.log(`\n6. one long file of ${fmt(long.mb)} MB against the same text in ${long.shortDocs} files of 4 KB (fresh process, median of 3)`);
  console.log(`   long file ${fmt(long.longMs)} ms  ${fmt(longRate)} MB/s;  short files ${fmt(long.shortMs)} ms  ${fmt(shortRate)} MB/s  (${fmt(longRate / shortRate, 2)}×)`);
  console.log('   (linear: it stays the same as files grow; a long file weighs each statement against up to 80 others of its key, a short one the few it has)');
}

/**
 * 4. Memory, in a fresh process that only indexes the corpus files, as the server does: with the
 * flags the client starts the server with, and with Node's defaults for comparison.
 */
function memory(fileCount: number, bytes: number): void {
  const budget = 3 * bytes + 100 * MB;
  console.log(`\n4. memory of a fresh process indexing the ${fileCount} files (budget 3× corpus + 100 MB = ${fmt(budget / MB)} MB)`);
  for (const [label, flags] of [[`server's flags (${SERVER_EXEC_ARGV.join(' ')})`, SERVER_EXEC_ARGV], ["Node's defaults", []]] as const) {
    const child = spawnSync(process.execPath, ['--expose-gc', ...flags, __filename, '--memory-child', OUT], { encoding: 'utf8' });
    const mem = JSON.parse(child.stdout) as { baseRss: number; peakRss: number; rss: number; heap: number; hwm: number; ms: number };
    console.log(
      `   ${label}: before ${fmt(mem.baseRss / MB)} MB RSS; after: heap ${fmt(mem.heap / MB)} MB, RSS ${fmt(mem.rss / MB)} MB, ` +
        `peak RSS ${fmt(mem.hwm / MB)} MB (VmHWM; sampled ${fmt(mem.peakRss / MB)}) → ${mem.hwm <= budget ? 'within' : 'OVER'}; ` +
        `indexed in ${fmt(mem.ms / 1000)} s (${fmt(bytes / MB / (mem.ms / 1000))} MB/s)`,
    );
  }
}

/**
 * Edit → cross-file diagnostics of every affected file, in a workspace of WORKSPACE_DOCS documents
 * whose claims appear in a few files each, as in real corpora: documents come in stories of three
 * to five, and each story counts its own things (a nonce noun after every figure), so a claim key
 * is shared by the documents of one story only.
 */
function crossFileLatency(articles: readonly string[], rand: () => number): void {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  const storyOf: string[] = [];
  let story = 0;
  index.beginBatch();
  while (index.size < WORKSPACE_DOCS) {
    const size = 3 + Math.floor(rand() * 3);
    // Letters only: a word with digits in it is an identifier, not a noun a figure counts.
    const noun = `story${letters(story)}items`;
    // The story's text without figures, so that only the story's own claims link its documents.
    const base = makeDocument(articles, rand, 3 * 1024).replace(/[0-9\u06f0-\u06f9\u0660-\u0669\u0966-\u096f]+/g, '');
    for (let k = 0; k < size && index.size < WORKSPACE_DOCS; k++) {
      const key = `s${story}-d${k}`;
      // Each telling of the story: its own sentence order and figures, the story's noun, "signed".
      const text = base.split('\n').sort(() => rand() - 0.5).join('\n') + `\n${60 + Math.floor(rand() * 20)} ${noun} signed the accord.\n`;
      index.set(key, text);
      storyOf.push(key);
    }
    story++;
  }
  index.endBatch();
  // As the server does on start: every document's diagnostics published once.
  const publishAll = performance.now();
  for (const key of storyOf) findingsOf(index, key);
  const startup = performance.now() - publishAll;
  const latencies: number[] = [];
  let republished = 0;
  for (let i = 0; i < 200; i++) {
    const key = storyOf[Math.floor(rand() * storyOf.length)];
    const text = index.get(key)!.text.replace(/(\d+) (story[a-z]+items)/, (_m, _n, noun) => `${60 + Math.floor(rand() * 20)} ${noun}`);
    const t0 = performance.now();
    const affected = index.set(key, text);
    for (const doc of affected) {
      const lines = new LineIndex(index.get(doc)!.text);
      const hash = index.get(doc)!.facts.hash;
      findingsOf(index, doc).map((f) => toDiagnostic(f, doc, lines, hash, () => lines));
    }
    latencies.push(performance.now() - t0);
    republished += affected.size;
  }
  console.log(`\n5. edit → cross-file diagnostics of every affected file, ${index.size} documents in stories of 3–5 (200 edits)`);
  console.log(`   median ${fmt(median(latencies), 2)} ms   p95 ${fmt(percentile(latencies, 95), 2)} ms   ${fmt(republished / latencies.length)} files re-published per edit   (target p95 ≤ 50 ms)`);
  console.log(`   (first publication of all ${storyOf.length} documents' diagnostics, as at start: ${fmt(startup / 1000, 2)} s)`);
}

/** 0 → a, 25 → z, 26 → ba: a story number written in letters. */
function letters(n: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** Child mode: index the files of a folder and report memory as JSON. */
function memoryChild(dir: string): void {
  gc();
  const baseRss = process.memoryUsage().rss;
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  const t0 = performance.now();
  index.beginBatch();
  for (const name of readdirSync(dir)) index.set(name, readFileSync(path.join(dir, name), 'utf8'));
  index.endBatch();
  const ms = performance.now() - t0;
  gc();
  sampleMemory();
  const { rss, heapUsed } = process.memoryUsage();
  clearInterval(sampler);
  process.stdout.write(JSON.stringify({ baseRss, peakRss, rss, heap: heapUsed, hwm: highWaterMark(), docs: index.size, ms }));
}

/** The folder of articles given as `--material=DIR`, if any. */
function materialArg(): string | undefined {
  return process.argv.find((a) => a.startsWith('--material='))?.slice('--material='.length);
}

/** Child mode: one long file and the same text cut into short files, each analysed three times (JSON timings). */
function longChild(material: string): void {
  const articles = readArticles(material);
  const long = makeDocument(articles, prng(7), 2 * MB);
  const shorts: string[] = [];
  for (let at = 0; at < long.length; ) {
    const end = long.indexOf('\n', at + 4096) + 1 || long.length;
    shorts.push(long.slice(at, end));
    at = end;
  }
  for (const s of shorts.slice(0, 20)) analyzeDocument(s, DEFAULT_OPTIONS);
  const time = (run: () => void) =>
    median([0, 1, 2].map(() => {
      gc();
      const t0 = performance.now();
      run();
      return performance.now() - t0;
    }));
  const shortMs = time(() => shorts.forEach((s) => analyzeDocument(s, DEFAULT_OPTIONS)));
  const longMs = time(() => analyzeDocument(long, DEFAULT_OPTIONS));
  clearInterval(sampler);
  process.stdout.write(JSON.stringify({ mb: Buffer.byteLength(long, 'utf8') / MB, longMs, shortMs, shortDocs: shorts.length }));
}

const childAt = process.argv.indexOf('--memory-child');
if (childAt >= 0) memoryChild(process.argv[childAt + 1]);
else if (args.has('--long-child')) longChild(materialArg()!);
else main();
