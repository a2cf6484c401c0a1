/**
 * The JSON-ish type of a value as users think of it: `null` and `array` are
 * their own types rather than `object`.
 */
export function typeName(value: unknown): string {
  if (value === null) { return 'null'; }
  if (Array.isArray(value)) { return 'array'; }
  return typeof value;
}

const MAX_DESCRIPTION_LENGTH = 80;

/**
 * A short, one-line description of a value for a failure message: strings in
 * single quotes, everything else as compact JSON, cut at 80 characters.
 */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') {
    text = `'${value}'`;
  } else if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH - 3)}...` : text;
}
