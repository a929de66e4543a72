import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file f2: a GitHub Gist with one Markdown file and comments (the gist header with the owner,
 * file name, "Last active" line, Star / Fork counts, the Code / Revisions / Stars / Forks tabs, Embed and Download ZIP,
 * the gist description, the file box with its name and Raw link, the rendered Markdown, the comment timeline with
 * author and date per comment, the "Sign up for free" prompt, and the footer).
 */
const tTitle = 'Moving a small Postgres database between hosts without downtime';
const tH = ['The setup', 'Step by step', 'Things that bit me', 'Would I do it again?'];
const tIntro = [
  j(
    'These are my notes from moving the booking database of a small sailing club from an old virtual machine to a new one.',
    'The database is about six gigabytes, the club has no budget for a managed service, and members book boats at all hours.',
  ),
];
const tSetup = [
  j(
    'Both hosts ran the same major version of Postgres. The old one was reachable from the new one over a private network,',
    'and the booking app read its connection string from an environment variable, so switching hosts meant one restart.',
  ),
];
const tSteps = [
  'Create a publication for all tables on the old host.',
  'Copy the schema only to the new host with a schema-only dump, and load it.',
  'Create a subscription on the new host; the initial copy of six gigabytes took about twenty minutes.',
  'Wait until the replication lag is zero, then put the app in read-only mode for a moment.',
  'Reset the sequences on the new host to the values on the old one, since logical replication does not copy them.',
  'Point the app at the new host, restart it, and drop the subscription once bookings are arriving.',
];
const tBit = [
  j(
    'Sequences, as above. The first booking after the switch failed with a duplicate key, because the new host thought the',
    'next booking number was 1. Setting each sequence from the maximum of its column fixed it in a minute.',
  ),
  j(
    'One table had no primary key, so the old host refused to publish its updates. It was a log of boat inspections, and',
    'adding an identity column was harmless, but I only found out when the subscription stalled.',
  ),
];
const tAgain = [
  j(
    'Yes. The read-only pause lasted under two minutes and nobody noticed. For a database this size a dump and restore with',
    'an hour of downtime would also have been fine, but the club’s night-sailing members would have noticed that.',
  ),
];
const tBody = texts([...tIntro, ...tSetup, ...tSteps, ...tBit, ...tAgain]);
const tComments: [string, string, string][] = [
  ['pelle-ostrand', 'Mar 1, 2026', 'Thanks for the note on sequences. That one catches everybody the first time.'],
  ['hedvig-k', 'Mar 2, 2026', 'You can also check for tables without a primary key before you start; it saves the stall.'],
];
const tTabs = ['Code', 'Revisions', 'Stars', 'Forks'];
const tFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const tHtml = `<!DOCTYPE html><html lang="en" data-color-mode="auto" data-light-theme="light"><head><meta charset="utf-8">
<title>Moving a small Postgres database between hosts without downtime · GitHub</title>
<meta name="description" content="Moving a small Postgres database between hosts without downtime. GitHub Gist: instantly share code, notes, and snippets.">
<meta property="og:title" content="Moving a small Postgres database between hosts"><meta property="og:type" content="article">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/gist-og-image.css">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":[]}</script></head>
<body class="logged-out env-production page-responsive"><div class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<a href="#start-of-content" class="show-on-focus">Skip to content</a>
<div class="Header js-details-container Details flex-wrap flex-md-nowrap p-responsive" role="banner"><div class="Header-item">
<a class="Header-link" href="https://gist.github.com/" aria-label="Gist Homepage ">GitHub Gist</a></div>
<div class="Header-item"><input type="text" name="q" placeholder="Search..." aria-label="Search"></div>
<nav class="Header-item"><a class="Header-link mr-0 mr-md-3 py-2" href="/discover">All gists</a><a class="Header-link"
href="https://github.com">Back to GitHub</a></nav>
<div class="Header-item f4 mr-0"><a href="/login" class="Header-link">Sign in</a> <a href="/join" class="Header-link d-inline-block
px-2">Sign up</a></div></div>
<div id="start-of-content"></div><div id="js-flash-container"></div>
<main id="gist-pjax-container"><div class="gist-detail-intro gist-banner pb-3"><div class="text-center container-lg px-3">
<p class="lead">Instantly share code, notes, and snippets.</p></div></div>
<div class="gisthead pagehead pb-0 pt-3 mb-4"><div class="px-0"><div class="mb-3 d-flex px-3 px-md-3 px-lg-5"><div class="flex-auto min-width-0 width-fit mr-3">
<div class="d-flex"><div class="d-none d-md-block"><a class="mr-2 flex-shrink-0" href="/saltwind"><img class="avatar avatar-user" src="/avatar.png"
width="32" height="32" alt="@saltwind"></a></div><div class="d-flex flex-column width-full"><div class="d-flex flex-row width-full">
<h1 class="wb-break-word f3 text-normal mb-md-0 mb-1"><span class="author"><a href="/saltwind">saltwind</a></span><span class="mx-1 color-fg-muted">/</span>
<strong itemprop="name" class="css-truncate-target mr-1" style="max-width: 410px"><a href="/saltwind/8e31f0c2">postgres-host-move.md</a></strong></h1></div>
<div class="note m-0">Last active <relative-time tense="past" datetime="2026-03-02T18:20:41Z">March 2, 2026</relative-time></div></div></div></div>
<ul class="d-md-flex pagehead-actions float-none"><li><a href="/login" class="btn btn-sm btn-with-count">Star</a><a class="social-count" href="#">27</a></li>
<li><a href="/login" class="btn btn-sm btn-with-count">Fork</a><a class="social-count" href="#">3</a></li></ul></div>
<div class="d-block d-md-none px-3 px-md-3 px-lg-5 mb-3"><div class="btn-group"><a class="btn btn-sm" href="#">Embed</a>
<a class="btn btn-sm" href="/saltwind/8e31f0c2/archive/main.zip">Download ZIP</a></div></div>
<div class="d-flex flex-md-row flex-column px-0 pr-md-3 px-lg-5"><div class="flex-md-order-1 flex-order-2 flex-auto">
<nav class="UnderlineNav box-shadow-none px-3 px-lg-0" aria-label="Gist"><div class="UnderlineNav-body">${tTabs
  .map((t, i) => `<a class="js-selected-navigation-item UnderlineNav-item" href="#">${t} <span class="Counter">${['', '4', '27', '3'][i]}</span></a>`)
  .join('\n')}</div></nav></div></div></div></div>
<div class="container-lg px-3"><div class="repository-content gist-content"><div><div itemprop="about">Notes from moving our club's booking database with
logical replication</div>
<div class="js-gist-file-update-container js-task-list-container"><div id="file-postgres-host-move-md" class="file my-2">
<div class="file-header d-flex flex-md-items-center flex-items-start"><div class="file-actions flex-order-2 pt-0"><a href="/raw/postgres-host-move.md"
role="button" class="Button--secondary Button--small Button">Raw</a></div>
<div class="file-info pr-4 d-flex flex-md-items-center flex-items-start flex-order-1 flex-auto"><a class="wb-break-all"
href="#file-postgres-host-move-md"><strong class="user-select-contain gist-blob-name css-truncate-target">postgres-host-move.md</strong></a></div></div>
<div itemprop="text" class="Box-body readme blob js-code-block-container p-5 p-xl-6" id="file-postgres-host-move-md-readme" style="overflow: auto">
<article class="markdown-body entry-content container-lg" itemprop="text"><div class="markdown-heading"><h1 class="heading-element">${tTitle}</h1></div>
${ps(tIntro)}
<div class="markdown-heading"><h2 class="heading-element">${tH[0]}</h2></div>${ps(tSetup)}
<div class="markdown-heading"><h2 class="heading-element">${tH[1]}</h2></div><ol>${lis(tSteps)}</ol>
<div class="markdown-heading"><h2 class="heading-element">${tH[2]}</h2></div>${ps(tBit)}
<div class="markdown-heading"><h2 class="heading-element">${tH[3]}</h2></div>${ps(tAgain)}
</article></div></div></div></div>
<a name="comments"></a><div class="js-quote-selection-container"><div class="js-discussion"><div class="ml-md-6 pl-md-3 ml-0 pl-0">
${tComments
  .map(
    ([u, d, t], i) => `<div class="TimelineItem js-comment-container"><div class="timeline-comment-group js-minimizable-comment-group" id="gistcomment-49${i}">
<div class="timeline-comment color-bg-default"><div class="timeline-comment-header"><h3 class="timeline-comment-header-text f5 text-normal"><strong>
<a class="author Link--primary text-bold" href="/${u}">${u}</a></strong> commented <a href="#gistcomment-49${i}" class="Link--secondary">
<relative-time datetime="2026-03-0${i + 1}T09:00:00Z" class="no-wrap">${d}</relative-time></a></h3></div>
<div class="comment-body markdown-body js-comment-body"><p dir="auto">${t}</p></div></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3"><a class="btn btn-primary" href="/join">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a href="/login">Sign in to comment</a></div></div></div></div></main>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><span>© 2026 GitHub, Inc.</span><nav aria-label="Footer">
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0">${links(tFoot, 'mx-2')}</ul></nav></footer></div></body></html>`;
export const gist: TestPage = {
  name: 'heldout283-github-gist-markdown-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: tBody,
  bylines: ['saltwind', 'Last active', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'GitHub Gist', 'All gists', 'Back to GitHub', 'Sign in', 'Sign up', 'Instantly share code, notes, and snippets.',
    'postgres-host-move.md', 'Star', 'Fork', 'Embed', 'Download ZIP', ...tTabs,
    "Notes from moving our club's booking database with logical replication", 'Raw', ...tComments.flat(), 'commented',
    'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', '© 2026 GitHub, Inc.', ...tFoot,
  ],
};
