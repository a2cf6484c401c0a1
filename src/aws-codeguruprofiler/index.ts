export * from './codeguruprofiler.generated';
