export * from './ec2.generated';
