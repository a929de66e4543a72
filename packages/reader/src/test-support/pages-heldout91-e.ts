import { links, type TestPage, texts } from './page-kit.js';
import { githubIssuePage } from './pages-heldout91-e2.js';
import { ghChromeFurniture, ghFooter, ghHeader, ghRepoHeader } from './pages-heldout91-e3.js';
import { rmAbout, rmFileBar, rmFiles, rmSide, rmTabs, rmTopics } from './pages-heldout91-e4.js';

/**
 * Held-out batch 91, file e: a GitHub repository home page with its README, as a signed-out visitor saves it (chrome from
 * file e3; here the react-partial with its embedded JSON payload, the branch and tag buttons, "Go to file", the green "Code"
 * button, the latest commit line and commit count, the file table with commit messages and ages, the "Repository files"
 * tabs and "Outline" button above the README, badges, headings wrapped in "markdown-heading" divs with permalink anchors,
 * code blocks with copy buttons, a table, and the About sidebar with topics, counts, releases, contributors and languages, whose
 * texts are in file e4)
 * and, from file e2, an issue on the same repository with its discussion.
 */
const rmTitle = 'Kestrel';
const rmIntro = [
  'Kestrel is an embedded, persistent FIFO queue for Go. It stores messages in append-only segment files on local disk, survives crashes ' +
    'without losing acknowledged writes, and needs no server, no cgo and no configuration to get started.',
  'It is meant for programs that need to buffer work durably on one machine: log shippers, edge collectors, job runners that must not drop ' +
    'tasks when they restart.',
];
const rmH1 = 'Features';
const rmFeatures = [
  'Append-only segments with CRC32C checksums on every record',
  'Group commit: many concurrent writers share one <code>fsync</code>',
  'At-least-once delivery with explicit acknowledgements',
  'Automatic compaction of fully acknowledged segments',
  'Pure Go, tested on Linux, macOS and Windows',
];
const rmH2 = 'Installation';
const rmInstall = ['Kestrel needs Go 1.22 or later.'];
const rmH3 = 'Quick start';
const rmQuick = [
  'Open a queue in a directory, push messages, and pop them from another goroutine. A popped message stays in the queue until you call ' +
    '<code>Ack</code>; if the process stops first, it is delivered again when the queue is reopened.',
  'Messages are delivered in the order they were pushed. Several consumers can pop from the same queue; each message goes to exactly one of ' +
    'them until it is acknowledged or its visibility timeout runs out.',
];
const rmCode = `q, err := kestrel.Open("./data/jobs", kestrel.Options{})
if err != nil {
    log.Fatal(err)
}
defer q.Close()

_ = q.Push(ctx, []byte("resize:photo-1182.jpg"))

msg, _ := q.Pop(ctx)
process(msg.Body)
_ = msg.Ack()`;
const rmH4 = 'Durability';
const rmDur = [
  'By default <code>Push</code> returns only after the record has been written and flushed to disk. Set <code>Options.SyncEvery</code> to trade a small ' +
    'window of possible loss for higher throughput; with a value of 10ms, at most the last ten milliseconds of writes can be lost in a power failure.',
  'Kestrel does not replicate data. If you need the queue to survive the loss of a disk, put the directory on storage that does.',
];
const rmH5 = 'Benchmarks';
const rmBenchIntro = ['Measured on a laptop with an NVMe drive, 256-byte messages, eight writers:'];
const rmBench = [
  ['Sync on every push', '41,000', '0.9 ms'],
  ['Group commit (default)', '310,000', '1.4 ms'],
  ['SyncEvery 10ms', '1,120,000', '0.2 ms'],
];
const rmH6 = 'Contributing';
const rmContrib = [
  'Bug reports and pull requests are welcome. Please read <a href="/kestrel-io/kestrel/blob/main/CONTRIBUTING.md">CONTRIBUTING.md</a> first, and open an ' +
    'issue before starting on a large change so we can agree on the design.',
];
const rmH7 = 'License';
const rmLicense = ['MIT. See <a href="/kestrel-io/kestrel/blob/main/LICENSE">LICENSE</a>.'];
const rmAnchor = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const rmH = (t: string, lv = 2): string => `<div class="markdown-heading" dir="auto"><h${lv} tabindex="-1" class="heading-element" dir="auto">${t}</h${lv}><a
id="user-content-${rmAnchor(t)}" class="anchor" aria-label="Permalink: ${t}" href="#${rmAnchor(t)}"><svg class="octicon octicon-link" viewBox="0 0 16 16"
version="1.1"
width="16" height="16" aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0"></path></svg></a></div>`;
const rmP = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const rmPre = (
  lang: string,
  code: string,
): string => `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto" dir="auto"><pre>${code
  .replace(/</g, '&lt;')
  .replace(
    />/g,
    '&gt;',
  )}</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2
p-0 d-flex flex-justify-center flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w" tabindex="0" role="button"><svg aria-hidden="true"
height="16"
viewBox="0 0 16 16" width="16" class="octicon octicon-copy js-clipboard-copy-icon"></svg></clipboard-copy></div></div>`;
const rmReadme = `<article class="markdown-body entry-content container-lg" itemprop="text">${rmH(rmTitle, 1)}
<p dir="auto"><a href="https://github.com/kestrel-io/kestrel/actions/workflows/ci.yml"><img
src="https://github.com/kestrel-io/kestrel/actions/workflows/ci.yml/badge.svg"
alt="CI" style="max-width: 100%;"></a> <a href="https://pkg.go.dev/github.com/kestrel-io/kestrel" rel="nofollow"><img
src="https://camo.githubusercontent.com/4f1a/
68747470733a2f2f706b67" alt="Go Reference" data-canonical-src="https://pkg.go.dev/badge/github.com/kestrel-io/kestrel.svg" style="max-width: 100%;"></a></p>
${rmP(rmIntro)}
${rmH(rmH1)}
<ul dir="auto">${rmFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rmH(rmH2)}
${rmPre('shell', 'go get github.com/kestrel-io/kestrel@latest')}
${rmP(rmInstall)}
${rmH(rmH3)}
${rmP(rmQuick)}
${rmPre('go', rmCode)}
${rmH(rmH4)}
${rmP(rmDur)}
${rmH(rmH5)}
${rmP(rmBenchIntro)}
<markdown-accessiblity-table><table><thead><tr><th>Mode</th><th>Messages/s</th><th>p99 latency</th></tr></thead><tbody>
${rmBench.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></markdown-accessiblity-table>
${rmH(rmH6)}
${rmP(rmContrib)}
${rmH(rmH7)}
${rmP(rmLicense)}
</article>`;
const rmPayload = JSON.stringify({
  props: {
    initialPayload: {
      repo: { name: 'kestrel', ownerLogin: 'kestrel-io', defaultBranch: 'main', isPublic: true, private: false },
      overview: {
        overviewFiles: [{ displayName: 'README', repoName: 'kestrel', refName: 'main', path: 'README.md', preferredFileType: 'readme', tabName: 'README' }],
      },
    },
  },
});
const rmHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/light-7b1f3c0e9a21.css"><script crossorigin="anonymous" type="application/javascript"
src="https://github.githubassets.com/assets/wp-runtime-4a1c0f2b9e33.js" defer="defer"></script><title>GitHub - kestrel-io/kestrel: Embedded persistent FIFO
queue for Go, with crash-safe segments and group commit.</title><meta name="description" content="Embedded persistent FIFO queue for Go, with crash-safe
segments
and group commit. - kestrel-io/kestrel"><meta name="route-pattern" content="/:user_id/:repository" data-turbo-transient><meta name="route-controller"
content="files"
data-turbo-transient><meta property="og:title" content="GitHub - kestrel-io/kestrel"><meta property="og:type" content="object"><meta
name="octolytics-dimension-repository_nwo"
content="kestrel-io/kestrel"><meta name="go-import" content="github.com/kestrel-io/kestrel git https://github.com/kestrel-io/kestrel.git"><link rel="canonical"
href="https://github.com/kestrel-io/kestrel" data-turbo-transient></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive"
style="word-wrap: break-word;"><div class="position-relative header-wrapper js-header-wrapper">${ghHeader}</div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled><div itemscope
itemtype="http://schema.org/SoftwareSourceCode" class=""><main id="js-repo-pjax-container">${ghRepoHeader}<turbo-frame id="repo-content-turbo-frame"
target="_top"
data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content"><h1 class="sr-only">kestrel-io/kestrel</h1><div
class="clearfix
container-xl px-md-4 px-lg-5 px-3"><div><div class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end
Layout--sidebarPosition-flowRow-end"
style="max-width: 100%"><div class="Layout-main"><react-partial partial-name="repos-overview" data-ssr="true" data-attempted-ssr="true"><script
type="application/json"
data-target="react-partial.embeddedData">${rmPayload}</script><div data-target="react-partial.reactRoot"><div class="OverviewContent-module__Box--a1Z2x">
<div class="d-flex flex-items-center gap-2"><button type="button" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI ref-selector-class"
data-testid="anchor-button"><span class="prc-Button-Label-pTQ3x">${rmFileBar[0]}</span></button><a href="/kestrel-io/kestrel/branches"
class="prc-Button-ButtonBase-c50BI">${rmFileBar[1]}</a><a href="/kestrel-io/kestrel/tags" class="prc-Button-ButtonBase-c50BI">${rmFileBar[2]}</a><span
class="prc-TextInput-TextInputWrapper-i1ofR"><input placeholder="Go to file" aria-label="Go to file" class="prc-TextInput-Input-ASkXq"></span><button
type="button"
class="prc-Button-ButtonBase-c50BI" data-variant="primary"><span class="prc-Button-Label-pTQ3x">${rmFileBar[4]}</span></button><button type="button"
aria-label="${rmFileBar[5]}"
class="prc-Button-ButtonBase-c50BI"><span class="sr-only">${rmFileBar[5]}</span></button></div><table aria-labelledby="folders-and-files"
class="Table-module__Box--KyMHK">
<h2 class="sr-only" id="folders-and-files">${rmFileBar[6]}</h2><thead><tr><th colspan="2"><span class="text-bold">${rmFileBar[7]}</span></th><th
class="hide-sm"><div
title="Last commit message" class="width-fit"><span class="sr-only">${rmFileBar[8]}</span></div></th><th colspan="1" class="text-right"><div
class="width-fit"><span
class="sr-only">${rmFileBar[9]}</span></div></th></tr></thead><tbody><tr class="react-directory-row"><td colspan="3"><div
class="LatestCommit-module__Box--Fimpo"><h2
class="sr-only">${rmFileBar[10]}</h2><a class="commit-author user-mention" href="/kestrel-io/kestrel/commits?author=nadia-q">${rmFileBar[11]}</a><span
class="Truncate">
<a class="Link--secondary" href="/kestrel-io/kestrel/commit/8e1f2a4">${rmFileBar[12]}</a></span><span class="color-fg-muted"><relative-time
datetime="2025-10-09T16:22:10Z"
tense="past">${rmFileBar[13]}</relative-time></span><a href="/kestrel-io/kestrel/commits/main/" class="prc-Button-ButtonBase-c50BI"><span
class="prc-Button-Label-pTQ3x">
${rmFileBar[14]}</span></a></div></td></tr>${rmFiles
  .map(
    ([f, m, a]) => `<tr class="react-directory-row undefined" id="folder-row-${f}"><td class="react-directory-row-name-cell-large-screen" colspan="1"><div
class="react-directory-filename-column"><a title="${f}" aria-label="${f}, (Directory)" class="Link--primary"
href="/kestrel-io/kestrel/tree/main/${f}">${f}</a></div></td>
<td class="react-directory-row-commit-cell"><div><a class="Link--secondary" href="/kestrel-io/kestrel/commit/8e1f2a4">${m}</a></div></td><td><div
class="react-directory-commit-age"><relative-time datetime="2025-10-09T16:22:10Z" tense="past">${a}</relative-time></div></td></tr>`,
  )
  .join('\n')}</tbody></table><div class="OverviewRepoFiles-module__Box--XM1Mb" id="readme"><nav aria-label="Repository files"
class="prc-components-UnderlineWrapper-oOh5J">
<ul role="list" class="prc-components-UnderlineItemList-b23Hf">${rmTabs
  .map(
    (t, i) => `<li class="prc-UnderlineNav-UnderlineNavItem"><a href="#${t.toLowerCase()}-ov-file"${i === 0 ? ' aria-current="page"' : ''}
class="prc-components-UnderlineItem-lJsg-"><span data-content="${t}" class="prc-components-text-x2xSx">${t}</span></a></li>`,
  )
  .join('')}</ul></nav><button type="button" aria-label="Outline" class="prc-Button-ButtonBase-c50BI"><span class="sr-only">${rmFileBar[15]}</span></button>
<div class="Box-sc-g0xbh4-0 js-snippet-clipboard-copy-unpositioned DirectoryRichtextContent-module__SharedMarkdownContent--YORdJ"
data-hpc="true">${rmReadme}</div>
</div></div></div></react-partial></div><div class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax><div class="BorderGrid-row"><div
class="BorderGrid-cell">
<h2 class="mb-3 h4">${rmAbout[0]}</h2><p class="f4 my-3">${rmAbout[1]}</p><div class="my-3 d-flex flex-items-center"><svg aria-hidden="true" height="16"
viewBox="0 0 16 16"
width="16" class="octicon octicon-link flex-shrink-0 mr-2"></svg><span class="flex-auto min-width-0 css-truncate css-truncate-target width-fit"><a
title="https://kestrel.dev"
role="link" target="_blank" rel="noopener noreferrer nofollow" class="text-bold" href="https://kestrel.dev">${rmAbout[2]}</a></span></div><h3
class="sr-only">Topics</h3>
<div class="my-3"><div class="f6">${rmTopics
  .map(
    (t) => `<a href="/topics/${t}" title="Topic: ${t}" class="topic-tag
topic-tag-link">${t}</a>`,
  )
  .join('\n')}</div></div>
<h3 class="sr-only">Resources</h3><ul class="list-style-none">${links(rmSide.slice(0, 10), 'mt-2')}</ul></div></div><div class="BorderGrid-row"><div
class="BorderGrid-cell">
<h2 class="h4 mb-3"><a href="/kestrel-io/kestrel/releases" class="Link--primary no-underline Link">Releases <span title="18" class="Counter">18</span></a>
</h2><a
href="/kestrel-io/kestrel/releases/tag/v0.9.2" class="Link--primary d-flex no-underline"><div class="ml-2 min-width-0"><div class="d-flex"><span
class="css-truncate
css-truncate-target text-bold mr-2" style="max-width: none;">${rmSide[11]}</span><span title="Label: Latest" class="Label Label--success
flex-shrink-0">${rmSide[12]}</span>
</div><div class="text-small color-fg-muted"><relative-time datetime="2025-09-30T12:00:00Z" class="no-wrap">${rmSide[13]}</relative-time></div></div></a><div
class="mt-3"><a class="text-small" href="/kestrel-io/kestrel/releases">${rmSide[14]}</a></div></div></div><div class="BorderGrid-row"><div
class="BorderGrid-cell">
<h2 class="h4 mb-3"><a href="/orgs/kestrel-io/packages?repo_name=kestrel" class="Link--primary no-underline Link d-flex flex-items-center">${rmSide[15]}</a>
</h2>
<div class="text-small color-fg-muted">${rmSide[16]}</div></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a
href="/kestrel-io/kestrel/graphs/contributors" class="Link--primary no-underline Link d-flex flex-items-center">Contributors <span title="27" class="Counter
ml-1">27</span>
</a></h2><ul class="list-style-none d-flex flex-wrap mb-n2"><li class="mb-2 mr-2"><a href="https://github.com/nadia-q" class=""><img
src="https://avatars.githubusercontent.com/u/1"
alt="@nadia-q" size="32" height="32" width="32" class="avatar circle"></a></li></ul><div class="mt-3"><a href="/kestrel-io/kestrel/graphs/contributors"
class="text-small">${rmSide[18]}</a></div></div></div><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">${rmSide[19]}</h2><ul
class="list-style-none">${rmSide
  .slice(20)
  .map(
    (t) =>
      `<li class="d-inline"><a class="d-inline-flex flex-items-center flex-nowrap Link--secondary no-underline text-small mr-3" href="#"><span>${t}</span></a>
</li>`,
  )
  .join('')}</ul></div></div></div></div></div></div></div></div></turbo-frame></main></div></div>${ghFooter}</div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/react-lib-2a1f5e3c0b7d.js" defer="defer"></script>
</body></html>`;
const readme: TestPage = {
  html: rmHtml,
  name: 'heldout91-github-readme-docs',
  kind: 'docs',
  // the README is the article (its h1 is the title; the repository name "kestrel" in the header is the same word and is left
  // out); badges, code blocks and table header cells are in neither list, the benchmark table's data cells are body; the file
  // table, latest commit line, README tabs, About sidebar and the chrome are furniture; a README has no byline
  title: rmTitle,
  headings: [rmH1, rmH2, rmH3, rmH4, rmH5, rmH6, rmH7],
  body: texts([...rmIntro, ...rmFeatures, ...rmInstall, ...rmQuick, ...rmDur, ...rmBenchIntro, ...rmBench.flat(), ...rmContrib, ...rmLicense]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ghChromeFurniture, 'kestrel-io/kestrel', ...rmFileBar.filter((t) => t !== 'Go to file'), ...rmFiles.flat().filter((t) => t !== 'LICENSE'), ...rmTabs,
  ...rmAbout, 'Topics', ...rmTopics, 'Resources', ...rmSide, 'Releases',
    '18', 'Contributors', '27',
  ])],
};

export const HELDOUT91_E: readonly TestPage[] = [readme, githubIssuePage];
