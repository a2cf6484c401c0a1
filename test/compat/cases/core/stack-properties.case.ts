import * as cdk from 'aws-cdk-lib';

/** Stack description, termination protection, stack tags and template options. */
export function build(app: cdk.App): void {
  const described = new cdk.Stack(app, 'Described', {
    description: 'A stack with a description',
    terminationProtection: true,
    tags: { owner: 'team-a', CostCenter: '1234' },
  });
  new cdk.CfnResource(described, 'Topic', { type: 'AWS::SNS::Topic' });

  const options = new cdk.Stack(app, 'TemplateOptions');
  options.templateOptions.description = 'set through templateOptions';
  options.templateOptions.templateFormatVersion = '2010-09-09';
  options.templateOptions.transforms = ['AWS::Serverless-2016-10-31'];
  options.templateOptions.metadata = { Custom: { Key: 'value' } };
  options.addTransform('AWS::LanguageExtensions');
  options.terminationProtection = true;
  new cdk.CfnResource(options, 'Topic', { type: 'AWS::SNS::Topic' });

  const tagged = new cdk.Stack(app, 'Tagged');
  cdk.Tags.of(tagged).add('via-aspect', 'x');
  new cdk.CfnResource(tagged, 'Topic', { type: 'AWS::SNS::Topic' });
}
