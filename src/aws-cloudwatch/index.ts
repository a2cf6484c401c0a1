export * from './cloudwatch.generated';
export * from './unit';
export * from './stats';
export * from './metric-types';
export * from './metric';
export * from './math-expression';
export * from './alarm-base';
export * from './alarm';
