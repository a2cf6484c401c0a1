import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Imported buckets: ARNs and URLs derived from name and region, grants on the identity only. */
export function build(app: cdk.App): void {
  const agnostic = new cdk.Stack(app, 'ImportedBuckets');
  const role = new iam.Role(agnostic, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const byName = s3.Bucket.fromBucketName(agnostic, 'ByName', 'imported-bucket');
  const byArn = s3.Bucket.fromBucketArn(agnostic, 'ByArn', 'arn:aws:s3:::arn-bucket');
  const encrypted = s3.Bucket.fromBucketAttributes(agnostic, 'Encrypted', {
    bucketName: cdk.Fn.importValue('BucketName'),
    encryptionKey: kms.Key.fromKeyArn(agnostic, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/abcd'),
  });
  const legacy = s3.Bucket.fromBucketName(agnostic, 'Legacy', 'Legacy_Bucket');
  byName.grantRead(role);
  byArn.grantRead(role, 'reports/*');
  encrypted.grantRead(role);
  encrypted.grantPut(role);
  legacy.grantReadWrite(role);
  byName.grantRead(new iam.ServicePrincipal('logs.amazonaws.com'));
  const outputs = (stack: cdk.Stack, prefix: string, bucket: s3.IBucket) => {
    new cdk.CfnOutput(stack, `${prefix}Arn`, { value: bucket.bucketArn });
    new cdk.CfnOutput(stack, `${prefix}Name`, { value: bucket.bucketName });
    new cdk.CfnOutput(stack, `${prefix}Url`, { value: bucket.urlForObject('key') });
    new cdk.CfnOutput(stack, `${prefix}Domain`, { value: bucket.bucketDomainName });
    new cdk.CfnOutput(stack, `${prefix}Regional`, { value: bucket.bucketRegionalDomainName });
    new cdk.CfnOutput(stack, `${prefix}DualStack`, { value: bucket.bucketDualStackDomainName });
    new cdk.CfnOutput(stack, `${prefix}Website`, { value: bucket.bucketWebsiteUrl });
    new cdk.CfnOutput(stack, `${prefix}WebsiteDomain`, { value: bucket.bucketWebsiteDomainName });
  };
  outputs(agnostic, 'ByName', byName);
  outputs(agnostic, 'ByArn', byArn);

  const regional = new cdk.Stack(app, 'RegionalImports', { env: { account: '123456789012', region: 'eu-west-1' } });
  outputs(regional, 'Here', s3.Bucket.fromBucketName(regional, 'Here', 'here-bucket'));
  outputs(regional, 'China', s3.Bucket.fromBucketAttributes(regional, 'China', { bucketName: 'china-bucket', region: 'cn-north-1' }));
  outputs(regional, 'Dotted', s3.Bucket.fromBucketAttributes(regional, 'Dotted', { bucketName: 'dotted-bucket', region: 'eu-central-1', isWebsite: true }));
  outputs(regional, 'Custom', s3.Bucket.fromBucketAttributes(regional, 'Custom', {
    bucketArn: 'arn:aws:s3:::custom-bucket',
    bucketWebsiteUrl: 'http://custom.example.com/',
    bucketRegionalDomainName: 'custom.regional.example.com',
    account: '999999999999',
    region: 'us-west-2',
  }));
  const tokenArn = s3.Bucket.fromBucketArn(regional, 'TokenArn', cdk.Fn.importValue('BucketArn'));
  new cdk.CfnOutput(regional, 'TokenArnName', { value: tokenArn.bucketName });
}
