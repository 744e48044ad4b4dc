import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const CORPUS = path.join(REPO, 'corpus');
export const FIXTURES = path.join(REPO, 'test/fixtures');
