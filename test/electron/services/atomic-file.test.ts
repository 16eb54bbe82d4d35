import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomic-file';
import { tempFolder } from '../../support/temp-folder';

describe('atomic file writes', () => {
  it('replaces the content and leaves no temporary file', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'a.json');
    writeFileAtomic(file, 'gammel');
    writeFileAtomic(file, 'ny – æøå');
    expect(fs.readFileSync(file, 'utf8')).toBe('ny – æøå');
    expect(fs.readdirSync(folder)).toEqual(['a.json']);
  });

  it('leaves the old file untouched and cleans up when the rename fails', () => {
    const folder = tempFolder();
    const target = path.join(folder, 'mappe');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inni.txt'), 'beholdes');
    // Renaming a file over a non-empty directory fails on every platform.
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(fs.readFileSync(path.join(target, 'inni.txt'), 'utf8')).toBe('beholdes');
    expect(fs.readdirSync(folder)).toEqual(['mappe']);
  });
});
