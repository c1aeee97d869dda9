/**
 * Thrown by a stage when one article cannot be processed at all (no text, undecodable bytes...).
 * The runner records the article as `failed` with `reason` and goes on with the batch.
 * `reason` is for people: say what is wrong and, where there is one, how to fix it.
 */
export class ArticleError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ArticleError';
  }
}

/** A problem with how claimgraph was asked to run (arguments, pipeline file, output folder): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
