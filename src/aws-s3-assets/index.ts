// The public face of lambda-cdk/aws-s3-assets: the same names as aws-cdk-lib's aws-s3-assets module.
export * from './asset';
