/**
 * A node:test reporter (used by scripts/run-tests.js): prints `.` per passing test, `s` per
 * skipped or todo one, `F` per failure; then each failure in full, with the output its file
 * printed; and last the line `N passed, N failed[, N skipped]`.
 */
'use strict';
const path = require('node:path');
const util = require('node:util');

const DOTS_PER_LINE = 80;

/** Counts only tests, not suites: a suite fails because a test in it failed, which is counted already. */
function isSuite(data) {
  return data.details != null && data.details.type === 'suite';
}

function relative(file) {
  return file ? path.relative(process.cwd(), file) : '(unknown file)';
}

/** The error a test failed with; node wraps it, the interesting one is the cause. */
function describeError(error) {
  if (error == null) { return 'failed without an error'; }
  const cause = error.code === 'ERR_TEST_FAILURE' && error.cause != null ? error.cause : error;
  if (cause instanceof Error) {
    const stack = String(cause.stack || cause.message);
    const kept = stack.split('\n').filter((line) => !/\(node:|node:internal|\/node_modules\//.test(line));
    return kept.join('\n');
  }
  return typeof cause === 'string' ? cause : util.inspect(cause, { depth: 6 });
}

function indent(text, by) {
  return text.split('\n').map((line) => by + line).join('\n');
}

module.exports = async function* compactReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let column = 0;
  const startedAt = Date.now();
  /** Per file: names of the tests currently open, by nesting level (to print `suite > test`). */
  const openNames = new Map();
  /** Per file: what it printed, shown only if something in the file failed. */
  const output = new Map();
  const failures = [];
  const failedFiles = new Set();

  function mark(ch) {
    column++;
    if (column >= DOTS_PER_LINE) { column = 0; return ch + '\n'; }
    return ch;
  }

  for await (const event of source) {
    const data = event.data || {};
    switch (event.type) {
      case 'test:start': {
        const names = openNames.get(data.file) || [];
        names[data.nesting] = data.name;
        names.length = data.nesting + 1;
        openNames.set(data.file, names);
        break;
      }
      case 'test:pass': {
        if (isSuite(data)) { break; }
        if (data.skip || data.todo) {
          skipped++;
          yield mark('s');
        } else {
          passed++;
          yield mark('.');
        }
        break;
      }
      case 'test:fail': {
        if (isSuite(data)) { break; }
        failed++;
        failedFiles.add(data.file);
        const names = (openNames.get(data.file) || []).slice(0, data.nesting);
        const isWholeFile = data.nesting === 0 && data.name === data.file;
        const title = isWholeFile ? `${relative(data.file)} (the file itself failed; its output is below)` : [...names, data.name].join(' > ');
        failures.push({ file: data.file, title, error: data.details && data.details.error });
        yield mark('F');
        break;
      }
      case 'test:stdout':
      case 'test:stderr': {
        const chunks = output.get(data.file) || [];
        chunks.push(data.message);
        output.set(data.file, chunks);
        break;
      }
      default:
        break;
    }
  }

  let report = column === 0 ? '' : '\n';
  failures.forEach((failure, i) => {
    report += `\n✖ ${i + 1}) ${failure.title}\n   ${relative(failure.file)}\n${indent(describeError(failure.error), '     ')}\n`;
  });
  for (const file of failedFiles) {
    const printed = (output.get(file) || []).join('').trimEnd();
    if (printed) { report += `\n--- output of ${relative(file)} ---\n${printed}\n`; }
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  report += `\n${seconds}s\n`;
  report += `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
  yield report;
};
