import { links, type TestPage, texts } from './page-kit.js';
import { superUserQuestion } from './pages-heldout42-a2.js';

/**
 * Held-out batch 42, file a: a GitHub issue on the React issues viewer, seen logged out (skip link, marketing header with
 * search and sign-in, repository header with counters and tabs, the embedded-data script, issue title and number, state
 * label, the issue-form body with its h3 sections and a log block, comments with author badges and reactions, timeline
 * events (labels, assignment, linked pull request, milestone, close), the metadata pane, the sign-up box and the footer).
 */
const ghTitle = 'Files rotated with copytruncate are re-sent from the start';
const ghH = ['What happened?', 'Steps to reproduce', 'Expected behavior', 'Version', 'Relevant log output'];
const ghWhat = [
  'After logrotate runs with <code class="notranslate">copytruncate</code>, driftwood ships the whole of the rotated file again ' +
    'from byte 0. On our busiest host that is about 40,000 duplicate lines every night, and the downstream alerting fires on the spike.',
  'It only happens for files rotated with <code class="notranslate">copytruncate</code>. Files rotated in the default ' +
    '<code class="notranslate">create</code> mode are picked up correctly.',
];
const ghSteps = [
  'Configure a file input for <code class="notranslate">/var/log/app/worker.log</code> with the default settings.',
  'Add a logrotate rule for that file with <code class="notranslate">copytruncate</code> and <code class="notranslate">daily</code>.',
  'Write a few thousand lines, wait until they are shipped, then run <code class="notranslate">logrotate -f</code>.',
  'Watch the output: lines written before the rotation are delivered a second time.',
];
const ghExpected = ['Only lines written after the truncation should be shipped.'];
const ghVersion = ['driftwood 2.7.3 (linux/amd64)'];
const ghC1 = [
  'Thanks for the detailed report. Which <code class="notranslate">read_from</code> setting does the input use, and does the ' +
    'checkpoint directory live on the same volume as the logs? The truncation check compares the stored offset with the current ' +
    'size, so the order of events around the copy matters here.',
];
const ghC2 = [
  '<code class="notranslate">read_from</code> is left at the default and the checkpoints are in ' +
    '<code class="notranslate">/var/lib/driftwood</code> on the same volume. I turned on debug logging for a night.',
  'The watcher never logged a truncation at all. The file was 2.1 MB before the rotation and 2.1 MB at the next poll, and when I ' +
    'opened it with <code class="notranslate">xxd</code> the first two megabytes were nothing but NUL bytes.',
];
const ghC3 = [
  'Same here on 2.6.1 with a Java service that writes through a plain <code class="notranslate">FileOutputStream</code>. We ' +
    'worked around it by switching that one service to the <code class="notranslate">create</code> mode and sending it a HUP.',
];
const ghQuote = 'the first two megabytes were nothing but NUL bytes';
const ghC4 = [
  'That explains it. A writer that does not open its file with <code class="notranslate">O_APPEND</code> keeps writing at its ' +
    'old offset after the truncation, so the file grows straight back to its old size with a hole at the front. If our poll ' +
    'lands after that first write, the size never looks smaller and we read the whole thing from the checkpoint.',
  'The fix has two parts: treat a leading run of NUL bytes as a truncation marker and skip it, and compare a fingerprint of ' +
    'the first kilobyte as well as the size. It is in #1192 and will ship in 2.7.4.',
];
const ghC5 = ['Confirmed fixed on 2.7.4: no duplicates for three nights in a row. Thanks for the quick turnaround!'];
const ghNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = ['Code', 'Issues', 'Pull requests', 'Actions', 'Projects', 'Security', 'Insights'];
const ghCounts: Record<string, string> = { Issues: '<span class="Counter" title="87">87</span>', 'Pull requests': '<span class="Counter">14</span>' };
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact'];
const ps = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const who = (login: string, when: string, iso: string, badge: string): string =>
  `<div data-testid="comment-header" class="ActivityHeader-module__CommentHeaderContentContainer--Xq8Dz">
<a data-testid="avatar-link" data-hovercard-url="/users/${login}/hovercard" href="/${login}" class="prc-Link-Link-85e08">${login}</a>
<a href="#issuecomment-${iso.replace(/\D/g, '').slice(0, 10)}" class="prc-Link-Link-85e08 ActivityHeader-module__dateLink--Yd4v1">` +
  `<relative-time datetime="${iso}" tense="past">${when}</relative-time></a>
<span class="prc-Label-Label--LG6X" data-size="small" data-variant="secondary">${badge}</span>
<button aria-label="Comment actions" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI" data-variant="invisible"><svg
 aria-hidden="true"></svg></button></div>`;
const react = (emoji: string, n: string, label: string): string =>
  `<div role="toolbar" aria-label="Reactions" class="ReactionViewer-module__reactionToolbar--Xx1aa">
<button aria-pressed="false" aria-label="${label}" class="ReactionButton-module__reactionToggleButton--q1AwZ"><span>${emoji}</span>
<span class="ReactionButton-module__reactionCount--T4vqM">${n}</span></button></div>`;
const comment = (id: string, head: string, body: string, foot = ''): string =>
  `<div class="LayoutHelpers-module__timelineElement--IsjVR" data-wrapper-timeline-id="${id}"><div data-testid="comment-viewer-outer-box-${id}"
 class="Box-sc-g0xbh4-0 CommentViewer-module__commentContainer--P0w2a">${head}
<div data-testid="markdown-body" class="markdown-body NewMarkdownViewer-module__safe-html-box--cRsz0">${body}</div>${foot}</div></div>`;
const event = (actor: string, what: string, when: string): string =>
  `<div class="Box-sc-g0xbh4-0 TimelineRow-module__Row--jtDZK" data-timeline-event-id="${actor}-${when.replace(/\W/g, '')}">
<svg aria-hidden="true" class="octicon"></svg><a data-hovercard-url="/users/${actor}/hovercard" href="/${actor}" class="prc-Link-Link-85e08">${actor}</a>
${what} <relative-time tense="past">${when}</relative-time></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-0cfd1fd8509e.css">
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-7c2a8d1e.js" defer="defer"></script>
<title>${ghTitle} · Issue #1187 · lumen-logs/driftwood · GitHub</title>
<meta name="description" content="What happened? After logrotate runs with copytruncate, driftwood ships the whole of the rotated file again from byte 0.">
<meta property="og:title" content="${ghTitle} · Issue #1187 · lumen-logs/driftwood">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)" data-turbo-transient>
<meta name="hovercard-subject-tag" content="issue:2891034412" data-turbo-transient></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg aria-hidden="true"
 class="octicon octicon-mark-github"></svg></a>
<nav aria-label="Global" class="mt-5 mb-4 mb-lg-0"><ul class="d-lg-flex list-style-none">
${ghNav
  .map(
    (t) => `<li class="HeaderMenu-item position-relative"><button type="button" class="HeaderMenu-link border-0"
 aria-expanded="false">${t}</button></li>`,
  )
  .join('\n')}
</ul></nav>
<qbsearch-input class="search-input" data-scope="repo:lumen-logs/driftwood"><button type="button" class="header-search-button placeholder input-button">
<span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Flumen-logs%2Fdriftwood%2Fissues%2F1187" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/lumen-logs">lumen-logs</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
 href="/lumen-logs/driftwood">driftwood</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login" rel="nofollow" class="btn-sm btn" aria-label="You must be signed in to change notification settings">Notifications</a></li>
<li><a class="btn-sm btn" href="/login" rel="nofollow">Fork <span id="repo-network-counter" class="Counter" title="212">212</span></a></li>
<li><a class="btn-sm btn" href="/login" rel="nofollow">Star <span id="repo-stars-counter-star" class="Counter js-social-count"
 title="3,041">3k</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    (t) => `<li class="d-inline-flex"><a class="UnderlineNav-item" href="/lumen-logs/driftwood/${t.toLowerCase().replace(' ', '-')}"><span
 data-content="${t}">${t}</span>${ghCounts[t] ?? ''}</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
<react-app app-name="issues-react" initial-path="/lumen-logs/driftwood/issues/1187" style="display: block; min-height: calc(100vh - 64px);"
 data-attempted-ssr="true" data-ssr="true" data-lazy="false" data-alternate="false" data-data-router-enabled="true">
<script type="application/json" data-target="react-app.embeddedData">{"payload":{"preloadedQueries":[{"queryName":"IssueViewerViewQuery",
"variables":{"number":1187,"owner":"lumen-logs","repo":"driftwood"},"result":{"data":{"repository":{"issue":{"number":1187,
"title":"${ghTitle}","state":"CLOSED","stateReason":"COMPLETED","author":{"login":"tkowalczyk"}}}}}}]},"appPayload":{"enabled_features":{}}}</script>
<div data-target="react-app.reactRoot"><div class="prc-PageLayout-PageLayoutRoot-1zlEO" data-testid="issue-viewer-container">
<div data-testid="issue-header" class="HeaderViewer-module__headerContainer--XcFWA">
<h1 data-component="PH_Title" class="prc-PageHeader-Title-LKOsd"><bdi data-testid="issue-title" class="markdown-title">${ghTitle}</bdi>
<span class="HeaderViewer-module__issueNumberText--LzqzB">#1187</span></h1>
<div class="HeaderMetadata-module__metadataContent--A7RPa"><span data-testid="header-state" class="prc-StateLabel-StateLabel-Iawzp"
 data-status="issueClosed"><svg aria-hidden="true"></svg>Closed</span>
<span class="HeaderMetadata-module__authorLink--j8gVJ"><a href="/tkowalczyk" data-hovercard-url="/users/tkowalczyk/hovercard">tkowalczyk</a></span>
<span class="HeaderMetadata-module__metadataCount--k7H2w">· 5 comments</span></div></div>
<div class="prc-PageLayout-ContentWrapper-b-QRo"><div data-testid="issue-viewer-issue-container" class="IssueViewer-module__mainContainer--k4m2e">
<div data-testid="issue-body" class="IssueBodyViewer-module__IssueBody--MXyFt"><div data-testid="issue-body-header"
 class="IssueBodyHeader-module__titleSection--Z6B1z">
<a data-testid="issue-body-header-author" href="/tkowalczyk" class="prc-Link-Link-85e08">tkowalczyk</a> opened
<a href="#issue-2891034412" class="prc-Link-Link-85e08"><relative-time datetime="2025-03-03T16:41:09.000Z" tense="past">on Mar 3, 2025</relative-time></a>
<button aria-label="Issue body actions" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI" data-variant="invisible"><svg
 aria-hidden="true"></svg></button>
<span data-testid="issue-body-header-edited">· edited by ines-arroyo</span></div>
<div data-testid="markdown-body" class="markdown-body NewMarkdownViewer-module__safe-html-box--cRsz0">
<h3 dir="auto">${ghH[0]}</h3>
${ps(ghWhat)}
<h3 dir="auto">${ghH[1]}</h3><ol dir="auto">${ghSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h3 dir="auto">${ghH[2]}</h3>
${ps(ghExpected)}
<h3 dir="auto">${ghH[3]}</h3>
${ps(ghVersion)}
<h3 dir="auto">${ghH[4]}</h3><div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>
level=info ts=2025-03-03T00:00:02Z msg="poll" path=/var/log/app/worker.log size=2203648 offset=2203648
level=info ts=2025-03-03T00:00:07Z msg="shipped" path=/var/log/app/worker.log lines=41208 from=0</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"
 data-copy-feedback="Copied!" tabindex="0" role="button"><svg aria-hidden="true" class="octicon octicon-copy"></svg></clipboard-copy></div></div></div>
${react('👍', '9', 'thumbs up (9): mbeaulieu, rkaspar and 7 more')}</div>
${comment('c1', who('ines-arroyo', 'on Mar 4, 2025', '2025-03-04T09:12:44.000Z', 'Member'), ps(ghC1))}
${event('ines-arroyo', 'added <span class="prc-Label-Label--LG6X">bug</span> <span class="prc-Label-Label--LG6X">area/inputs</span>', 'on Mar 5, 2025')}
${event('ines-arroyo', 'self-assigned this', 'on Mar 5, 2025')}
${comment('c2', who('tkowalczyk', 'on Mar 6, 2025', '2025-03-06T07:30:02.000Z', 'Author'), ps(ghC2))}
${comment('c3', who('mbeaulieu', 'on Mar 6, 2025', '2025-03-06T13:05:51.000Z', 'Contributor'), ps(ghC3), react('👀', '2', 'eyes (2)'))}
${comment(
  'c4',
  who('ines-arroyo', 'on Mar 7, 2025', '2025-03-07T10:48:19.000Z', 'Member'),
  `<blockquote><p
 dir="auto">${ghQuote}</p></blockquote>\n${ps(ghC4)}`,
)}
<div class="Box-sc-g0xbh4-0 TimelineRow-module__Row--jtDZK"><svg aria-hidden="true"></svg><a href="/ines-arroyo">ines-arroyo</a> linked a pull request
 <relative-time tense="past">on Mar 7, 2025</relative-time> that will close this issue
<a href="/lumen-logs/driftwood/pull/1192" class="prc-Link-Link-85e08"><bdi>inputs/file: treat a leading NUL run as truncation</bdi> #1192</a></div>
${event('ines-arroyo', 'added this to the <a href="/lumen-logs/driftwood/milestone/31">v2.7.4</a> milestone', 'on Mar 8, 2025')}
${event('ines-arroyo', 'closed this as completed in <a href="/lumen-logs/driftwood/pull/1192">#1192</a>', 'on Mar 9, 2025')}
${comment('c5', who('tkowalczyk', 'on Mar 12, 2025', '2025-03-12T08:02:37.000Z', 'Author'), ps(ghC5), react('🎉', '3', 'hooray (3)'))}
<div class="IssueViewer-module__signUpBox--Vf2Lq"><p><a href="/signup?return_to=%2Flumen-logs%2Fdriftwood%2Fissues%2F1187"
 class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub.</strong> Already have an account? <a href="/login">Sign in to comment</a></p></div></div>
<div data-testid="issue-viewer-metadata-pane" class="IssueViewer-module__metadataPane--T1FDV">
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Assignees</h3>
<a href="/ines-arroyo" class="AssigneesSection-module__assigneeRowLink--Kmy2C"><img alt="ines-arroyo"
 src="https://avatars.githubusercontent.com/u/8812?s=40&amp;v=4"></a></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Labels</h3>
<a class="prc-Token-TokenBase-f3ZgZ" href="/lumen-logs/driftwood/issues?q=label%3Abug">bug</a>
<a class="prc-Token-TokenBase-f3ZgZ" href="/lumen-logs/driftwood/issues?q=label%3Aarea%2Finputs">area/inputs</a></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Type</h3><p
 class="Section-module__emptyText--q2J7b">No type</p></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Projects</h3><p>No projects</p></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Milestone</h3><a
 href="/lumen-logs/driftwood/milestone/31">v2.7.4</a>
<span class="MilestonesSection-module__closedText--a1bC2">Closed on Mar 20, 2025</span></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Relationships</h3><p>None yet</p></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Development</h3>
<a href="/lumen-logs/driftwood/pull/1192"><svg aria-label="Merged pull request"></svg> inputs/file: treat a leading NUL run as truncation</a></div>
<div class="Section-module__sectionContainer--pa6Wr"><h3 class="Section-module__sectionHeading--Bk3fB">Participants</h3>
<img alt="@tkowalczyk" src="https://avatars.githubusercontent.com/u/4410?s=40"><img alt="@ines-arroyo" src="https://avatars.githubusercontent.com/u/8812?s=40">
<img alt="@mbeaulieu" src="https://avatars.githubusercontent.com/u/9021?s=40"></div></div></div></div></div></react-app></turbo-frame></main>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center pb-3"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg
 aria-hidden="true"></svg></a>
<span>© 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(ghFoot, 'mx-2')}
<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent"
 data-action="click:cookie-consent-link#showConsentManagement">Manage cookies</button></cookie-consent-link></li>
<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent"
 data-action="click:cookie-consent-link#showConsentManagement">Do not share my personal information</button></cookie-consent-link></li></ul></nav></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-locale="en" data-cookie-consent-required="true"></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg aria-hidden="true"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"></button> You can’t perform that action at this time.</div>
<template id="site-details-dialog"><details class="details-reset details-overlay details-overlay-dark lh-default color-fg-default hx_rsm" open>
<summary role="button" aria-label="Close dialog"></summary></details></template></div></body></html>`;
const githubIssue: TestPage = {
  html: ghHtml,
  name: 'heldout42-github-issue',
  kind: 'forum',
  // the issue form's h3 sections are written into the issue body: headings (the log block under the last one is code, in
  // neither list); the issue body and every comment are body, the line quoted in a comment is in neither; logins and the
  // "on <date>" times of the opener and each comment, and the "edited by" line, are bylines; the issue number, state label,
  // comment count, author badges ("Member", "Author", "Contributor"), reactions, timeline events (labels, assignment, the
  // linked pull request, milestone, close), the metadata pane, the sign-up box, header, repo header and footer are furniture;
  // "Security" (repo tab and footer) is listed once; the pull request title is a furniture item of the timeline and the pane;
  // the repo name "driftwood", the reaction counts "2" and "3" and the pull request number "#1192" are body words: left out
  title: ghTitle,
  headings: ghH,
  body: [
    ...texts(ghWhat),
    ...texts(ghSteps),
    ...texts(ghExpected),
    ...texts(ghVersion),
    ...texts(ghC1),
    ...texts(ghC2),
    ...texts(ghC3),
    ...texts(ghC4),
    ...texts(ghC5),
  ],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'tkowalczyk', 'ines-arroyo', 'mbeaulieu', 'on Mar 3, 2025', '· edited by ines-arroyo', 'on Mar 4, 2025', 'on Mar 6, 2025', 'on Mar 7, 2025',
    'on Mar 12, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghNav, 'Search or jump to...', 'Sign in', 'Sign up', 'lumen-logs', 'Public', 'Notifications', 'Fork', '212', 'Star', '3k',
    ...ghTabs.filter((t) => t !== 'Security'), '87', '14', '#1187', 'Closed', '· 5 comments', '👍', '9', 'Member', 'Author', 'Contributor',
    'added', 'bug', 'area/inputs', 'on Mar 5, 2025', 'self-assigned this', '👀', 'linked a pull request', 'that will close this issue',
    'inputs/file: treat a leading NUL run as truncation', 'added this to the', 'v2.7.4', 'milestone', 'on Mar 8, 2025', 'closed this as completed in',
    'on Mar 9, 2025', '🎉', 'Sign up for free', 'to join this conversation on GitHub.', 'Already have an account?', 'Sign in to comment',
    'Assignees', 'Labels', 'Type', 'No type', 'No projects', 'Milestone', 'Closed on Mar 20, 2025', 'Relationships', 'None yet', 'Development',
    'Participants', 'Footer', '© 2025 GitHub, Inc.', 'Footer navigation', ...ghFoot, 'Manage cookies', 'Do not share my personal information',
    'You can’t perform that action at this time.',
  ],
};

export const HELDOUT42_A: readonly TestPage[] = [githubIssue, superUserQuestion];
