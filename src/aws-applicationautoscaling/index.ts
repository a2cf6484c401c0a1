export * from './applicationautoscaling.generated';
