import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file d: a learning platform's help article on a Freshdesk support portal (the classic portal theme: the
 * portal name as the banner h1, the article title in an h2 with a Print link inside it, "Modified on", search box, solution
 * breadcrumb, inline note and warning boxes, a table, "Did you find it helpful?" and Related Articles), and a page of an
 * open-source LMS's documentation built with Antora (default UI: navbar, component nav tree and version explorer, breadcrumbs,
 * page versions, Edit this Page, the script-built Contents menu, admonition tables, a titled listing block, a table, prev/next).
 */
const fTitle = 'Set up a late work policy for an assignment';
const fIntro = j(
  'A late work policy tells Brightboard what to do when a student submits after the due date. You can set a default policy for a',
  'whole class and change it for individual assignments.',
);
const fBefore = [
  'You need the Teacher or Co-teacher role in the class.',
  'Late work policies apply only to assignments with a due date. Practice sets and discussions without a due date are not affected.',
];
const fSteps = [
  'Open the class and select <strong>Settings</strong> in the left menu.',
  'Under <strong>Grading</strong>, select <strong>Late work</strong>.',
  'Choose a policy type (see the table below) and enter the penalty and the cut-off, if any.',
  'Select <strong>Save</strong>. The policy applies to assignments you create from now on.',
];
const fTable = [
  ['Policy type', 'What it does', 'Example'],
  ['No penalty', 'Late work is accepted and marked Late, but the score is not changed.', 'None'],
  ['Flat penalty', 'A fixed percentage is taken off the score once.', '10% off'],
  ['Daily penalty', 'A percentage is taken off for each day late, up to a maximum.', '5% per day, up to 25%'],
  ['Cut-off', 'Submissions close a set number of days after the due date.', 'Closed after 3 days'],
];
const fNote = j(
  '<strong>Note:</strong> Changing the class default does not change assignments you have already created. To update those,',
  'edit the late work setting of each assignment.',
);
const fSecs: [string, string[]][] = [
  [
    'Change the policy for one assignment',
    [
      j(
        'Open the assignment, select <strong>Edit</strong> and expand <strong>Due date and late work</strong>. Turn off <strong>Use',
        'class default</strong> and choose a different policy. Students see the policy on the assignment page before they submit.',
      ),
    ],
  ],
  [
    'Excuse a student from a penalty',
    [
      j(
        'In the gradebook, open the student’s submission and select <strong>Remove late penalty</strong>. The original score is',
        'restored and the submission stays marked Late.',
      ),
      j(
        'Students with an accommodation plan can be excused from all late penalties in a class at once from <strong>Settings &gt;',
        'Students &gt; Accommodations</strong>.',
      ),
    ],
  ],
];
const fWarn = j(
  '<strong>Important:</strong> Penalties are calculated in the class time zone, not the student’s. If some of your students are in a',
  'different time zone, check the class time zone under <strong>Settings &gt; General</strong>.',
);
const fRelated = [
  'Create an assignment with a due date',
  'Give a student an extension',
  'How late submissions appear in the gradebook',
  'Set up accommodations for a student',
];
const fTabs = ['Home', 'Solutions', 'Tickets'];
const fCrumbs = ['Solution home', 'For Teachers', 'Assignments & Grading'];
const fHtml = `<!DOCTYPE html>
<html lang="en" data-date-format="non_us"><head>
<title>${fTitle} : Brightboard Help Center</title>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="${fIntro}"><meta name="keywords" content="late work, penalty, due date, gradebook">
<link rel="canonical" href="https://help.brightboard.school/support/solutions/articles/77000418822-set-up-a-late-work-policy-for-an-assignment">
<meta property="og:title" content="${fTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Brightboard Help Center">
<link rel="stylesheet" href="https://assets10.freshdesk.com/assets/cdn/portal_utils-5d8c1e2f0a.css" media="screen">
<link rel="stylesheet" href="/support/theme.css?v=1741022304&amp;d=1709134721" media="print" onload="this.media='all'">
<script type="text/javascript">var portal = {"language":"en","name":"Brightboard Help Center","contact_info":"","current_page_name":"article_view",
"current_tab":"solutions","vault_service":{"url":"https://vault-service.freshworks.com/data"},"current_account_id":"2210098",
"preferences":{"bg_color":"#f5f7f9","header_color":"#ffffff","help_center_color":"#f9f9f9","footer_color":"#183247","tab_color":"#ffffff"}};</script>
<script src="https://assets1.freshdesk.com/assets/cdn/portal_bottom-0a9c3e.js" defer></script></head>
<body><div class="page">
<header class="banner"><div class="banner-wrapper page"><div class="banner-title"><a href="https://www.brightboard.school" class="ellipsis"><img
src="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/77004418/logo/brightboard.png" class="portal-logo" alt="Logo"></a>
<h1 class="ellipsis heading">Brightboard Help Center</h1></div>
<nav class="banner-nav"><div class="welcome">Welcome</div> <b><a href="/support/login"><b>Login</b></a></b> &nbsp;<b><a
href="/support/signup"><b>Sign up</b></a></b></nav></div></header>
<nav class="page-tabs"><div class="page no-padding no-header-tabs"><a data-toggle-dom="#header-tabs" href="#" data-animated="true" class="mobile-icon-nav-menu
show-in-mobile"></a><div class="nav-link" id="header-tabs">${fTabs
  .map((t) => `<a href="/support/${t.toLowerCase()}" class="${t === 'Solutions' ? 'active' : ''}">${t}</a>`)
  .join('')}</div></div></nav>
<section class="help-center rounded-6"><div class="hc-search"><div class="hc-search-c"><h2 class="heading hide-in-mobile">How can we help you today?</h2>
<form class="hc-search-form print--remove" autocomplete="off" action="/support/search/solutions" id="hc-search-form" data-csrf-ignore="true"><div
class="hc-search-input"><input placeholder="Enter your search term here..." type="text" name="term" class="special" value="" rel="page-search"
data-max-matches="10" id="support-search-input" aria-label="Enter your search term here..."><span class="search-icon icon-search-dark"></span></div><div
class="hc-search-button"><button class="btn btn-primary" aria-label="Search" type="submit" autocomplete="off"><i class="mobile-icon-search
hide-tablet"></i><span class="hide-in-mobile">Search</span></button></div></form></div></div>
<div class="hc-nav"><nav><div><a href="/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis" title="New support ticket"><span>New
support ticket</span></a></div><div><a href="/support/tickets" class="mobile-icon-nav-status check-status ellipsis" title="Check ticket status"><span>Check
ticket status</span></a></div></nav></div></section>
<div class="c-wrapper"><section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-77000418822">
<div class="breadcrumb">${fCrumbs
  .map(
    (t, i) => `<a
href="/support/solutions/${i === 0 ? '' : `folders/7700011${i}`}"> ${t.replace('&', '&amp;')} </a>`,
  )
  .join('\n')}</div>
<b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b>
<h2 class="heading">${fTitle}<a href="javascript:print();" class="solution-print--icon print--remove" title="Print this Article" arialabel="Print this
Article"><span class="icon-print"></span><span class="text-print">Print</span></a></h2>
<p>Modified on: Tue, 2 Mar, 2027 at 3:18 PM</p><hr>
<article class="article-body" id="article-body" rel="image-enlarge">
<p dir="ltr">${fIntro}</p>
<h3 dir="ltr">Before you start</h3>
<ul dir="ltr">${lis(fBefore)}</ul>
<h3 dir="ltr">Set a default policy for a class</h3>
<ol dir="ltr">${lis(fSteps)}</ol>
<p dir="ltr"><img src="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/77081120993/original/late-work-settings.png"
style="width: 640px;" class="fr-fic fr-dib fr-fil" data-attachment="[object Object]" data-id="77081120993"></p>
<table style="width: 100%;"><tbody>
${fTable
  .map(
    (r, i) =>
      `<tr>${r
        .map((c) =>
          i === 0
            ? `<td
style="width: 33.33%; background-color: rgb(239, 239, 239);"><strong>${c}</strong></td>`
            : `<td>${c}</td>`,
        )
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table>
<p dir="ltr" style="padding: 12px; background-color: rgb(232, 244, 253); border-left: 4px solid rgb(41, 128, 185);">${fNote}</p>
${fSecs.map(([h, p]) => `<h3 dir="ltr">${h}</h3>\n${ps(p, ' dir="ltr"')}`).join('\n')}
<p dir="ltr" style="padding: 12px; background-color: rgb(254, 243, 226); border-left: 4px solid rgb(230, 126, 34);">${fWarn}</p>
<p dir="ltr">Still stuck? <a href="/support/tickets/new">Contact our support team</a> and include a link to the assignment.</p>
</article><hr>
<div id="article-vote" class="article-vote" data-user-id="" data-article-id="77000418822" data-language="en"><p class="article-vote" id="voting-container"
data-user-id="" data-article-id="77000418822" data-language="en">Did you find it helpful? <span
data-href="/support/solutions/articles/77000418822/thumbs_up" class="vote-up a-link" id="article_thumbs_up" data-remote="true" data-method="put"
data-update="#voting-container" data-user-id="" data-article-id="77000418822" data-language="en" data-update-with-message="Glad we could be
helpful. Thanks for the feedback.">Yes</span><span data-href="/support/solutions/articles/77000418822/thumbs_down" class="vote-down a-link"
id="article_thumbs_down" data-remote="true" data-method="put" data-update="#vote-feedback-form" data-user-id="" data-article-id="77000418822"
data-language="en" data-hide-dom="#voting-container" data-show-dom="#vote-feedback-container">No</span></p></div></section>
<section class="sidebar content rounded-6 fc-related-articles"><div id="related_articles"><div class="cs-g-c"><section class="article-list"><h3
class="list-lead">Related Articles</h3><ul rel="remote"
data-remote-url="/support/search/articles/77000418822/related_articles?container=related_articles&amp;limit=10"
id="related-article-list">${fRelated
  .map(
    (t) => `<li><div class="ellipsis"><a
href="/support/solutions/articles/7700041${t.length}">${t}</a></div></li>`,
  )
  .join('\n')}</ul>
</section></div></div></section></div>
<footer class="footer rounded-6"><nav class="footer-links page no-padding">${fTabs
  .map((t) => `<a href="/support/${t.toLowerCase()}" class="${t === 'Solutions' ? 'active' : ''}">${t}</a>`)
  .join('')}</nav></footer>
<div class="copyright"><a href="https://www.freshworks.com/freshdesk/?utm_source=portal&amp;utm_medium=reflink&amp;utm_campaign=portal_reflink" target="_blank"
rel="nofollow"> Help Desk Software </a> by Freshdesk</div></div>
<script src="https://assets8.freshdesk.com/assets/cdn/portal_bottom_v2-7b1e9d.js"></script></body></html>`;
const freshdesk: TestPage = gold({
  name: 'heldout710-freshdesk-late-work',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Before you start', 'Set a default policy for a class', ...fSecs.map(([h]) => h)],
  body: texts([
    fIntro,
    ...fBefore,
    ...fSteps,
    ...fTable.map((r) => r.join(' ')),
    fNote,
    ...fSecs.flatMap(([, p]) => p),
    fWarn,
    'Still stuck? <a>Contact our support team</a> and include a link to the assignment.',
  ]),
  bylines: ['Modified on: Tue, 2 Mar, 2027 at 3:18 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightboard Help Center', 'Welcome', 'Login', 'Sign up', ...fTabs, 'How can we help you today?', 'Search', 'New support ticket', 'Check ticket status',
    ...fCrumbs, 'Print', 'Did you find it helpful?', 'Yes', 'No', 'Related Articles', ...fRelated, 'Help Desk Software', 'by Freshdesk',
  ],
});

const aTitle = 'Sync rosters from a student information system';
const aPre = j(
  'Quillstone can import classes, teachers and students from a student information system (SIS) on a schedule, so that rosters',
  'in Quillstone stay in step with the school’s records. This page explains how to set up a sync over the OneRoster 1.2 REST API.',
);
const aNote = j(
  'Roster sync requires Quillstone Server 3.1 or later. On earlier versions, use the CSV import described in',
  '<a href="import-users.html" class="xref page">Importing users</a>.',
);
const aPrereq = [
  'An API client ID and secret from your SIS, with read access to the OneRoster rostering endpoints.',
  'Administrator access to the Quillstone server.',
  'The school year and its terms already created in Quillstone.',
];
const aConfIntro = 'Add a <code>roster_sync</code> section to <code>quillstone.yml</code> and restart the server.';
const aCode = [
  'roster_sync:',
  '  provider: oneroster',
  '  base_url: https://sis.example-district.org/ims/oneroster/rostering/v1p2',
  '  client_id: ${SIS_CLIENT_ID}',
  '  client_secret: ${SIS_CLIENT_SECRET}',
  '  schedule: "0 2 * * *"',
  '  dry_run: true',
];
const aImportant = j(
  'Keep <code>dry_run</code> set to <code>true</code> for the first sync. Quillstone writes the changes it would make to the sync',
  'log without applying them, so you can check the mapping before any accounts are created.',
);
const aMapIntro = 'Quillstone maps OneRoster fields to its own fields as follows. Fields that are not listed are ignored.';
const aTable = [
  ['OneRoster field', 'Quillstone field', 'Notes'],
  ['sourcedId', 'external_id', 'Used to match records between syncs'],
  ['givenName, familyName', 'display_name', 'Joined with a space'],
  ['email', 'email', 'Required for teachers, optional for students'],
  ['role', 'role', 'teacher, student and aide are supported; other roles are skipped'],
];
const aRun = [
  'Start a manual sync with <code>quillstone roster sync --now</code>.',
  'Open <b class="menuref">Administration › Sync log</b> and review the proposed changes.',
  'When the changes look right, set <code>dry_run</code> to <code>false</code> and restart the server.',
];
const aAfter = j(
  'From then on, the sync runs on the schedule you set. Students who are removed from a class in the SIS are archived in',
  'Quillstone, not deleted, so their submissions and grades are kept.',
);
const aTip = 'To sync only some schools, add a <code>school_ids</code> list under <code>roster_sync</code>.';
const aHeads = ['Prerequisites', 'Configure the connection', 'Field mapping', 'Run the first sync'];
const aNavTree: [string, string[]][] = [
  ['Overview', []],
  ['Installation', ['System requirements', 'Install with Docker', 'Install from packages']],
  ['Configuration', ['The settings file', 'Sync rosters from a SIS', 'Single sign-on', 'Outgoing email']],
  ['Administration', ['Backups', 'Upgrading', 'Importing users']],
  ['Reference', ['Command-line tool', 'Settings reference']],
];
const aToggle = '<button class="nav-item-toggle"></button>';
const aTop = ['Docs', 'Community', 'Download'];
const aCrumbs = ['Quillstone Server', 'Configuration', 'Sync rosters from a SIS'];
const aAdm = (kind: string, label: string, content: string): string => `<div class="admonitionblock ${kind}"><table><tbody><tr><td class="icon"><i
class="fa icon-${kind}" title="${label}"></i></td><td class="content">${content}</td></tr></tbody></table></div>`;
const aSect = (h: string, inner: string): string => `<div class="sect1"><h2 id="_${h.toLowerCase().replace(/ /g, '_')}"><a class="anchor"
href="#_${h.toLowerCase().replace(/ /g, '_')}"></a>${h}</h2><div class="sectionbody">
${inner}</div></div>`;
const aPara = (t: string): string => `<div class="paragraph"><p>${t}</p></div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${aTitle} :: Quillstone Docs</title><link rel="canonical" href="https://docs.quillstone.org/server/3.2/configuration/roster-sync.html">
<meta name="generator" content="Antora 3.1.9"><link rel="stylesheet" href="../../../_/css/site.css">
<script>var uiRootPath = '../../../_'</script></head>
<body class="article">
<header class="header"><nav class="navbar"><div class="navbar-brand"><a class="navbar-item" href="https://docs.quillstone.org">Quillstone Docs</a><button
class="navbar-burger" data-target="topbar-nav"><span></span><span></span><span></span></button></div><div id="topbar-nav" class="navbar-menu"><div
class="navbar-end">${aTop.map((t) => `<a class="navbar-item" href="https://quillstone.org/${t.toLowerCase()}">${t}</a>`).join('\n')}<div
class="navbar-item"><span
class="control"><a class="button is-primary" href="https://github.com/quillstone/quillstone">GitHub</a></span></div></div></div></nav></header>
<div class="body"><div class="nav-container" data-component="server" data-version="3.2"><aside class="nav"><div class="panels"><div class="nav-panel-menu
is-active" data-panel="menu"><nav class="nav-menu"><button class="nav-menu-toggle" aria-label="Toggle expand/collapse all" style="display: none"></button><h3
class="title"><a href="../index.html">Quillstone Server</a></h3><ul class="nav-list"><li class="nav-item" data-depth="0"><ul class="nav-list">${aNavTree
  .map(
    ([t, kids]) => `<li class="nav-item${t === 'Configuration' ? ' is-active' : ''}" data-depth="1">${kids.length > 0 ? aToggle : ''}<a
class="nav-link" href="../${t.toLowerCase()}/index.html">${t}</a>${
      kids.length > 0
        ? `<ul class="nav-list">${kids
            .map(
              (k) => `<li class="nav-item${k === 'Sync rosters from a SIS' ? ' is-current-page' : ''}" data-depth="2"><a class="nav-link"
href="${k.toLowerCase().replace(/ /g, '-')}.html">${k}</a></li>`,
            )
            .join('')}</ul>`
        : ''
    }</li>`,
  )
  .join('\n')}</ul></li></ul></nav></div>
<div class="nav-panel-explore" data-panel="explore"><div class="context"><span class="title">Quillstone Server</span><span class="version">3.2</span></div><ul
class="components"><li class="component is-current"><a class="title" href="../../3.2/index.html">Quillstone Server</a><ul class="versions"><li class="version
is-current is-latest"><a href="../../3.2/index.html">3.2</a></li><li class="version"><a href="../../3.1/index.html">3.1</a></li></ul></li><li
class="component"><a class="title" href="../../../teacher-guide/index.html">Teacher Guide</a><ul class="versions"><li class="version is-latest"><a
href="../../../teacher-guide/index.html">current</a></li></ul></li></ul></div></div></aside></div>
<main class="article"><div class="toolbar" role="navigation"><button class="nav-toggle"></button><a href="../index.html" class="home-link"></a><nav
class="breadcrumbs" aria-label="breadcrumbs"><ul>${aCrumbs.map((t) => `<li><a href="roster-sync.html">${t}</a></li>`).join('')}</ul></nav>
<div class="page-versions"><button class="version-menu-toggle" title="Show other versions of page">3.2</button><div class="version-menu"><a class="version
is-current" href="roster-sync.html">3.2</a><a class="version" href="../../3.1/configuration/roster-sync.html">3.1</a></div></div>
<div class="edit-this-page"><a href="https://github.com/quillstone/quillstone/edit/main/docs/modules/configuration/pages/roster-sync.adoc">Edit this
Page</a></div></div>
<div class="content"><aside class="toc sidebar" data-title="Contents" data-levels="2"><div class="toc-menu"><h3>Contents</h3><ul>${aHeads
  .map((h) => `<li data-level="1"><a href="#_${h.toLowerCase().replace(/ /g, '_')}">${h}</a></li>`)
  .join('')}</ul></div></aside>
<article class="doc"><h1 class="page">${aTitle}</h1>
<div id="preamble"><div class="sectionbody">${aPara(aPre)}
${aAdm('note', 'Note', aNote)}</div></div>
${aSect(at(aHeads, 0), `<div class="ulist"><ul>${aPrereq.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></div>`)}
${aSect(
  at(aHeads, 1),
  `${aPara(aConfIntro)}
<div class="listingblock"><div class="title">Example 1. quillstone.yml</div><div class="content"><pre class="highlightjs highlight"><code
class="language-yaml hljs"
data-lang="yaml">${aCode.join('\n')}</code></pre></div></div>
${aAdm('important', 'Important', aImportant)}`,
)}
${aSect(
  at(aHeads, 2),
  `${aPara(aMapIntro)}
<table class="tableblock frame-all grid-all stretch"><colgroup><col style="width: 30%;"><col style="width: 25%;"><col style="width: 45%;"></colgroup>
<thead><tr>${(aTable[0] ?? []).map((c) => `<th class="tableblock halign-left valign-top">${c}</th>`).join('')}</tr></thead><tbody>
${aTable
  .slice(1)
  .map(
    (r) =>
      `<tr>${r.map((c, k) => `<td class="tableblock halign-left valign-top"><p class="tableblock">${k < 2 ? `<code>${c}</code>` : c}</p></td>`).join('')}</tr>`,
  )
  .join('\n')}</tbody></table>`,
)}
${aSect(
  at(aHeads, 3),
  `<div class="olist arabic"><ol class="arabic">${aRun.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol></div>
${aPara(aAfter)}
${aAdm('tip', 'Tip', aTip)}`,
)}
<nav class="pagination"><span class="prev"><a href="the-settings-file.html">The settings file</a></span><span class="next"><a href="single-sign-on.html">Single
sign-on</a></span></nav></article></div></main></div>
<footer class="footer"><p>© 2027 The Quillstone Project contributors. Documentation licensed under CC BY 4.0.</p><p>This page was built using the Antora
default UI.</p></footer>
<script id="site-script" src="../../../_/js/site.js" data-ui-root-path="../../../_"></script><script async src="../../../_/js/vendor/highlight.js"></script>
</body></html>`;
const antora: TestPage = gold({
  name: 'heldout710-antora-roster-sync',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([aPre, aNote, ...aPrereq, aConfIntro, aCode.join(' '), aImportant, aMapIntro, ...aTable.map((r) => r.join(' ')), ...aRun, aAfter, aTip]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillstone Docs', ...aTop, 'GitHub', 'Quillstone Server', ...aNavTree.flatMap(([t, k]) => [t, ...k]), '3.2', '3.1', 'Teacher Guide', 'current',
    ...aCrumbs, 'Edit this Page', 'Contents', 'Example 1. quillstone.yml', 'The settings file', 'Single sign-on',
    '© 2027 The Quillstone Project contributors. Documentation licensed under CC BY 4.0.', 'This page was built using the Antora default UI.',
  ],
});

export const HELDOUT710_D: readonly TestPage[] = [freshdesk, antora];
