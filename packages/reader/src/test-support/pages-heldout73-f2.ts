import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 12: a Confluence Cloud page (status lozenge, "Owned by", inline comments, "Like"), for file f. */
const cfTitle = 'Payments on-call runbook';
const cfInfo = ['This runbook covers the card payments service only. For bank transfers, see the transfers runbook in the same space.'];
const cfIntro = [
  'Use this page when you are paged for the payments service, or when a customer-facing team reports failed card payments. It ' +
    'lists the first checks to run, who to involve, and when to declare an incident.',
];
const cfFirst = [
  'Open the payments dashboard and check the authorisation success rate for the last 30 minutes.',
  'Compare it with the same hour last week. A drop of more than five percentage points is worth acting on.',
  'Check the status page of our card processor before changing anything on our side.',
  'Look at the error breakdown by issuer. A failure limited to one issuer is almost always on their side.',
];
const cfSeverity = [
  ['SEV1', 'Success rate below 80% for all issuers', 'Declare an incident and page the engineering manager on call.'],
  ['SEV2', 'Success rate below 90%, or one large issuer failing', 'Post in the incident channel and start a timeline.'],
  ['SEV3', 'Slow authorisations without failures', 'Open a ticket for the team and keep watching.'],
];
const cfComms = [
  'For SEV1 and SEV2, the incident commander posts an update in the incident channel every 30 minutes, even when there is ' +
    'nothing new. Support needs a short, plain-language line they can pass on to merchants, without internal system names.',
  'Do not promise a time to resolution. Say what is affected, what we are doing, and when the next update will be.',
];
const cfAfter = [
  'Every SEV1 and SEV2 gets a blameless review within five working days. The on-call engineer drafts the timeline while ' +
    'details are fresh; the review meeting is for causes and actions, not for rebuilding what happened.',
  'Actions from the review go into the list below until they are done. Whoever raised an action owns it, not the engineer who ' +
    'happens to be on call that week.',
];
const cfTasks = ['Add the new processor status page to the first checks', 'Link the merchant update template from the communication section'];
const cfHeads = ['First checks', 'Severity levels', 'Communicating during an incident', 'After the incident', 'Open actions'];
const cfTop = ['Home', 'Recent', 'Spaces', 'Teams', 'Apps', 'Templates', '+ Create'];
const cfSpaceNav = ['Overview', 'Blog'];
const cfTree = ['On-call', 'Runbooks', 'Transfers on-call runbook', 'Escalation contacts', 'Architecture', 'Team rituals'];
const cfCrumbs = ['Platform Engineering', 'On-call', 'Runbooks'];
const cfLabels = ['runbook', 'payments', 'incident-response'];
const cfInline = [
  { n: 'Ines Albrecht', d: 'Mar 12, 2025', t: 'Should we say which dashboard panel? New joiners won’t know.' },
  { n: 'Tomasz Reyes', d: 'Mar 12, 2025', t: 'Good point, I’ll add a link once the dashboard is renamed.' },
];
const cfComments = [
  {
    n: 'Priyanka Das',
    d: 'Mar 13, 2025',
    t: 'Used this during Tuesday’s issuer outage and it worked well. The issuer breakdown step saved us twenty minutes.',
  },
  { n: 'Ola Berg', d: 'Mar 14, 2025', t: 'Can we add the processor’s support phone number for SEV1?' },
];
const cfMark = (id: string, text: string): string =>
  `<span data-mark-type="annotation" data-mark-annotation-type="inlineComment" data-id="${id}" data-mark-annotation-state="active"
class="css-1qyv5f7" aria-expanded="false" aria-details="${id}">${text}</span>`;
const cfP = (a: readonly string[], pos: number): string => a.map((p, i) => `<p data-renderer-start-pos="${pos + i * 90}">${p}</p>`).join('\n');
const cfH = (t: string, pos: number): string => `<h2 id="${t.replace(/ /g, '-')}" data-renderer-start-pos="${pos}"><div class="heading-anchor-wrapper"><button
aria-label="Copy link to heading" class="css-1fx9a4c" data-testid="anchor-button"><span role="img" aria-label="Copy link to heading"
class="css-snhnyn"></span></button>
</div>${t}</h2>`;
const cfFirstHtml = cfFirst.map((t, i) =>
  i === 0 ? t.replace('payments dashboard', cfMark('6d2f0c1e-8b2a-4c55-9f4e-1a7d3e0b9c21', 'payments dashboard')) : t,
);
const cfBody = `<div class="ak-renderer-wrapper is-full-width" data-appearance="full-page"><div class="ak-renderer-document">
<div class="ak-editor-panel" data-panel-type="info" data-panel-color="" data-panel-icon=""><div class="ak-editor-panel__icon"><span role="img" aria-label="Panel
info" class="css-1afrefi"><svg width="24" height="24" viewBox="0 0 24 24" role="presentation"><path d="M2 12c0 5.523"></path></svg></span></div><div
class="ak-editor-panel__content">${cfP(cfInfo, 2)}</div></div>
${cfP(cfIntro, 140)}
${cfH(cfHeads[0]!, 360)}
<ol class="ak-ol" data-indent-level="1" start="1">${cfFirstHtml.map((t, i) => `<li><p data-renderer-start-pos="${380 + i * 80}">${t}</p></li>`).join('\n')}</ol>
${cfH(cfHeads[1]!, 760)}
<div class="pm-table-container" data-layout="default" data-testid="table-container"><div class="pm-table-wrapper"><table data-number-column="false"
data-table-width="760" data-layout="default"><colgroup><col style="width: 120px;"><col style="width: 300px;"><col style="width:
340px;"></colgroup><tbody><tr><th
class="ak-renderer-tableHeader-sortable-column__wrapper" rowspan="1" colspan="1" colorname=""><div class="ak-renderer-tableHeader-sortable-column"><p
data-renderer-start-pos="790"><strong>Severity</strong></p></div></th><th rowspan="1" colspan="1"><p><strong>Signal</strong></p></th><th rowspan="1"
colspan="1"><p><strong>What to do</strong></p></th></tr>
${cfSeverity.map((r) => `<tr>${r.map((c) => `<td rowspan="1" colspan="1" colorname=""><p>${c}</p></td>`).join('')}</tr>`).join('\n')}
</tbody></table></div></div>
${cfH(cfHeads[2]!, 1200)}
${cfP([cfComms[0]!.replace('plain-language line', cfMark('a93c77d4-2e10-4b8f-8c61-52e9d0f3b7aa', 'plain-language line')), cfComms[1]!], 1230)}
${cfH(cfHeads[3]!, 1500)}
${cfP(cfAfter, 1530)}
${cfH(cfHeads[4]!, 1800)}
<div data-task-list-local-id="" class="task-list"><div data-task-local-id="t-1" data-task-state="TODO" class="task-item"><span class="checkbox-wrapper"><input
type="checkbox" aria-label="Action item" data-testid="task-checkbox"></span><div data-component="content">${cfTasks[0]}</div></div><div data-task-local-id="t-2"
data-task-state="TODO" class="task-item"><span class="checkbox-wrapper"><input type="checkbox" aria-label="Action item"></span><div
data-component="content">${cfTasks[1]}</div></div></div>
</div></div>`;
const cfComment = (c: { n: string; d: string; t: string }, inline: boolean): string => `<div data-testid="${inline ? 'inline-' : ''}comment-container"
class="css-11k6u2k"><div class="css-1l7vu0n"><span class="css-ob1k4b"><img src="/wiki/aa-avatar/${c.n.split(' ')[0]!.toLowerCase()}" alt="" width="32"></span>
<a href="/wiki/people/${c.n.split(' ')[0]!.toLowerCase()}" data-testid="comment-author">${c.n}</a><span data-testid="comment-date"
class="css-1y3v9ik">${c.d}</span>
</div><div class="ak-renderer-document"><p>${c.t}</p></div><div class="css-1bkq3yd">${
  inline
    ? '<button type="button">Reply</button><button type="button">Resolve</button>'
    : '<button type="button">Reply</button><button type="button">Like</button>'
}</div></div>`;
const cfHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cfTitle} - Platform Engineering - Confluence</title><meta name="ajs-page-id" content="2983461"><meta name="ajs-space-key" content="PLAT">
<meta name="ajs-content-type" content="page"><meta name="ajs-page-title" content="${cfTitle}"><meta name="confluence-request-time" content="1742207011000">
<link rel="stylesheet" href="https://confluence-cdn.atlassian.com/wiki/_next/static/css/9c1b5d4e.css"><script>window.__SSR_RENDERED__ = true;
window.__APOLLO_STATE__ = {"ROOT_QUERY":{"content({\\"id\\":\\"2983461\\"})":{"title":"${cfTitle}","status":"current"}}};</script>
<script defer src="https://confluence-cdn.atlassian.com/wiki/_next/static/chunks/main-app-3e2b1a.js"></script></head>
<body class="aui-layout aui-theme-default"><div id="com-atlassian-confluence"><div id="main-content-container" data-testid="page-layout">
<a href="#AkMainContent" class="css-1sy7f8w" data-testid="skip-link">Skip to main content</a>
<header data-testid="grid-topNav" role="banner"><nav aria-label="Top navigation" data-testid="atlassian-navigation"><a href="/wiki" aria-label="Go to your
Confluence
home page" class="css-1oa7lj9"><span class="css-ky5h0m">Confluence</span></a><div data-testid="atlassian-navigation--primary-actions">${cfTop
  .map((t) => `<button type="button" class="css-1cy2lzi"><span>${t}</span></button>`)
  .join('')}</div><div data-testid="atlassian-navigation--secondary-actions"><div role="search"><input placeholder="Search" aria-label="Search"
class="css-1ejnt4m"></div><button aria-label="Notifications" type="button"></button><button aria-label="Help" type="button"></button><button aria-label="Your
profile
and settings" type="button"></button></div></nav></header>
<nav data-testid="grid-sideNav" aria-label="Space sidebar" class="css-14x0sdt"><div data-testid="space-header"><span class="css-1j1dxp4">Platform
Engineering</span>
</div><ul class="css-1w7uuhl">${links(cfSpaceNav, 'css-sidenav-item')}</ul><div data-testid="pagetree"><h2 class="css-7qd7ez">Content</h2><ul
role="tree">${cfTree
  .map((t) => `<li role="treeitem" aria-expanded="false"><a href="/wiki/spaces/PLAT/pages/${t.length}">${t}</a></li>`)
  .join('')}<li role="treeitem" aria-selected="true"><a href="/wiki/spaces/PLAT/pages/2983461" aria-current="page">${cfTitle}</a></li></ul></div></nav>
<main id="AkMainContent" data-testid="grid-main-container"><div data-testid="object-header-container" class="css-1uvb8yt"><nav aria-label="Breadcrumbs"
data-testid="breadcrumbs"><ol class="css-6p2ecg">${cfCrumbs
  .map((c) => `<li class="css-1m2ghgl"><a href="/wiki/spaces/PLAT/${c.length}">${c}</a></li>`)
  .join(
    '',
  )}</ol></nav><div data-testid="page-header-actions"><button type="button" aria-label="Edit this page" class="css-1l4j2co"><span>Edit</span></button><button
type="button" class="css-1l4j2co"><span>Share</span></button><button type="button" aria-label="Watch" class="css-1l4j2co"></button><button type="button"
aria-label="More actions" class="css-1l4j2co"></button></div></div>
<div data-test-id="page-content-only" class="css-1l4pxe0"><div data-testid="title-with-status" class="css-1f4mzyk"><h1 id="title-text" data-testid="title-text"
class="css-1yo5pk9">${cfTitle}</h1><div data-testid="content-status-lozenge"><button type="button" aria-label="Page status" class="css-lozenge"><span
class="css-1x5z6i2">In progress</span></button></div></div>
<div data-testid="page-byline" class="css-d3md4a"><div data-testid="byline-owner"><span>Owned by</span> <a href="/wiki/people/tomasz"
data-testid="byline-owner-link">Tomasz
Reyes</a></div><div data-testid="byline-last-updated"><span>Last updated: </span><a href="/wiki/pages/viewpreviousversions.action?pageId=2983461"><time
datetime="2025-03-12T16:20:00Z">Mar 12, 2025</time></a> by <a href="/wiki/people/ines">Ines Albrecht</a></div><div data-testid="reading-time"><span>4 min
read</span></div><div data-testid="page-analytics"><a href="#analytics"><span>See views</span></a></div></div>
<div id="main-content" class="wiki-content" data-testid="main-content">${cfBody}</div>
<div data-testid="page-footer" class="css-1j5uv7s"><div data-testid="labels-section"><h2 class="css-s1h0d6">Labels</h2><ul class="css-1y4u5c7">${cfLabels
  .map((l) => `<li><a href="/wiki/label/PLAT/${l}" class="css-label">${l}</a></li>`)
  .join('')}</ul></div><div data-testid="reactions-section"><button type="button" data-testid="like-button" class="css-1y7v9w6"><span>Like</span></button><span
data-testid="like-summary">3 people like this</span><button type="button" aria-label="Add reaction" class="css-emoji"></button></div></div>
<section data-testid="comments-section" class="css-1e6x9i0"><h2 class="css-bmr5u0">2 comments</h2>${cfComments.map((c) => cfComment(c, false)).join('\n')}
<div data-testid="comment-editor-placeholder" class="css-1a7m1w3"><span>Add a comment…</span></div></section></div></main>
<aside data-testid="inline-comments-sidebar" aria-label="Inline comments" class="css-10g7j0b"><h2 class="css-1m3e9q7">Inline comments</h2><div
data-testid="inline-comment-thread" data-id="6d2f0c1e-8b2a-4c55-9f4e-1a7d3e0b9c21">${cfInline.map((c) => cfComment(c, true)).join('\n')}</div></aside>
</div></div></body></html>`;

export const confluencePage: TestPage = {
  html: cfHtml,
  name: 'heldout73-confluence-cloud-wiki',
  kind: 'wiki',
  // the page body is the article: the info panel at its top, the steps, the severity table's data cells (header cells in
  // neither list) and the open action items are body; the words marked by inline comments stay body, the inline comment
  // threads in the side panel are furniture, and so are the "In progress" status lozenge, page actions, labels, "Like", the
  // like summary, the page comments and the space sidebar; "Owned by" with its name and "Last updated ... by" are bylines;
  // the page tree's entry for this page repeats the title, and the crumb "On-call" and the labels "runbook" and "payments"
  // are words of it: left out
  title: cfTitle,
  headings: cfHeads,
  body: [...cfInfo, ...cfIntro, ...texts(cfFirst), ...cfSeverity.flat(), ...cfComms, ...cfAfter, ...cfTasks],
  bylines: ['Owned by', 'Tomasz Reyes', 'Last updated:', 'Mar 12, 2025', 'Ines Albrecht', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Confluence', ...cfTop, 'Platform Engineering', ...cfSpaceNav, 'Content', ...cfTree.filter((t) => t !== 'On-call'),
    'Edit', 'Share', 'In progress',
    'See views', 'Labels', cfLabels[2]!, 'Like', '3 people like this', '2 comments', ...cfComments.flatMap((c) => [c.n, c.d, c.t]), 'Reply', 'Add a comment…',
    'Inline comments', ...cfInline.map((c) => c.t), 'Resolve',
  ],
};
