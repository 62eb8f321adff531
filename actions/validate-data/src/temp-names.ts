import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** A temporary path for one index's files: unique per process, thread and call, readable by label. */
export function tempStem(tempDir: string, kind: string, label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return path.join(tempDir, `${kind}-${label.replace(/[^\w-]/g, '_')}-${process.pid}-${threadId}-${random}`);
}
