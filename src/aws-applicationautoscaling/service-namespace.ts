/** The services whose resources Application Auto Scaling can scale. */
export enum ServiceNamespace {
  /** Elastic Container Service. */
  ECS = 'ecs',
  /** Elastic Map Reduce. */
  ELASTIC_MAP_REDUCE = 'elasticmapreduce',
  /** Elastic Compute Cloud (Spot Fleet). */
  EC2 = 'ec2',
  /** AppStream. */
  APPSTREAM = 'appstream',
  /** DynamoDB. */
  DYNAMODB = 'dynamodb',
  /** Relational Database Service. */
  RDS = 'rds',
  /** SageMaker. */
  SAGEMAKER = 'sagemaker',
  /** Custom resources. */
  CUSTOM_RESOURCE = 'custom-resource',
  /** Lambda (provisioned concurrency). */
  LAMBDA = 'lambda',
  /** Comprehend. */
  COMPREHEND = 'comprehend',
  /** Managed Streaming for Kafka. */
  KAFKA = 'kafka',
  /** ElastiCache. */
  ELASTICACHE = 'elasticache',
  /** Neptune. */
  NEPTUNE = 'neptune',
  /** Keyspaces (for Apache Cassandra). */
  CASSANDRA = 'cassandra',
  /** WorkSpaces. */
  WORKSPACES = 'workspaces',
}
