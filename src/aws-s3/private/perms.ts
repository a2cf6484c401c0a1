// The S3 and KMS actions each bucket grant gives, in the order aws-cdk-lib renders them.

export const BUCKET_READ_ACTIONS = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];

export const BUCKET_DELETE_ACTIONS = ['s3:DeleteObject*'];

export const BUCKET_PUT_ACTIONS = [
  's3:PutObject',
  's3:PutObjectLegalHold',
  's3:PutObjectRetention',
  's3:PutObjectTagging',
  's3:PutObjectVersionTagging',
  's3:Abort*',
];

export const BUCKET_PUT_ACL_ACTIONS = ['s3:PutObjectAcl', 's3:PutObjectVersionAcl'];

export const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];

export const KEY_WRITE_ACTIONS = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Decrypt'];
