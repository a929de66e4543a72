import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file e: a call topic page on an EU funding portal in the style of the Funding & Tenders Portal
 * (Angular markup with _ngcontent attributes and eUI components: the EU "official website" banner, portal header and
 * menu, breadcrumb, topic status badge, "General information" key facts, topic description, a budget table, partner
 * search prompt, cookie consent kit banner, footer) and a student finance help article on Zendesk Guide (Copenhagen
 * theme: header, breadcrumbs, "Articles in this section" sidebar, author and "Updated" meta, share links, "Was this
 * article helpful?" votes, related articles, comments section, footer).
 */
const eTitle = 'Community-led data commons for resilient coastal economies';
type Row = readonly [string, string];
const eInfo: readonly Row[] = [
  ['Programme', 'Horizon Europe Framework Programme'],
  ['Call', 'Blue economy and coastal resilience 2027'],
  ['Type of action', 'Research and Innovation Actions'],
  ['Deadline model', 'single-stage'],
  ['Planned opening date', '12 January 2027'],
  ['Deadline date', '14 April 2027 17:00:00 Brussels time'],
];
const eOutcome = [
  'Projects are expected to contribute to all of the following outcomes:',
  'coastal municipalities and small enterprises share and reuse environmental and economic data through common, open standards',
  'local fishing, tourism and aquaculture businesses use the shared data to plan for storms, erosion and changing fish stocks',
  'citizens take part in collecting and governing the data, with attention to groups that are often left out of planning',
];
const eScope = [
  j(
    'Coastal economies depend on information that is often scattered across harbour authorities, research institutes and',
    'private firms. Proposals should build and test data commons in at least three coastal regions in different sea basins,',
    'covering the full cycle from collection and quality control to governance, access rules and long-term maintenance.',
  ),
  j(
    'Proposals should involve end users from the start and demonstrate services that remain in use after the project ends.',
    'Cooperation with existing European data spaces is encouraged, and open-source tools should be preferred.',
  ),
  j(
    'Proposals should also address the skills needed to run the commons, for example through training for municipal staff',
    'and fishers’ organisations, and should set out a realistic business model for the period after EU funding ends.',
    'The participation of social sciences and humanities experts is expected, in particular on governance and trust.',
  ),
];
const eTableCaption = 'Budget overview';
const eBudget = ['EUR 18 000 000', 'EUR 5 000 000 to 6 000 000', '3'];
const eConditions = j(
  'Eligible countries, admissibility, evaluation and award criteria are described in the General Annexes to the work programme.',
  'Beneficiaries will be subject to the Horizon Europe model grant agreement.',
);
const eMenu = ['Home', 'Search funding & tenders', 'How to participate', 'Projects & results', 'Work as an expert', 'Support'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Funding &amp; tender opportunities</title><base href="/opportunities/portal/">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/x-icon" href="assets/images/favicon.ico">
<link rel="stylesheet" href="styles.3f1c9a8e.css"><style ng-app-id="ng">.sedia-topic-status[_ngcontent-ng-c1193]{font-weight:600}</style></head>
<body class="eui-t-body"><div class="globan" id="globan"><div class="globan-content"><span>An official website of the European Union</span>
<a class="globan-toggle" href="#">How do you know?</a></div></div>
<app-root _nghost-ng-c2871="" ng-version="17.3.4"><eui-app _ngcontent-ng-c2871="" class="eui-app"><div class="eui-app-main">
<sedia-header _ngcontent-ng-c2871="" _nghost-ng-c3310=""><header _ngcontent-ng-c3310="" class="sedia-header"><div class="sedia-header__logo">
<span _ngcontent-ng-c3310="">European Commission</span></div><div class="sedia-header__title" _ngcontent-ng-c3310="">Funding &amp; tender opportunities</div>
<div class="sedia-header__sub" _ngcontent-ng-c3310="">Single Electronic Data Interchange Area (SEDIA)</div>
<button _ngcontent-ng-c3310="" class="eui-button eui-button--basic">Login</button><button _ngcontent-ng-c3310="" class="eui-button">Register</button>
</header></sedia-header>
<eui-app-top-menu _ngcontent-ng-c2871=""><nav class="eui-top-menu" _ngcontent-ng-c2871=""><ul>${links(
  eMenu,
  'eui-top-menu__item',
)}</ul></nav></eui-app-top-menu>
<eui-page _ngcontent-ng-c2871="" class="eui-page"><eui-breadcrumb _ngcontent-ng-c1193=""><nav class="eui-breadcrumb" aria-label="Breadcrumb"><ol>
<li class="eui-breadcrumb-item"><a href="/opportunities/portal/screen/home">Home</a></li>
<li class="eui-breadcrumb-item"><a href="/opportunities/portal/screen/opportunities/calls-for-proposals">Calls for proposals</a></li>
<li class="eui-breadcrumb-item">Topic details</li></ol></nav></eui-breadcrumb>
<eui-page-header _ngcontent-ng-c1193="" class="eui-page-header"><div class="eui-page-header__label">
<h1 _ngcontent-ng-c1193="" class="eui-page-header__label">${eTitle}</h1></div>
<div class="eui-page-header__sub-label" _ngcontent-ng-c1193="">HORIZON-CL6-2027-BLUECOAST-01-03</div>
<eui-badge _ngcontent-ng-c1193="" class="eui-badge eui-badge--warning sedia-topic-status">Forthcoming</eui-badge></eui-page-header>
<eui-page-content _ngcontent-ng-c1193=""><div class="row"><div class="col-md-9">
<eui-card _ngcontent-ng-c1193="" class="eui-card"><eui-card-header><div class="eui-card-header__title"><h2 _ngcontent-ng-c1193="">General information</h2>
</div></eui-card-header><eui-card-content><div class="sedia-key-values">
${eInfo
  .map(
    ([k, v]) => `<div _ngcontent-ng-c1193="" class="row"><div class="col-4 sedia-key">${k}</div><div class="col-8
sedia-value">${v}</div></div>`,
  )
  .join('\n')}
</div></eui-card-content></eui-card>
<eui-card _ngcontent-ng-c1193="" class="eui-card"><eui-card-header><div class="eui-card-header__title"><h2 _ngcontent-ng-c1193="">Topic description</h2>
</div></eui-card-header><eui-card-content><div class="sedia-topic-description" _ngcontent-ng-c1193="">
<p><strong>Expected Outcome:</strong></p><p>${eOutcome[0]}</p><ul>${lis(eOutcome.slice(1))}</ul>
<p><strong>Scope:</strong></p>${ps(eScope)}</div></eui-card-content></eui-card>
<eui-card _ngcontent-ng-c1193="" class="eui-card"><eui-card-header><div class="eui-card-header__title"><h2 _ngcontent-ng-c1193="">Topic conditions and
documents</h2>
</div></eui-card-header><eui-card-content><p _ngcontent-ng-c1193="">${eConditions}</p>
<table class="eui-table" _ngcontent-ng-c1193=""><caption>${eTableCaption}</caption><thead><tr><th>Topic budget</th><th>Expected EU contribution per project</th>
<th>Indicative number of projects</th></tr></thead><tbody><tr>${eBudget.map((c) => `<td>${c}</td>`).join('')}</tr></tbody></table>
</eui-card-content></eui-card></div>
<div class="col-md-3"><eui-card class="eui-card sedia-partner-search"><eui-card-content><p>Looking for a partner?</p>
<p>Find organisations that have published a partner search for this topic.</p><a href="#" class="eui-button">Partner search</a></eui-card-content>
</eui-card><eui-card class="eui-card"><eui-card-content><p>Start submission</p><p>Submission is not yet possible for this topic.</p></eui-card-content>
</eui-card></div></div></eui-page-content></eui-page></div>
<sedia-footer _ngcontent-ng-c2871=""><footer class="sedia-footer"><ul>${links(['About', 'IT Helpdesk', 'Legal notice', 'Privacy statement', 'Cookies'])}</ul>
<p>This site is managed by the European Commission.</p></footer></sedia-footer></eui-app></app-root>
<div id="cookie-consent-banner" class="cck-container"><div class="cck-content"><h2>This site uses cookies</h2><p>We use cookies to give you the best possible
experience on our website. Find out more on how we use cookies.</p><div class="cck-actions"><a href="#accept" class="cck-actions-button">Accept all cookies</a>
<a href="#refuse" class="cck-actions-button">Accept only essential cookies</a></div></div></div>
<script src="runtime.9a0c1b.js" type="module"></script><script src="main.77e2d4.js" type="module"></script></body></html>`;
const euPortal: TestPage = {
  name: 'heldout427-eu-funding-tenders-angular-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['General information', 'Topic description', 'Topic conditions and documents'],
  body: [...eInfo.map((r) => r[1]), 'Expected Outcome:', ...texts(eOutcome), 'Scope:', ...texts([...eScope, eConditions]), eTableCaption, ...eBudget],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the European Union', 'How do you know?', 'European Commission', 'Single Electronic Data Interchange Area (SEDIA)', 'Login',
    'Register', ...eMenu, 'Calls for proposals', 'Topic details', 'HORIZON-CL6-2027-BLUECOAST-01-03', 'Forthcoming', 'Looking for a partner?',
    'Find organisations that have published a partner search for this topic.', 'Partner search', 'Start submission',
    'Submission is not yet possible for this topic.', 'About', 'IT Helpdesk', 'Legal notice', 'Privacy statement', 'Cookies',
    'This site is managed by the European Commission.', 'This site uses cookies',
    'We use cookies to give you the best possible experience on our website. Find out more on how we use cookies.', 'Accept all cookies',
    'Accept only essential cookies',
  ],
};
/* A student finance help article on Zendesk Guide. */
const zTitle = 'How do I apply for a Hardship Bursary?';
const zBody = [
  j(
    'The Hardship Bursary is a one-off payment of up to £1,500 for students who run into unexpected money problems during',
    'the academic year. You do not have to pay it back.',
  ),
  'You can apply if you are:',
];
const zWho = [
  'studying full time or at least 50% part time on an eligible course',
  'already receiving the maximum Maintenance Loan you are entitled to',
  'facing a cost you could not have planned for, such as an emergency repair, a medical bill or a change in your family’s income',
];
const zSteps = [
  'Log in to your Fundwell account and choose Bursaries from the menu.',
  'Select Hardship Bursary and complete the short form about your situation.',
  'Upload bank statements covering the last two months for every account you hold.',
  'Submit your application. You will get an email confirming we have received it.',
];
const zAfter = [
  j(
    'We usually make a decision within 10 working days. If your application is approved, the money is paid into the bank',
    'account we hold for your Maintenance Loan, normally within five working days of the decision.',
  ),
  j(
    'If we need more information we will contact you through your account messages, so check them regularly. You can apply',
    'for a Hardship Bursary once in each academic year.',
  ),
];
const zNo = [
  j(
    'If your application is not successful, the decision email will explain why. You can ask for a review within 28 days',
    'by replying to that email with any new information, such as a letter from your landlord or a doctor.',
  ),
  j(
    'A different adviser will look at your application again. You can also talk to the money advice team at your university,',
    'who may be able to help with a hardship fund of their own.',
  ),
];
const zSection = ['Can I get help with childcare costs?', 'How do I apply for a Hardship Bursary?', 'Travel grants for placement students'];
const zRelated = ['What counts as household income?', 'When will my Maintenance Loan be paid?', 'How do I change my bank details?'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${zTitle} – Fundwell Student Finance Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="description" content="The Hardship Bursary is a one-off payment of up to £1,500 for students.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Fundwell Student Finance Help Centre">
<link rel="canonical" href="https://help.fundwell.example/hc/en-gb/articles/8812040117-How-do-I-apply-for-a-Hardship-Bursary">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-0f1b2a.css" media="all">
<script>window.HelpCenter = {"account":{"subdomain":"fundwell"},"user":{"role":"anonymous"},"internal":{"current_session":{"locale":"en-gb"}}};</script>
</head><body><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.com/theme_assets/fundwell-logo.png" alt="Fundwell Student
Finance Help Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Fundwell Student Finance Help Centre"><a href="/hc/en-gb">Fundwell Student Finance Help Centre</a></li>
<li title="Extra help"><a href="/hc/en-gb/categories/31">Extra help</a></li><li title="Bursaries and grants"><a href="/hc/en-gb/sections/77">Bursaries and
grants</a>
</li></ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSection.map((t, i) => `<li><a href="/hc/en-gb/articles/${i}" class="sidenav-item${i === 1 ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://fundwell.zendesk.example/system/photos/avatar.png" alt="" class="user-avatar">
</div><div class="article-meta"><a href="/hc/en-gb/profiles/4410">Corrine Adeyemi</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-19T11:04:22Z" title="2026-01-19 11:04" data-datetime="relative">1 month ago</time></li><li class="meta-data">Updated</li></ul></div>
</div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zBody)}
<ul>${lis(zWho)}</ul>
<h2>How to apply</h2>
<ol>${lis(zSteps)}</ol>
<h2>What happens next</h2>
${ps(zAfter)}
<h2>If your application is turned down</h2>
${ps(zNo)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="#" class="share-facebook" aria-label="Facebook">Facebook</a></li><li><a href="#" class="share-twitter" aria-label="X Corp">X Corp</a></li>
<li><a href="#" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section>
</div><section class="article-comments"><h2 class="comment-heading">Comments</h2><div class="comment-overview">
<p class="comment-callout">0 comments</p></div><p class="comment-callout">Article is closed for comments.</p></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Fundwell Student Finance</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.8c1d.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout427-zendesk-copenhagen-help-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['How to apply', 'What happens next', 'If your application is turned down'],
  body: texts([...zBody, ...zWho, ...zSteps, ...zAfter, ...zNo]),
  bylines: ['Corrine Adeyemi', '1 month ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Fundwell Student Finance Help Centre', 'Extra help', 'Bursaries and grants',
    'Articles in this section', 'Can I get help with childcare costs?', 'Travel grants for placement students', 'Facebook', 'X Corp', 'LinkedIn',
    'Was this article helpful?', '14 out of 17 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments',
    '0 comments', 'Article is closed for comments.', 'Fundwell Student Finance', 'English (GB)',
  ],
};
export const HELDOUT427_E: readonly TestPage[] = [euPortal, zendesk];
