import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ActionReport, Logger } from '../../../core/action.js';
import { UserError } from '../../../core/errors.js';
import type { Finding } from '../../../core/findings.js';
import { readCsv } from './csv-reader.js';
import { compareColumn, driftFindings, type DriftRow, type DriftThresholds } from './drift.js';
import { fileFindings, type FileFindings } from './file-findings.js';
import { csvHeader, formatSchema, InferValidator } from './infer.js';
import { summaryMarkdown } from './report.js';
import { readJsonLines, readParquet } from './row-readers.js';
import { loadSchema } from './schema-load.js';
import type { ResourceSpec } from './schema-types.js';
import { csvOptionsFor, formatOf, validateFile, type FileRun } from './validate-file.js';

export interface ValidateDataOptions {
  files: string[];
  schema?: string;
  reference?: string;
  failOn: 'error' | 'warning' | 'never';
  delimiter?: string;
  header: boolean;
  infer?: string;
  thresholds: DriftThresholds;
  maxSamples: number;
  cwd: string;
  tempDir: string;
  log: Logger;
  /** The clock for freshness checks (tests pin it). */
  now?: number;
  /** Worker threads for large CSV files; defaults to the machine's cores, at most 3 (each thread adds ~20 MB of RSS). */
  threads?: number;
}

async function expand(patterns: string[], cwd: string): Promise<{ files: string[]; unmatched: string[] }> {
  const { glob } = await import('tinyglobby');
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true });
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches.sort()) files.add(path.resolve(match));
  }
  return { files: [...files], unmatched };
}

async function infer(options: ValidateDataOptions): Promise<ActionReport> {
  const file = path.resolve(options.cwd, options.infer!);
  if (!existsSync(file)) throw new UserError(`Input 'infer': file '${options.infer}' does not exist.`, { file: options.infer });
  const format = formatOf(file);
  const csv = csvOptionsFor(
    file,
    { name: '', paths: [], schema: undefined as never, dialect: {} },
    { delimiter: options.delimiter, header: true },
  );
  let names: string[];
  if (format === 'csv') names = csvHeader(file, csv.delimiter, csv.quoteChar);
  else if (format === 'jsonl') {
    const { createInterface } = await import('node:readline');
    const { createReadStream } = await import('node:fs');
    names = [];
    for await (const line of createInterface({ input: createReadStream(file) })) {
      if (line.trim()) {
        names = Object.keys(JSON.parse(line) as object);
        break;
      }
    }
  } else {
    const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import('hyparquet');
    names = parquetSchema(await parquetMetadataAsync(await asyncBufferFromFile(file))).children.map((c) => c.element.name);
  }
  const validator = new InferValidator(names, options.tempDir);
  if (format === 'csv') await readCsv(file, csv, validator);
  else if (format === 'jsonl') await readJsonLines(file, validator);
  else await readParquet(file, validator);
  const text = formatSchema(validator.schema(), options.schema);
  if (options.schema) writeFileSync(path.resolve(options.cwd, options.schema), text);
  else options.log.info(text);
  const summary = `## ✅ validate-data: inferred a schema from ${options.infer}\n\n${options.schema ? `Written to \`${options.schema}\`.` : ''}\n\n\`\`\`yaml\n${text}\`\`\``;
  return {
    title: `schema inferred from ${validator.rows} rows`,
    passed: true,
    summary,
    findings: [],
    outputs: { valid: true, 'error-count': 0, 'warning-count': 0, rows: validator.rows },
    data: { inferred: validator.schema() },
  };
}

/** Resources referenced by a foreign key are read first, so their key sets exist when children are checked. */
function ordered(resources: ResourceSpec[]): ResourceSpec[] {
  const parents = new Set(resources.flatMap((r) => r.schema.foreignKeys.map((fk) => fk.resource || r.name)));
  return [...resources.filter((r) => parents.has(r.name)), ...resources.filter((r) => !parents.has(r.name))];
}

function foreignKeyFindings(runs: FileRun[], resources: ResourceSpec[], maxSamples: number): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs) {
    run.resource.schema.foreignKeys.forEach((fk, index) => {
      const parentName = fk.resource || run.resource.name;
      const parent = resources.find((r) => r.name === parentName)!;
      const keyIndex = referencedKeySets(parent).findIndex((set) => set.join('\u0000') === fk.referenceFields.join('\u0000'));
      const known = new Set<string>();
      for (const other of runs.filter((r) => r.resource.name === parentName))
        for (const value of other.validator.referenced[keyIndex].values) known.add(value);
      let missing = 0;
      const lines: { line: number; value: string }[] = [];
      for (const [value, seen] of run.validator.foreignValues[index]) {
        if (known.has(value)) continue;
        missing += seen.count;
        for (const line of seen.lines) lines.push({ line, value });
      }
      if (missing === 0) return;
      lines.sort((a, b) => a.line - b.line);
      const shown = lines.slice(0, maxSamples);
      const title = `Foreign key not found: ${fk.fields.join(', ')}`;
      findings.push({
        level: 'error',
        rule: 'foreignKey',
        title,
        file: run.display,
        line: shown[0].line,
        message: `${missing} rows reference ${parentName}(${fk.referenceFields.join(', ')}) values that do not exist, e.g. ${JSON.stringify(shown[0].value.split('\u001f').join(', '))} at line ${shown[0].line}; at lines ${shown
          .slice(0, 5)
          .map((l) => l.line)
          .join(', ')}.`,
      });
      for (const sample of shown.slice(1))
        findings.push({
          level: 'error',
          rule: 'foreignKey',
          title,
          file: run.display,
          line: sample.line,
          message: `${JSON.stringify(sample.value.split('\u001f').join(', '))} is not a key of ${parentName}.`,
        });
    });
  }
  return findings;
}

/** The distinct field lists other resources' foreign keys point at in `resource`. */
function referencedKeySets(resource: ResourceSpec, all?: ResourceSpec[]): string[][] {
  const cache = resource as ResourceSpec & { referencedKeySets?: string[][] };
  if (all) {
    const sets = new Map<string, string[]>();
    for (const other of all)
      for (const fk of other.schema.foreignKeys)
        if ((fk.resource || other.name) === resource.name) sets.set(fk.referenceFields.join('\u0000'), fk.referenceFields);
    cache.referencedKeySets = [...sets.values()];
  }
  return cache.referencedKeySets ?? [];
}

export async function validateData(options: ValidateDataOptions): Promise<ActionReport> {
  mkdirSync(options.tempDir, { recursive: true });
  if (options.infer) return infer(options);
  if (!options.schema)
    throw new UserError(
      "Input 'schema' is required (a Table Schema or datapackage.json); to write a first one, set 'infer' to a data file.",
    );
  const document = loadSchema(options.schema, options.cwd);
  const findings: Finding[] = [];
  const patterns =
    options.files.length > 0 ? options.files : document.resources.flatMap((r) => r.paths.map((p) => path.relative(options.cwd, p)));
  if (patterns.length === 0) throw new UserError("Input 'files': no data files given; set it to a glob such as data/*.csv.");
  const { files, unmatched } = await expand(patterns, options.cwd);
  for (const pattern of unmatched)
    findings.push({
      level: 'error',
      rule: 'files',
      title: 'No file matched',
      message: `The pattern '${pattern}' matched no file; check the path relative to ${options.cwd}.`,
    });
  for (const resource of document.resources) referencedKeySets(resource, document.resources);
  const assigned = new Map<ResourceSpec, string[]>();
  for (const file of files) {
    const resource = document.kind === 'table-schema' ? document.resources[0] : document.resources.find((r) => r.paths.includes(file));
    if (!resource) {
      findings.push({
        level: 'warning',
        rule: 'unmatched-file',
        title: 'File matched by no resource',
        file: path.relative(options.cwd, file),
        message: `No resource of ${options.schema} lists this file in its path, so it was not validated; add it to a resource or narrow 'files'.`,
      });
      continue;
    }
    assigned.set(resource, [...(assigned.get(resource) ?? []), file]);
  }
  const collectDrift = options.reference !== undefined;
  const runs: { run: FileRun; result: FileFindings }[] = [];
  const now = options.now ?? Date.now();
  const csvDefaults = { delimiter: options.delimiter, header: options.header };
  const threads = options.threads ?? Math.min(3, availableParallelism());
  for (const resource of ordered(document.resources)) {
    for (const file of assigned.get(resource) ?? []) {
      const run = await options.log.group(`Validating ${path.relative(options.cwd, file)}`, () =>
        validateFile(file, resource, {
          cwd: options.cwd,
          tempDir: options.tempDir,
          maxSamples: options.maxSamples,
          collectDrift,
          referencedKeys: referencedKeySets(resource),
          csvDefaults,
          threads,
        }),
      );
      options.log.info(
        `${run.display}: ${run.validator.rows} rows in ${run.seconds.toFixed(2)} s (${(run.bytes / 1e6 / run.seconds).toFixed(1)} MB/s)`,
      );
      runs.push({ run, result: fileFindings(run, options.maxSamples, now) });
    }
  }
  const fkFindings = foreignKeyFindings(
    runs.map((r) => r.run),
    document.resources,
    options.maxSamples,
  );
  const drift: { file: string; rows: DriftRow[] }[] = [];
  if (options.reference) {
    const referenceFile = path.resolve(options.cwd, options.reference);
    const referenceResource = runs[0]?.run.resource ?? document.resources[0];
    const reference = await validateFile(referenceFile, referenceResource, {
      cwd: options.cwd,
      tempDir: options.tempDir,
      maxSamples: 0,
      collectDrift: true,
      referencedKeys: [],
      csvDefaults,
      threads,
    });
    for (const { run } of runs.filter((r) => r.run.resource === referenceResource)) {
      const rows = run.validator.fields.map((f, k) => compareColumn(reference.validator.fields[k], f, options.thresholds));
      drift.push({ file: run.display, rows });
      findings.push(...driftFindings(run.display, rows));
    }
  }
  const all = [...findings, ...runs.flatMap((r) => r.result.findings), ...fkFindings];
  const errorCount =
    runs.reduce((sum, r) => sum + r.result.errors, 0) + [...findings, ...fkFindings].filter((f) => f.level === 'error').length;
  const warningCount = runs.reduce((sum, r) => sum + r.result.warnings, 0) + findings.filter((f) => f.level === 'warning').length;
  const rows = runs.reduce((sum, r) => sum + r.run.validator.rows, 0);
  const passed = options.failOn === 'never' || (errorCount === 0 && (options.failOn === 'error' || warningCount === 0));
  const title = `${runs.length} file${runs.length === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows, ${errorCount} errors, ${warningCount} warnings`;
  return {
    title,
    passed,
    summary: summaryMarkdown({ runs, drift, extraFindings: findings.length, passed, title }),
    findings: all,
    outputs: { valid: errorCount === 0, 'error-count': errorCount, 'warning-count': warningCount, rows },
    data: {
      files: runs.map(({ run, result }) => ({
        file: run.display,
        resource: run.resource.name,
        rows: run.validator.rows,
        bytes: run.bytes,
        seconds: run.seconds,
        errors: result.errors,
        warnings: result.warnings,
        byRule: result.byRule,
        violations: [
          ...run.validator.tallies
            .list()
            .filter((t) => t.count > 0)
            .map((t) => ({ rule: t.rule, field: t.field, count: t.count })),
          ...run.duplicates
            .filter((d) => d.duplicates.length > 0)
            .map((d) => ({ rule: d.rule, field: d.fields.join(','), count: d.duplicates.length })),
        ],
      })),
      drift,
    },
  };
}
