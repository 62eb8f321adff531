import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UserError } from '../../core/errors.js';
import { getBoolean, getDuration, getEnum, getInteger, getList, getNumber, getRequired, parseDuration } from '../../core/inputs.js';
import { getYamlOrFile } from '../../core/yaml-input.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('input helpers', () => {
  it('reads YAML 1.2 core booleans and rejects anything else naming the input', () => {
    expect(getBoolean(reader({ x: 'TRUE' }), 'x', false)).toBe(true);
    expect(getBoolean(reader({ x: 'False' }), 'x', true)).toBe(false);
    expect(getBoolean(reader({}), 'x', true)).toBe(true);
    expect(() => getBoolean(reader({ x: 'yes' }), 'x', false)).toThrow("Input 'x': 'yes' is not a boolean; use true or false.");
  });

  it('lists the valid values of an enum', () => {
    expect(getEnum(reader({ 'fail-on': 'warning' }), 'fail-on', ['error', 'warning', 'never'], 'error')).toBe('warning');
    expect(() => getEnum(reader({ 'fail-on': 'sometimes' }), 'fail-on', ['error', 'warning', 'never'], 'error')).toThrow(
      "Input 'fail-on': 'sometimes' is not one of: error, warning, never.",
    );
  });

  it('parses durations like 30s, 5m, 1h30m, 250ms and bare seconds', () => {
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('12')).toBe(12_000);
    expect(parseDuration('10x')).toBeUndefined();
    expect(parseDuration('m5')).toBeUndefined();
    expect(() => getDuration(reader({ duration: '10x' }), 'duration', 1000)).toThrow(
      "Input 'duration': '10x' is not a duration; write it like 30s, 5m, 1h30m or 250ms.",
    );
  });

  it('checks numbers and integers with bounds', () => {
    expect(getNumber(reader({ rate: '2.5e2' }), 'rate', 1)).toBe(250);
    expect(() => getNumber(reader({ rate: '12abc' }), 'rate', 1)).toThrow("Input 'rate': '12abc' is not a number.");
    expect(() => getInteger(reader({ vus: '1.5' }), 'vus', 1)).toThrow("Input 'vus': '1.5' is not a whole number.");
    expect(() => getInteger(reader({ vus: '0' }), 'vus', 1, { min: 1 })).toThrow("Input 'vus': 0 is below the minimum 1.");
  });

  it('splits lists on newlines and commas', () => {
    expect(getList(reader({ files: 'a.csv, b.csv\n\n  c/*.csv\n' }), 'files')).toEqual(['a.csv', 'b.csv', 'c/*.csv']);
  });

  it('requires required inputs', () => {
    expect(() => getRequired(reader({ url: '  ' }), 'url')).toThrow(InputError);
    expect(() => getRequired(reader({}), 'url')).toThrow("Input 'url': is required");
  });

  it('reads inline YAML or a YAML/JSON file, and names file:line of a syntax error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'inputs-'));
    const inline = getYamlOrFile(reader({ t: 'accuracy: ">= 0.9"\nf1:\n  min: 0.8' }), 't', dir);
    expect(inline?.value).toEqual({ accuracy: '>= 0.9', f1: { min: 0.8 } });
    expect(inline?.lineOf(['f1', 'min'])).toBe(3);

    const broken = ['a: 1', 'b: 2', 'c: 3', 'd: 4', 'e: 5', 'f: 6', 'g: x: y', 'h: 8'].join('\n');
    writeFileSync(path.join(dir, 'thresholds.yml'), broken);
    let error: unknown;
    try {
      getYamlOrFile(reader({ thresholds: 'thresholds.yml' }), 'thresholds', dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^Input 'thresholds': thresholds\.yml:7:\d+: /);
    expect((error as UserError).line).toBe(7);
    expect((error as UserError).file).toBe('thresholds.yml');
    expect(() => getYamlOrFile(reader({ thresholds: 'missing.json' }), 'thresholds', dir)).toThrow(
      "Input 'thresholds': file 'missing.json' does not exist",
    );
  });
});

describe('JSON files', () => {
  it('get JSON wording and the line and column of the error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'inputs-json-'));
    writeFileSync(path.join(dir, 'schema.json'), '{\n  "fields": [\n    {"name": "a" "type": "integer"}\n  ]\n}\n');
    expect(() => getYamlOrFile(reader({ schema: 'schema.json' }), 'schema', dir)).toThrow(
      /^Input 'schema': schema\.json:3:18: Expected ',' or '}' after property value\. Fix the JSON syntax there\.$/,
    );
  });
});
