/**
 * How an alarm renders the metric it watches.
 *
 * A plain metric renders in the classic form (`Namespace`, `MetricName`, `Statistic`, ...) unless it needs the
 * `Metrics` form: when it has a label, or comes from another account than the alarm's stack. Math expressions
 * always use the `Metrics` form.
 */
import type { IConstruct } from 'constructs';
import { Stack, Token, ValidationError } from '../../core';
import type { CfnAlarm } from '../cloudwatch.generated';
import type { IMetric, MetricExpressionConfig, MetricStatConfig } from '../metric-types';
import { parseStatistic } from './statistic';

/** The metric part of the alarm's CloudFormation properties. */
export interface RenderedAlarmMetric {
  readonly dimensions?: CfnAlarm.DimensionProperty[];
  readonly namespace?: string;
  readonly metricName?: string;
  readonly period?: number;
  readonly statistic?: string;
  readonly extendedStatistic?: string;
  readonly unit?: string;
  readonly metrics?: CfnAlarm.MetricDataQueryProperty[];
}

export function renderAlarmMetric(alarm: IConstruct, metric: IMetric): RenderedAlarmMetric {
  const config = metric.toMetricConfig();
  const stack = Stack.of(alarm);
  if (config.metricStat) {
    const stat = config.metricStat;
    assertSameRegion(alarm, stack, stat);
    const label = config.renderingProperties?.label as string | undefined;
    const accountId = otherAccount(stack, stat.account);
    if (label === undefined && accountId === undefined) {
      return renderClassic(stat);
    }
    return { metrics: [{ accountId, id: 'm1', label, metricStat: renderMetricStat(stat), returnData: true }] };
  }
  if (config.mathExpression) {
    return { metrics: renderExpression(alarm, stack, config.mathExpression, config.renderingProperties?.label as string | undefined) };
  }
  throw new ValidationError('The metric of an alarm must have either a metricStat or a mathExpression in its toMetricConfig()', alarm);
}

/**
 * The metric's account when it is not the stack's. Tokens count as the same when they resolve alike, so that
 * `Aws.ACCOUNT_ID` matches the account of an environment-agnostic stack.
 */
function otherAccount(stack: Stack, account: string | undefined): string | undefined {
  if (account === undefined || account === stack.account) { return undefined; }
  if (Token.isUnresolved(account) && Token.isUnresolved(stack.account)
    && JSON.stringify(stack.resolve(account)) === JSON.stringify(stack.resolve(stack.account))) {
    return undefined;
  }
  return account;
}

/** Alarms cannot watch metrics of another region. */
function assertSameRegion(alarm: IConstruct, stack: Stack, stat: MetricStatConfig): void {
  if (stat.region !== undefined && !Token.isUnresolved(stack.region) && stat.region !== stack.region) {
    throw new ValidationError(`Cannot create an Alarm in region '${stack.region}' based on metric '${stat.metricName}' in '${stat.region}'`, alarm);
  }
}

function renderClassic(stat: MetricStatConfig): RenderedAlarmMetric {
  const parsed = parseStatistic(stat.statistic);
  return {
    dimensions: stat.dimensions?.map(d => ({ name: d.name, value: d.value })),
    namespace: stat.namespace,
    metricName: stat.metricName,
    period: stat.period.toSeconds(),
    statistic: parsed.simple ? parsed.statistic : undefined,
    extendedStatistic: parsed.simple ? undefined : parsed.statistic,
    unit: stat.unitFilter,
  };
}

function renderMetricStat(stat: MetricStatConfig): CfnAlarm.MetricStatProperty {
  return {
    metric: {
      dimensions: stat.dimensions?.map(d => ({ name: d.name, value: d.value })),
      metricName: stat.metricName,
      namespace: stat.namespace,
    },
    period: stat.period.toSeconds(),
    stat: parseStatistic(stat.statistic).statistic,
    unit: stat.unitFilter,
  };
}

/**
 * A math expression and, after it, every metric it uses, depth first in `usingMetrics` order, each with the id it
 * has there (the top expression is `expr_1`). Only the top expression returns data. An id used again for the same
 * metric is rendered once; for another metric it is an error.
 */
function renderExpression(alarm: IConstruct, stack: Stack, expression: MetricExpressionConfig, label: string | undefined): CfnAlarm.MetricDataQueryProperty[] {
  const queries: CfnAlarm.MetricDataQueryProperty[] = [{ expression: expression.expression, id: 'expr_1', label, returnData: true }];
  const seen = new Map<string, { metric: IMetric; key: string }>();

  const visit = (expr: MetricExpressionConfig): void => {
    for (const [id, used] of Object.entries(expr.usingMetrics)) {
      const config = used.toMetricConfig();
      const key = JSON.stringify(config);
      const previous = seen.get(id);
      if (previous !== undefined) {
        if (previous.key !== key) {
          throw new ValidationError(`The ID '${id}' used for two metrics in the expression: '${describe(used)}' and '${describe(previous.metric)}'. Rename one.`, alarm);
        }
        continue;
      }
      seen.set(id, { metric: used, key });
      const usedLabel = config.renderingProperties?.label as string | undefined;
      if (config.metricStat) {
        assertSameRegion(alarm, stack, config.metricStat);
        queries.push({
          accountId: otherAccount(stack, config.metricStat.account),
          id,
          label: usedLabel,
          metricStat: renderMetricStat(config.metricStat),
          returnData: false,
        });
      } else if (config.mathExpression) {
        queries.push({ expression: config.mathExpression.expression, id, label: usedLabel, returnData: false });
        visit(config.mathExpression);
      }
    }
  };
  visit(expression);
  return queries;
}

/** How a metric is named in messages: its label, else its name or expression. */
function describe(metric: IMetric): string {
  const config = metric.toMetricConfig();
  const label = config.renderingProperties?.label as string | undefined;
  return label || config.metricStat?.metricName || config.mathExpression?.expression || '';
}
