export { Matcher, MatchResult } from './matcher';
export type { MatchFailure, MatchCapture } from './matcher';
export { Match } from './match';
export { Capture } from './capture';
export { Template } from './template';
export type { TemplateParsingOptions } from './template';
export { Annotations } from './annotations';
export { Tags } from './tags';
