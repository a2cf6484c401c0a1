import type { IFunction } from './function-base';

/** Something that invokes a function with its events (a queue, a stream, a bucket...). */
export interface IEventSource {
  /**
   * Called by `addEventSource`: connect the source to the function (mappings, permissions, subscriptions).
   * @param target the function
   */
  bind(target: IFunction): void;
}
