/**
 * Doc comments for generated code: the first sentence of the spec's documentation plus tags, kept short so
 * the generated modules stay small.
 */

/** The first sentence of a documentation text, on one line, safe inside a comment. */
export function summary(doc: string | undefined): string | undefined {
  if (!doc) { return undefined; }
  const paragraph = doc.trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(?=\s+[A-Z`[(*])/.exec(paragraph);
  return escapeComment(sentence ? sentence[1] : paragraph);
}

function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/@/g, '\\@');
}

/** A JSDoc block at the given indent; blank entries become empty comment lines, undefined ones are dropped. */
export function docBlock(indent: string, lines: ReadonlyArray<string | undefined>): string[] {
  const body = lines.filter((l): l is string => l !== undefined);
  while (body.length > 0 && body[body.length - 1] === '') { body.pop(); }
  if (body.length === 0) { return []; }
  if (body.length === 1) { return [`${indent}/** ${body[0]} */`]; }
  return [`${indent}/**`, ...body.map(l => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`];
}
