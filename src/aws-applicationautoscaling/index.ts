// The public face of lambda-cdk/aws-applicationautoscaling: the same names as aws-cdk-lib's module.
export * from './applicationautoscaling.generated';
export * from './service-namespace';
export * from './schedule';
export * from './scalable-target';
export * from './predefined-metric';
export * from './target-tracking-scaling-policy';
export * from './base-scalable-attribute';
