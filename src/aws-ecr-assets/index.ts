// The public face of lambda-cdk/aws-ecr-assets: the same names as aws-cdk-lib's aws-ecr-assets module.
export * from './platform';
export * from './network-mode';
export * from './image-asset-options';
export * from './image-asset';
export * from './tarball-asset';
