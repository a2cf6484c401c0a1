// The KMS actions each grant gives, in the order aws-cdk-lib renders them (the order is part of the template).

export const ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
];

export const ENCRYPT_ACTIONS = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export const DECRYPT_ACTIONS = ['kms:Decrypt'];

export const ENCRYPT_DECRYPT_ACTIONS = ['kms:Decrypt', ...ENCRYPT_ACTIONS];

export const SIGN_ACTIONS = ['kms:Sign'];

export const VERIFY_ACTIONS = ['kms:Verify'];

export const SIGN_VERIFY_ACTIONS = [...SIGN_ACTIONS, ...VERIFY_ACTIONS];

export const GENERATE_MAC_ACTIONS = ['kms:GenerateMac'];

export const VERIFY_MAC_ACTIONS = ['kms:VerifyMac'];
