// What other layers may use of the entity stage: the batch merge the runner finishes a run with, and the mention
// records its journal writes. The rest of this folder is the stage's own.
export { mentionOf, mentionsByEntity, resolveBatch, type ArticleEntities } from './merge.js';
