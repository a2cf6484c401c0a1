import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

/** Lambda@Edge: using edgeArn drops removeInEdge variables (before the version is hashed); others keep them. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'Edge');
  const props: lambda.FunctionProps = {
    runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  };
  const edge = new lambda.Function(stack, 'AtEdge', props);
  edge.addEnvironment('DEBUG', '1', { removeInEdge: true });
  new cdk.CfnOutput(stack, 'EdgeArn', { value: edge.currentVersion.edgeArn });
  edge.addEnvironment('ADDED_LATER', 'x', { removeInEdge: true });

  const regional = new lambda.Function(stack, 'Regional', props);
  regional.addEnvironment('DEBUG', '1', { removeInEdge: true });
  void regional.currentVersion;

  const version = new lambda.Version(stack, 'Explicit', { lambda: new lambda.Function(stack, 'Plain', props) });
  new cdk.CfnOutput(stack, 'ExplicitEdgeArn', { value: version.edgeArn });
}
