import type { Construct } from 'constructs';
import { UnscopedValidationError } from '../core';
import { Code, CodeConfig } from './code';

/** Lambda code from an inline string, rendered as `Code.ZipFile` (only runtimes that support inline code). */
export class InlineCode extends Code {
  /** Determines whether this Code is inline code or not. */
  public readonly isInline = true;

  constructor(private readonly code: string) {
    super();
    if (code.length === 0) {
      throw new UnscopedValidationError('Inline code for a Lambda function cannot be empty: pass the handler source to Code.fromInline');
    }
  }

  public bind(_scope: Construct): CodeConfig {
    return { inlineCode: this.code };
  }
}
