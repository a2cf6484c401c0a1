/**
 * The predefined metrics a target tracking policy can track, by the service that publishes them.
 * @see https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html
 */
export enum PredefinedMetric {
  /** Average capacity utilization of an AppStream fleet. */
  APPSTREAM_AVERAGE_CAPACITY_UTILIZATION = 'AppStreamAverageCapacityUtilization',
  /** Read capacity utilization of a Keyspaces table. */
  CASSANDRA_READ_CAPACITY_UTILIZATION = 'CassandraReadCapacityUtilization',
  /** Write capacity utilization of a Keyspaces table. */
  CASSANDRA_WRITE_CAPACITY_UTILIZATION = 'CassandraWriteCapacityUtilization',
  /** Inference utilization of a Comprehend endpoint. */
  COMPREHEND_INFERENCE_UTILIZATION = 'ComprehendInferenceUtilization',
  /** Average CPU utilization of Neptune readers (the name keeps aws-cdk-lib's spelling). */
  NEPTURE_READER_AVERAGE_CPU_UTILIZATION = 'NeptuneReaderAverageCPUUtilization',
  /** Read capacity utilization of a DynamoDB table or index. */
  DYNAMODB_READ_CAPACITY_UTILIZATION = 'DynamoDBReadCapacityUtilization',
  /**
   * Not a metric: aws-cdk-lib keeps this member with a value no service knows. Use `DYANMODB_WRITE_CAPACITY_UTILIZATION`.
   * @deprecated use `PredefinedMetric.DYANMODB_WRITE_CAPACITY_UTILIZATION`
   */
  DYNAMODB_WRITE_CAPACITY_UTILIZATION = 'DynamoDBWriteCapacityUtilization-dummy',
  /** Write capacity utilization of a DynamoDB table or index (the name keeps aws-cdk-lib's spelling). */
  DYANMODB_WRITE_CAPACITY_UTILIZATION = 'DynamoDBWriteCapacityUtilization',
  /** Requests per target of an Application Load Balancer target group (needs `resourceLabel`). */
  ALB_REQUEST_COUNT_PER_TARGET = 'ALBRequestCountPerTarget',
  /** Average CPU utilization of Aurora replicas. */
  RDS_READER_AVERAGE_CPU_UTILIZATION = 'RDSReaderAverageCPUUtilization',
  /** Average number of database connections of Aurora replicas. */
  RDS_READER_AVERAGE_DATABASE_CONNECTIONS = 'RDSReaderAverageDatabaseConnections',
  /** Average CPU utilization of a Spot Fleet. */
  EC2_SPOT_FLEET_REQUEST_AVERAGE_CPU_UTILIZATION = 'EC2SpotFleetRequestAverageCPUUtilization',
  /** Average incoming network bytes of a Spot Fleet. */
  EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_IN = 'EC2SpotFleetRequestAverageNetworkIn',
  /** Average outgoing network bytes of a Spot Fleet. */
  EC2_SPOT_FLEET_REQUEST_AVERAGE_NETWORK_OUT = 'EC2SpotFleetRequestAverageNetworkOut',
  /** Invocations per instance of a SageMaker variant. */
  SAGEMAKER_VARIANT_INVOCATIONS_PER_INSTANCE = 'SageMakerVariantInvocationsPerInstance',
  /** Provisioned concurrency utilization of a SageMaker serverless variant. */
  SAGEMAKER_VARIANT_PROVISIONED_CONCURRENCY_UTILIZATION = 'SageMakerVariantProvisionedConcurrencyUtilization',
  /** Invocations per copy of a SageMaker inference component. */
  SAGEMAKER_INFERENCE_COMPONENT_INVOCATIONS_PER_COPY = 'SageMakerInferenceComponentInvocationsPerCopy',
  /** Average CPU utilization of an ECS service. */
  ECS_SERVICE_AVERAGE_CPU_UTILIZATION = 'ECSServiceAverageCPUUtilization',
  /** Average memory utilization of an ECS service. */
  ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION = 'ECSServiceAverageMemoryUtilization',
  /** Provisioned concurrency utilization of a Lambda alias or version. */
  LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION = 'LambdaProvisionedConcurrencyUtilization',
  /** Broker storage utilization of an MSK cluster. */
  KAFKA_BROKER_STORAGE_UTILIZATION = 'KafkaBrokerStorageUtilization',
  /** Engine CPU utilization of the primary nodes of an ElastiCache replication group. */
  ELASTICACHE_PRIMARY_ENGINE_CPU_UTILIZATION = 'ElastiCachePrimaryEngineCPUUtilization',
  /** Engine CPU utilization of the replica nodes of an ElastiCache replication group. */
  ELASTICACHE_REPLICA_ENGINE_CPU_UTILIZATION = 'ElastiCacheReplicaEngineCPUUtilization',
  /** Memory used, counted for eviction, of an ElastiCache replication group. */
  ELASTICACHE_DATABASE_MEMORY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = 'ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage',
  /** Capacity used, counted for eviction, of an ElastiCache replication group (data tiering). */
  ELASTICACHE_DATABASE_CAPACITY_USAGE_COUNTED_FOR_EVICT_PERCENTAGE = 'ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage',
  /** Concurrent requests per copy of a SageMaker inference component, at high resolution. */
  SAGEMAKER_INFERENCE_COMPONENT_CONCURRENT_REQUESTS_PER_COPY_HIGH_RESOLUTION = 'SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution',
  /** Concurrent requests per model of a SageMaker variant, at high resolution. */
  SAGEMAKER_VARIANT_CONCURRENT_REQUESTS_PER_MODEL_HIGH_RESOLUTION = 'SageMakerVariantConcurrentRequestsPerModelHighResolution',
  /** Average user sessions capacity utilization of a WorkSpaces pool. */
  WORKSPACES_AVERAGE_USER_SESSIONS_CAPACITY_UTILIZATION = 'WorkSpacesAverageUserSessionsCapacityUtilization',
}
