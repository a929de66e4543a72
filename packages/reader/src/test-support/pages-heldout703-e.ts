import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file e: a finance process page of a design agency's handbook space on Confluence Cloud, opened through
 * a public link (Atlassian renderer markup with panels, a table, an expand and the page byline), and the pay policy page of a
 * worker co-operative's own wiki on MediaWiki (Vector legacy skin) with a policy notice box, a table, a contents box,
 * references and a navbox.
 */
const cTitle = 'Supplier invoice approval process';
const cInfo = j(
  'This process applies to all purchase invoices received by Halvard &amp; Finch Ltd from 1 January 2027. For costs paid on company',
  'cards, see the <a href="/wiki/spaces/FIN/pages/2211/Expenses+policy">Expenses policy</a>.',
);
const cH = ['Overview', 'Approval limits', 'Steps', 'Queries and disputes', 'Urgent payments'];
const cOver = [
  j(
    'Every supplier invoice must be approved by a budget holder before it is paid. Approval confirms that the goods or services were',
    'received, that the price matches what was agreed and that the cost is coded to the right budget.',
  ),
  j(
    'Invoices arrive in the accounts payable inbox (ap@halvardfinch.com), are entered into Fernbook by the finance team within two',
    'working days and are routed to the approver automatically.',
  ),
];
const cLimits = 'Who needs to approve depends on the invoice total, including VAT:';
const cRows = [
  ['Invoice value', 'Approver', 'Second approver'],
  ['Up to £2,500', 'Budget holder', 'None'],
  ['£2,500 to £25,000', 'Budget holder', 'Head of Finance'],
  ['Over £25,000', 'Budget holder', 'Managing Director'],
];
const cWarn = 'Splitting an invoice into smaller invoices to stay under an approval limit is a breach of this process.';
const cSteps = [
  'Finance enters the invoice and matches it to a purchase order, if there is one.',
  'Fernbook sends an approval request to the budget holder by email.',
  'The budget holder checks the invoice and clicks <strong>Approve</strong> or <strong>Query</strong> within five working days.',
  'If a second approver is needed, Fernbook forwards the request automatically.',
  'Approved invoices are included in the next weekly payment run, which goes out every Thursday.',
];
const cQuery = j(
  'If something on the invoice is wrong, click <strong>Query</strong> and explain the problem. Finance will contact the supplier and',
  'put the invoice on hold. Do not discuss payment with the supplier without telling finance, so that we do not pay twice or miss a',
  'credit note.',
);
const cUrgent = j(
  'Payments outside the weekly run are possible in exceptional cases, such as a supplier who will stop work unless paid. Ask the',
  'Head of Finance in the #finance-help channel and give the reason. Same-day payments must be requested before 12:00.',
);
const cExpTitle = 'Who to contact';
const cExp = ['Accounts payable: ap@halvardfinch.com', 'Head of Finance: Ruth Abara', 'Payment run questions: #finance-help on Slack'];
const cTree = ['Finance Handbook', 'Expenses policy', 'Month-end timetable', 'Supplier onboarding', 'VAT and tax codes'];
const cLabels = ['accounts-payable', 'finance', 'process'];
const cP = (html: string): string => `<p data-renderer-start-pos="${html.length}">${html}</p>`;
const cHd = (t: string): string => `<h2 id="${t.replace(/ /g, '-')}" data-renderer-start-pos="1"><button aria-label="Copy link to heading"
class="heading-anchor-button css-1o3p4vx"><span role="img" aria-hidden="true" class="css-snhnyn"><svg width="24" height="24" viewBox="0 0 24 24"
role="presentation"><path fill="currentColor" d="M12.856 5.457"></path></svg></span></button>${t}</h2>`;
const cPanel = (type: string, html: string): string => `<div class="ak-editor-panel" data-panel-type="${type}"><div class="ak-editor-panel__icon">
<span role="img" aria-label="Panel ${type}" class="css-1wits42"><svg width="24" height="24" viewBox="0 0 24 24" role="presentation"><path
d="M12 20a8 8 0 1 1 0-16"></path>
</svg></span></div><div class="ak-editor-panel__content">${cP(html)}</div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplier invoice approval process - Finance Handbook - Confluence</title>
<meta name="ajs-page-id" content="2214017"><meta name="ajs-space-key" content="FIN"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="Supplier invoice approval process"><meta property="og:site_name" content="Confluence">
<link rel="shortcut icon" href="https://halvardfinch.atlassian.net/wiki/assets/favicon.ico">
<link rel="stylesheet" href="https://confluence-cdn.atlassian.com/confluence-frontend/ssr/styles/bundle.7e31a9c2.css">
<script>window.__SSR_RENDERED__=true;window.__SSR_TRACE_ID__="9c1b7d2e44f0a3e1";window.__PUBLIC_LINK__={"enabled":true,"pageId":"2214017"};
window.__APOLLO_STATE__={"ROOT_QUERY":{"content({\\"id\\":\\"2214017\\"})":{"title":"${cTitle}","type":"page","status":"current"}}};</script>
<script defer src="https://confluence-cdn.atlassian.com/confluence-frontend/ssr/main.1f2e3d.js"></script></head>
<body><div id="main" data-testid="app-root"><div data-testid="public-link-banner" class="css-k008qs" role="status"><span class="css-1ao1u8f">You’re viewing a
public page. Some features are only available to logged-in users.</span></div>
<header data-testid="public-link-header" class="css-1cvky6l"><a href="https://www.atlassian.com/software/confluence" class="css-12f6hzn"
aria-label="Confluence"><span aria-hidden="true"><svg height="24" viewBox="0 0 32 32"><path d="M1 24"></path></svg></span><span
class="css-1gw1i7r">Confluence</span>
</a><div class="css-1d7x6m5"><a href="https://id.atlassian.com/login?continue=https%3A%2F%2Fhalvardfinch.atlassian.net%2Fwiki" class="css-1n3iysb">Log in</a>
<a href="https://www.atlassian.com/try/cloud/signup?bundle=confluence" class="css-1n3iysb">Sign up</a></div></header>
<div class="css-1bnt5ff" data-testid="page-layout"><nav aria-label="Space navigation" data-testid="space-navigation" class="css-1x0wwx3">
<div data-testid="space-header" class="css-8qk2bq"><img src="https://halvardfinch.atlassian.net/wiki/download/attachments/98305/FIN?version=1" alt="">
<span class="css-1l5q5bm">Finance Handbook</span></div><h2 class="css-1p6y8vq">Content</h2><ul role="tree" class="css-g0d6r6">
${cTree
  .map(
    (t, i) => `<li role="treeitem" aria-level="${i === 0 ? 1 : 2}" class="css-1ylz2mo"><a href="/wiki/spaces/FIN/pages/22${i}/x"
class="css-bbn2a6">${t}</a></li>`,
  )
  .join('\n')}<li role="treeitem" aria-level="2" aria-current="page" class="css-1ylz2mo"><a href="/wiki/spaces/FIN/pages/2214017"
class="css-bbn2a6">${cTitle}</a></li></ul></nav>
<main id="main-content" class="css-1h3y0kt" data-testid="page-content-main"><div data-testid="content-header-container">
<nav aria-label="Breadcrumbs" data-testid="breadcrumbs"><ol class="css-1pk5o0p"><li class="css-1m1qz9c"><a href="/wiki/spaces/FIN/overview">Finance
Handbook</a></li>
<li class="css-1m1qz9c"><a href="/wiki/spaces/FIN/pages/2211">Processes</a></li></ol></nav>
<h1 data-testid="title-text" id="heading-title-text" class="css-1ta5tj3">${cTitle}</h1>
<div data-testid="page-byline" class="css-1eb8n4k"><span class="css-1n1f0ub">Owned by <a href="/wiki/people/5d1a">Ruth Abara</a></span>
<span class="css-1n1f0ub">Last updated: <time datetime="2027-02-12">Feb 12, 2027</time> by <a href="/wiki/people/5d1b">Callum Reyes</a></span>
<span class="css-1n1f0ub">3 min read</span></div></div>
<div id="content-body" data-testid="pageContentRendererTestId" class="wiki-content"><div class="ak-renderer-wrapper is-full-width"><div
class="ak-renderer-document">
${cPanel('info', cInfo)}
${cHd(at(cH, 0))}${cOver.map(cP).join('')}
${cHd(at(cH, 1))}${cP(cLimits)}
<div class="pm-table-container" data-layout="default"><div class="pm-table-wrapper"><table data-number-column="false" data-table-width="760"><colgroup><col
style="width:
220px"><col style="width: 270px"><col style="width: 270px"></colgroup><tbody>
<tr>${cRows[0]
  ?.map(
    (c) => `<th rowspan="1" colspan="1" class="ak-renderer-tableHeader-sortable-column__wrapper"><div class="ak-renderer-tableHeader-sortable-column">
<p><strong>${c}</strong></p><figure class="ak-renderer-tableHeader-sorting-icon__wrapper" aria-hidden="true"></figure></div></th>`,
  )
  .join('')}</tr>
${cRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td rowspan="1" colspan="1"><p>${c}</p></td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div></div>
${cPanel('warning', cWarn)}
${cHd(at(cH, 2))}<ol class="ak-ol" start="1">${lis(cSteps.map((s) => `<p>${s}</p>`))}</ol>
${cHd(at(cH, 3))}${cP(cQuery)}
${cHd(at(cH, 4))}${cP(cUrgent)}
<div data-node-type="expand" data-title="${cExpTitle}" class="ak-renderer-extension expand-container"><button aria-label="Expand content" aria-expanded="true"
class="css-1msd1q4"><span class="css-1r1ofqs" aria-hidden="true"><svg width="24" height="24"><path d="M10.3 8.7"></path></svg></span>
<span class="expand-title">${cExpTitle}</span></button><div class="ak-renderer-expand-content"><ul class="ak-ul">${lis(cExp.map((s) => `<p>${s}</p>`))}</ul>
</div></div></div></div></div>
<div data-testid="page-footer" class="css-1l7f5j3"><div data-testid="labels-section" class="css-8g0sdv"><span class="css-1xj9g6t">Labels</span><ul>
${cLabels.map((l) => `<li><a href="/wiki/label/FIN/${l}" class="css-16r0tmo">${l}</a></li>`).join('')}</ul></div>
<div data-testid="reactions-container" class="css-11y6d39"><button aria-label="Add reaction" class="css-1i4hu2u"><span aria-hidden="true">
<svg width="16" height="16"><path d="M8 16"></path></svg></span></button></div>
<div data-testid="like-section" class="css-p2z4wm"><button class="css-1l4j2co"><span>Like</span></button><span class="css-1ie4ppa">Be the first to like
this</span></div>
</div></main></div>
<footer class="css-1tb7y0b"><span>Powered by Confluence</span><a href="https://www.atlassian.com/legal/privacy-policy">Privacy Policy</a>
<a href="https://www.atlassian.com/legal/cloud-terms-of-service">Terms of Use</a></footer></div></body></html>`;
const confluence: TestPage = gold({
  name: 'heldout703-confluence-invoice-approval',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: [...cH, cExpTitle],
  body: [...texts([cInfo, ...cOver, cLimits]), ...cRows.map((r) => r.join(' ')), ...texts([cWarn, ...cSteps, cQuery, cUrgent, ...cExp])],
  bylines: ['Owned by Ruth Abara', 'Last updated: Feb 12, 2027 by Callum Reyes', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You’re viewing a public page. Some features are only available to logged-in users.', 'Confluence', 'Log in', 'Sign up', ...cTree, 'Content',
    'Processes', 'Labels', ...cLabels, 'Like', 'Be the first to like this', 'Powered by Confluence', 'Privacy Policy', 'Terms of Use',
  ],
});

const mTitle = 'Pay policy';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mLead = j(
  'The <b>pay policy</b> sets out how members and employees of Brightwater Co-operative are paid. It was first agreed in 2019 and last',
  `revised at the <a href="/wiki/General_Meeting" title="General Meeting">General Meeting</a> of November 2026, when the pay ratio was changed from 1:2 to
  1:2.5.${ref(1)}`,
);
const mH = ['Principles', 'Pay bands', 'Annual review', 'Increases above inflation', 'Overtime and unsocial hours'];
const mPrin = [
  'Everyone doing the same role is paid the same rate, whatever their length of membership.',
  'The highest hourly rate may be no more than 2.5 times the lowest.',
  `The lowest rate is never less than the Living Wage Foundation rate for the region.${ref(2)}`,
  'Pay rates are published to all members on this wiki.',
];
const mBands = j(
  'Roles are placed in one of four bands by the <a href="/wiki/Pay_Working_Group" title="Pay Working Group">Pay Working Group</a>.',
  'Rates from 1 April 2027 are:',
);
const mRows = [
  ['Band', 'Example roles', 'Hourly rate'],
  ['A', 'Warehouse, packing, cleaning', '£13.45'],
  ['B', 'Customer service, driving, bookkeeping', '£15.20'],
  ['C', 'Buying, IT, team coordination', '£18.60'],
  ['D', 'Finance lead, operations lead', '£22.90'],
];
const mReview = j(
  'Rates are reviewed every February. The Pay Working Group proposes a cost-of-living increase based on the Consumer Prices Index for',
  'the previous December, and members vote on it at the March General Meeting. If the proposal is rejected, rates rise by the CPI',
  'figure alone.',
);
const mAbove = j(
  'A member may propose an increase above inflation for a single band if recruitment for that band has failed twice in a year. The',
  'proposal must show the effect on the pay ratio and on the budget.',
);
const mOver = j(
  'Overtime is paid at 1.5 times the hourly rate after 40 hours in a week. Work between 22:00 and 06:00, and on public holidays, is',
  'paid at 1.25 times the rate. Members may choose time off in lieu instead of overtime pay, to be taken within three',
  `months.${ref(3)}`,
);
const mRefs = [
  'Minutes of the General Meeting, 14 November 2026, item 6.',
  'Living Wage Foundation, “Regional rates 2027”.',
  'Working time policy, section 4.',
];
const mNavGroups: [string, string[]][] = [
  ['People', ['Profit share', 'Working time', 'Parental leave', 'Sickness']],
  ['Governance', ['Membership', 'Working groups', 'Rules of the co-operative']],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mPersonal = ['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'];
const mFoot = ['Privacy policy', 'About Brightwater Wiki', 'Disclaimers'];
const edit = (s: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Pay_policy&amp;action=edit&amp;section=${s}"
title="Edit section: ${s}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHd = (t: string, n: number, tag = 'h2'): string =>
  `<${tag}><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${edit(String(n))}</${tag}>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>Pay policy - Brightwater Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgCanonicalNamespace":"","wgPageName":"Pay_policy","wgTitle":"Pay policy",
"wgCurRevisionId":4410,"wgArticleId":318,"wgIsArticle":true,"wgUserName":null,"wgCategories":["Policies","Pay"],"wgPageContentLanguage":"en-gb"};
RLSTATE={"site.styles":"ready","user.styles":"ready","skins.vector.styles.legacy":"ready","ext.cite.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=ext.cite.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.7"><meta name="robots" content="noindex,nofollow"><link rel="canonical"
href="https://wiki.brightwater.coop/wiki/Pay_policy">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Pay_policy rootpage-Pay_policy skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">${mTitle}</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Brightwater Wiki</div><div id="contentSub"></div>
<div id="contentSub2"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
<table class="plainlinks ombox ombox-notice" role="presentation"><tbody><tr><td class="mbox-image"><img alt=""
src="/images/thumb/policy.svg/40px-policy.svg.png"
width="40" height="40"></td><td class="mbox-text"><b>This page is an agreed policy of the co-operative.</b> It was adopted by the General Meeting on 14 November
2026 and is due for review in November 2028. Propose changes on the <a href="/wiki/Talk:Pay_policy" title="Talk:Pay policy">talk
page</a>.</td></tr></tbody></table>
<div role="note" class="hatnote navigation-not-searchable">For the annual share of surplus, see <a href="/wiki/Profit_share" title="Profit share">Profit
share</a>.</div>
<p>${mLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#Principles"><span class="tocnumber">1</span> <span class="toctext">Principles</span></a></li>
<li class="toclevel-1 tocsection-2"><a href="#Pay_bands"><span class="tocnumber">2</span> <span class="toctext">Pay bands</span></a></li>
<li class="toclevel-1 tocsection-3"><a href="#Annual_review"><span class="tocnumber">3</span> <span class="toctext">Annual review</span></a><ul>
<li class="toclevel-2 tocsection-4"><a href="#Increases_above_inflation"><span class="tocnumber">3.1</span> <span class="toctext">Increases above
inflation</span></a></li>
</ul></li><li class="toclevel-1 tocsection-5"><a href="#Overtime_and_unsocial_hours"><span class="tocnumber">4</span> <span class="toctext">Overtime and
unsocial
hours</span></a></li><li class="toclevel-1 tocsection-6"><a href="#References"><span class="tocnumber">5</span> <span class="toctext">References</span></a></li>
</ul></div>
${mHd(at(mH, 0), 1)}<ul>${lis(mPrin)}</ul>
${mHd(at(mH, 1), 2)}<p>${mBands}</p>
<table class="wikitable"><tbody><tr>${mRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr>
${mRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
${mHd(at(mH, 2), 3)}<p>${mReview}</p>
${mHd(at(mH, 3), 4, 'h3')}<p>${mAbove}</p>
${mHd(at(mH, 4), 5)}<p>${mOver}</p>
<h2><span class="mw-headline" id="References">References</span>${edit('6')}</h2>
<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span>
</li>`,
  )
  .join('\n')}</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Brightwater_policies" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner"
style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div
class="plainlinks hlist navbar mini">
<ul><li class="nv-view"><a href="/wiki/Template:Policies" title="Template:Policies"><abbr title="View this template">v</abbr></a></li>
<li class="nv-talk"><a href="/wiki/Template_talk:Policies" title="Template talk:Policies"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/index.php?title=Template:Policies&amp;action=edit"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Brightwater_policies" style="font-size:114%;margin:0 4em">Brightwater policies</div></th></tr>
${mNavGroups
  .map(
    ([g, items]) => `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list navbox-odd hlist"
style="text-align:left;border-left-width:2px;border-left-style:solid;width:100%;padding:0"><div style="padding:0 0.25em"><ul>
${g === 'People' ? `<li><a class="mw-selflink selflink">${mTitle}</a></li>` : ''}${links(items)}</ul></div></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.brightwater.coop/index.php?title=Pay_policy&amp;oldid=4410">
https://wiki.brightwater.coop/index.php?title=Pay_policy&amp;oldid=4410</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Policies" title="Category:Policies">Policies</a></li><li><a href="/wiki/Category:Pay"
title="Category:Pay">Pay</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span>
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span>${at(mPersonal, 0)}</span></li>
${links(mPersonal.slice(1), 'mw-list-item')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-namespaces-label" role="navigation"><h3 id="p-namespaces-label" class="vector-menu-heading"><span
class="vector-menu-heading-label">Namespaces</span>
</h3><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Pay_policy"
title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:Pay_policy" rel="discussion"
title="Discussion about the content page [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-views-label"
role="navigation"><h3 id="p-views-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Views</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Pay_policy"><span>Read</span></a></li><li id="ca-viewsource"
class="mw-list-item"><a href="/index.php?title=Pay_policy&amp;action=edit" title="This page is protected.&#10;You can view its source [e]" accesskey="e">
<span>View source</span></a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Pay_policy&amp;action=history"><span>View history</span></a>
</li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3>Search</h3><form action="/index.php"
id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input" type="search"
name="search" placeholder="Search Brightwater Wiki" aria-label="Search Brightwater Wiki" autocapitalize="sentences" title="Search Brightwater Wiki [f]"
accesskey="f" id="searchInput"><input type="hidden" name="title" value="Special:Search"><input class="searchButton" type="submit" name="go" title="Go to a page
with this exact name if it exists" id="searchButton" value="Go"></div></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label" role="navigation">
<h3 id="p-navigation-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Navigation</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb vector-menu-portal portal" aria-labelledby="p-tb-label" role="navigation"><h3 id="p-tb-label"
class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2027, at
09:14.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawiki: TestPage = gold({
  name: 'heldout703-mediawiki-coop-pay-policy',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: [...texts([mLead, ...mPrin, mBands]), ...mRows.map((r) => r.join(' ')), ...texts([mReview, mAbove, mOver])],
  bylines: ['This page was last edited on 2 March 2027, at 09:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Brightwater Wiki', 'Jump to navigation', 'Jump to search',
    j(
      'This page is an agreed policy of the co-operative. It was adopted by the General Meeting on 14 November 2026 and is due for review in',
      'November 2028. Propose changes on the talk page.',
    ),
    'For the annual share of surplus, see Profit share.', 'Contents', 'Principles', 'Pay bands', 'Annual review', 'Increases above inflation',
    'Overtime and unsocial hours', 'References', 'edit', ...mRefs, 'v', 't', 'e', 'Brightwater policies', ...mNavGroups.flatMap(([g, items]) => [g, ...items]),
    'Retrieved from "https://wiki.brightwater.coop/index.php?title=Pay_policy&oldid=4410"', 'Categories', 'Policies', 'Pay', 'Navigation menu',
    'Personal tools', ...mPersonal, 'Namespaces', 'Page', 'Discussion', 'Views', 'Read', 'View source', 'View history', 'Search', 'Navigation', ...mSide,
    'Tools', ...mTools, ...mFoot,
  ],
});

export const HELDOUT703_E: readonly TestPage[] = [confluence, mediawiki];
