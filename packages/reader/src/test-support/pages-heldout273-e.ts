import { links, type TestPage, texts } from './page-kit.js';
import { superso } from './pages-heldout273-e2.js';
import { j, lis, rows } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file e: a Confluence Cloud page (Atlassian top navigation with Create and search, space sidebar with
 * page tree, breadcrumbs, "Owned by" / "Last updated" byline with reading time and view count, info and warning panels, a
 * table, reactions, labels, page comments with replies and the comment box) and, from file e2, a Super.so Notion help page.
 */
const cTitle = 'Runbook: rotating database credentials';
const cH = ['Overview', 'Before you start', 'Steps', 'If something goes wrong'];
const cS1 = [
  j(
    'The order and billing services at Halvorsen Freight connect to the shared Postgres cluster with service accounts whose passwords',
    'expire every ninety days. This runbook describes how to rotate them without downtime, using the two-slot scheme we adopted last year.',
  ),
  'Each service account has two valid passwords at any time, slot A and slot B. Services read whichever slot the vault marks as current.',
];
const cInfo = 'Rotations are scheduled for the first Tuesday of each quarter. Ad hoc rotations need approval from the on-call lead.';
const cS2 = ['Check these points before you begin:'];
const cS2List = [
  'You are on the platform on-call rota this week and have the db-admin role in the vault.',
  'No deploy of the order or billing services is running or planned for the next hour.',
  'The replication lag dashboard shows less than five seconds for all replicas.',
];
const cS3List = [
  'Generate a new password in the vault for the slot that is not current, and apply it to the database role with the rotate script.',
  'Mark the new slot as current. Services pick it up on their next connection, within ten minutes.',
  'Watch the connection error graph for the order and billing services until both show only the new slot in use.',
  'Revoke the old slot password on the database and record the rotation in the change log.',
];
const cTable = [
  ['orders-svc', 'svc_orders', '10 minutes'],
  ['billing-svc', 'svc_billing', '10 minutes'],
  ['reporting-jobs', 'svc_reports', 'Next nightly run'],
];
const cWarn = 'Never revoke the old password before every service has switched. Reporting jobs only reconnect at their next run.';
const cS4 = [
  j(
    'If a service starts failing to connect after the switch, mark the old slot as current again; it is still valid until you revoke it.',
    'Then check whether the service caches credentials longer than expected, and open an incident if errors persist for more than',
    'fifteen minutes.',
  ),
];
const cTop = ['Home', 'Recent', 'Spaces', 'Apps', 'Templates'];
const cSpaceNav = ['Overview', 'Blogs', 'Content'];
const cTree = ['Onboarding', 'Runbooks', 'Restarting the job queue', 'Rotating credentials', 'Scaling the cache', 'Architecture decisions'];
const cLabels = ['how-to', 'postgres', 'security'];
const cComments: [string, string, string][] = [
  ['Fenna Oduya', 'Feb 25, 2026', 'Ran this for the Q1 rotation, took about forty minutes. Step 3 is the slow part.'],
  ['Tomasz Wrenfield', 'Feb 25, 2026', 'Thanks, I added the reporting jobs row to the table after your note.'],
];
const comment = ([who, when, text]: [string, string, string], i: number): string => `<div data-testid="comment-${i}" class="css-1r3k7ul"><div
class="css-6pjy2n"><span class="css-ak4p2d"><img alt="" src="https://avatar-management.example/${i}.png"></span><div class="css-1xdhyk6"><span
data-testid="comment-author" class="css-1q9w2uv">${who}</span><time class="css-kc2xsj">${when}</time></div></div><div
class="ak-renderer-document"><p>${text}</p></div>
<div class="css-19v9ov7"><button class="css-1l4j2co">Reply</button><button class="css-1l4j2co">Like</button></div></div>`;
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle} - Platform Engineering - Confluence</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="ajs-page-id" content="884213771"><meta name="ajs-space-key" content="PLAT">
<meta name="confluence-request-time" content="1772186400000"><meta name="ajs-context-path" content=""><link rel="stylesheet"
href="/wiki/assets/confluence.css">
<script>window.__SSR_RENDERED__=true;window.__APP_INITIAL_STATE__={"pageId":"884213771","spaceKey":"PLAT"};</script>
<script data-emotion="css" nonce="">.css-1hs0wcx{font-size:28px;font-weight:600}</script></head>
<body><div id="jira-frontend"><div id="AkSkipLinks"><a href="#AkMainContent" class="css-1wof4vp">Skip to main content</a></div>
<header data-testid="atlassian-navigation--header" class="css-1f5h5b3"><nav aria-label="Primary" class="css-1jpfz2n"><a href="/wiki" class="css-1bq8ov4"><span
class="css-1ixbp0l">Confluence</span></a><ul class="css-h6r7rg">${links(cTop, 'css-1h4mdpg')}</ul><button data-testid="create-button" class="css-uw9hrw">+
Create</button></nav><div role="search" class="css-ybpz4f"><input aria-label="Search" placeholder="Search" class="css-1lwuyyd"></div><button
aria-label="Notifications"
class="css-ym3ozt"></button><button aria-label="Help" class="css-ym3ozt"></button><button aria-label="Your profile and settings"
class="css-ym3ozt"></button></header>
<div data-testid="grid-layout" class="css-w4jb0g"><nav data-testid="space-navigation" aria-label="Space navigation" class="css-dkxrfq"><div
class="css-1p1ly45"><span
class="css-1cdrpwp">Platform Engineering</span></div><ul class="css-16ydma9">${links(cSpaceNav, 'css-1xpa2bq')}</ul><div data-testid="pagetree"
class="css-8l2nwb">
<ul role="tree" class="css-1wn0k7a">${links(cTree, 'css-s1quvj')}</ul></div><button class="css-11xzvqa">Space settings</button></nav>
<main id="AkMainContent" class="css-18lkcb6"><div data-testid="content-header-container" class="css-c7rvv7"><nav aria-label="Breadcrumbs"
data-testid="breadcrumbs"
class="css-1ixk6pv"><ol class="css-7sxzam"><li class="css-1fbg5y4"><a href="/wiki/spaces/PLAT">Platform Engineering</a></li><li class="css-1fbg5y4"><a
href="/wiki/spaces/PLAT/pages/8812">Runbooks</a></li></ol></nav><div class="css-1w08t5z"><button class="css-1umsn4p">Edit</button><button
class="css-1umsn4p">Share</button><button aria-label="More actions" class="css-ym3ozt"></button></div></div>
<div data-testid="title-wrapper" class="css-2fx53m"><h1 id="title-text" data-testid="title-text" class="css-1hs0wcx">${cTitle}</h1></div>
<div data-testid="page-metadata-banner" class="css-1fawy2w"><div class="css-1b9j2k0"><span class="css-a8d0ku">Owned by Ingrid Solberg</span></div><div
class="css-1b9j2k0"><span data-testid="last-modified-byline">Last updated: Feb 24, 2026 by Tomasz Wrenfield</span></div><span class="css-1k5v8fj">4
min read</span><span
class="css-1k5v8fj">23 people viewed</span></div>
<div id="content" class="page view"><div id="main-content" class="wiki-content" data-testid="renderer"><div class="ak-renderer-wrapper is-full-page"><div
class="ak-renderer-document">
<h2 id="Runbook:rotatingdatabasecredentials-Overview" data-renderer-start-pos="1">${cH[0]}</h2>
${cS1.map((p) => `<p data-renderer-start-pos="12">${p}</p>`).join('\n')}
<div class="ak-editor-panel" data-panel-type="info"><div class="ak-editor-panel__icon"><span aria-label="Panel info"></span></div><div
class="ak-editor-panel__content"><p>${cInfo}</p></div></div>
<h2 id="Runbook:rotatingdatabasecredentials-Beforeyoustart" data-renderer-start-pos="410">${cH[1]}</h2>
<p>${cS2[0]}</p><ul class="ak-ul">${lis(cS2List)}</ul>
<h2 id="Runbook:rotatingdatabasecredentials-Steps" data-renderer-start-pos="720">${cH[2]}</h2>
<ol class="ak-ol" start="1">${lis(cS3List)}</ol>
<div class="pm-table-container" data-layout="default"><div class="pm-table-wrapper"><table data-number-column="false" data-layout="default"><colgroup><col
style="width:200px"></colgroup><tbody><tr><th><p>Service</p></th><th><p>Database role</p></th><th><p>Switches within</p></th></tr>
${rows(cTable)}</tbody></table></div></div>
<div class="ak-editor-panel" data-panel-type="warning"><div class="ak-editor-panel__content"><p>${cWarn}</p></div></div>
<h2 id="Runbook:rotatingdatabasecredentials-Ifsomethinggoeswrong" data-renderer-start-pos="1490">${cH[3]}</h2>
${cS4.map((p) => `<p>${p}</p>`).join('\n')}
</div></div></div></div>
<div data-testid="reactions-container" class="css-1ynzxqw"><button aria-label="Add reaction" class="css-3q0u9u"></button><button
class="css-1ozx3xl">Like</button><span
class="css-1u0wr4h">Be the first to like this</span></div>
<div data-testid="labels-section" class="css-1w9tbl0"><h3 class="css-1s3wh5t">Labels</h3><ul class="css-1yqlg5u">${links(cLabels, 'css-1ujb3l8')}</ul></div>
<section data-testid="page-comments" class="css-14m4m1a"><h2 class="css-1ac6n7p">2 comments</h2>
${cComments.map(comment).join('\n')}
<div class="css-1m7k0c7"><div role="textbox" aria-label="Write a comment" class="css-v4fwvv">Add a comment…</div></div></section></main></div></div>
<script>window.__analytics={"product":"confluence","subProduct":"view-page"};</script></body></html>`;
const confluence: TestPage = {
  name: 'heldout273-confluence-cloud-wiki',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cS1, cInfo, ...cS2, ...cS2List, ...cS3List, ...cTable.flat(), cWarn, ...cS4]),
  bylines: ['Owned by Ingrid Solberg', 'Last updated: Feb 24, 2026 by Tomasz Wrenfield', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Confluence', ...cTop, 'Create', 'Platform Engineering', 'Blogs', 'Content', ...cTree, 'Space settings', 'Edit', 'Share',
    '23 people viewed', 'Like', 'Be the first to like this', 'Labels', ...cLabels, '2 comments', ...cComments.flat(), 'Reply', 'Add a comment…',
  ],
};

export const HELDOUT273_E: readonly TestPage[] = [confluence, superso];
