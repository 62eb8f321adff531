/**
 * A mistake the user can fix: bad input, missing file, invalid schema.
 * Its message is shown as is — no stack trace — so it must name the input or the
 * file:line and say how to fix it.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  constructor(message: string, where?: { file?: string; line?: number; column?: number }) {
    super(message);
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }
}

/** An input value that does not parse; the message always starts with the input's name. */
export class InputError extends UserError {
  override name = 'InputError';
  readonly input: string;
  constructor(input: string, message: string, where?: { file?: string; line?: number; column?: number }) {
    super(`Input '${input}': ${message}`, where);
    this.input = input;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** A message for anything thrown, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
