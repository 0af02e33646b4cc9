/**
 * Child process for the kill-mid-save tests: saves annotations with the real atomic writer.
 * `pause`: stops right before the rename (prints "renaming" and waits to be killed).
 * `loop`: saves alternating versions until killed.
 */
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../../server/src/io/atomicWrite';

const [mode, file, first, second] = process.argv.slice(2);

async function main(): Promise<void> {
  if (mode === 'pause') {
    fs.rename = (async () => {
      process.stdout.write('renaming\n');
      await new Promise(() => undefined);
    }) as typeof fs.rename;
    await writeFileAtomic(file, await fs.readFile(first, 'utf8'));
    return;
  }
  const versions = [await fs.readFile(first, 'utf8'), await fs.readFile(second, 'utf8')];
  process.stdout.write('saving\n');
  for (let i = 0; ; i++) await writeFileAtomic(file, versions[i % 2]);
}

void main();
