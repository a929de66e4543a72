import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout703-kit.js';

/**
 * Held-out batch 703, file c: a finance software company's blog post on HubSpot CMS (Growth theme) with an inline CTA,
 * a customer quote and a subscribe form, and a personal finance blog post on WordPress (Kadence theme with Kadence Blocks)
 * with a table of contents, an info box, an affiliate product box, related posts and comments.
 */
const hTitle = 'A month-end close checklist for finance teams of one';
const hIntro = [
  j(
    'If you are the only person in finance at a growing company, month-end can feel like a second job that lands on top of the',
    'first. Invoices still need paying, payroll still needs checking, and somewhere in between you are expected to produce numbers',
    'the founders can trust.',
  ),
  j(
    'We asked twelve Tallyfold customers who run finance on their own, or with one part-time helper, how they keep the close under',
    'five working days. Their answers were surprisingly similar. Here is the checklist they use, in the order they use it.',
  ),
];
const hH = ['Before the month ends', 'Days 1 and 2: get the cash right', 'Days 3 and 4: accruals, prepayments and revenue', 'Day 5: review and report'];
const hBefore = 'The fastest closes start in the last week of the month, not the first week of the next one.';
const hBeforeList = [
  'Chase outstanding expense claims and receipts, with a firm deadline two days before month-end.',
  'Send a list of open purchase orders to budget holders and ask which goods or services have arrived.',
  'Check that every new supplier set up during the month has had its bank details verified by phone.',
];
const hCash = j(
  'Start with the bank. Reconcile every account, including savings accounts and company cards, before you touch anything else.',
  'Nearly all the errors our customers found later in the close could be traced back to an unreconciled bank line.',
);
const hCashList = [
  'Reconcile all bank and card accounts to the statement balance.',
  'Post the payroll journals and check them against the payroll report.',
  'Record any loan repayments and interest.',
];
const hAccr = [
  j(
    'Accruals are where most single-person finance teams lose time, usually because the information lives in someone else’s',
    'inbox. Keep a standing list of recurring accruals (audit fees, utilities, software billed in arrears) and update it rather',
    'than starting from scratch each month.',
  ),
  j(
    'For revenue, check that every invoice raised matches a signed contract or order, and that annual contracts billed upfront',
    'are spread over the right number of months.',
  ),
];
const hReview = j(
  'Compare the management accounts with the previous month and with budget, and write one sentence of explanation for every line',
  'that moved by more than 10%. Founders rarely read a long commentary, but they will read a short one.',
);
const hQuote = j(
  '“The one-sentence rule changed how our board meetings go. People ask better questions when the numbers come with a reason',
  'attached.” Amira Hassan, Finance Manager at Coldharbour Studio',
);
const hLast = j(
  'Finally, write down anything that slowed you down this month and fix one thing before the next close. Over a year, those',
  'small fixes add up to days saved.',
);
const hNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Resources', 'Blog'];
const hRel: [string, string][] = [
  ['How to set up an approval flow for supplier invoices', 'Fewer late payments, fewer surprises: a step-by-step guide for small teams.'],
  ['Accruals explained for founders', 'What an accrual is, why your accountant keeps asking about them, and how to keep a list.'],
  ['Five reports every finance team of one should automate', 'Stop rebuilding the same spreadsheets every month.'],
];
const hFootCols: [string, string[]][] = [
  ['Product', ['Expenses', 'Bills', 'Cards', 'Integrations']],
  ['Company', ['About', 'Careers', 'Press', 'Contact']],
];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A month-end close checklist for finance teams of one</title>
<link rel="shortcut icon" href="https://www.tallyfold.com/hubfs/favicon.png">
<meta name="description" content="Twelve finance teams of one share the checklist they use to close the month in five working days.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="Twelve finance teams of one share the checklist they use to close the month in five working days.">
<meta property="og:title" content="A month-end close checklist for finance teams of one"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.tallyfold.com/hubfs/hub_generated/template_assets/1/88421530112/1772201933021/template_main.min.css">
<link rel="stylesheet" href="https://www.tallyfold.com/hubfs/hub_generated/template_assets/1/88421530114/1772201933478/template_blog.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.tallyfold.com/blog/month-end-close-checklist"},"headline":"${hTitle}","datePublished":"2027-03-04T09:00:00.000Z",
"author":{"@type":"Person","name":"Owen Castell"},"publisher":{"@type":"Organization","name":"Tallyfold"}}</script>
<meta property="og:url" content="https://www.tallyfold.com/blog/month-end-close-checklist"><meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://www.tallyfold.com/blog/rss.xml">
<script>var hsVars = {"render_id":"8f2a1c7e-3b44-4d19-a0e2-6c5b7d9e1f30","ticks":1772614800123,"page_id":164022817733,"content_group_id":88421530009,
"portal_id":21904477,"app_hs_base_url":"https://app-eu1.hubspot.com","cp_hs_base_url":"https://cp-eu1.hubspot.com","language":"en",
"analytics_page_type":"blog-post","scp_content_type":"","analytics_page_id":"164022817733","category_id":3,"folder_id":0,"is_hubspot_user":false}</script>
</head>
<body><div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-region="eu1"
data-hs-hsp="1"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalized services to you, both on this website and through other media. To find out more about the cookies we use, see our Privacy Policy.</p>
<p>We won't track your information when you visit our site. But in order to comply with your preferences, we'll have to use just one tiny cookie so
that you're not asked to make this choice again.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<div class="body-wrapper   hs-content-id-164022817733 hs-blog-post hs-blog-id-88421530009">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">
Skip to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="https://www.tallyfold.com" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;">
<img src="https://www.tallyfold.com/hubfs/tallyfold-logo.svg" class="hs-image-widget" height="36" style="height: auto;width:150px;" width="150" alt="Tallyfold">
</a></span></div></div><div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (
      t,
    ) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="https://www.tallyfold.com/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav></div>
<div class="header__button"><a class="button" href="https://www.tallyfold.com/demo">Book a demo</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header blog-header--post">
<div class="content-wrapper"><a class="blog-header__back" href="https://www.tallyfold.com/blog">Back to blog</a></div></div>
<div class="content-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.tallyfold.com/blog/author/owen-castell"><img class="blog-post__author-image"
src="https://www.tallyfold.com/hs-fs/hubfs/owen.jpg?width=48&amp;height=48&amp;name=owen.jpg" alt="Owen Castell"></a>
<a class="blog-post__author-name" href="https://www.tallyfold.com/blog/author/owen-castell">Owen Castell</a>
<time datetime="2027-03-04 09:00:00" class="blog-post__timestamp">Mar 4, 2027 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more--><h2>${at(hH, 0)}</h2><p>${hBefore}</p><ol>${lis(hBeforeList)}</ol>
<h2>${at(hH, 1)}</h2><p>${hCash}</p><ul>${lis(hCashList)}</ul>
<div class="hs-web-interactive-inline" style="" data-hubspot-wrapper-cta-id="171822904410"><a
href="https://cta-eu1.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLK"
class="hs-inline-web-interactive-171822904410 " data-hubspot-cta-id="171822904410">Get the free month-end close template</a></div>
<h2>${at(hH, 2)}</h2>${ps(hAccr)}
<h2>${at(hH, 3)}</h2><p>${hReview}</p>
<blockquote><p>“The one-sentence rule changed how our board meetings go. People ask better questions when the numbers come with a reason attached.”
<strong>Amira Hassan, Finance Manager at Coldharbour Studio</strong></p></blockquote>
<p>${hLast}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g><path
d="M0 252.1V48C0 21.5"></path>
</g></svg><a class="blog-post__tag-link" href="https://www.tallyfold.com/blog/tag/finance-operations" rel="tag">Finance Operations</a>,
<a class="blog-post__tag-link" href="https://www.tallyfold.com/blog/tag/small-business" rel="tag">Small Business</a></div>
<div class="blog-post__author-bio"><h3>About the author</h3><p>Owen Castell is a chartered accountant and product manager at Tallyfold, where he works on
the month-end tools. Before that he ran finance at two start-ups on his own.</p></div></article>
<section class="blog-subscribe"><div class="content-wrapper"><h3 class="blog-subscribe__title">Subscribe by email</h3>
<p>One practical finance article every fortnight. No spam.</p><div class="hbspt-form"><form novalidate accept-charset="UTF-8"
action="https://forms-eu1.hsforms.com/submissions/v3/public/submit/formsnext/multipart/21904477/5c1d" enctype="multipart/form-data"
id="hsForm_5c1d" method="POST" class="hs-form stacked hs-form-private hsForm_5c1d hs-form-5c1d hs-custom-style" data-form-id="5c1d">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-5c1d" class="" placeholder="Enter your Email" for="email-5c1d">
<span>Email</span><span class="hs-form-required">*</span></label><legend class="hs-field-desc" style="display: none;"></legend>
<div class="input"><input id="email-5c1d" name="email" required="" placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value="">
</div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div>
</form></div></div></section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link"
href="https://www.tallyfold.com/blog/x"><img class="blog-related-posts__image" src="https://www.tallyfold.com/hubfs/related.jpg" alt=""></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="https://www.tallyfold.com/blog/x">
${t}</a></h3><p>${s}</p></div></article>`,
  )
  .join('\n')}</div></div></section></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hFootCols
  .map(
    ([h, items]) => `<div class="footer__column"><h4 class="footer__heading">${h}</h4><ul
class="footer__menu">${links(items)}</ul></div>`,
  )
  .join('\n')}
<div class="footer__copyright"><p>© 2027 Tallyfold Ltd. Registered in England and Wales, company no. 11849021.</p></div></div></footer></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/21904477.js"></script></body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout703-hubspot-month-end-close',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, hBefore, ...hBeforeList, hCash, ...hCashList, ...hAccr, hReview, hQuote, hLast]),
  bylines: ['Owen Castell', 'Mar 4, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized',
      'services to you, both on this website and through other media. To find out more about the cookies we use, see our Privacy Policy.',
    ),
    j(
      'We won\'t track your information when you visit our site. But in order to comply with your preferences, we\'ll have to use just one tiny',
      'cookie so that you\'re not asked to make this choice again.',
    ),
    'Accept', 'Decline', 'Skip to content', ...hNav, 'Book a demo', 'Back to blog', 'Get the free month-end close template', 'Finance Operations',
    'Small Business', 'About the author',
    j(
      'Owen Castell is a chartered accountant and product manager at Tallyfold, where he works on the month-end tools. Before that he ran',
      'finance at two start-ups on his own.',
    ),
    'Subscribe by email', 'One practical finance article every fortnight. No spam.', 'Email', 'Related posts', ...hRel.flat(),
    ...hFootCols.flatMap(([h, items]) => [h, ...items]), '© 2027 Tallyfold Ltd. Registered in England and Wales, company no. 11849021.',
  ],
});

const kTitle = 'How I built a £3,000 emergency fund on a £24k salary';
const kIntro = [
  j(
    'Two years ago my car failed its MOT two days before payday and I put the £640 repair on a credit card that I then spent eight',
    'months paying off. That was the moment I decided I needed an emergency fund, even though I had no idea where the money would',
    'come from.',
  ),
  j(
    'Fourteen months later I had £3,000 in an easy-access savings account. I was earning £24,000 a year before tax, renting a room',
    'in a shared house in Leicester and not doing anything clever. Here is exactly how I did it.',
  ),
];
const kH = [
  'Why £3,000?',
  'Step 1: find out where the money was going',
  'Step 2: pay myself first',
  'Step 3: boost it with one-off money',
  'How the total grew',
  'Where I keep it',
  'What I would do differently',
];
const kWhy = [
  j(
    'You will often read that an emergency fund should cover three to six months of spending. For me that would have meant saving',
    'more than £6,000, and a number that big felt impossible. So I picked a first target that covered the things most likely to',
    'go wrong: a car repair, a deposit if I had to move, and one month’s rent if I lost shifts.',
  ),
  'Once I reached £3,000 I kept going, but having a smaller goal first made it feel real.',
];
const kStep1 = j(
  'I downloaded three months of bank statements and put every transaction into a spreadsheet. It took a whole Sunday afternoon',
  'and was not fun. But it showed me that I was spending £112 a month on takeaways and £38 on subscriptions I had forgotten about.',
);
const kStep2 = j(
  'The single biggest change was moving money on payday rather than at the end of the month. I set up a standing order for £150',
  'to leave my current account the day after my wages arrived. Whatever was left was what I had to live on.',
);
const kTipTitle = 'My tip';
const kTip = j('Give the savings account a name. Mine is called “Car Dies Again”, and it is much harder to dip into than an account called', '“Savings”.');
const kStep3 = 'Regular saving got me about two-thirds of the way. The rest came from money I would otherwise have spent without noticing:';
const kStep3List = [
  'my £260 tax rebate after months on an emergency tax code',
  'selling an old bike and a games console (£185 together)',
  'overtime over Christmas, which I saved in full',
  'a £175 bonus for switching my current account',
];
const kRows = [
  ['Month', 'Saved that month', 'Running total'],
  ['Month 1', '£150', '£150'],
  ['Month 4', '£410', '£790'],
  ['Month 8', '£150', '£1,730'],
  ['Month 12', '£330', '£2,640'],
  ['Month 14', '£210', '£3,000'],
];
const kKeep = j(
  'The money sits in an easy-access account at Kite Bank paying 4.1% at the time of writing. I chose a different bank from my',
  'current account on purpose, so the balance does not show up every time I open my banking app.',
);
const kDiff = [
  j(
    'I would have started smaller. In the first month I tried to save £300 and ended up moving half of it back. £150 was a number',
    'I could stick to, and sticking to it mattered more than the amount.',
  ),
  'If you are starting from zero, start with £10 a week. It will not feel like much, but the habit is what you are really building.',
];
const kNav = ['Home', 'Start Here', 'Budgeting', 'Saving', 'Debt', 'About', 'Contact'];
const kRel: [string, string][] = [
  ['Sinking funds: the boring trick that saved my Christmas', 'January 8, 2027'],
  ['My no-spend February: what I actually saved', 'March 1, 2026'],
  ['Easy-access savings accounts compared', 'December 2, 2026'],
];
const kComments: [string, string, string][] = [
  [
    'Lauren',
    'February 22, 2027 at 8:14 pm',
    'The naming trick really works! Mine is called “Do Not Touch”. I’m at £900 and this post has made me want to keep going.',
  ],
  ['Megan Doyle', 'February 23, 2027 at 7:02 am', 'Love that name, Lauren! £900 is brilliant, that is already a broken boiler or a car repair covered.'],
];
const kAd = `<div class="code-block code-block-2" style="margin: 8px auto; text-align: center; display: block; clear: both;">
<span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-content-2" class="adsbygoogle-slot" data-ad-slot="content_2"></div></div>`;
const kH2 = (t: string, id: string): string =>
  `<h2 class="kt-adv-heading2291_${id} wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading2291_${id}" id="${id}">${t}</h2>`;
const kHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>How I Built a £3,000 Emergency Fund on a £24k Salary - The Frugal
Sparrow</title>
<meta name="description" content="How I saved £3,000 for emergencies in 14 months while earning £24,000 a year, step by step.">
<link rel="canonical" href="https://thefrugalsparrow.co.uk/emergency-fund-on-24k-salary/"><meta property="og:locale" content="en_GB">
<meta property="og:type" content="article"><meta property="og:title" content="How I Built a £3,000 Emergency Fund on a £24k Salary">
<meta property="article:published_time" content="2027-02-21T07:00:00+00:00"><meta property="article:modified_time" content="2027-03-02T18:40:11+00:00">
<meta name="author" content="Megan Doyle"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="6 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"How I Built a £3,000 Emergency Fund on a £24k Salary","author":{"name":"Megan Doyle"},
"datePublished":"2027-02-21T07:00:00+00:00","wordCount":742}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://thefrugalsparrow.co.uk/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'
/>
<link rel='stylesheet' id='kadence-blocks-tableofcontents-css'
href='https://thefrugalsparrow.co.uk/wp-content/plugins/kadence-blocks/dist/style-blocks-tableofcontents.css'
media='all' />
<style id='kadence-blocks-global-variables-inline-css'>:root {--global-kb-font-size-sm:clamp(0.8rem, 0.73rem + 0.217vw, 0.9rem);}</style>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","expandOf":"Child menu of","collapse":"Child menu"},
"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};</script></head>
<body class="wp-singular post-template-default single single-post postid-2291 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom
hide-focus-outline link-style-standard content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show
non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"
data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left">
<div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard">
<a class="brand has-logo-image" href="https://thefrugalsparrow.co.uk/" rel="home"><img width="60" height="60"
src="https://thefrugalsparrow.co.uk/wp-content/uploads/2025/04/sparrow.png" class="custom-logo" alt="The Frugal Sparrow">
<div class="site-title-wrap"><p class="site-title">The Frugal Sparrow</p><p class="site-description">Money tips for normal wages</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></div>
</header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main"
role="main"><div class="content-wrap"><article id="post-2291" class="entry content-bg single-entry post-2291 post type-post status-publish format-standard
has-post-thumbnail hentry category-saving tag-budgeting tag-emergency-fund"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a
href="https://thefrugalsparrow.co.uk/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a
href="https://thefrugalsparrow.co.uk/category/saving/" itemprop="url"><span>Saving</span></a></span> <span class="bc-delimiter">/</span>
<span class="kadence-bread-current">How I Built a £3,000 Emergency Fund</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://thefrugalsparrow.co.uk/category/saving/"
rel="tag">Saving</a></span></div>
<h1 class="entry-title">${kTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span> <span class="author vcard"><a class="url fn n"
href="https://thefrugalsparrow.co.uk/author/megan/">Megan Doyle</a></span></span>
<span class="updated-on"><span class="meta-label">Updated</span> <time class="entry-date published updated" datetime="2027-03-02T18:40:11+00:00">March 2,
2027</time></span></div></header>
<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner">
<img width="1024" height="683" src="https://thefrugalsparrow.co.uk/wp-content/uploads/2027/02/jar-of-coins-1024x683.jpg" class="post-top-featured wp-post-image"
alt="A jar of coins on a kitchen table" decoding="async"></div></div>
<div class="entry-content single-content">
<p class="has-small-font-size"><em>This post may contain affiliate links. If you sign up through them I may earn a small commission at no extra cost to you.
Read my full <a href="https://thefrugalsparrow.co.uk/disclosure/">disclosure</a>.</em></p>
<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time:</span> <span class="rt-time">6</span>
<span class="rt-label rt-postfix">minutes</span></span>
${ps(kIntro)}
<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id2291_a1" role="navigation" aria-label="Table of Contents">
<div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">
Table of Contents</span></div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 kb-table-of-content-list-style-disc
kb-table-of-content-link-style-underline">${kH
  .map(
    (t, i) => `<li><a class="kb-table-of-contents__entry"
href="#h${i}">${t}</a></li>`,
  )
  .join('')}</ul></div></nav>
${kH2(at(kH, 0), 'h0')}${ps(kWhy)}
${kAd}
${kH2(at(kH, 1), 'h1')}<p>${kStep1}</p>
${kH2(at(kH, 2), 'h2')}<p>${kStep2}</p>
<div class="wp-block-kadence-infobox kt-info-box2291_c1"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left
kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none">
<div class="kadence-info-box-icon-container kt-info-icon-animate-none"><div class="kadence-info-box-icon-inner-container">
<span class="kb-svg-icon-wrap kb-svg-icon-fe_zap kt-info-svg-icon"><svg viewBox="0 0 24 24" aria-hidden="true"><polygon
points="13 2 3 14 12 14 11 22 21 10 12 10 13 2">
</polygon></svg></span></div></div></div></div><div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">${kTipTitle}</h3>
<p class="kt-blocks-info-box-text">${kTip}</p></div></div></div>
${kH2(at(kH, 3), 'h3')}<p>${kStep3}</p><ul class="wp-block-list">${lis(kStep3List)}</ul>
${kH2(at(kH, 4), 'h4')}
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>${kRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${kRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></figure>
${kH2(at(kH, 5), 'h5')}<p>${kKeep}</p>
<div class="wp-block-kadence-column kadence-column2291_d4 product-box"><div class="kt-inside-inner-col"><p class="product-box__name"><strong>Kite Bank Easy
Saver</strong></p><p class="product-box__rate">4.1% AER variable · open with £1 · unlimited withdrawals</p><div
class="wp-block-kadence-advancedbtn kb-buttons-wrap">
<a class="kb-button kt-button button kb-btn2291_e1 kt-btn-size-standard kt-btn-width-type-auto kb-btn-global-fill kt-btn-has-text-true"
href="https://thefrugalsparrow.co.uk/go/kite-bank/" rel="nofollow sponsored"><span class="kt-btn-inner-text">Open an account</span></a></div></div></div>
${kH2(at(kH, 6), 'h6')}${ps(kDiff)}
${kAd}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="https://thefrugalsparrow.co.uk/tag/budgeting/" title="Budgeting" class="tag-link tag-item-budgeting" rel="tag"><span
class="tag-hash">#</span>Budgeting</a>
<a href="https://thefrugalsparrow.co.uk/tag/emergency-fund/" title="Emergency Fund" class="tag-link tag-item-emergency-fund" rel="tag"><span
class="tag-hash">#</span>Emergency
Fund</a></span></div></footer></div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar">
<img alt="" src="https://secure.gravatar.com/avatar/2a1f?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"></div>
<b class="entry-author-name author-name fn"><a href="https://thefrugalsparrow.co.uk/author/megan/" title="Posts by Megan Doyle" rel="author">Megan Doyle</a></b>
<div class="entry-author-description author-bio"><p>I’m Megan, a care coordinator from Leicester who got fed up with being broke two days before payday. I write
about budgeting and saving on an ordinary wage, with real numbers.</p></div>
<div class="entry-author-follow author-follow"><a href="https://www.instagram.com/frugalsparrowuk" class="instagram-link social-button" target="_blank"
rel="noopener" title="Follow Megan on Instagram"><span class="kadence-svg-iconset"><svg aria-hidden="true" viewBox="0 0 32 32"><path
d="M21 1.25H11"></path></svg>
</span><span class="screen-reader-text">Follow Megan on Instagram</span></a></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="https://thefrugalsparrow.co.uk/sinking-funds/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>Sinking funds: the boring trick
that saved my Christmas</a></div><div class="nav-next"><a href="https://thefrugalsparrow.co.uk/no-spend-february/" rel="next"><div class="post-navigation-sub">
<small>Next</small></div>My no-spend February: what I actually saved</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div
class="entry-related-carousel kadence-slide-init splide"
data-columns-xxl="3"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
${kRel
  .map(
    ([t, d]) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post type-post status-publish">
<div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="https://thefrugalsparrow.co.uk/x/" rel="bookmark">${t}</a></h3>
<div class="entry-meta entry-meta-divider-customicon"><span class="posted-on"><time class="entry-date published">${d}</time></span></div></header></div>
</article></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">
${kComments
  .map(
    ([who, when, text], i) => `<li id="comment-31${i}" class="comment ${i === 1 ? 'byuser comment-author-megan bypostauthor' : ''} even depth-1">
<article id="div-comment-31${i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/c${i}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">${who}</b>
<span class="says">says:</span></div><div class="comment-metadata"><a href="https://thefrugalsparrow.co.uk/emergency-fund-on-24k-salary/#comment-31${i}">
<time datetime="2027-02-22T20:14:00+00:00">${when}</time></a></div></footer><div class="comment-content"><p>${text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-31${i}" aria-label="Reply to ${who}">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="/emergency-fund-on-24k-salary/#respond" style="display:none;">Cancel reply</a></small></h3><form
action="https://thefrugalsparrow.co.uk/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Leave a comment..." cols="45" rows="8"
maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">Comment <span
class="required">*</span></label></p>
<div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="Name" id="author" name="author" type="text"
placeholder="John Doe"
value="" size="30" maxlength="245" aria-required="true" required="required"><label class="float-label" for="author">Name <span class="required">*</span>
</label></p><p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" placeholder="john@example.com" value="" size="30"
maxlength="100" aria-describedby="email-notes" aria-required="true" required="required"><label class="float-label" for="email">Email <span
class="required">*</span>
</label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default"
data-section="kadence_customizer_footer_bottom">
<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-2">
<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item
content-align-default content-tablet-align-default content-mobile-align-default content-valign-default" data-section="kadence_customizer_footer_html">
<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© 2027 The Frugal Sparrow. Nothing on this site is financial advice.</p>
</div></div></div></div><div class="site-footer-bottom-section-2 site-footer-section"><nav id="footer-navigation" class="footer-navigation" role="navigation"
aria-label="Footer Navigation"><div class="footer-menu-container"><ul id="footer-menu" class="menu">${links(['Privacy Policy', 'Disclosure', 'Contact'])}
</ul></div></nav></div></div></div></div></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://thefrugalsparrow.co.uk/cookie-policy-uk/"
data-relative_url="#cmplz-cookies-overview">Cookie Policy</a></li></ul></div></div></div>
<script src="https://thefrugalsparrow.co.uk/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
</body></html>`;
const kadence: TestPage = gold({
  name: 'heldout703-wordpress-kadence-emergency-fund',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [...kH.slice(0, 3), kTipTitle, ...kH.slice(3)],
  body: [...texts([...kIntro, ...kWhy, kStep1, kStep2, kTip, kStep3, ...kStep3List]), ...kRows.map((r) => r.join(' ')), ...texts([kKeep, ...kDiff])],
  bylines: ['By Megan Doyle', 'Updated March 2, 2027', 'Reading Time: 6 minutes', ...kComments.flatMap((c) => [c[0], c[1]]), 'Megan Doyle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Frugal Sparrow', 'Money tips for normal wages', ...kNav, 'Saving', 'How I Built a £3,000 Emergency Fund',
    'This post may contain affiliate links. If you sign up through them I may earn a small commission at no extra cost to you. Read my full disclosure.',
    'Table of Contents', ...kH, 'ADVERTISEMENT', 'Kite Bank Easy Saver', '4.1% AER variable · open with £1 · unlimited withdrawals', 'Open an account',
    'Post Tags:', '#Budgeting', '#Emergency Fund',
    j(
      'I’m Megan, a care coordinator from Leicester who got fed up with being broke two days before payday. I write about budgeting and saving on',
      'an ordinary wage, with real numbers.',
    ),
    'Follow Megan on Instagram', 'Post navigation', 'Previous', 'Sinking funds: the boring trick that saved my Christmas', 'Next',
    'My no-spend February: what I actually saved', 'Similar Posts', ...kRel.flat(), '2 Comments', ...kComments.map((c) => c[2]), 'says:', 'Reply',
    'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked', 'Comment', 'Name', 'Email',
    '© 2027 The Frugal Sparrow. Nothing on this site is financial advice.',
    'Privacy Policy', 'Disclosure', 'Contact', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences', 'Cookie Policy',
  ],
});

export const HELDOUT703_C: readonly TestPage[] = [hubspot, kadence];
