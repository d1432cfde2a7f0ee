/**
 * The words for bad data, in one chunk that pages load on first need (parse-deferred.ts): a page
 * whose data is valid never downloads them.
 */
export { describeIssues } from './describe-issue.js';
export { describeJsonError } from './describe-json.js';
export { repeatedKeyError } from './repeated-key-error.js';
