import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';

/** Log group grants go to the role's policy, or to a CloudWatch Logs resource policy for services and other accounts. */
export function build(app: cdk.App): void {
  const stack = new cdk.Stack(app, 'LogGroupGrants', { env: { account: '123456789012', region: 'us-east-1' } });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

  const lg = new logs.LogGroup(stack, 'LogGroup');
  lg.grantWrite(role);
  lg.grantRead(role);
  lg.grant(role, 'logs:PutRetentionPolicy');
  lg.grantWrite(new iam.ServicePrincipal('events.amazonaws.com'));
  lg.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['logs:PutLogEvents'],
    resources: ['*'],
    principals: [new iam.AccountRootPrincipal(), new iam.AccountPrincipal('111111111111'), new iam.ArnPrincipal('arn:aws:iam::333333333333:role/x')],
  }));

  logs.LogGroup.fromLogGroupName(stack, 'ByName', 'existing').grantWrite(role);
  logs.LogGroup.fromLogGroupArn(stack, 'OtherAccount', 'arn:aws:logs:us-east-1:999999999999:log-group:shared').grant(role, 'logs:Foo');
}
