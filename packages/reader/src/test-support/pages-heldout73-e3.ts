/** Held-out batch 73: the repository data and the file list, README frame and sidebar of the GitHub page of file e. */

export const ghFiles = [
  ['.github/workflows', 'ci: pin actions to commit SHAs', 'last year'],
  ['cmd/ledgerlint', 'cli: add --format=sarif output', 'last year'],
  ['internal', 'rules: precision respects commodity directives', 'last year'],
  ['testdata', 'testdata: add periodic transaction fixtures', 'last year'],
  ['.ledgerlint.toml', 'config: enable orphan-account by default', '2 years ago'],
  ['LICENSE', 'Initial commit', '6 years ago'],
  ['README.md', 'docs: archive notice and pointer to journal-tools', '8 months ago'],
  ['go.mod', 'deps: bump golang.org/x/text to v0.14.0', 'last year'],
];
export const ghHdrNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
export const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
export const ghTabs = [
  ['Code', ''],
  ['Issues', '0'],
  ['Pull requests', '0'],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
export const ghTopics = ['accounting', 'plain-text-accounting', 'linter', 'golang', 'cli'];
export const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
export const ghLangs = [
  ['Go', '96.4%'],
  ['Makefile', '2.1%'],
  ['Shell', '1.5%'],
];
export const ghArchived = 'This repository was archived by the owner on Jan 5, 2025. It is now read-only.';
export const ghAbout = 'Lint and format plain-text accounting journals.';

export function ghBody(readme: string): string {
  return `<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div class="Layout Layout--flowRow-until-md react-repos-overview-margin
Layout--sidebarPosition-end
Layout--sidebarPosition-flowRow-end" style="max-width: 100%"><div class="Layout-main"><react-partial partial-name="repos-overview" data-ssr="true"><script
type="application/json" data-target="react-partial.embeddedData">{"props":{"initialPayload":{"repo":{"id":48211934,"defaultBranch":"main","name":"ledgerlint",
"ownerLogin":"fernwood","isArchived":true}}}}</script><div data-target="react-partial.reactRoot"><div class="OverviewContent-module__Box--x1k9">
<div class="OverviewRepoFiles-module__Box_1--a8c2"><div class="d-flex gap-2"><button type="button" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI
ref-selector-button" data-hotkey="w"><span data-component="text"><span class="RefSelectorAnchoredOverlay-module__RefSelectorText--b8e1">main</span></span>
</button><a href="/fernwood/ledgerlint/branches" class="prc-Button-ButtonBase-c50BI"><span data-component="text">Branches</span></a><a
href="/fernwood/ledgerlint/tags" class="prc-Button-ButtonBase-c50BI"><span data-component="text">Tags</span></a></div><div class="d-flex gap-2"><button
type="button" class="prc-Button-ButtonBase-c50BI"><span data-component="text">Go to file</span></button><button type="button" class="prc-Button-ButtonBase-c50BI
prc-Button--primary"><span data-component="text">Code</span></button></div>
<table aria-labelledby="folders-and-files" class="Table-module__Box--d81b"><thead class="DirectoryContent-module__OverviewHeaderRow--f1b2"><tr
class="DirectoryContent-module__Box_1--b7c3"><th colspan="2"><span class="text-bold">Name</span></th><th class="hide-sm"><span class="text-bold">Last commit
message</span></th><th colspan="1" class="DirectoryContent-module__Box_2--c2a1"><span class="text-bold">Last commit date</span></th></tr></thead><tbody>
<tr class="DirectoryContent-module__Box_3--e0d4"><td colspan="3"><div class="LatestCommit-module__Box--d72e"><h2 class="sr-only">Latest commit</h2><a
class="AuthorAvatar-module__AuthorLink--a7a3" href="/fernwood/ledgerlint/commits?author=amira-s" aria-label="commits by amira-s">amira-s</a><span
class="Truncate"><a
href="/fernwood/ledgerlint/commit/4e1c9b2" class="Link--secondary">docs: archive notice and pointer to journal-tools</a></span><a
href="/fernwood/ledgerlint/commit/4e1c9b2" class="Link--secondary">4e1c9b2</a> · <relative-time datetime="2025-01-05T10:12:00Z" tense="past">Jan 5,
2025</relative-time><a href="/fernwood/ledgerlint/commits/main/" class="prc-Button-ButtonBase-c50BI"><span data-component="text"><span
class="fgColor-default">318
Commits</span></span></a></div></td></tr>
${ghFiles
  .map(
    ([f, m, d], i) => `<tr class="react-directory-row undefined" id="folder-row-${i}"><td class="react-directory-row-name-cell-large-screen" colspan="1"><div
class="react-directory-filename-column"><div class="overflow-hidden"><div class="react-directory-filename-cell"><div class="react-directory-truncate"><a
title="${f}"
aria-label="${f}, (${f!.includes('.') && !f!.includes('/') ? 'File' : 'Directory'})" class="Link--primary"
href="/fernwood/ledgerlint/tree/main/${f}">${f}</a></div>
</div></div></div></td><td class="react-directory-row-commit-cell"><div class="react-directory-commit-message"><a class="Link--secondary"
href="/fernwood/ledgerlint/commit/${i}a2f">${m}</a></div></td><td><div class="react-directory-commit-age"><relative-time
tense="past">${d}</relative-time></div></td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div>
<div class="OverviewContent-module__Box_7--a2b1"><nav class="UnderlineNav-module__UnderlineWrapper--f4e6" aria-label="Repository files"><ul role="list"
class="UnderlineNav-module__UnderlineItemList--a5d1"><li class="UnderlineItem"><a href="#" aria-current="page" class="prc-UnderlineNav-UnderlineItem"><span
data-component="text" data-content="README">README</span></a></li><li class="UnderlineItem"><a href="#" class="prc-UnderlineNav-UnderlineItem"><span
data-component="text" data-content="MIT license">MIT license</span></a></li></ul></nav>
<div class="Box-sc-g0xbh4-0 js-snippet-clipboard-copy-unpositioned undefined" data-hpc="true">${readme}</div></div></div></div></react-partial></div>
<div class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="mb-3
h4">About</h2>
<p class="f4 my-3">${ghAbout}</p><div class="my-3 d-flex flex-items-center"><span class="flex-auto min-width-0 css-truncate css-truncate-target width-fit"><a
title="https://ledgerlint.example" role="link" target="_blank" class="text-bold" rel="noopener noreferrer"
href="https://ledgerlint.example">ledgerlint.example</a>
</span></div><h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">${ghTopics
    .map((t) => `<a href="/topics/${t}" title="Topic: ${t}" class="topic-tag topic-tag-link">${t}</a>`)
    .join(
      '\n',
    )}</div></div><h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div><h3 class="sr-only">
License</h3><div class="mt-2"><a href="#MIT-1-ov-file" class="Link--muted">MIT license</a></div><div class="mt-2"><a href="/fernwood/ledgerlint/activity"
class="Link Link--muted"><span class="color-fg-muted">Activity</span></a></div><div class="mt-2"><a href="/fernwood/ledgerlint/custom-properties" class="Link
Link--muted"><span class="color-fg-muted">Custom properties</span></a></div><h3 class="sr-only">Stars</h3><div class="mt-2"><a
href="/fernwood/ledgerlint/stargazers"
class="Link Link--muted"><strong>3.4k</strong> stars</a></div><h3 class="sr-only">Watchers</h3><div class="mt-2"><a href="/fernwood/ledgerlint/watchers"
class="Link
Link--muted"><strong>41</strong> watching</a></div><h3 class="sr-only">Forks</h3><div class="mt-2"><a href="/fernwood/ledgerlint/forks" class="Link
Link--muted"><strong>212</strong> forks</a></div><div class="mt-2"><a class="Link--muted" href="/contact/report-content?repo_id=48211934">Report
repository</a></div>
</div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/fernwood/ledgerlint/releases" class="Link--primary
no-underline
Link">Releases <span title="14" class="Counter">14</span></a></h2><a class="Link--primary d-flex no-underline"
href="/fernwood/ledgerlint/releases/tag/v1.9.2"><div
class="ml-2 min-width-0"><div class="d-flex"><span class="css-truncate css-truncate-target text-bold mr-2">v1.9.2</span><span title="Label: Latest" class="Label
Label--success flex-shrink-0">Latest</span></div><div class="text-small color-fg-muted"><relative-time datetime="2024-12-18T09:00:00Z" class="no-wrap">Dec 18,
2024</relative-time></div></div></a><div class="mt-3"><a class="text-small" href="/fernwood/ledgerlint/releases">+ 13 releases</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Packages <span title="0" class="Counter" hidden="hidden">0</span></h2><div
class="text-small color-fg-muted">No packages published <br></div></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a
href="/fernwood/ledgerlint/graphs/contributors" class="Link--primary no-underline Link d-flex flex-items-center">Contributors <span title="23" class="Counter
ml-1">23</span></a></h2><ul class="list-style-none d-flex flex-wrap mb-n2">${['amira-s', 'jkowal', 'b-oduya']
    .map(
      (u) => `<li class="mb-2 mr-2"><a href="https://github.com/${u}" data-hovercard-type="user"><img src="https://avatars.githubusercontent.com/${u}?s=64"
alt="@${u}" size="32" height="32" width="32" class="avatar circle"></a></li>`,
    )
    .join('')}</ul><div class="mt-3"><a href="/fernwood/ledgerlint/graphs/contributors" class="Link--inTextBlock Link">+ 20 contributors</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none">${ghLangs
    .map(
      ([l, p]) => `<li class="d-inline"><a class="d-inline-flex flex-items-center flex-nowrap Link--secondary no-underline text-small mr-3"
href="/fernwood/ledgerlint/search?l=${l!.toLowerCase()}"><span class="color-fg-default text-bold mr-1">${l}</span><span>${p}</span></a></li>`,
    )
    .join('\n')}</ul></div></div></div></div></div></div>`;
}
