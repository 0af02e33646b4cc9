/**
 * Atomic file writes: the new content goes to a temporary file in the same folder, is flushed to
 * disk, and replaces the target with one rename, so a crash mid-save leaves the previous file
 * intact, never a half-written one.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Writes `content` to `file` atomically, creating its folder if needed. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
  // Flush the folder too, so the rename itself survives a power cut (best effort: not every
  // platform can open a folder).
  const folder = await fs.open(dir, 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close();
}
