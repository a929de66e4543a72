import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from './cache-dir.js';

describe('defaultCacheDir', () => {
  it('takes VECSUM_CACHE_DIR first, then XDG_CACHE_HOME/vecsum, then ~/.cache/vecsum', () => {
    expect(defaultCacheDir({ VECSUM_CACHE_DIR: '/a', XDG_CACHE_HOME: '/b' })).toBe('/a');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/b' })).toBe(join('/b', 'vecsum'));
    expect(defaultCacheDir({})).toBe(join(homedir(), '.cache', 'vecsum'));
  });

  it('treats an empty variable as unset', () => {
    expect(defaultCacheDir({ VECSUM_CACHE_DIR: '', XDG_CACHE_HOME: '' })).toBe(join(homedir(), '.cache', 'vecsum'));
  });
});
