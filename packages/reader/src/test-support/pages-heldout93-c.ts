import { links, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout93-c2.js';

/**
 * Held-out batch 93, file c: a GitHub issue in the React issues view, closed and then locked, as a signed-out visitor saves
 * it (the marketing header with its menus, the hidden session flash texts, the repository header with Notifications, Fork
 * and Star counts, the repository tabs with counters, the h1 with the issue number, the "Closed" state label, the issue
 * form's h3 sections, comment headers with "commented", the bot labels, reactions, timeline events (labels, a cross
 * reference, the close and the lock), the stale and lock bot comments, the locked-conversation notice at the foot of the
 * timeline, the metadata sidebar and the footer) and, from file c2, a XenForo forum thread.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const ghTitle = 'Sync stalls at 99% when a file name ends with a space';
const ghH = ['Describe the bug', 'Steps to reproduce', 'Expected behaviour', 'Version and platform'];
const ghBug = paras(`
When a folder contains a file whose name ends with a space (for example <code>invoice 2024 .pdf</code>, which one of our scanners produces),
the sync progress bar climbs to 99% and then stays there forever. No error is shown in the tray menu and the other folders keep syncing.
Removing the space from the name makes the sync finish within a few seconds.`);
const ghSteps = [
  'Create a shared folder on a Linux peer and a Windows peer.',
  'On the Linux peer, add a file named <code>report .txt</code> (note the space before the dot) or <code>notes </code> with a trailing space.',
  'Wait for the Windows peer to pick it up.',
];
const ghExpected = paras(`
Either the file syncs with a changed name, as happens for names with a colon, or the folder shows an error that names the file so the user
can rename it. A silent stall at 99% is the worst outcome, because it looks as if the sync is just slow.`);
const ghVersion = ['ferrysync 2.3.1 on Debian 12 and on Windows 11 23H2.'];
const ghComments = [
  paras(`
Thanks for the clear report. Windows does not allow names that end in a space or a dot, so the Windows peer is probably refusing to create
the file and retrying. Could you run the Windows peer with <code>--log-level=debug</code> for a minute and paste the lines that mention the
file?`),
  paras(`
Here you go. It retries every few seconds and never gives up, which explains the 99%:

The same thing happens with a name ending in a dot, I just tried <code>draft.</code> as well.`),
  paras(`
This issue has been automatically marked as stale because it has not had recent activity. It will be closed in 14 days if no further
activity occurs. Thank you for your contributions.`),
  paras(`
Not stale, still happening on 2.3.4. We have around forty scanned files with trailing spaces across three offices, and each one blocks the
whole folder on every Windows machine until someone renames it by hand on a Linux peer.`),
  paras(`
Fixed in #3990, which will ship in 2.4.0. Names that Windows cannot store are now translated on the Windows side with the same private
character mapping we already use for colons and question marks, so the file syncs and keeps its real name on Linux and macOS. If a
name still cannot be stored, the folder shows an error with the path instead of retrying forever.

Thanks to everyone who sent logs, it made this one quick to pin down once we got to it.`),
  paras(`
This issue has been automatically locked since there has not been any recent activity after it was closed. Please open a new issue for
related bugs.`),
];
const ghLogLines = [
  'DEBUG puller: pull: &quot;report .txt&quot;: open C:\\Sync\\shared\\report .txt: The filename, directory name, or volume label syntax is incorrect.',
  'DEBUG puller: Scheduling retry of &quot;report .txt&quot; in 5s',
  'DEBUG folder: &quot;shared&quot; completion 99% (1 items needed)',
];
const ghLog = `<div class="highlight highlight-text-log"><pre class="notranslate">${ghLogLines.join('\n')}</pre></div>`;
const ghWho = [
  ['marguerite-o', 'Author', 'May 6, 2025'],
  ['jbreuer', 'Member', 'May 7, 2025'],
  ['marguerite-o', 'Author', 'May 7, 2025'],
  ['github-actions', 'bot', 'Jul 6, 2025'],
  ['dtanaka-ops', '', 'Jul 9, 2025'],
  ['jbreuer', 'Member', 'Jul 21, 2025'],
  ['github-actions', 'bot', 'Aug 21, 2025'],
] as const;
const ghNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = [
  ['Code', ''],
  ['Issues', '214'],
  ['Pull requests', '31'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
const ghLabels = ['bug', 'area: windows', 'released'];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const md = (ps: readonly string[], extra = ''): string =>
  `<div data-testid="markdown-body" class="markdown-body NewMarkdownViewer-module__safe-html-box--cRsz0">${ps
    .map(
      (p) => `<p
dir="auto">${p}</p>`,
    )
    .join('\n')}${extra}</div>`;
const ghHead = (i: number): string => {
  const [user, role, date] = ghWho[i]!;
  return `<div data-testid="comment-header" class="ActivityHeader-module__header--kPaJS"><div class="ActivityHeader-module__narrowViewportWrapper--Hjl75">
<a data-testid="avatar-link" href="https://github.example/${user}"><img src="https://avatars.githubusercontent.example/u/${i}?v=4" alt="${user}" width="32"></a>
<a data-testid="issue-body-header-author" class="prc-Link-Link-85e08 ActivityHeader-module__AuthorLink--D7Ojk" href="https://github.example/${user}">${user}</a>
${role === 'bot' ? '<span class="prc-Label-Label--LG6X" data-size="small" data-variant="secondary">bot</span>' : ''}
<div class="ActivityHeader-module__footer--FVHp7"><span>commented</span> <a href="#issuecomment-${i}" class="prc-Link-Link-85e08"><relative-time
datetime="2025-05-06T10:00:00Z" tense="past">on ${date}</relative-time></a></div></div>${
    role && role !== 'bot' ? `<span class="prc-Label-Label--LG6X" data-variant="secondary">${role}</span>` : ''
  }<button aria-label="Comment actions" class="prc-Button-ButtonBase-c50BI" data-no-visuals="true"></button></div>`;
};
const ghReact = (r: string): string =>
  r === ''
    ? ''
    : `<div class="ReactionViewer-module__reactionsContainer--SjEXm" role="toolbar" aria-label="Reactions"><button aria-pressed="false"
class="prc-Button-ButtonBase-c50BI" data-testid="reaction-button"><span class="prc-Button-Label-pTQ3x">${r}</span></button></div>`;
const ghComment = (
  i: number,
  body: string,
  react = '',
): string => `<div class="LayoutHelpers-module__timelineElement--IsjVR" data-wrapper-timeline-id="IC_${i}">
<div class="react-issue-comment" data-testid="issue-comment">${ghHead(i)}<div class="IssueCommentViewer-module__IssueCommentBody--xvkt3">${body}</div>
${ghReact(react)}</div></div>`;
const ghEvent = (
  text: string,
): string => `<div class="LayoutHelpers-module__timelineElement--IsjVR" data-testid="timeline-event"><div class="TimelineRow-module__Container">
<span class="TimelineRow-module__Content">${text}</span></div></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"><head><meta charset="utf-8">
<title>Sync stalls at 99% when a file name ends with a space · Issue #3877 · tidewater-labs/ferrysync · GitHub</title>
<meta name="description" content="When a folder contains a file whose name ends with a space, the sync progress bar climbs to 99% and then stays there.">
<meta property="og:title" content="Sync stalls at 99% when a file name ends with a space · Issue #3877 · tidewater-labs/ferrysync">
<meta property="og:site_name" content="GitHub"><meta property="og:type" content="object"><meta name="twitter:card" content="summary_large_image">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"><meta name="octolytics-dimension-repository_nwo"
content="tidewater-labs/ferrysync">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react.6a2f1e.css">
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.example/assets/issues-react.4f1c2d.js" defer></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus
js-skip-to-content">Skip
to content</a><span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex flex-column">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.example/" aria-label="Homepage"></a><nav aria-label="Global" class="flex-1">
<ul class="d-lg-flex list-style-none">${ghNav
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center"
aria-expanded="false">${t}</button></li>`,
  )
  .join('')}
</ul></nav><div class="d-flex flex-items-center"><div class="search-input-container"><button class="header-search-button placeholder input-button form-control"
type="button"><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div>
<a href="/login?return_to=%2Ftidewater-labs%2Fferrysync%2Fissues%2F3877" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header>
<div class="js-stale-session-flash flash flash-warn flash-full" data-view-component="true" hidden>${ghFlash
  .map((t) => `<span class="js-stale-session-flash-signed-in" hidden>${t.replace('Reload', '<a class="Link--inTextBlock" href="">Reload</a>')}</span>`)
  .join('')}<button class="flash-close js-flash-close" type="button" aria-label="Close"></button></div></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch"
itemprop="author"><a class="url fn" rel="author" href="/tidewater-labs">tidewater-labs</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tidewater-labs/ferrysync">ferrysync</a></strong><span class="Label Label--secondary
v-align-middle mr-1">
Public</span></div></div><div id="repository-details-container" class="flex-shrink-0"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2Ftidewater-labs%2Fferrysync" class="btn-sm btn" aria-label="You must be signed in to change notification
settings">Notifications</a></li>
<li><a href="/login" class="btn-sm btn" id="fork-button">Fork <span id="repo-network-counter" class="Counter" title="88">88</span></a></li>
<li><a href="/login" class="btn-sm btn">Star <span id="repo-stars-counter-star" class="Counter js-social-count"
title="2,146">2.1k</span></a></li></ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden
UnderlineNav">
<ul class="UnderlineNav-body list-style-none">${ghTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a class="UnderlineNav-item" href="/tidewater-labs/ferrysync/${t}">
<span data-content="${t}">${t}</span>${n ? `<span class="Counter" title="${n}">${n}</span>` : ''}</a></li>`,
  )
  .join('')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content ">
<react-app app-name="issues-react" initial-path="/tidewater-labs/ferrysync/issues/3877" style="display: block; min-height: calc(100vh - 64px);"
data-ssr="true" data-lazy="false" data-alternate="false" data-data-router-enabled="true"><div data-target="react-app.reactRoot">
<div data-testid="issue-viewer-container" class="IssueViewer-module__container--qZ1Ty"><div data-testid="issue-header"
class="HeaderViewer-module__headerContainer">
<h1 data-component="PH_Title" class="prc-PageHeader-Title-LKOsd"><bdi data-testid="issue-title" class="markdown-title">${ghTitle}</bdi>
<span class="HeaderViewer-module__issueNumberText--ofQHQ">#3877</span></h1><div data-component="PH_Actions"><a href="/login" class="prc-Button-ButtonBase-c50BI"
data-variant="primary">New issue</a></div><div class="HeaderMetadata-module__metadataContent--P4GM6"><span data-testid="header-state"
class="prc-StateLabel-StateLabel-Iawzp"
data-status="issueClosed">Closed</span><span class="HeaderMetadata-module__metadataText">Closed</span><span
data-testid="header-locked-label">Locked</span></div></div>
<div class="IssueViewer-module__issueLayout"><div data-testid="issue-viewer-issue-container" class="IssueViewer-module__mainContainer">
<div data-testid="issue-body" class="IssueBodyViewer-module__IssueBody--MXyFt">${ghHead(0)}<div class="IssueBodyViewer-module__bodyContainer">
<div data-testid="markdown-body" class="markdown-body"><h3 dir="auto">${ghH[0]}</h3>
${ghBug.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h3 dir="auto">${ghH[1]}</h3><ol dir="auto">${ghSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h3 dir="auto">${ghH[2]}</h3>${ghExpected.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h3 dir="auto">${ghH[3]}</h3><p dir="auto">${ghVersion[0]}</p></div></div>${ghReact('👍 12')}</div>
<div data-testid="issue-timeline-container" class="Timeline-module__timelineContainer">
${ghEvent('<a href="/jbreuer">jbreuer</a> added the <a href="/labels/bug">bug</a> and <a href="/labels/area">area: windows</a> labels on May 7, 2025')}
${ghComment(1, md(ghComments[0]!))}
${ghComment(
  2,
  md(
    ghComments[1]!.slice(0, 1),
    ghLog +
      ghComments[1]!
        .slice(1)
        .map((p) => `<p dir="auto">${p}</p>`)
        .join(''),
  ),
  '👀 2',
)}
${ghComment(3, md(ghComments[2]!))}
${ghEvent('<a href="/apps/github-actions">github-actions</a> added the <a href="/labels/stale">stale</a> label on Jul 6, 2025')}
${ghComment(4, md(ghComments[3]!), '👍 7')}
${ghEvent('<a href="/jbreuer">jbreuer</a> mentioned this issue on Jul 18, 2025')}
<div data-testid="timeline-event" class="CrossReferencedEvent"><a href="/tidewater-labs/ferrysync/pull/3990">Translate reserved Windows names instead of
retrying
forever</a><span class="Counter">#3990</span></div>
${ghEvent('<a href="/jbreuer">jbreuer</a> closed this as completed in <a href="/tidewater-labs/ferrysync/pull/3990">#3990</a> on Jul 21, 2025')}
${ghComment(5, md(ghComments[4]!), '🎉 9')}
${ghEvent('<a href="/apps/github-actions">github-actions</a> added the <a href="/labels/released">released</a> label on Aug 2, 2025')}
${ghComment(6, md(ghComments[5]!))}
${ghEvent('<a href="/apps/github-actions">github-actions</a> locked as resolved and limited conversation to collaborators on Aug 21, 2025')}
</div><div data-testid="issue-locked-banner" class="LockedBanner-module__lockedBanner"><p>This conversation has been locked as resolved and limited to
collaborators.</p></div></div>
<div data-testid="issue-viewer-metadata-pane" class="IssueViewer-module__metadataPane"><div class="MetadataSection"><h3>Assignees</h3><a
href="/jbreuer">jbreuer</a>
</div><div class="MetadataSection"><h3>Labels</h3>${ghLabels.map((l) => `<a class="prc-Token-TokenBase" href="/labels/${l}">${l}</a>`).join('')}</div>
<div class="MetadataSection"><h3>Type</h3><span>Bug</span></div><div class="MetadataSection"><h3>Projects</h3><span>No projects</span></div>
<div class="MetadataSection"><h3>Milestone</h3><a href="/milestone/12">2.4.0</a></div><div class="MetadataSection"><h3>Relationships</h3><span>None
yet</span></div>
<div class="MetadataSection"><h3>Development</h3><a href="/pull/3990">Translate reserved Windows names instead of retrying forever</a></div>
<div class="MetadataSection"><h3>Participants</h3><span class="sr-only">3
participants</span></div></div></div></div></div></react-app></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center">
<span>© 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul
class="list-style-none d-flex">
${links(ghFoot, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div>
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["issues_react_ui"]}</script></body></html>`;
const github: TestPage = {
  html: ghHtml,
  name: 'heldout93-github-locked-issue',
  kind: 'forum',
  // the issue form's h3s are the headings; the issue body, every comment (the stale and lock bot comments too: comments
  // are body) are body, the log block in neither list; "commented", the Author / Member / bot labels, reactions, timeline
  // events, the cross-referenced pull request title, the state labels, the locked notice and the sidebar are furniture
  // ("bug", the label and the issue type, is a word of the first heading and is left out)
  title: ghTitle,
  headings: ghH,
  body: [
    ...texts(ghBug),
    ...texts(ghSteps),
    ...ghExpected,
    ...ghVersion,
    ...texts(ghComments[0]!),
    ...texts(ghComments[1]!),
    ...ghComments[2]!,
    ...ghComments[3]!,
    ...texts(ghComments[4]!),
    ...ghComments[5]!,
  ],
  bylines: [
    'marguerite-o',
    'on May 6, 2025',
    'jbreuer',
    'on May 7, 2025',
    'github-actions',
    'on Jul 6, 2025',
    'dtanaka-ops',
    'on Jul 9, 2025',
    'on Jul 21, 2025',
    'on Aug 21, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghNav, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash, 'tidewater-labs', 'ferrysync', 'Public', 'Notifications', 'Fork',
    '88', 'Star', '2.1k', ...ghTabs.flatMap(([t, n]) => (n ? [t!, n] : [t!])), '#3877', 'New issue', 'Closed', 'Locked', 'commented', 'Author', 'Member',
    'bot', '👍 12', '👀 2', '👍 7', '🎉 9', 'added the bug and area: windows labels on May 7, 2025', 'added the stale label on Jul 6, 2025',
    'mentioned this issue on Jul 18, 2025', 'Translate reserved Windows names instead of retrying forever', '#3990',
    'closed this as completed in #3990 on Jul 21, 2025',
    'added the released label on Aug 2, 2025', 'locked as resolved and limited conversation to collaborators on Aug 21, 2025',
    'This conversation has been locked as resolved and limited to collaborators.', 'Assignees', 'Labels', 'area: windows', 'released', 'Type', 'Projects',
    'No projects', 'Milestone', '2.4.0', 'Relationships', 'None yet', 'Development', 'Participants', '3 participants', '© 2025 GitHub, Inc.', ...ghFoot,
    'You can’t perform that action at this time.',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT93_C: readonly TestPage[] = [github, xenforoThread];
