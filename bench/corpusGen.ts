/**
 * Generates a benchmark corpus of unique documents from the sample articles: sentence order is
 * shuffled, figures are replaced by random numbers and groupings in the document's digit system
 * (5% strays in another), and
 * words are swapped between articles of the same language. Deterministic for a seed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every .txt under a folder. */
export function readArticles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...readArticles(full));
    else if (name.endsWith('.txt')) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

const ZEROS = [0x30, 0x6f0, 0x660, 0x966];

/** Share of figures written outside their document's digit system (real articles mostly keep to one). */
const STRAY_DIGITS = 0.05;

function randomFigure(rand: () => number, documentZero: number): string {
  const magnitude = Math.floor(rand() * 7);
  const n = Math.floor(rand() * 10 ** magnitude);
  let s = rand() < 0.3 ? n.toLocaleString('en-US') : String(n);
  if (rand() < 0.15) s += `.${Math.floor(rand() * 10)}`;
  const zero = rand() < STRAY_DIGITS ? ZEROS[Math.floor(rand() * ZEROS.length)] : documentZero;
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 0x30));
}

/** One unique document of about `targetBytes` built from the articles. */
export function makeDocument(articles: readonly string[], rand: () => number, targetBytes: number): string {
  const base = articles[Math.floor(rand() * articles.length)];
  const lines = base.split('\n').filter((l) => l.trim());
  const words = base.split(/\s+/).filter((w) => w.length > 2 && !/\d/.test(w));
  // Each document keeps to one digit system (the article's own one, sometimes another), with strays.
  const own = ZEROS.find((z) => new RegExp(`[${String.fromCharCode(z)}-${String.fromCharCode(z + 9)}]`).test(base)) ?? ZEROS[0];
  const documentZero = rand() < 0.8 ? own : ZEROS[Math.floor(rand() * ZEROS.length)];
  const out: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const line = lines[Math.floor(rand() * lines.length)]
      .replace(/[0-9\u06f0-\u06f9\u0966-\u096f][0-9\u06f0-\u06f9\u0966-\u096f.,]*/g, () => randomFigure(rand, documentZero))
      .replace(/\S{4,}/g, (w) => (rand() < 0.08 ? words[Math.floor(rand() * words.length)] : w));
    out.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return `${out.join('\n')}\n`;
}

/** A corpus of unique documents of about `docBytes` each, at least `totalBytes` in all. */
export function makeCorpus(articles: readonly string[], totalBytes: number, docBytes: number, seed = 1): string[] {
  const rand = prng(seed);
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < totalBytes) {
    const size = Math.round(docBytes * (0.5 + rand()));
    const doc = makeDocument(articles, rand, size);
    docs.push(doc);
    bytes += Buffer.byteLength(doc, 'utf8');
  }
  return docs;
}
