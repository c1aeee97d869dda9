import { describe, expect, it } from 'vitest';
import { describeSystemError } from '../../src/cli/system-errors.js';

const fsError = (code: string, path?: string) => Object.assign(new Error(`${code}: failed`), { code, path });

describe('describeSystemError', () => {
  it.each([
    [fsError('ENOSPC', '/out/claims.jsonl'), 'the disk is full (/out/claims.jsonl): free some space, then run the same command with --resume (finished articles are kept in the output folder\'s resume cache)'],
    [fsError('EDQUOT'), 'the disk is full: free some space, then run the same command with --resume (finished articles are kept in the output folder\'s resume cache)'],
    [fsError('EROFS', '/mnt/ro'), 'the output folder is on a read-only file system (/mnt/ro): choose another --out'],
    [fsError('EACCES', '/out/x'), 'permission denied writing (/out/x): choose an --out you may write to'],
    [fsError('EMFILE'), 'too many open files: raise the limit (ulimit -n) or lower --concurrency'],
  ])('says what the machine refused: %s', (error, message) => {
    expect(describeSystemError(error)).toBe(message);
  });

  it('leaves claimgraph\'s own failures to the stack trace', () => {
    expect(describeSystemError(new TypeError('x is undefined'))).toBeNull();
    expect(describeSystemError('a string')).toBeNull();
  });
});
