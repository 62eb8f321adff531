/** Parsers for what an action writes: workflow commands on stdout and the GITHUB_OUTPUT file format. */

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

// The escapes @actions/core applies (toCommandValue / toCommandProperties), undone.
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    const number = (key: string) => (properties[key] !== undefined ? Number(properties[key]) : undefined);
    annotations.push({
      level: match[1] as Annotation['level'],
      message: unescapeData(match[3]),
      file: properties.file,
      line: number('line'),
      endLine: number('endLine'),
      col: number('col'),
      endColumn: number('endColumn'),
      title: properties.title,
    });
  }
  return annotations;
}

/** Reads the `name<<DELIMITER` heredoc format @actions/core writes to GITHUB_OUTPUT / GITHUB_ENV. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      values[name] = body.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return values;
}
