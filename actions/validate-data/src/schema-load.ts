import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDuration } from '../../../core/inputs.js';
import { parseYaml, type YamlSource } from '../../../core/yaml-input.js';
import { UserError } from '../../../core/errors.js';
import {
  FIELD_TYPES,
  type DatasetChecks,
  type FieldSpec,
  type FieldType,
  type ForeignKey,
  type ResourceSpec,
  type SchemaDocument,
  type TableSchema,
} from './schema-types.js';

type Path = (string | number)[];
type Json = Record<string, unknown>;

/** Reports a schema mistake at the line of the offending key, naming the key and the fix. */
class SchemaReader {
  constructor(
    readonly source: YamlSource,
    readonly label: string,
  ) {}

  fail(keyPath: Path, problem: string): never {
    const line = this.source.lineOf(keyPath);
    const key =
      keyPath
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
        .join('')
        .replace(/^\./, '') || '(root)';
    throw new UserError(`Invalid schema ${this.label}${line ? `:${line}` : ''}: '${key}' ${problem}`, { file: this.source.file, line });
  }

  object(value: unknown, keyPath: Path): Json {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(keyPath, 'must be an object.');
    return value as Json;
  }

  stringList(value: unknown, keyPath: Path): string[] {
    if (typeof value === 'string') return [value];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      this.fail(keyPath, 'must be a string or a list of strings.');
    return value as string[];
  }

  number(value: unknown, keyPath: Path): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(keyPath, 'must be a number.');
    return value;
  }
}

const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const FIELD_KEYS = new Set([
  'name',
  'type',
  'format',
  'constraints',
  'trueValues',
  'falseValues',
  'decimalChar',
  'groupChar',
  'bareNumber',
  'title',
  'description',
  'example',
  'rdfType',
  'missingValues',
]);
const CONSTRAINT_KEYS = new Set([
  'required',
  'unique',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

function readField(reader: SchemaReader, raw: unknown, keyPath: Path): FieldSpec {
  const field = reader.object(raw, keyPath);
  for (const key of Object.keys(field)) {
    if (!FIELD_KEYS.has(key) && !key.startsWith('x-'))
      reader.fail([...keyPath, key], `is not a Table Schema field property; known: ${[...FIELD_KEYS].join(', ')}.`);
  }
  if (typeof field.name !== 'string' || field.name === '') reader.fail([...keyPath, 'name'], 'must be a non-empty string.');
  const type = (field.type ?? 'string') as FieldType;
  if (!FIELD_TYPES.includes(type))
    reader.fail([...keyPath, 'type'], `'${String(field.type)}' is not a supported type; use one of ${FIELD_TYPES.join(', ')}.`);
  const format = field.format === undefined ? 'default' : field.format;
  if (typeof format !== 'string') reader.fail([...keyPath, 'format'], 'must be a string.');
  const rawConstraints = field.constraints === undefined ? {} : reader.object(field.constraints, [...keyPath, 'constraints']);
  const constraintPath = [...keyPath, 'constraints'];
  for (const key of Object.keys(rawConstraints)) {
    if (!CONSTRAINT_KEYS.has(key))
      reader.fail([...constraintPath, key], `is not a Table Schema constraint; known: ${[...CONSTRAINT_KEYS].join(', ')}.`);
  }
  const constraints: FieldSpec['constraints'] = { required: rawConstraints.required === true, unique: rawConstraints.unique === true };
  for (const key of ['minimum', 'maximum'] as const) {
    const value = rawConstraints[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' && typeof value !== 'string')
      reader.fail([...constraintPath, key], 'must be a number (or an ISO date/time string for temporal fields).');
    constraints[key] = value;
  }
  for (const key of ['minLength', 'maxLength'] as const) {
    if (rawConstraints[key] !== undefined) constraints[key] = reader.number(rawConstraints[key], [...constraintPath, key]);
  }
  if (rawConstraints.pattern !== undefined) {
    if (typeof rawConstraints.pattern !== 'string') reader.fail([...constraintPath, 'pattern'], 'must be a string.');
    try {
      new RegExp(`^(?:${rawConstraints.pattern})$`, 'u');
    } catch (error) {
      reader.fail([...constraintPath, 'pattern'], `is not a valid regular expression: ${(error as Error).message}.`);
    }
    constraints.pattern = rawConstraints.pattern;
  }
  if (rawConstraints.enum !== undefined) {
    if (!Array.isArray(rawConstraints.enum)) reader.fail([...constraintPath, 'enum'], 'must be a list.');
    constraints.enum = rawConstraints.enum.map((item) => String(item));
  }
  return {
    name: field.name,
    type,
    format,
    trueValues: field.trueValues === undefined ? TRUE_VALUES : reader.stringList(field.trueValues, [...keyPath, 'trueValues']),
    falseValues: field.falseValues === undefined ? FALSE_VALUES : reader.stringList(field.falseValues, [...keyPath, 'falseValues']),
    decimalChar: typeof field.decimalChar === 'string' ? field.decimalChar : '.',
    groupChar: typeof field.groupChar === 'string' ? field.groupChar : '',
    bareNumber: field.bareNumber !== false,
    constraints,
    schemaLine: reader.source.lineOf(keyPath),
  };
}

function readDataset(reader: SchemaReader, raw: unknown, keyPath: Path, fieldNames: Set<string>): DatasetChecks {
  const checks: DatasetChecks = { maxNullRatio: {} };
  if (raw === undefined) return checks;
  const block = reader.object(raw, keyPath);
  for (const key of Object.keys(block)) {
    if (!['rows', 'maxNullRatio', 'freshness'].includes(key))
      reader.fail([...keyPath, key], 'is not a dataset check; known: rows, maxNullRatio, freshness.');
  }
  if (block.rows !== undefined) {
    const rows = reader.object(block.rows, [...keyPath, 'rows']);
    if (rows.min !== undefined) checks.minRows = reader.number(rows.min, [...keyPath, 'rows', 'min']);
    if (rows.max !== undefined) checks.maxRows = reader.number(rows.max, [...keyPath, 'rows', 'max']);
  }
  if (block.maxNullRatio !== undefined) {
    const ratios = block.maxNullRatio;
    if (typeof ratios === 'number') checks.maxNullRatio['*'] = ratios;
    else {
      for (const [name, value] of Object.entries(reader.object(ratios, [...keyPath, 'maxNullRatio']))) {
        if (name !== '*' && !fieldNames.has(name)) reader.fail([...keyPath, 'maxNullRatio', name], 'names no field of the schema.');
        const ratio = reader.number(value, [...keyPath, 'maxNullRatio', name]);
        if (ratio < 0 || ratio > 1) reader.fail([...keyPath, 'maxNullRatio', name], 'must be between 0 and 1.');
        checks.maxNullRatio[name] = ratio;
      }
    }
  }
  if (block.freshness !== undefined) {
    const freshness = reader.object(block.freshness, [...keyPath, 'freshness']);
    if (typeof freshness.field !== 'string' || !fieldNames.has(freshness.field))
      reader.fail([...keyPath, 'freshness', 'field'], 'must name a date or datetime field of the schema.');
    const maxAgeText = String(freshness.maxAge ?? '');
    const maxAgeMs = parseDuration(maxAgeText);
    if (maxAgeMs === undefined)
      reader.fail([...keyPath, 'freshness', 'maxAge'], `'${maxAgeText}' is not a duration; write it like 36h or 7d.`);
    checks.freshness = { field: freshness.field, maxAgeMs, maxAgeText };
  }
  return checks;
}

export const DATASET_BLOCK = 'x-validate-data';

function readTableSchema(reader: SchemaReader, raw: unknown, keyPath: Path): TableSchema {
  const schema = reader.object(raw, keyPath);
  if (!Array.isArray(schema.fields) || schema.fields.length === 0)
    reader.fail([...keyPath, 'fields'], 'must be a non-empty list of field descriptors.');
  const fields = schema.fields.map((field, index) => readField(reader, field, [...keyPath, 'fields', index]));
  const names = new Set<string>();
  fields.forEach((field, index) => {
    if (names.has(field.name)) reader.fail([...keyPath, 'fields', index, 'name'], `'${field.name}' is declared twice.`);
    names.add(field.name);
  });
  const missingValues = schema.missingValues === undefined ? [''] : reader.stringList(schema.missingValues, [...keyPath, 'missingValues']);
  const primaryKey = schema.primaryKey === undefined ? [] : reader.stringList(schema.primaryKey, [...keyPath, 'primaryKey']);
  for (const name of primaryKey) if (!names.has(name)) reader.fail([...keyPath, 'primaryKey'], `names '${name}', which is not a field.`);
  const foreignKeys: ForeignKey[] = [];
  if (schema.foreignKeys !== undefined) {
    if (!Array.isArray(schema.foreignKeys)) reader.fail([...keyPath, 'foreignKeys'], 'must be a list.');
    schema.foreignKeys.forEach((rawKey, index) => {
      const at = [...keyPath, 'foreignKeys', index];
      const key = reader.object(rawKey, at);
      const fks = reader.stringList(key.fields, [...at, 'fields']);
      for (const name of fks) if (!names.has(name)) reader.fail([...at, 'fields'], `names '${name}', which is not a field.`);
      const reference = reader.object(key.reference, [...at, 'reference']);
      const referenceFields = reader.stringList(reference.fields, [...at, 'reference', 'fields']);
      if (referenceFields.length !== fks.length)
        reader.fail([...at, 'reference', 'fields'], `must list as many fields as 'fields' (${fks.length}).`);
      foreignKeys.push({ fields: fks, resource: typeof reference.resource === 'string' ? reference.resource : '', referenceFields });
    });
  }
  return {
    fields,
    missingValues,
    primaryKey,
    foreignKeys,
    dataset: readDataset(reader, schema[DATASET_BLOCK], [...keyPath, DATASET_BLOCK], names),
  };
}

function loadSource(file: string, cwd: string, label: string): YamlSource {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`${label}: cannot read schema file '${file}': ${(error as Error).message}`, { file });
  }
  return parseYaml(text, label, file);
}

/** Loads a Table Schema or a Data Package (JSON or YAML) and checks every key it uses. */
export function loadSchema(file: string, cwd: string): SchemaDocument {
  const source = loadSource(file, cwd, "Input 'schema'");
  const reader = new SchemaReader(source, file);
  const root = reader.object(source.value, []);
  if (!Array.isArray(root.resources)) {
    return {
      kind: 'table-schema',
      file,
      resources: [{ name: path.basename(file).replace(/\..*$/, ''), paths: [], schema: readTableSchema(reader, root, []), dialect: {} }],
    };
  }
  const baseDir = path.dirname(path.resolve(cwd, file));
  const resources: ResourceSpec[] = root.resources.map((raw, index) => {
    const at: Path = ['resources', index];
    const resource = reader.object(raw, at);
    if (typeof resource.name !== 'string') reader.fail([...at, 'name'], 'must be a string naming the resource.');
    const name = resource.name as string;
    const paths = reader.stringList(resource.path, [...at, 'path']).map((item) => path.resolve(baseDir, item));
    let schema: TableSchema;
    if (typeof resource.schema === 'string') {
      const schemaFile = path.relative(cwd, path.resolve(baseDir, resource.schema));
      const nested = loadSource(schemaFile, cwd, `Schema of resource '${name}'`);
      schema = readTableSchema(new SchemaReader(nested, schemaFile), nested.value, []);
    } else schema = readTableSchema(reader, resource.schema, [...at, 'schema']);
    const dialect = resource.dialect === undefined ? {} : reader.object(resource.dialect, [...at, 'dialect']);
    return {
      name,
      paths,
      schema,
      dialect: {
        delimiter: typeof dialect.delimiter === 'string' ? dialect.delimiter : undefined,
        header: typeof dialect.header === 'boolean' ? dialect.header : undefined,
        quoteChar: typeof dialect.quoteChar === 'string' ? dialect.quoteChar : undefined,
      },
    };
  });
  const names = new Set(resources.map((r) => r.name));
  resources.forEach((resource, index) => {
    resource.schema.foreignKeys.forEach((key, keyIndex) => {
      if (key.resource !== '' && !names.has(key.resource)) {
        reader.fail(
          ['resources', index, 'schema', 'foreignKeys', keyIndex, 'reference', 'resource'],
          `names resource '${key.resource}', which the package does not declare.`,
        );
      }
    });
  });
  return { kind: 'data-package', file, resources };
}
