// GitHub's own parser (@actions/workflow-parser): the workflow and action.yml schemas, expressions, and
// the callers of this repository's reusable workflows checked against those workflows' inputs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { register } from 'node:module';
import type { TemplateContext } from '@actions/workflow-parser/templates/template-context';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import type { LintError } from './lint-errors.js';

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses
// when vitest leaves the package to Node's own loader. This hook adds the attribute for that package
// only; the package is then imported (dynamically, so after the hook is in place).
const jsonAttributeHook = `export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json') && url.includes('/@actions/workflow-parser/')) {
    return next(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(jsonAttributeHook)}`);
const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import('@actions/workflow-parser');
const { convertActionTemplate, parseAction } = await import('@actions/workflow-parser/actions/index');
const { ErrorPolicy } = await import('@actions/workflow-parser/model/convert');

function templateErrors(context: TemplateContext, fallbackFile: string): LintError[] {
  return context.errors.getErrors().map((error) => {
    const prefix = /^(.*?)\s*(?:\(Line: (\d+), Col: (\d+)\))?$/.exec(error.prefix ?? '');
    const file = prefix?.[1] || fallbackFile;
    const line = error.range?.start.line ?? Number(prefix?.[2] ?? 1);
    const column = error.range?.start.column ?? Number(prefix?.[3] ?? 1);
    // YAML errors carry a caret drawing after the first line; file:line:column already says where.
    const message = error.rawMessage.split('\n')[0].replace(/:\s*$/, '');
    return { file, line, column, source: 'workflow-parser' as const, message };
  });
}

/** Reads reusable workflows the way GitHub resolves them: `./path` in this repository, and `<owner>/mlops-actions/path@ref` as this repository too. */
function fileProvider(root: string) {
  return {
    async getFileContent(ref: FileReference) {
      const own = !('repository' in ref) || ref.repository === 'mlops-actions';
      if (!own) throw new Error(`cannot fetch ${ref.owner}/${ref.repository}: only this repository's workflows are resolved`);
      const file = path.join(root, ref.path);
      return { name: ref.path, content: readFileSync(file, 'utf8') };
    },
  };
}

/** Schema, expressions, and callers of reusable workflows (resolved one level deep under `root`) against their inputs. */
export async function parseWorkflowErrors(file: string, text: string, root: string): Promise<LintError[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  if (parsed.value) {
    await convertWorkflowTemplate(parsed.context, parsed.value, fileProvider(root), {
      fetchReusableWorkflowDepth: 1,
      errorPolicy: ErrorPolicy.TryConversion,
    });
  }
  return templateErrors(parsed.context, file);
}

/** GitHub's action.yml schema. */
export function parseActionErrors(file: string, text: string): LintError[] {
  const parsed = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  if (parsed.value) {
    try {
      convertActionTemplate(parsed.context, parsed.value, { errorPolicy: ErrorPolicy.TryConversion });
    } catch (error) {
      parsed.context.error(parsed.value, error);
    }
  }
  return templateErrors(parsed.context, file);
}
