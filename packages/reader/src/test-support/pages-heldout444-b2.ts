import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file b2: a health-insurance marketplace help article on a Zendesk Help Center with the Copenhagen theme
 * (header with "Submit a request" and "Sign in", sub-nav breadcrumbs and search, the article author avatar and meta with
 * the created / updated dates, Follow button, the "In this section" sidebar, the "Was this article helpful?" votes, the
 * "Have more questions?" prompt, "Related articles", "Recently viewed articles", footer and the Web Widget launcher).
 */
const dTitle = 'How do I report a change in income after I enroll?';
const dIntro = [
  j(
    'Your premium tax credit is based on the income you expect to have for the whole year. If your income goes up or down after you',
    'enroll, report it within 30 days so we can recalculate your savings. Reporting quickly keeps you from owing money back at tax time,',
    'or from paying more each month than you need to.',
  ),
];
const dSteps = [
  'Log in to your Clearpath account and open your current application.',
  'Select <strong>Report a life change</strong>, then choose <strong>Income</strong> from the list of changes.',
  'Enter your new expected income for the full calendar year, not just the months left.',
  'Review the new savings estimate and choose whether to apply all, some or none of it to your monthly premium.',
  'Sign and submit. You will see a new eligibility notice in your Messages within a few minutes.',
];
const dWhat = [
  j(
    'Count wages before taxes, self-employment profit, unemployment benefits, Social Security benefits, alimony from divorces finalized',
    'before 2019, and most retirement income. Do not count child support, gifts, or Supplemental Security Income.',
  ),
  j('If your work is seasonal or you are paid by the job, use your best estimate. You can update it again as often as you need to during', 'the year.'),
];
const dNote = j(
  '<strong>Note:</strong> If your new income makes you eligible for Medicaid or CHIP, we will send your information to the state agency,',
  'and your marketplace plan will end only after Medicaid coverage is confirmed.',
);
const dWhen = [
  j(
    'Changes you submit by the 15th of the month take effect on the first day of the next month. Changes submitted after the 15th usually',
    'take effect on the first day of the month after that. Your insurer will send a new bill showing the updated premium.',
  ),
];
const dSection = [
  'How do I report a change in income after I enroll?',
  'Adding a newborn or adopted child to your plan',
  'Reporting a move to a new county',
  'What counts as household income?',
  'Ending coverage when you get a job with health insurance',
];
const dRelated = ['What is the premium tax credit?', 'Repaying excess advance payments at tax time', 'Understanding your eligibility notice'];
const dRecent = ['Special Enrollment Periods explained', 'How to upload documents'];
const dHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${dTitle} – Clearpath Coverage Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta property="og:type" content="website">
<meta property="og:title" content="${dTitle}"><link rel="canonical" href="https://help.clearpathcoverage.example/hc/en-us/articles/4418820316955">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-2f8c9a.css" media="all">
<script src="//static.zdassets.example/hc/assets/en-us.bbb3a3d.js"></script>
<script type="text/javascript">HelpCenter = {}; HelpCenter.account = {"subdomain":"clearpathcoverage","environment":"production"};
HelpCenter.user = {"identifier":"anon","role":"anonymous"};</script>
<script id="ze-snippet" src="https://static.zdassets.example/ekr/snippet.js?key=8f1e0b"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png"
alt="Clearpath Coverage Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs"><li title="Clearpath Coverage Help Center">
<a href="/hc/en-us">Clearpath Coverage Help Center</a></li>
<li title="Changes after you enroll"><a href="/hc/en-us/categories/360">Changes after you enroll</a></li>
<li title="Income and household"><a href="/hc/en-us/sections/361">Income and household</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links(dSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/361" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${dTitle}" class="article-title">${dTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://clearpath.zendesk.example/system/photos/9.png" alt=""
class="user-avatar"></div><div class="article-meta"><span title="Hollis Baptiste">Hollis Baptiste</span>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-10T17:22:41Z" title="2026-02-10 17:22" data-datetime="relative">10 months ago</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow this article">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(dIntro)}
<h2 id="h_01HS">Steps to report the change</h2>
<ol>${lis(dSteps)}</ol>
<h2 id="h_02HS">What counts as income</h2>
${ps(dWhat)}
<p class="callout callout--info">${dNote}</p>
<h2 id="h_03HS">When your new premium starts</h2>
${ps(dWhen)}
</div><div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful"
aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful"
aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">87 out of 112 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(dRelated)}</ul></section>
<section class="recent-articles"><h2 class="recent-articles-title">Recently viewed articles</h2><ul>${links(dRecent)}</ul></section></section>
</section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Clearpath Coverage Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div>
<p class="powered-by-zendesk">Powered by Zendesk</p></div></footer>
<div id="launcher" class="zEWidget-launcher" aria-label="Open messaging window"><span class="label">Chat with us</span></div>
<script>window.zE && zE('messenger:set', 'locale', 'en-US');</script></body></html>`;
export const zendeskHelp: TestPage = {
  name: 'heldout444-zendesk-marketplace-help-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Steps to report the change', 'What counts as income', 'When your new premium starts'],
  body: texts([...dIntro, ...dSteps, ...dWhat, dNote, ...dWhen]),
  bylines: ['Hollis Baptiste', '10 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Clearpath Coverage Help Center', 'Changes after you enroll', 'Income and household',
    'Articles in this section', ...dSection.slice(1), 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?',
    '87 out of 112 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...dRelated, 'Recently viewed articles', ...dRecent,
    'English (US)', 'Powered by Zendesk', 'Chat with us',
  ],
};
