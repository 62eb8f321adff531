// Seeded synthetic datasets for the parity tests and the benchmark: written as CSV so scikit-learn
// and the evaluator read exactly the same text.
import { seededRandom } from '../../actions/model-test/src/bootstrap.js';

export interface Dataset {
  name: string;
  task: 'classification' | 'regression';
  csv: string;
  probabilityColumns: string[];
  slices: string[];
}

function softmax(logits: number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((v) => Math.exp(v - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}

/** A noisy classifier over `classes`: probabilities from softmax logits, optionally rounded so scores tie. */
export function classificationDataset(options: {
  name: string;
  rows: number;
  classes: string[];
  seed: number;
  skill?: number;
  roundTo?: number;
  /** A label that only the model predicts (never true): exercises zero_division. */
  phantom?: string;
  binaryScore?: boolean;
}): Dataset {
  const random = seededRandom(options.seed);
  const k = options.classes.length;
  const header = ['label', 'prediction', ...(options.binaryScore ? ['score'] : options.classes.map((c) => `p_${c}`)), 'region'];
  const lines = [header.join(',')];
  for (let i = 0; i < options.rows; i++) {
    // Skewed class frequencies so macro and weighted averages differ.
    const truth = Math.min(k - 1, Math.floor(random() ** 1.5 * k));
    const logits = options.classes.map((_, c) => (c === truth ? (options.skill ?? 1.5) : 0) + 2 * (random() - 0.5) * 2);
    let p = softmax(logits);
    if (options.roundTo) {
      p = p.map((v) => Math.round(v * options.roundTo!) / options.roundTo!);
      // Keep rows summing to 1 after rounding by giving the rest to the last class.
      const rest = 1 - p.slice(0, -1).reduce((a, b) => a + b, 0);
      p[k - 1] = Math.max(0, rest);
    }
    let predicted = options.classes[p.indexOf(Math.max(...p))];
    if (options.phantom && random() < 0.03) predicted = options.phantom;
    const region = random() < 0.3 ? 'eu' : random() < 0.5 ? 'us' : 'apac';
    const scores = options.binaryScore ? [p[1]] : p;
    lines.push([options.classes[truth], predicted, ...scores.map(String), region].join(','));
  }
  return {
    name: options.name,
    task: 'classification',
    csv: `${lines.join('\n')}\n`,
    probabilityColumns: options.binaryScore ? ['score'] : options.classes.map((c) => `p_${c}`),
    slices: ['region'],
  };
}

export function regressionDataset(options: { name: string; rows: number; seed: number; zeros?: boolean; constant?: boolean }): Dataset {
  const random = seededRandom(options.seed);
  const lines = ['label,prediction,region'];
  for (let i = 0; i < options.rows; i++) {
    let truth = options.constant ? 3 : 50 * random() - 10;
    if (options.zeros && random() < 0.05) truth = 0;
    const prediction = truth + (random() - 0.5) * 8;
    lines.push([truth, prediction, random() < 0.4 ? 'eu' : 'us'].join(','));
  }
  return { name: options.name, task: 'regression', csv: `${lines.join('\n')}\n`, probabilityColumns: [], slices: ['region'] };
}
