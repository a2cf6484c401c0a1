import type { Construct } from 'constructs';
import { IResource, Resource } from '../core';
import type { AlarmReference, IAlarmRef } from '../interfaces/generated/aws-cloudwatch-interfaces.generated';

/** The states of an alarm. */
export enum AlarmState {
  /** The metric is outside the threshold. */
  ALARM = 'ALARM',
  /** The metric is within the threshold. */
  OK = 'OK',
  /** Not enough data to decide. */
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}

/** Something that can be the rule of a composite alarm. */
export interface IAlarmRule {
  /** The alarm rule expression. */
  renderAlarmRule(): string;
}

/** A CloudWatch alarm (an alarm on a metric, or a composite alarm). */
export interface IAlarm extends IAlarmRule, IResource, IAlarmRef {
  /**
   * The ARN of the alarm.
   * @attribute
   */
  readonly alarmArn: string;

  /**
   * The name of the alarm.
   * @attribute
   */
  readonly alarmName: string;
}

/** What an alarm action resolves to when it is added to an alarm. */
export interface AlarmActionConfig {
  /** The ARN CloudWatch invokes (an SNS topic, an Auto Scaling policy, an EC2 action, ...). */
  readonly alarmActionArn: string;
}

/** Something an alarm can trigger when it changes state. */
export interface IAlarmAction {
  /** Return the ARN of the action for the given alarm (may create resources in `scope`). */
  bind(scope: Construct, alarm: IAlarm): AlarmActionConfig;
}

/** The base class of alarms: the actions to trigger on each state. */
export abstract class AlarmBase extends Resource implements IAlarm {
  /** @attribute */
  public abstract readonly alarmArn: string;
  /** @attribute */
  public abstract readonly alarmName: string;

  protected alarmActionArns?: string[];
  protected insufficientDataActionArns?: string[];
  protected okActionArns?: string[];

  /** A reference to this alarm. */
  public get alarmRef(): AlarmReference {
    return { alarmName: this.alarmName, alarmArn: this.alarmArn };
  }

  /** The rule expression that is true while this alarm is in ALARM state. */
  public renderAlarmRule(): string {
    return `ALARM("${this.alarmArn}")`;
  }

  /** Trigger these actions when the alarm goes into ALARM state. */
  public addAlarmAction(...actions: IAlarmAction[]): void {
    this.alarmActionArns = this.bindActions(this.alarmActionArns, actions);
  }

  /** Trigger these actions when the alarm goes into INSUFFICIENT_DATA state. */
  public addInsufficientDataAction(...actions: IAlarmAction[]): void {
    this.insufficientDataActionArns = this.bindActions(this.insufficientDataActionArns, actions);
  }

  /** Trigger these actions when the alarm goes into OK state. */
  public addOkAction(...actions: IAlarmAction[]): void {
    this.okActionArns = this.bindActions(this.okActionArns, actions);
  }

  private bindActions(arns: string[] | undefined, actions: IAlarmAction[]): string[] {
    const list = arns ?? [];
    for (const action of actions) {
      list.push(action.bind(this, this).alarmActionArn);
    }
    return list;
  }
}
