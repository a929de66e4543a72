import { ps, type TestPage, texts } from './page-kit.js';
import { ghFooter, ghFooterHtml, ghHeader, ghHeaderTexts, ghMenuTexts, ghRepoHeader, ghRepoTexts } from './pages-heldout128-e4.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file e2: a closed GitHub issue in the React issue viewer, with an issue-form body (h3 sections),
 * comments, timeline events, reactions and the metadata side pane, saved signed out.
 */
const title = 'Incremental builds don’t rebuild pages when an included partial changes';
const h = ['Describe the bug', 'Steps to reproduce', 'Expected behavior', 'Environment'];
const b1 = paras(`
When I run <code class="notranslate">driftwood build --incremental</code>, pages that include a partial are not rebuilt after I edit
that partial. The page itself hasn’t changed, so I think the cache only looks at the page file and its front matter.

This started after upgrading from 0.17.4 to 0.18.0. On 0.17.4 the same project rebuilt the affected pages correctly, if slowly.`);
const b2 = paras(`
Create a page <code class="notranslate">content/about.md</code> that includes the partial
<code class="notranslate">partials/team.md</code>.

Run <code class="notranslate">driftwood build --incremental</code> once.

Edit <code class="notranslate">partials/team.md</code> and run the same command again.

Open <code class="notranslate">public/about/index.html</code>: it still has the old team list.`);
const b2b = paras(`My config, in case it matters:`);
const b3 = paras(`Any page that includes a changed partial should be rebuilt, the same as when the page itself changes.`);
const b4 = paras(`
driftwood 0.18.0, installed with npm

Node.js 22.4.1

macOS 15.3 on Apple silicon`);
const yaml = `<div class="highlight highlight-source-yaml notranslate position-relative overflow-auto" dir="auto"><pre class="notranslate"><span
class="pl-ent">site</span>:
  <span class="pl-ent">title</span>: <span class="pl-s">Allotment Society</span>
<span class="pl-ent">build</span>:
  <span class="pl-ent">incremental</span>: <span class="pl-c1">true</span>
  <span class="pl-ent">partials</span>: <span class="pl-s">partials/</span></pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy"
class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0" data-copy-feedback="Copied!" value="site: ..." tabindex="0" role="button"><svg
class="octicon octicon-copy js-clipboard-copy-icon"></svg></clipboard-copy></div></div>`;
const bodyHtml = `<h3 dir="auto">${h[0]}</h3>\n${ps(b1, ' dir="auto"')}\n<h3 dir="auto">${h[1]}</h3>\n<ol dir="auto">\n${lis(b2)}\n</ol>
${ps(b2b, ' dir="auto"')}\n${yaml}\n<h3 dir="auto">${h[2]}</h3>\n${ps(b3, ' dir="auto"')}\n<h3 dir="auto">${h[3]}</h3>\n<ul dir="auto">\n${lis(b4)}\n</ul>`;
type C = { id: string; user: string; assoc: string[]; date: string; paras: string[]; react?: [string, string][] };
const comments: C[] = [
  {
    id: 'IC_kwDOH1a2b86aX1',
    user: 'ines-vandamme',
    assoc: ['Member'],
    date: 'on Feb 4, 2025',
    react: [['👍', '6']],
    paras: paras(`
Thanks for the clear repro, I can reproduce this on main. You’re right about the cause: 0.18 switched the incremental cache to hash
each page’s source and front matter, and partials were never added to the dependency graph, so a change to one doesn’t invalidate
anything.

Fixing it properly means recording which partials each page pulls in during the render. That isn’t hard, but it touches the template
loader, so I’d like to get it into 0.19 rather than a patch release.`),
  },
  {
    id: 'IC_kwDOH1a2b86aY7',
    user: 'okwuosa',
    assoc: ['Contributor'],
    date: 'on Feb 5, 2025',
    react: [
      ['❤️', '3'],
      ['👍', '2'],
    ],
    paras: paras(`
Until then, a workaround that has worked for me: run <code class="notranslate">driftwood build --incremental --invalidate 'content/**'</code>
after editing partials. It’s slower than a real incremental build, but much faster than a clean one on big sites.`),
  },
  {
    id: 'IC_kwDOH1a2b86aZ1',
    user: 'bramwell-k',
    assoc: [],
    date: 'on Feb 5, 2025',
    react: [['👍', '5']],
    paras: paras(`
Same here, on a docs site with about 1,200 pages. For anyone else hitting this in CI: the cache directory is restored between runs,
so the stale pages survive even on a fresh runner. Clearing <code class="notranslate">.driftwood/cache</code> in the workflow whenever
a partial changes is another stopgap.`),
  },
  {
    id: 'IC_kwDOH1a2b86aZ3',
    user: 'tamsin-reyes',
    assoc: ['Author'],
    date: 'on Feb 5, 2025',
    paras: paras(`
The invalidate flag does the job for now, thanks. Happy to test a fix when there is a branch.`),
  },
];
const last: C = {
  id: 'IC_kwDOH1a2b86bK0',
  user: 'ines-vandamme',
  assoc: ['Member'],
  date: 'on Feb 20, 2025',
  react: [['🎉', '4']],
  paras: paras(`
Fixed in #2207 and released in 0.19.0. Partials, layouts and data files are now all tracked as dependencies, so editing any of them
rebuilds exactly the pages that use them.`),
};
const events = [
  ['ines-vandamme', 'added', '<span class="prc-Token-TokenBase">bug</span> <span class="prc-Token-TokenBase">area: cache</span>', 'on Feb 4, 2025'],
  ['ines-vandamme', 'self-assigned this', '', 'on Feb 4, 2025'],
  ['ines-vandamme', 'added this to the', '<a href="/lumenkit/driftwood/milestone/19">v0.19</a> milestone', 'on Feb 4, 2025'],
  ['ines-vandamme', 'mentioned this', '<a href="/lumenkit/driftwood/pull/2207">fix(cache): track partials as page dependencies #2207</a>', 'on Feb 18, 2025'],
  ['ines-vandamme', 'closed this as completed in', '<a href="/lumenkit/driftwood/pull/2207">#2207</a>', 'on Feb 20, 2025'],
];
const tabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '87'],
  ['Pull requests', '12'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
const side = [
  ['Assignees', '<a href="/ines-vandamme" class="prc-Link-Link">ines-vandamme</a>'],
  ['Labels', '<span class="prc-Token-TokenBase">bug</span>\n<span class="prc-Token-TokenBase">area: cache</span>'],
  ['Type', '<span>Bug</span>'],
  ['Projects', '<span>No projects</span>'],
  ['Milestone', '<a href="/lumenkit/driftwood/milestone/19">v0.19</a>'],
  ['Relationships', '<span>None yet</span>'],
  ['Development', '<a href="/lumenkit/driftwood/pull/2207">fix(cache): track partials as page dependencies</a>'],
  ['Participants', '<span class="sr-only">@tamsin-reyes @ines-vandamme @okwuosa @bramwell-k</span>'],
];
const header = (c: C, kind: string): string => `<div class="ActivityHeader-module__activityHeader" data-testid="${kind}-header"><a
data-testid="avatar-link" href="/${c.user}" aria-label="@${c.user}'s profile"><img alt="@${c.user}" src="https://avatars.githubusercontent.example/u/${c.id}"
width="40" height="40" class="prc-Avatar-Avatar"></a><div class="ActivityHeader-module__narrowViewportWrapper"><a data-testid="${
  kind === 'issue-body' ? 'issue-body-header-author' : 'avatar-link'
}" class="prc-Link-Link ActivityHeader-module__AuthorLink" href="/${c.user}">${c.user}</a>
${kind === 'issue-body' ? '<span>opened</span> ' : ''}<a href="#${c.id}" class="prc-Link-Link"><relative-time tense="past"
datetime="2025-02-0${c.date.length}T10:12:00.000Z">${c.date}</relative-time></a></div>${c.assoc
  .map((a) => `<span class="prc-Label-Label" data-size="small" data-variant="secondary">${a}</span>`)
  .join('\n')}<button data-component="IconButton" type="button" aria-label="${kind === 'issue-body' ? 'Issue body' : 'Comment'} actions"
class="prc-Button-ButtonBase"><svg class="octicon octicon-kebab-horizontal"></svg></button></div>`;
const reactions = (r?: [string, string][]): string =>
  r
    ? `<div class="ReactionViewer" role="toolbar" aria-label="Reactions">${r
        .map(
          ([e, n]) =>
            `<button type="button" aria-pressed="false" class="prc-Button-ButtonBase"><span class="prc-Button-Label">${e}\n<span>${n}</span></span></button>`,
        )
        .join('\n')}<button type="button" aria-label="All reactions" class="prc-Button-ButtonBase"><svg class="octicon octicon-smiley"></svg></button></div>`
    : '';
const comment = (c: C): string => `<div class="react-issue-comment" data-testid="comment-viewer-outer-box-${c.id}" id="${c.id}"><div
class="IssueCommentViewer-module__IssueCommentContainer">${header(c, 'comment')}<div class="markdown-body NewMarkdownViewer-module__safe-html-box"
data-testid="markdown-body"><div class="markdown-body">${ps(c.paras, ' dir="auto"')}</div></div>${reactions(c.react)}</div></div>`;
const event = ([u, verb, what, date]: string[]): string => `<div class="TimelineRow-module__Item" data-testid="timeline-row-border"><div
class="Timeline-Badge"><svg class="octicon"></svg></div><div class="TimelineRow-module__Body"><a data-testid="actor-link" href="/${u}"
class="prc-Link-Link">${u}</a> <span>${verb}</span> ${what} <a href="#event-${date?.length}" class="prc-Link-Link"><relative-time
datetime="2025-02-04T11:00:00.000Z">${date}</relative-time></a></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"><head><meta charset="utf-8">
<title>${title} · Issue #2190 · lumenkit/driftwood · GitHub</title><meta name="description" content="Describe the bug When I run driftwood build...">
<meta name="viewport" content="width=device-width"><meta property="og:site_name" content="GitHub"><meta property="og:type" content="object">
<meta property="og:title" content="${title} · Issue #2190 · lumenkit/driftwood">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)">
<link rel="canonical" href="https://github.com/lumenkit/driftwood/issues/2190" data-turbo-transient>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.example/assets/issues-react.js"></script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
${ghHeader('%2Flumenkit%2Fdriftwood%2Fissues%2F2190')}
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled><div
itemscope itemtype="http://schema.org/SoftwareSourceCode"><main id="js-repo-pjax-container">
${ghRepoHeader('lumenkit', 'driftwood', '214', '3.1k', tabs, 'Issues')}
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container"
class="repository-content "><react-app app-name="issues-react" initial-path="/lumenkit/driftwood/issues/2190" style="display: block; min-height: 100vh;"
data-ssr="true" data-lazy="false" data-alternate="false"><script type="application/json" data-target="react-app.embeddedData">
{"payload":{"preloaded_records":{}},
"appPayload":{"current_user":null,"repository":{"name":"driftwood","owner":"lumenkit"}}}</script><div data-target="react-app.reactRoot"><div
data-testid="issue-viewer-container" class="IssueViewer-module__container"><div data-testid="issue-header" class="HeaderViewer-module__headerContainer">
<div class="prc-PageHeader-PageHeader"><div class="prc-PageHeader-TitleArea"><h1 data-component="PH_Title" class="prc-PageHeader-Title"><bdi
class="markdown-title" data-testid="issue-title">${title}</bdi> <span class="fgColor-muted">#2190</span></h1></div><div class="prc-PageHeader-Actions"><a
href="/lumenkit/driftwood/issues/new/choose" class="prc-Button-ButtonBase" data-variant="primary"><span class="prc-Button-Label">New issue</span></a></div><div
class="prc-PageHeader-Description"><span data-testid="header-state" class="prc-StateLabel-StateLabel" data-status="issueClosed"><svg class="octicon
octicon-issue-closed"></svg>Closed</span> <span class="HeaderMetadata-module__metadataContent"><span class="prc-Text-Text">Closed as completed</span>
</span></div>
</div></div><div class="IssueViewer-module__mainContainer"><div class="IssueViewer-module__issueContent"><div data-testid="issue-body"
class="IssueBody-module__container">
${header({ id: 'I_kwDOH1a2b86', user: 'tamsin-reyes', assoc: [], date: 'on Feb 3, 2025', paras: [] }, 'issue-body')}
<div data-testid="issue-body-viewer" class="IssueBodyViewer-module__IssueBody"><div class="markdown-body NewMarkdownViewer-module__safe-html-box"
data-testid="markdown-body"><div class="markdown-body">
${bodyHtml}
</div></div>${reactions([
  ['👍', '9'],
  ['👀', '1'],
])}</div></div>
<div data-testid="issue-timeline-container" class="IssueTimeline-module__container">
${comments.map(comment).join('\n')}
${events.map(event).join('\n')}
${comment(last)}
</div><div class="IssueViewer-module__signedOut"><div class="flash flash-warn"><a href="/signup?return_to=%2Flumenkit%2Fdriftwood%2Fissues%2F2190"
class="btn btn-primary">Sign up for free</a> <strong>to join this conversation on GitHub.</strong> Already have an account? <a
href="/login?return_to=%2Flumenkit%2Fdriftwood%2Fissues%2F2190">Sign in to comment</a></div></div></div>
<div data-testid="issue-viewer-metadata-pane" class="IssueViewer-module__metadataPane">${side
  .map(([l, v]) => `<div class="MetadataPane-module__section" data-testid="sidebar-section"><h3 class="prc-Heading-Heading">${l}</h3>\n${v}</div>`)
  .join('\n')}</div></div></div></div></react-app></div></turbo-frame></main></div></div>
${ghFooterHtml}
</body></html>`;
const all = [...comments, last];
export const githubIssue: TestPage = {
  html,
  name: 'heldout128-github-issue',
  kind: 'forum',
  // the issue form's h3 sections are the headings; issue body and comments are body (list items included), the YAML
  // block neither; user names and "on <date>" times are bylines; "opened", the Member / Contributor / Author labels,
  // reactions, timeline events, the state label, the sign-up notice, the side pane and the GitHub chrome are furniture
  title,
  headings: h,
  body: [...texts([...b1, ...b2, ...b2b, ...b3, ...b4]), ...all.flatMap((c) => texts(c.paras))],
  bylines: ['tamsin-reyes', 'ines-vandamme', 'okwuosa', 'bramwell-k', 'on Feb 3, 2025', 'on Feb 4, 2025', 'on Feb 5, 2025', 'on Feb 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ghHeaderTexts, ...ghMenuTexts, 'lumenkit', 'driftwood', ...ghRepoTexts('214', '3.1k'), ...tabs.flat(), '#2190', 'New issue', 'Closed',
    'Closed as completed', 'opened', 'Member', 'Contributor', 'Author', '👍', '9', '👀', '1', '6', '❤️', '3', '2', '🎉', '4', '5',
    'added', 'bug', 'area: cache', 'self-assigned this', 'added this to the', 'v0.19 milestone', 'mentioned this',
    'fix(cache): track partials as page dependencies #2207', 'closed this as completed in', '#2207', 'Sign up for free', 'to join this conversation on GitHub.',
    'Already have an account?', 'Sign in to comment', ...side.map(([l]) => l as string), 'Bug', 'No projects', 'v0.19', 'None yet',
    'fix(cache): track partials as page dependencies', '@tamsin-reyes @ines-vandamme @okwuosa @bramwell-k', ...ghFooter,
  ].filter((t) => t !== ''))],
};
