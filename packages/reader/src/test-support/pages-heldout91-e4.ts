/**
 * Held-out batch 91, file e4: the repository texts of the README page in file e (the file table rows, the About sidebar,
 * the README tabs and the file bar above the table).
 */
export const rmFiles = [
  ['.github', 'ci: run tests on windows-2025', '2 weeks ago'],
  ['cmd/kestrel-inspect', 'inspect: print segment stats as JSON', '2 months ago'],
  ['docs', 'docs: explain SyncEvery trade-offs', '5 months ago'],
  ['internal/segment', 'fix: handle empty segment on recovery (#1190)', '3 days ago'],
  ['CONTRIBUTING.md', 'docs: contributing guide', '2 years ago'],
  ['LICENSE', 'Initial commit', '3 years ago'],
  ['README.md', 'readme: add benchmark table', '5 months ago'],
  ['go.mod', 'build: go 1.22', '11 months ago'],
];
export const rmAbout = ['About', 'Embedded persistent FIFO queue for Go, with crash-safe segments and group commit.', 'kestrel.dev'];
export const rmTopics = ['go', 'queue', 'embedded-database', 'persistence', 'fifo'];
export const rmSide = [
  'Readme',
  'MIT license',
  'Code of conduct',
  'Security policy',
  'Activity',
  'Custom properties',
  '3.1k stars',
  '38 watching',
  '214 forks',
  'Report repository',
  'Releases 18',
  'v0.9.2',
  'Latest',
  'Sep 30, 2025',
  '+ 17 releases',
  'Packages',
  'No packages published',
  'Contributors 27',
  '+ 13 contributors',
  'Languages',
  'Go 94.1%',
  'Shell 3.2%',
  'Makefile 2.7%',
];
export const rmTabs = ['README', 'MIT license', 'Code of conduct', 'Security'];
export const rmFileBar = [
  'main',
  '4 Branches',
  '18 Tags',
  'Go to file',
  'Code',
  'Open more actions menu',
  'Folders and files',
  'Name',
  'Last commit message',
  'Last commit date',
  'Latest commit',
  'nadia-q',
  'fix: handle empty segment on recovery (#1190)',
  'Oct 9, 2025',
  '1,284 Commits',
  'Outline',
];
