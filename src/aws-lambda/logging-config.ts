/** How a function's logs are written. */
export enum LoggingFormat {
  /** Plain text lines. */
  TEXT = 'Text',
  /** JSON objects with a timestamp and a level (needed to filter by level). */
  JSON = 'JSON',
}

/**
 * How a function's logs are written.
 * @deprecated use `LoggingFormat`
 */
export enum LogFormat {
  /** Plain text lines. */
  TEXT = 'Text',
  /** JSON objects with a timestamp and a level. */
  JSON = 'JSON',
}

/** The lowest level of application logs Lambda keeps (JSON logging only). */
export enum ApplicationLogLevel {
  /** INFO and above. */
  INFO = 'INFO',
  /** DEBUG and above. */
  DEBUG = 'DEBUG',
  /** WARN and above. */
  WARN = 'WARN',
  /** Everything. */
  TRACE = 'TRACE',
  /** ERROR and above. */
  ERROR = 'ERROR',
  /** FATAL only. */
  FATAL = 'FATAL',
}

/** The lowest level of Lambda's own (platform) logs it keeps (JSON logging only). */
export enum SystemLogLevel {
  /** INFO and above. */
  INFO = 'INFO',
  /** Everything. */
  DEBUG = 'DEBUG',
  /** WARN only. */
  WARN = 'WARN',
}
