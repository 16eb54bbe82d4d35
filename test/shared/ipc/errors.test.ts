import { describe, expect, it } from 'vitest';
import { errorCodeForFileSystem } from '../../../shared/ipc/errors';

describe('what the user is told when the disk says no', () => {
  it.each([
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EBUSY', 'locked'],
    ['EACCES', 'locked'],
    ['EPERM', 'locked'],
    ['EROFS', 'locked'],
    ['EIO', 'writeFailed'],
    [undefined, 'unknown'],
  ] as const)('%s → %s', (errno, code) => {
    expect(errorCodeForFileSystem(errno)).toBe(code);
  });
});
