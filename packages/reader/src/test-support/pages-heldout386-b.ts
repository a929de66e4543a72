import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file b: a HubSpot CMS drag-and-drop landing page comparing Shiftwell with a competitor (hs_cos_wrapper
 * modules, a comparison table, a customer quote, the HubSpot cookie banner, a demo form and the footer), and a Zendesk Help
 * Center (Copenhagen theme) plan FAQ article with breadcrumbs, author and dates, "Articles in this section", votes, share
 * links, recently viewed and related articles and a closed comments section.
 */
const hTitle = 'Shiftwell vs Rotaloom: which rota app fits a growing team?';
const hLead = [
  j(
    'Rotaloom is a solid choice for a single shop with a fixed weekly rota. Once you add a second site, part-time staff who swap',
    'shifts on their phones and payroll that depends on the hours actually worked, the differences start to show.',
  ),
];
const hWhy = [
  j(
    'Shiftwell charges one flat price per active employee, and anyone who does not work a shift in a month is free. Rotaloom bills',
    'every profile on the account, so seasonal staff cost money all year round.',
  ),
  j(
    'Staff swap, drop and pick up shifts in the Shiftwell app, and managers approve with one tap. Rules you set, such as minimum',
    'rest between shifts or the right qualification for a till, are checked before a swap reaches you.',
  ),
  j(
    'Clock-in times flow straight into timesheets and on to your payroll provider. There is no export and import step at the end',
    'of the month, and no retyping of overtime.',
  ),
];
const hRows = [
  ['Price per employee', '$3.50 per active employee', '$4 per profile'],
  ['Multiple locations', 'Included on every plan', 'Premium plan only'],
  ['Shift swaps in the mobile app', 'Yes, with rule checks', 'Yes, manager must re-check'],
  ['Payroll integrations', '14 providers', '5 providers'],
  ['Free trial', '30 days, no card', '14 days, card required'],
];
const hQuote = [
  j(
    '“With Rotaloom we were paying for 120 profiles when only 70 people worked in a typical month. Shiftwell cut our bill by',
    'a third, and the managers at our three cafes stopped spending Sunday evenings on the rota.”',
  ),
];
const hSwitch = [
  'Export your staff list and rota templates from Rotaloom as a spreadsheet.',
  'Import them into Shiftwell, where we map roles and locations for you.',
  'Invite your staff; they download the app and confirm their availability.',
  'Publish your first rota. Our onboarding team stays with you for the first month.',
];
const hClose = [
  j(
    'If you switch during a Rotaloom annual contract, we will match the months you have left with free Shiftwell months, up to',
    'six, so you never pay twice.',
  ),
];
const hNav = ['Features', 'Industries', 'Pricing', 'Resources', 'Log in'];
const hFoot = ['Scheduling', 'Time clock', 'Leave management', 'Integrations', 'About', 'Blog', 'Help centre', 'Contact'];
const hFoot2 = ['Privacy policy', 'Terms of service', 'Cookie settings'];
const mod = (id: string, type: string, inner: string): string => `<div id="hs_cos_wrapper_widget_${id}"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module${type}" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div>`;
const rich = (id: string, inner: string): string =>
  mod(
    id,
    ' widget-type-rich_text',
    `<span id="hs_cos_wrapper_widget_${id}_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${inner}</span>`,
  );
const row = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section">
<div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid">${inner}</div></div></div></div></div>`;
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shiftwell vs Rotaloom | Compare rota apps</title>
<meta name="description" content="Compare Shiftwell and Rotaloom on price, multi-site rotas, shift swaps and payroll.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="website">
<link rel="stylesheet" href="https://www.shiftwell.example/hs-fs/hub/2290417/hub_generated/template_assets/1/main.min.css">
<script>var hsVars = {"portal_id":2290417,"app_hs_base_url":"https://app.hubspot.example","cp_hs_base_url":"https://cp.hubspot.example",
"language":"en","analytics_page_type":"landing-page","page_id":"148812003221"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Shiftwell vs Rotaloom"}</script></head>
<body><div class="body-wrapper hs-content-id-148812003221 hs-landing-page hs-page">
<header class="header"><div class="header__container content-wrapper"><a class="header__logo" href="/">Shiftwell</a>
<nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(hNav, 'menu-item hs-menu-depth-1')}</ul></nav>
<a class="button header__button" href="/trial">Start free trial</a></div></header>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
${row(1, rich('1709', `<p class="eyebrow">Comparison</p><h1>${hTitle}</h1>${ps(hLead)}`))}
${row(3, `${mod('1710', ' widget-type-logo_grid', `<p class="logo-grid__title">Rated 4.8 out of 5 by 2,300 hospitality managers</p>`)}`)}
${row(
  5,
  rich(
    '1711',
    `<h2>Why teams switch to Shiftwell</h2><h3>Pay for people who work</h3>${ps([hWhy[0] ?? ''])}
<h3>Swaps without the group chat</h3>${ps([hWhy[1] ?? ''])}<h3>Hours that reach payroll on their own</h3>${ps([hWhy[2] ?? ''])}`,
  ),
)}
${row(
  7,
  rich(
    '1712',
    `<h2>Side by side</h2><table class="comparison-table" style="width:100%"><thead><tr><th>&nbsp;</th><th>Shiftwell</th>
<th>Rotaloom</th></tr></thead><tbody>${trs(hRows)}</tbody></table><p class="table-note">Prices as listed on both websites in February 2026.</p>`,
  ),
)}
${row(
  9,
  mod(
    '1713',
    ' widget-type-testimonial',
    `<blockquote class="testimonial__quote">${ps(hQuote)}</blockquote>
<p class="testimonial__author">Jonah Pettigrew</p><p class="testimonial__role">Operations lead, Brindle &amp; Bean Cafes</p>`,
  ),
)}
${row(11, rich('1714', `<h2>How switching works</h2><ol>${lis(hSwitch)}</ol>${ps(hClose)}`))}
${row(
  13,
  mod(
    '1715',
    ' widget-type-form',
    `<h3 class="form-title">See Shiftwell with your own rota</h3>
<form class="hs-form stacked" data-form-id="a7d0c3e1"><div class="hs_email hs-form-field"><label><span>Work email</span><span class="hs-form-required">*</span>
</label><input type="email" name="email"></div><div class="hs_submit"><input type="submit" class="hs-button primary large" value="Book a demo"></div>
</form>`,
  ),
)}
</div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer-menu">${links(hFoot)}</ul>
<ul class="footer-legal">${links(hFoot2)}</ul><p class="footer__copyright">© 2026 Shiftwell Software Ltd. Registered in England and Wales.</p></div>
</footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="https://js.hs-scripts.example/2290417.js" id="hs-script-loader" async defer></script>
<script src="https://static.hsappstatic.example/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout386-hubspot-cms-versus-landing',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [
    'Why teams switch to Shiftwell',
    'Pay for people who work',
    'Swaps without the group chat',
    'Hours that reach payroll on their own',
    'Side by side',
    'How switching works',
  ],
  body: texts([...hLead, ...hWhy, ...rowTexts(hRows), ...hQuote, ...hSwitch, ...hClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'Start free trial', 'Comparison', 'Rated 4.8 out of 5 by 2,300 hospitality managers', 'Prices as listed on both websites in February 2026.',
    'Jonah Pettigrew', 'Operations lead, Brindle & Bean Cafes', 'See Shiftwell with your own rota', 'Work email', ...hFoot, ...hFoot2,
    '© 2026 Shiftwell Software Ltd. Registered in England and Wales.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const zTitle = 'Plans and billing FAQ';
const zIntro = [j('This article answers the questions we hear most often about choosing a Tallyfern plan and how we bill for it.')];
const zQA: [string, string[]][] = [
  [
    'What is the difference between Essentials and Growth?',
    [
      j(
        'Essentials covers invoicing, expenses and bank feeds for one legal entity. Growth adds multi-currency invoicing, project',
        'tracking and up to three entities, and lets you give your accountant their own login at no cost.',
      ),
    ],
  ],
  [
    'Do you charge per user?',
    [j('No. Every plan includes unlimited users. You pay per legal entity, and the price depends only on the plan you choose for', 'that entity.')],
  ],
  [
    'When am I charged?',
    [
      j(
        'Monthly plans are charged on the same day each month as your first payment. Annual plans are charged once, up front, and',
        'renew automatically unless you turn off renewal at least 7 days before the renewal date.',
      ),
      'If a payment fails, we retry three times over ten days and email the account owner each time before pausing the subscription.',
    ],
  ],
  ['Which payment methods do you accept?', ['We accept the following for all plans:']],
  [
    'Is annual billing cheaper?',
    [
      j(
        'Yes. Paying yearly costs the same as ten months on a monthly plan. You can switch from monthly to annual at any time; we',
        'credit the unused part of your current month against the first annual charge.',
      ),
    ],
  ],
  [
    'Can I get a refund?',
    [
      j(
        'Annual plans can be cancelled within 30 days of purchase or renewal for a full refund. After that, you keep access until',
        'the end of the paid year. Monthly plans are not refunded, but you can cancel at any time and will not be charged again.',
      ),
    ],
  ],
];
const zPay = ['Visa, Mastercard and American Express', 'SEPA and Bacs direct debit', 'Bank transfer on annual plans over 1,000 EUR'];
const zTip = [j('<strong>Tip:</strong> to see your next charge date, go to <strong>Settings &gt; Subscription</strong> in the web app.')];
const zNav = ['Tallyfern Help Center', 'Submit a request', 'Sign in'];
const zCrumbs = ['Tallyfern Help Center', 'Account and billing', 'Plans'];
const zSection = ['Plans and billing FAQ', 'Changing your plan', 'Adding a second entity', 'Updating your card details', 'Downloading invoices'];
const zRecent = ['How bank feeds sync', 'Setting your base currency'];
const zRelated = ['Changing your plan', 'Cancelling your subscription', 'VAT on your Tallyfern invoice'];
const zBody = `${ps(zIntro)}${zQA
  .map(([q, a], i) => `<h3 id="h_01HQ${i}">${q}</h3>${ps(a)}${i === 3 ? `<ul>${lis(zPay)}</ul>` : ''}`)
  .join('\n')}<div class="callout">${ps(zTip)}</div>`;
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8" /><title>Plans and billing FAQ – Tallyfern Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport" /><meta name="csrf-param" content="authenticity_token">
<link rel="canonical" href="https://help.tallyfern.example/hc/en-us/articles/8812004417553-Plans-and-billing-FAQ">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-7f3a.css" media="all" />
<script type="text/javascript">window.HelpCenter = {}; HelpCenter.account = {"subdomain":"tallyfern","environment":"production"};
HelpCenter.user = {"identifier":"anon","role":"anonymous"};</script></head><body class="">
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us">
<img src="//theme.zdassets.example/logo.png" alt="Tallyfern Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list">${links(zNav.slice(1))}</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/4410" class="article-sidenav-link">See more</a>
</div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://tallyfern.zendesk.example/system/photos/ines.png" alt="" class="user-avatar"/>
</div><div class="article-meta"><a href="/hc/en-us/profiles/3901-Ines-Marchetti">Ines Marchetti</a><ul class="meta-group">
<li class="meta-data"><time datetime="2025-11-04T09:21:07Z" title="2025-11-04 09:21" data-datetime="relative">4 months ago</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button-secondary" rel="nofollow" role="button" data-auth-action="signin" href="/hc/en-us/articles/8812004417553/subscription.html">
Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${zBody}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.example/share.php" class="share-facebook">Facebook</a></li>
<li><a href="https://twitter.example/share" class="share-twitter">X Corp</a></li><li>
<a href="https://www.linkedin.example/" class="share-linkedin">LinkedIn</a></li></ul>
</div><div class="article-comment-count"><a href="#comments" class="article-comment-count-link">0 comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">31 out of 38 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2>
<ul>${links(zRecent)}</ul></section></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Tallyfern Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div></footer>
<script src="//static.zdassets.example/hc/assets/en-us.bbb5.js"></script><script src="//theme.zdassets.example/script.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout386-zendesk-copenhagen-plan-faq',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zQA.map(([q]) => q),
  body: texts([...zIntro, ...zQA.flatMap(([, a], i) => (i === 3 ? [...a, ...zPay] : a)), ...zTip]),
  bylines: ['Ines Marchetti', '4 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zNav, ...zCrumbs.slice(1), 'Articles in this section', ...zSection.slice(1), 'See more', 'Follow', 'Facebook', 'X Corp',
    'LinkedIn', '0 comments', 'Was this article helpful?', '31 out of 38 found this helpful', 'Have more questions?', 'Return to top',
    'Recently viewed articles', ...zRecent, 'Related articles', ...zRelated, 'Comments', 'Article is closed for comments.', 'English (US)',
  ],
};

export const HELDOUT386_B: readonly TestPage[] = [hubspot, zendesk];
