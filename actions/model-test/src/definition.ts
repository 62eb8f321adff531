import type { ActionDefinition, ActionReport } from '../../../core/action.js';
import { InputError } from '../../../core/errors.js';
import { getDuration, getEnum, getInteger, getLines, getList, getNumber, getString } from '../../../core/inputs.js';

export interface Inputs {
  command?: string;
  'command-timeout': number;
  metrics: string[];
  task?: 'classification' | 'regression';
  predictions?: string;
  labels?: string;
  'prediction-column': string;
  'label-column': string;
  'probability-columns': string[];
  slices: string[];
  /** Raw text: parsed in execute(), where the working directory is known. */
  thresholds?: string;
  'baseline-ref'?: string;
  'baseline-file'?: string;
  junit: string[];
  'bootstrap-resamples': number;
  'confidence-level': number;
}

export const definition: ActionDefinition<Inputs> = {
  name: 'model-test',
  readInputs(read) {
    const inputs: Inputs = {
      command: getString(read, 'command'),
      'command-timeout': getDuration(read, 'command-timeout', 30 * 60_000),
      metrics: getLines(read, 'metrics'),
      task:
        getString(read, 'task') === undefined
          ? undefined
          : getEnum(read, 'task', ['classification', 'regression'] as const, 'classification'),
      predictions: getString(read, 'predictions'),
      labels: getString(read, 'labels'),
      'prediction-column': getString(read, 'prediction-column') ?? 'prediction',
      'label-column': getString(read, 'label-column') ?? 'label',
      'probability-columns': getList(read, 'probability-columns'),
      slices: getList(read, 'slices'),
      thresholds: getString(read, 'thresholds') === undefined ? undefined : read('thresholds'),
      'baseline-ref': getString(read, 'baseline-ref'),
      'baseline-file': getString(read, 'baseline-file'),
      junit: getLines(read, 'junit'),
      'bootstrap-resamples': getInteger(read, 'bootstrap-resamples', 1000, { min: 0, max: 100_000 }),
      'confidence-level': getNumber(read, 'confidence-level', 0.95, { min: 0.5, max: 0.999 }),
    };
    if (inputs.predictions && !inputs.task)
      throw new InputError('task', "is required with 'predictions'; set it to classification or regression.");
    if (inputs.task && !inputs.predictions)
      throw new InputError('predictions', `is required with task '${inputs.task}': the CSV or JSON Lines file of the model's predictions.`);
    if (inputs.metrics.length === 0 && !inputs.predictions && inputs.junit.length === 0) {
      throw new InputError(
        'metrics',
        "is empty: give metrics file globs, or 'predictions' + 'task' for the built-in evaluator, or 'junit' reports.",
      );
    }
    if (inputs['baseline-ref'] && inputs['baseline-file'])
      throw new InputError('baseline-file', "and 'baseline-ref' are both set; choose one baseline.");
    return inputs;
  },
  async execute(inputs, context): Promise<ActionReport> {
    const { runModelTest } = await import('./engine.js');
    const { summaryMarkdown } = await import('./report.js');
    const { getYamlOrFile } = await import('../../../core/yaml-input.js');
    const thresholds = inputs.thresholds === undefined ? undefined : getYamlOrFile(() => inputs.thresholds!, 'thresholds', context.cwd);
    const baselineRef = inputs['baseline-ref'] ?? (inputs['baseline-file'] ? undefined : context.github?.pullRequest?.baseRef);
    const result = await runModelTest(
      {
        command: inputs.command,
        commandTimeoutMs: inputs['command-timeout'],
        metrics: inputs.metrics,
        evaluator: inputs.predictions
          ? {
              predictions: inputs.predictions,
              labels: inputs.labels ?? inputs.predictions,
              options: {
                task: inputs.task!,
                predictionColumn: inputs['prediction-column'],
                labelColumn: inputs['label-column'],
                probabilityColumns: inputs['probability-columns'],
                sliceColumns: inputs.slices,
              },
            }
          : undefined,
        thresholds,
        baselineRef,
        baselineRefFromEvent: inputs['baseline-ref'] === undefined,
        baselineFile: inputs['baseline-file'],
        junit: inputs.junit,
        bootstrapResamples: inputs['bootstrap-resamples'],
        confidence: inputs['confidence-level'],
        seed: 20240601,
      },
      { cwd: context.cwd, log: context.log },
    );
    const failedMetrics = result.rows.filter((row) => row.status === 'fail').length;
    const failedTests = result.junit.reduce((sum, s) => sum + s.failed + s.errored, 0);
    const metrics = Object.fromEntries(result.rows.map((row) => [row.name, row.value]));
    return {
      title: `${result.rows.length} metrics, ${failedMetrics} failed thresholds${result.junit.length ? `, ${failedTests} failed tests` : ''}`,
      passed: result.passed,
      summary: summaryMarkdown(result),
      findings: result.findings,
      outputs: { passed: result.passed, 'metrics-json': JSON.stringify(metrics) },
      data: {
        metrics: result.rows,
        baseline: result.baseline,
        junit: result.junit,
        confusion: result.confusion,
        undefinedMetrics: result.undefinedMetrics,
        commandExitCode: result.commandExitCode,
      },
    };
  },
};
