/** The subset of Frictionless Table Schema / Data Package this action validates against. */

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'time', 'year', 'any'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldConstraints {
  required: boolean;
  unique: boolean;
  minimum?: number | string;
  maximum?: number | string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
}

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** 'default', 'any', a strptime-like pattern for dates, or email/uri/uuid for strings. */
  format: string;
  trueValues: string[];
  falseValues: string[];
  decimalChar: string;
  groupChar: string;
  bareNumber: boolean;
  constraints: FieldConstraints;
  /** Line of the field's entry in the schema file, for findings about the schema itself. */
  schemaLine?: number;
}

export interface ForeignKey {
  fields: string[];
  /** '' means the same resource (a self reference), as in the spec. */
  resource: string;
  referenceFields: string[];
}

/**
 * Dataset-level checks, in the extension block `x-validate-data` of a schema (not part of the
 * Frictionless spec, whose validators ignore unknown `x-` keys).
 */
export interface DatasetChecks {
  minRows?: number;
  maxRows?: number;
  /** Column name (or '*' for every column) -> the largest allowed share of missing values, 0..1. */
  maxNullRatio: Record<string, number>;
  freshness?: { field: string; maxAgeMs: number; maxAgeText: string };
}

export interface TableSchema {
  fields: FieldSpec[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  dataset: DatasetChecks;
}

export interface Dialect {
  delimiter: string;
  header: boolean;
  quoteChar: string;
}

export interface ResourceSpec {
  name: string;
  /** Absolute paths of the resource's data files ([] when the schema is a bare Table Schema). */
  paths: string[];
  schema: TableSchema;
  dialect: Partial<Dialect>;
}

export interface SchemaDocument {
  kind: 'table-schema' | 'data-package';
  /** The schema file as the user named it. */
  file?: string;
  resources: ResourceSpec[];
}
