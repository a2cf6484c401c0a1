// The public face of assets, as aws-cdk-lib exports it; calculateAssetHash and friends are internal.
export * from './options';
export * from './ignore';
export * from './file-system';
export { AssetHashType } from './asset-hash';
