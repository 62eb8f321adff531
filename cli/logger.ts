import type { Logger } from '../core/action.js';

/** Logs to stderr so stdout carries only findings (or the JSON report). */
export function consoleLogger(options: { quiet: boolean; verbose: boolean }): Logger {
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const write = (text: string) => process.stderr.write(`${mask(text)}\n`);
  return {
    info: (message) => {
      if (!options.quiet) write(message);
    },
    warning: (message) => write(`warning: ${message}`),
    debug: (message) => {
      if (options.verbose) write(`debug: ${message}`);
    },
    async group(title, fn) {
      if (!options.quiet) write(`▸ ${title}`);
      return fn();
    },
    secret: (value) => {
      if (value) secrets.push(value);
    },
  };
}
