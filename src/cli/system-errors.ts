/** A message for the failures of the machine rather than of claimgraph (a full disk, a read-only folder), or null. */
export function describeSystemError(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException;
  const where = e.path ? ` (${e.path})` : '';
  switch (e.code) {
    case 'ENOSPC': case 'EDQUOT':
      return `the disk is full${where}: free some space, then run the same command with --resume (finished articles are kept in the output folder's resume cache)`;
    case 'EROFS': return `the output folder is on a read-only file system${where}: choose another --out`;
    case 'EACCES': case 'EPERM': return `permission denied writing${where}: choose an --out you may write to`;
    case 'EMFILE': case 'ENFILE': return `too many open files${where}: raise the limit (ulimit -n) or lower --concurrency`;
    default: return null;
  }
}
