import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file c2: a GitHub issue page in the current React issue viewer (repo header with Watch / Fork / Star,
 * repo tabs, issue title with number and "Open" state, "opened on" line, the issue body from an issue form with h3 parts,
 * timeline with comments ("commented on", author association badges, reactions), label / milestone / assignment events, a
 * linked pull request, sidebar fields (Assignees, Labels, Type, Projects, Milestone, Relationships, Development,
 * Notifications, Participants), sign-in prompt and footer).
 */
const ghTitle = 'Token refresh retries forever when the auth server returns 503';
const ghWhat = [
  'When the auth server is down for maintenance and answers every request with a 503, the client keeps calling the token ' +
    'endpoint in a tight loop. In our staging cluster one pod made about 40,000 refresh requests in ten minutes before we killed it.',
  'The retry options we pass to the client are respected for normal API calls, but the refresh path seems to ignore them ' + 'completely.',
];
const ghSteps = [
  'Create a client with <code>retry: { maxAttempts: 3 }</code> and an access token that is about to expire.',
  'Point the token URL at a server that always returns 503 with an empty body.',
  'Make any API call and watch the request log of the auth server.',
];
const ghExpected = [
  'The refresh should be retried at most three times with backoff, and the original call should then fail with an ' +
    '<code>AuthUnavailableError</code> that we can handle.',
];
const ghEnv = ['tessera 2.8.3', 'Node.js 20.11.1 on Debian 12', 'Auth server behind an nginx ingress that returns 503 during deploys'];
type Comment = { who: string; when: string; badge: string; paras: string[] };
const ghComments: Comment[] = [
  {
    who: 'ykato',
    when: 'Feb 4, 2025',
    badge: 'Member',
    paras: [
      'Thanks for the clear report. I can reproduce this on main. The refresh goes through <code>refreshWithLock()</code>, which ' +
        'was written before the retry policy existed and has its own loop that only stops on a 4xx.',
      'I think the fix is to route it through the same policy as everything else, but we need to be careful not to hold the ' +
        'refresh lock across the backoff sleeps, or every other request will queue behind it.',
    ],
  },
  {
    who: 'brennan-okafor',
    when: 'Feb 4, 2025',
    badge: 'Author',
    paras: [
      'That matches what we saw: while the pod was looping, every other request on it was stuck waiting. Happy to test a branch ' +
        'against our staging setup if that helps.',
    ],
  },
  {
    who: 'ldiaz-dev',
    when: 'Feb 5, 2025',
    badge: 'Contributor',
    paras: [
      'We hit the same thing last week with a 502 from a proxy. As a stopgap we wrapped the token fetcher ourselves and threw after ' +
        'three failures, which at least stops the storm, though the error message the caller gets is not very helpful.',
    ],
  },
  {
    who: 'ykato',
    when: 'Feb 6, 2025',
    badge: 'Member',
    paras: [
      'I have opened a pull request that releases the lock before sleeping and applies the normal retry policy to refresh calls. ' +
        'It also adds the <code>AuthUnavailableError</code> suggested above. A test run against your staging setup would be very welcome.',
    ],
  },
];
const ghRepoTabs = ['Code', 'Issues 142', 'Pull requests 18', 'Discussions', 'Actions', 'Projects', 'Security', 'Insights'];
const ghEvents = [
  'ykato added the bug label Feb 3, 2025',
  'ykato added this to the v2.9.0 milestone Feb 4, 2025',
  'ykato self-assigned this Feb 4, 2025',
  'ykato linked a pull request that will close this issue Feb 6, 2025',
];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghHeader = (c: Pick<Comment, 'who' | 'when' | 'badge'>, verb: string): string => `<div data-testid="comment-header"
class="ActivityHeader-module__header">
<a data-testid="avatar-link" href="/${c.who}" aria-label="@${c.who}'s profile">
<img src="https://avatars.githubusercontent.example/u/1?s=80" alt="" width="40"></a>
<div class="ActivityHeader-module__narrowViewportWrapper"><a data-testid="author-link" class="Link--primary" href="/${c.who}">${c.who}</a>
<span class="ActivityHeader-module__action">${verb}</span> <a href="#issuecomment-1" class="Link--secondary"><relative-time datetime="2025-02-04T10:12:00Z"
tense="past">${c.when}</relative-time></a></div><span class="prc-Label-Label" data-variant="secondary">${c.badge}</span>
<button aria-label="Comment actions" class="prc-Button-ButtonBase" data-testid="comment-header-hamburger"></button></div>`;
const ghReactions = (
  items: readonly [string, number][],
): string => `<div role="toolbar" aria-label="Reactions" class="ReactionViewer-module__reactionsContainer">
${items
  .map(
    ([e, n]) => `<button aria-pressed="false" class="prc-Button-ButtonBase"><span>${e}</span>
<span class="ReactionButton-module__reactionCount">${n}</span></button>`,
  )
  .join('')}
<button aria-label="All reactions" class="prc-Button-ButtonBase"></button></div>`;
const ghEvent = (t: string): string => {
  const [who, ...rest] = t.split(' ');
  const date = rest.slice(-3).join(' ');
  const what = rest.slice(0, -3).join(' ').replace('bug', '<a class="IssueLabel" href="/tessera-js/tessera/labels/bug">bug</a>');
  return `<div class="TimelineItem" data-testid="timeline-event"><div class="TimelineItem-badge"><svg aria-hidden="true" class="octicon"></svg></div>
<div class="TimelineItem-body"><a class="Link--primary text-bold" href="/${who}">${who}</a> ${what} <relative-time
datetime="2025-02-03">${date}</relative-time></div></div>`;
};
const ghBody = (c: Comment): string => `<div class="react-issue-comment" data-testid="issue-timeline-comment">${ghHeader(c, 'commented on')}
<div data-testid="markdown-body" class="markdown-body">${ps(c.paras, ' dir="auto"')}</div>${ghReactions(c.who === 'ldiaz-dev' ? [['👍', 5]] : [])}</div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${ghTitle} · Issue #4821 · tessera-js/tessera · GitHub</title>
<meta name="description" content="When the auth server is down for maintenance and answers every request with a 503,
the client keeps calling the token endpoint.">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"><meta property="og:type" content="object">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-react.7a0f3c.css">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["issues_react_ui_commands_migration"]}</script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out"><a class="mr-lg-3" href="https://github.example/" aria-label="Homepage"></a>
<nav aria-label="Global"><ul>${links(['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'], 'HeaderMenu-item')}</ul></nav>
<button class="header-search-button">Search or jump to...</button><a href="/login" class="HeaderMenu-link">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-button">Sign up</a></header></div>
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tessera-js">tessera-js</a> / <a href="/tessera-js/tessera">tessera</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span>
<ul class="pagehead-actions"><li><a href="/login?return_to=notifications" class="btn-sm btn">Notifications</a></li><li>
<a class="btn-sm btn" href="/login">Fork
<span class="Counter">311</span></a></li><li><a class="btn-sm btn" href="/login">Star <span class="Counter">6.4k</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body">${links(ghRepoTabs, 'd-inline-flex')}</ul>
</nav></div>
<turbo-frame id="repo-content-turbo-frame"><div id="js-repo-pjax-container"><react-app app-name="issues-react" initial-path="/tessera-js/tessera/issues/4821">
<div data-testid="issue-viewer-container" class="IssueViewer-module__container"><div data-testid="issue-header" class="HeaderViewer-module__headerContainer">
<h1 data-component="PH_Title" class="prc-PageHeader-Title-LKOsd"><bdi data-testid="issue-title" class="markdown-title">${ghTitle}</bdi>
<span class="prc-Text-Text-0ima0">#4821</span></h1><div class="HeaderMetadata-module__metadataContainer"><span data-testid="header-state"
class="prc-StateLabel-StateLabel-Iawzp" data-status="issueOpened">Open</span><div class="HeaderMetadata-module__metadataContent">
<a data-testid="issue-body-header-author"
href="/brennan-okafor">brennan-okafor</a> <span>opened on</span> <relative-time
datetime="2025-02-03T16:41:08Z">Feb 3, 2025</relative-time> <span>· 4 comments</span>
</div></div></div>
<div class="Layout-module__main"><div data-testid="issue-body" class="IssueBodyViewer-module__IssueBody">
${ghHeader({ who: 'brennan-okafor', when: 'Feb 3, 2025', badge: 'Author' }, 'opened on')}
<div data-testid="markdown-body" class="markdown-body"><h3 dir="auto">What happened?</h3>${ps(ghWhat, ' dir="auto"')}
<h3 dir="auto">Steps to reproduce</h3><ol dir="auto">${ghSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h3 dir="auto">Expected behavior</h3>${ps(ghExpected, ' dir="auto"')}
<h3 dir="auto">Environment</h3><ul dir="auto">${ghEnv.map((s) => `<li>${s}</li>`).join('\n')}</ul></div>
${ghReactions([
  ['👍', 12],
  ['👀', 3],
])}</div>
<div data-testid="issue-timeline" class="Timeline-module__timelineContainer">
${ghEvent(ghEvents[0]!)}
${ghBody(ghComments[0]!)}
${ghEvent(ghEvents[1]!)}
${ghEvent(ghEvents[2]!)}
${ghBody(ghComments[1]!)}
${ghBody(ghComments[2]!)}
${ghEvent(ghEvents[3]!)}
<div class="LinkedPullRequest-module__card"><svg class="octicon octicon-git-pull-request"></svg><a href="/tessera-js/tessera/pull/4830"
class="Link--primary">Apply retry policy to token refresh and release the lock while waiting</a> <span class="color-fg-muted">#4830</span></div>
${ghBody(ghComments[3]!)}
</div>
<div class="flash flash-warn" data-testid="sign-in-banner">
<a href="/signup">Sign up for free</a> <strong>to join this conversation on GitHub.</strong> Already have an
account? <a href="/login">Sign in to comment</a></div></div>
<div class="Layout-module__sidebar" data-testid="issue-metadata-sticky"><div data-testid="sidebar-section"><h3>Assignees</h3><a href="/ykato">ykato</a></div>
<div data-testid="sidebar-section"><h3>Labels</h3><a class="IssueLabel" href="/labels/bug">bug</a>
<a class="IssueLabel" href="/labels/area-auth">area: auth</a></div>
<div data-testid="sidebar-section"><h3>Type</h3><span>No type</span></div><div data-testid="sidebar-section"><h3>Projects</h3><span>No projects</span></div>
<div data-testid="sidebar-section"><h3>Milestone</h3><a href="/milestone/27">v2.9.0</a></div>
<div data-testid="sidebar-section"><h3>Relationships</h3><span>None yet</span></div>
<div data-testid="sidebar-section"><h3>Development</h3>
<a href="/tessera-js/tessera/pull/4830">Apply retry policy to token refresh and release the lock while waiting</a></div>
<div data-testid="sidebar-section"><h3>Notifications</h3><button>Subscribe</button><p>You’re not receiving notifications from this thread.</p></div>
<div data-testid="sidebar-section"><h3>Participants</h3><span class="participant-avatar" aria-label="@ykato"></span><span aria-label="@ldiaz-dev"></span>
</div></div>
</div></react-app></div></turbo-frame>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><p>© 2025 GitHub, Inc.</p><ul>${links(ghFoot)}</ul></footer>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.example/assets/issues-react-4c0f1a.js" defer></script>
</body></html>`;
export const githubIssue: TestPage = {
  html: ghHtml,
  name: 'heldout17-github-issue',
  kind: 'forum',
  // an issue is a thread: the issue body (its issue-form h3s are the headings, their paragraphs and list items body) and
  // every comment are body, as the batch 14 discussion and batch 16 Jira issue did; user names and the "opened on" /
  // "commented on" dates are bylines ("opened on" and "commented on" in neither list); author-association badges, the
  // timeline events (one line each, with their user and date), the linked pull request card (its title repeats in the
  // sidebar and counts once), reaction counts (bare numbers, left out), the state label, sidebar labels and values, repo
  // header and tabs, the sign-in banner and footer are furniture; the "#4821" header number is furniture; the sidebar's
  // assignee "ykato" is a comment author (byline, once); "Security" is in the repo tabs and the footer and counts once;
  // the repository name "tessera" is a word of the environment list: left out
  title: ghTitle,
  headings: ['What happened?', 'Steps to reproduce', 'Expected behavior', 'Environment'],
  body: [...texts(ghWhat), ...texts(ghSteps), ...texts(ghExpected), ...ghEnv, ...ghComments.flatMap((c) => texts(c.paras))],
  bylines: ['brennan-okafor', 'ykato', 'ldiaz-dev', 'Feb 3, 2025', 'Feb 4, 2025', 'Feb 5, 2025', 'Feb 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing', 'Search or jump to...', 'Sign in', 'Sign up', 'tessera-js',
    'Public', 'Notifications', 'Fork 311', 'Star 6.4k', ...ghRepoTabs, '#4821', 'Open', '· 4 comments', 'Author', 'Member', 'Contributor',
    ...ghEvents, 'Apply retry policy to token refresh and release the lock while waiting', '#4830', 'Sign up for free', 'to join this conversation on GitHub.',
    'Sign in to comment', 'Assignees', 'Labels', 'bug', 'area: auth', 'Type', 'No type', 'No projects', 'Milestone', 'v2.9.0', 'Relationships',
    'None yet', 'Development', 'Subscribe', 'You’re not receiving notifications from this thread.', 'Participants', '© 2025 GitHub, Inc.',
    ...ghFoot.filter((t) => t !== 'Security'),
  ],
};
