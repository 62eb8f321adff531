/** Cuts `text` to at most `maxBytes` of UTF-8 at a line boundary, appending `note(omittedBytes)`. */
export function truncateUtf8(text: string, maxBytes: number, note: (omittedBytes: number) => string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return text;
  const reserve = Buffer.byteLength(note(bytes), 'utf8') + 8;
  const buffer = Buffer.from(text, 'utf8');
  let end = Math.max(0, maxBytes - reserve);
  // Step back to a character start, then to the last newline, so no code point or table row is cut in half.
  while (end > 0 && (buffer[end] & 0xc0) === 0x80) end--;
  const lastNewline = buffer.lastIndexOf(0x0a, end - 1);
  if (lastNewline > end / 2) end = lastNewline + 1;
  const kept = buffer.subarray(0, end).toString('utf8');
  const closeFence = (kept.match(/^```/gm)?.length ?? 0) % 2 === 1 ? '```\n' : '';
  return `${kept}${closeFence}\n${note(bytes - end)}\n`;
}

/** GitHub's limits, from its docs. */
export const LIMITS = {
  /** Job summary per step. */
  summaryBytes: 1024 * 1024,
  /** Issue comment body, in characters. */
  commentChars: 65_536,
  /** Check run output.summary / output.text, in characters. */
  checkRunTextChars: 65_535,
  /** Annotations per check-run create/update request. */
  annotationsPerRequest: 50,
} as const;

export function truncateChars(text: string, maxChars: number, note: string): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, Math.max(0, maxChars - note.length - 2))}\n\n${note}`;
}
