import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, rows } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file b: a temp worker's pay and timesheet guide in a staffing firm's Zendesk help centre (Copenhagen
 * theme) with a pay-week table, and a salary market update on a HubSpot CMS blog.
 */
const zTitle = 'When will I get paid? Timesheets and pay dates for temporary workers';
const zIntro = [
  j(
    'If you work for Tollgate Staffing on a temporary assignment, you are paid weekly, one week in arrears. That means the hours',
    'you work from Monday to Sunday are paid on the Friday of the following week, as long as your timesheet has been approved.',
  ),
];
const zH1 = 'Submitting your timesheet';
const zSteps = [
  'Log in to the Tollgate Worker app and open <strong>Timesheets</strong>.',
  'Check the start time, finish time and unpaid break for each shift you worked.',
  'Tap <strong>Submit for approval</strong> by 10am on Monday. Your site manager then has until 2pm on Tuesday to approve it.',
];
const zNote = j(
  'If your timesheet is submitted late or your manager does not approve it in time, your hours will be paid the following',
  'week. We cannot make an early payment outside the weekly pay run.',
);
const zH2 = 'Pay dates for the next month';
const zTable = [
  ['2 November – 8 November', 'Monday 9 November, 10am', 'Friday 13 November'],
  ['9 November – 15 November', 'Monday 16 November, 10am', 'Friday 20 November'],
  ['16 November – 22 November', 'Monday 23 November, 10am', 'Friday 27 November'],
  ['23 November – 29 November', 'Monday 30 November, 10am', 'Friday 4 December'],
];
const zH3 = 'Reading your payslip';
const zSlip = [
  j(
    'Your payslip shows your basic hours, any overtime or unsocial hours at their own rate, and holiday pay. Holiday pay builds up',
    'at 12.07% of the hours you work and you can request it at any time through the app.',
  ),
  'Deductions include income tax, National Insurance and, if you have been enrolled, your workplace pension contribution.',
];
const zH4 = 'Something wrong with my pay?';
const zWrong = [
  j(
    'Raise a pay query in the app within four weeks of the pay date. Underpayments confirmed by Thursday at noon are corrected',
    'in the next pay run; larger errors can be paid by same-day transfer.',
  ),
];
const zCrumbs = ['Tollgate Staffing Help Centre', 'Pay and timesheets'];
const zRelated = ['How do I request holiday pay?', 'Why has my tax code changed?', 'Setting up the Tollgate Worker app'];
const zSection = [
  'When will I get paid? Timesheets and pay dates for temporary workers',
  'How do I request holiday pay?',
  'Can I change my bank details?',
  'What is a P45?',
];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8">
<!-- v26941 --><title>${zTitle} &ndash; Tollgate Staffing Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.tollgatestaffing.co.uk/hc/en-gb/articles/360018822711">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-6b1e2a.css" media="all" id="stylesheet">
<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/1234567/style.css">
<script src="//static.zdassets.com/hc/assets/en-gb.a1b2c3.js"></script>
<script type="text/javascript">window.HelpCenter = {}; HelpCenter.account = {"subdomain":"tollgatestaffing"}; HelpCenter.user = {"role":"anonymous"};</script>
</head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/1234567/logo.png" alt="Tollgate Staffing Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content"><div class="sub-nav">
<ol class="breadcrumbs">${links(zCrumbs)}</ol>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" method="get">
<input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${zSection.map((t, i) => `<li><a href="/hc/en-gb/articles/${i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`).join('')}</ul>
<a href="/hc/en-gb/sections/360004112" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://tollgatestaffing.zendesk.com/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/381-Megan-Tully">Megan Tully</a>
<ul class="meta-group"><li class="meta-data">
<time datetime="2026-10-28T09:11:42Z" title="2026-10-28 09:11" data-datetime="relative">Updated 2 weeks ago</time></li></ul></div></div>
<a class="article-subscribe button-large" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/360018822711/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}<h2>${zH1}</h2><ol>${lis(zSteps)}</ol>
<div class="callout callout--warning"><p>${zNote}</p></div>
<h2>${zH2}</h2><table class="pay-table"><thead><tr><th>Week worked</th><th>Timesheet deadline</th><th>Pay date</th></tr></thead><tbody>
${rows(zTable)}</tbody></table>
<h2>${zH3}</h2>${ps(zSlip)}<h2>${zH4}</h2>${ps(zWrong)}</div>
<div class="article-attachments"></div></div>
<div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count-link">0 comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 47 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></section>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Tollgate Staffing Help Centre</a>
<div class="footer-language-selector"></div><div class="powered-by-zendesk">
<a href="https://www.zendesk.co.uk/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></div></footer>
<script src="//static.zdassets.com/hc/assets/moment-en-gb.js"></script><script src="//theme.zdassets.com/theme_assets/1234567/script.js"></script></body>
</html>`;
const zendesk: TestPage = {
  name: 'heldout571-zendesk-temp-pay-guide',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2, zH3, zH4],
  body: texts([...zIntro, ...zSteps, zNote, ...rowTexts(zTable), ...zSlip, ...zWrong]),
  bylines: ['Megan Tully', 'Updated 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.slice(1), 'See more', 'Follow',
    'Facebook', 'X Corp', 'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', 'No', '41 out of 47 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRelated.filter((t) => !zSection.includes(t)), 'Comments',
    'Article is closed for comments.', 'Powered by Zendesk',
  ],
};

const hTitle = 'Accountancy salaries in the North West: what changed in Q3 2026';
const hIntro = [
  j(
    'Permanent salaries for newly qualified accountants in Manchester and Liverpool rose by 4.1% in the third quarter, according',
    'to the 214 offers our finance team negotiated between July and September. Interim day rates were flat for the second quarter',
    'in a row.',
  ),
];
const hH1 = 'Newly qualified demand is still ahead of supply';
const hNq = [
  j(
    'Firms that cut their trainee intakes in 2023 are now short of people with two to four years\u2019 post-qualification experience.',
    'Counter-offers were made in nearly one in three of our placements, up from one in five a year ago.',
  ),
];
const hH2 = 'Average base salaries, Q3 2026';
const hTable = [
  ['Newly qualified ACA / ACCA', '£52,500', '+4.1%'],
  ['Financial accountant', '£47,000', '+2.8%'],
  ['Management accountant', '£44,000', '+2.2%'],
  ['Finance business partner', '£61,000', '+3.0%'],
  ['Credit controller', '£29,500', '+1.5%'],
];
const hH3 = 'Hybrid working is now priced in';
const hHybrid = [
  j(
    'Candidates no longer treat two days at home as a perk. Roles that require four or five days in the office are taking on average',
    '19 days longer to fill, and employers who insist on it are typically paying £3,000 to £5,000 more to land the same candidate.',
  ),
  'Our full 2027 Salary Guide, with figures for 60 finance roles, is published in January.',
];
const hNav = ['Jobs', 'Hiring', 'Salary Guide', 'Insights', 'About'];
const hTags = ['Finance & Accounting', 'Market Insights'];
const hRecent = ['Why finance teams are hiring interims again', 'Five mistakes in a finance director CV'];
const hFoot = ['Privacy Policy', 'Accessibility', 'Modern Slavery Statement'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.pennock-finance.co.uk/hubfs/favicon.png">
<meta name="description" content="Q3 2026 salary data for accountants in Manchester and Liverpool.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.pennock-finance.co.uk/hs-fs/hub/4411872/hub_generated/template_assets/1/62511/1726531/template_main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.pennock-finance.co.uk/insights/accountancy-salaries-north-west-q3-2026">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Tom Ashworth"},"datePublished":"2026-10-14"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-118273645 hs-blog-post hs-blog-id-96251"><div data-global-resource-path="pennock/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/pennock-logo.svg" class="hs-image-widget" alt="Pennock Finance Recruitment"></a></span></div>
<div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-field" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/tom-ashworth">Tom Ashworth</a>
<time datetime="2026-10-14 09:00:00" class="blog-post__timestamp">Oct 14, 2026 9:00:00 AM</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">
${ps(hIntro)}<!--more--><h2>${hH1}</h2>${ps(hNq)}<h2>${hH2}</h2>
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="width: 100%; border-collapse: collapse;"><tbody>
<tr><td><strong>Role</strong></td><td><strong>Average base</strong></td><td><strong>Change on Q3 2025</strong></td></tr>
${rows(hTable)}</tbody></table></div>
<h2>${hH3}</h2>${ps(hHybrid)}
<p><span id="hs-cta-wrapper-7c1b" class="hs-cta-wrapper"><span class="hs-cta-node hs-cta-7c1b">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4411872/7c1b" class="cta_button">Register for the 2027 Salary Guide</a></span></span></p>
</span></div>
<div class="blog-post__tags">
<span class="blog-post__tags-label">Topics:</span>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/insights/tag/x">${t.replace('&', '&amp;')}</a>`,
  )
  .join('')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2>
<div class="blog-related-posts__list">${hRecent
  .map(
    (t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a href="#">${t}</a></h3></article>`,
  )
  .join('')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to Pennock Insights</h3><div class="hbspt-form"><form class="hs-form stacked" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-96251"><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-96251" name="email" type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__links no-list">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Pennock Finance Recruitment Ltd, 12 Booth Street, Manchester</p></div></footer></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/4411872.js"></script>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></body></html>`;
const hubspot: TestPage = {
  name: 'heldout571-hubspot-salary-update',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([...hIntro, ...hNq, ...rowTexts(hTable), ...hHybrid]),
  bylines: ['Tom Ashworth', 'Oct 14, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Salary Guide'), 'Register for the 2027 Salary Guide', 'Topics:', ...hTags, 'Related posts', ...hRecent,
    'Subscribe to Pennock Insights',
    'Email', ...hFoot, '© 2026 Pennock Finance Recruitment Ltd, 12 Booth Street, Manchester',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT571_B: readonly TestPage[] = [zendesk, hubspot];
