import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file a: a day nursery's inspection report summary posted on WordPress (Astra theme, right sidebar,
 * comments), and a pre-school's fees page on Squarespace 7.1 (sections, a fees table, an FAQ accordion and a footer form).
 */
const aTitle = 'Our inspection report: Good in every area';
const aBody = [
  j(
    'We are delighted to share that Little Wrens Day Nursery has been judged <strong>Good</strong> in every area following our',
    'inspection by the Early Years Standards Board on 4 and 5 March. The full report is now published on the board’s website.',
  ),
  j(
    'The inspector spent two days with us, watching sessions in all three rooms, joining the children at lunch and talking to',
    'parents at drop-off. We want to thank every family who stopped to share their views on a very wet Tuesday morning.',
  ),
  'Key judgements',
  'Quality of education: Good',
  'Behaviour and attitudes: Good',
  'Personal development: Good',
  'Leadership and management: Good',
  'Overall effectiveness: Good',
  'What the inspector said',
  j(
    '“Children arrive happy and settle quickly. Key persons know their children extremely well and plan activities that build',
    'on what each child already knows and can do.”',
  ),
  j('“Staff in the baby room respond warmly to babies’ sounds and gestures, which supports their early communication well.”'),
  j(
    'The report also notes our garden curriculum, our work with the speech and language team and the way we share each child’s',
    'progress with parents through short, regular conversations rather than long written reports.',
  ),
  'What we will work on',
  j(
    'The inspector asked us to make sure that older children have more chances to manage small risks for themselves, for',
    'example serving their own food and pouring their own drinks at lunchtime. We agree, and the Robins room started',
    'family-style serving this week.',
  ),
  j(
    'We will also review how we plan for children who attend only two days a week, so that their learning builds as steadily',
    'as it does for children who are with us every day.',
  ),
  j(
    'Our manager, Tamsin, will be in the foyer on Thursday 20 March from 4pm to 6pm if you would like to talk about the report.',
    'You can read the full report on the Early Years Standards Board website by searching for our registration number, EY583902.',
  ),
];
const aNav = ['Home', 'About Us', 'Our Rooms', 'Fees & Funding', 'News', 'Careers', 'Contact'];
const aRecent = ['Spring menu now available', 'Welcome to our new Robins room lead', 'Nursery closed for staff training, 14 February'];
const aCats = ['Inspection', 'Nursery News'];
const aFoot = ['Privacy Policy', 'Safeguarding', 'Complaints Procedure'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle.replace(/&/g, '&amp;')} &#8211; Little Wrens Day Nursery</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel="canonical" href="https://littlewrensnursery.example/our-inspection-report/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Tamsin Orrell"},"datePublished":"2027-03-12T09:14:00+00:00"},{"@type":"WebSite","name":"Little Wrens Day Nursery"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px}.entry-title{color:#2f4858}</style>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-412 ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope>
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2024/02/wrens-logo.png" class="custom-logo" alt="Little Wrens Day Nursery"></a></span></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1" id="primary-site-navigation"
aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-inspection ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2027/03/garden.jpg"
alt="Children planting seeds in the nursery garden"></div><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/tamsin/" rel="author">
<span class="author-name" itemprop="name">Tamsin Orrell</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
March 12, 2027</span></span> /
<span class="ast-terms-link">${aCats.map((c) => `<a href="/category/${c.toLowerCase().replace(/ /g, '-')}/">${c}</a>`).join(', ')}</span>
</div></header><div class="entry-content clear" itemprop="text">
${ps(aBody.slice(0, 2))}
<h2 class="wp-block-heading">${aBody[2]}</h2>
<ul class="wp-block-list">${lis(aBody.slice(3, 8))}</ul>
<h2 class="wp-block-heading">${aBody[8]}</h2>
<blockquote class="wp-block-quote"><p>${aBody[9]}</p></blockquote>
<blockquote class="wp-block-quote"><p>${aBody[10]}</p></blockquote>
${ps([aBody[11] ?? ''])}
<h2 class="wp-block-heading">${aBody[12]}</h2>
${ps(aBody.slice(13))}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="#">Read the full report</a></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#">
<span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="#"><span>X</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="#"><span>Email</span></a></li></ul></div></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/spring-menu/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">1 Comment</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Priya M.</b></cite></div>
<div class="ast-comment-time"><a href="#comment-88"><time datetime="2027-03-12T18:02:11+00:00">March 12, 2027 at 6:02 pm</time></a></div></div>
<section class="ast-comment-content comment"><p>Well deserved! Our two have loved every day in Wrens and Robins.</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div>
</section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked <span class="required">*</span></p><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Opening Hours</h2><div class="textwidget"><p>Monday to Friday, 7:30am to 6:00pm</p>
<p>Closed bank holidays and one week at Christmas</p></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(aRecent)}</ul></nav></aside>
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<input type="submit" class="search-submit" value="Search"></form></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemscope><div class="site-below-footer-wrap"><div class="ast-builder-grid-row-container-inner">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Little Wrens Day Nursery | Registered with the Early Years Standards Board, EY583902</p></div>
<nav class="footer-navigation"><ul>${links(aFoot)}</ul></nav></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container"><span>We use cookies to give you the best experience on our website.
<a role="button" class="cli_settings_button" href="#">Cookie Settings</a><a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
</span></div>
<script id="astra-theme-js-js" src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout667-astra-inspection-summary',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aBody[2] ?? '', aBody[8] ?? '', aBody[12] ?? ''],
  body: texts(aBody.filter((_, i) => ![2, 8, 12].includes(i))),
  bylines: ['Tamsin Orrell', 'March 12, 2027', 'Priya M.', 'March 12, 2027 at 6:02 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Main Menu', ...aNav, 'Nursery News', 'Share this:', 'Facebook', 'X', 'Email', 'Post navigation',
    '← Previous Post', '1 Comment', 'Well deserved! Our two have loved every day in Wrens and Robins.', 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Opening Hours', 'Monday to Friday, 7:30am to 6:00pm',
    'Closed bank holidays and one week at Christmas', 'Recent Posts', ...aRecent, 'Search for:',
    'Copyright © 2027 Little Wrens Day Nursery | Registered with the Early Years Standards Board, EY583902', ...aFoot,
    'We use cookies to give you the best experience on our website.', 'Cookie Settings', 'Accept',
  ],
};

const sTitle = 'Fees & Funding 2027–28';
const sIntro = [
  j(
    'Our fees are set each September and stay the same for the whole school year. They include all meals, snacks, nappies,',
    'wipes, sun cream and outings, so there are no extras to budget for.',
  ),
];
const sHead = ['Session fees', 'Government funded hours', 'Paying your bill', 'Frequently asked questions'];
const sRows = [
  ['Morning session', '8:30am – 12:30pm', '£34.00'],
  ['Afternoon session', '12:30pm – 4:30pm', '£32.00'],
  ['School day', '8:30am – 3:00pm', '£52.00'],
  ['Full day', '8:00am – 6:00pm', '£71.50'],
];
const sAfterTable = ['Children need to book at least two sessions a week. We offer a 5% sibling discount on the fees of the older child.'];
const sFunded = [
  j(
    'All three and four year olds are entitled to 15 hours of funded early education a week, and many working families can claim',
    '30 hours. Children from nine months old may also be eligible for funded hours if their parents work.',
  ),
  j(
    'We take funded hours across the school day and full day sessions. Funding covers the education part of the day; we make a',
    'consumables charge of <strong>£4.50 per funded day</strong> for meals and materials, which you can decline by sending a packed lunch.',
  ),
  'Bring your eligibility code to us at least four weeks before the start of the term in which you want to use it.',
];
const sPay = [
  'Invoices are sent by email on the first working day of each month.',
  'Fees are paid monthly in advance by bank transfer or through a Tax-Free Childcare account.',
  'We accept childcare vouchers from all the main employer schemes.',
  'A non-refundable registration fee of £60 is payable when you accept a place.',
];
const sFaq = [
  ['Do I pay when my child is ill or on holiday?', 'Yes. Your place is held for you, so fees are charged as normal. Bank holidays are not charged.'],
  ['How much notice do I need to give?', 'We ask for one full calendar month’s notice in writing if you want to reduce your sessions or leave the pre-school.'],
  ['Can I change my sessions during the year?', 'Usually, yes. Speak to Ruth in the office and we will do our best to fit in with you.'],
] as const;
const sNav = ['Home', 'About', 'Our Day', 'Fees', 'Join Us', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Fees &amp; Funding &mdash; Hollybank Pre-School</title><link rel="canonical" href="https://www.hollybankpreschool.example/fees">
<meta property="og:site_name" content="Hollybank Pre-School"><meta property="og:title" content="Fees &amp; Funding &mdash; Hollybank Pre-School">
<script type="application/ld+json">{"url":"https://www.hollybankpreschool.example","name":"Hollybank Pre-School","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Hollybank Pre-School CIO","address":"Church Lane, Hollybank","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6512a/13/5c5a519771c10ba3470d8101/6512a1/1572/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64f1c2a9b7e3d21a5c7f0e11" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled
header-width-full collection-type-page collection-64f1c2a9b7e3d21a5c7f0e11 mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title">Hollybank Pre-School</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection${n === 'Fees' ? ' header-nav-item--active' : ''}">
<a href="/${n.toLowerCase().replace(/ /g, '-')}">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join-us">Book a Visit</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" aria-label="Open Menu"
aria-expanded="false"><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div></div></div>
</button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c2a9b7e3d21a5c7f0e12">
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--wide horizontal-alignment--center vertical-alignment--middle dark"><div class="section-background"><img alt=""
src="https://images.squarespace-cdn.com/content/v1/64f1c2/hero.jpg"></div><div class="content-wrapper"><div class="content"><div
class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div
class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="text-align:center;white-space:pre-wrap;">Fees &amp; Funding 2027–28</h1></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed white">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">${sHead[0]}</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="fees-table">
<thead><tr><th>Session</th><th>Times</th><th>Daily fee</th></tr></thead><tbody>${trs(sRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sAfterTable, ' style="white-space:pre-wrap;"')}<h2 style="white-space:pre-wrap;">${sHead[1]}</h2>${ps(sFunded, ' style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHead[2]}</h2><ul data-rte-list="default">${lis(sPay.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed light">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>${sHead[3]}</h2></div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"><div class="sqs-block-content"><ul class="accordion-items-container"
data-should-allow-multiple-open-items="false">${sFaq
  .map(
    ([q, a], i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading"
aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-item-${i}">
<span class="accordion-item__title">${q}</span>
<div class="accordion-icon-container" aria-hidden="true"><div class="plus"></div></div></button></h4><div class="accordion-item__dropdown" role="region"
id="accordion-item-${i}"><div class="accordion-item__description"><p>${a}</p></div></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center"><a href="/join-us"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Ask about a place</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Hollybank Pre-School</h3>
<p>The Scout Hut, Church Lane, Hollybank</p><p>01632 960 418 · office@hollybankpreschool.example</p><p>Registered charity no. 1189204</p></div></div></div>
</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper">
<form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in touch</h2>
<div class="newsletter-form-header-description"><p>News and term dates, once a month.</p></div></div><div class="newsletter-form-body">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3">Email Address</label>
<input id="email-yui_3" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div></div></section></footer></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout667-squarespace-fees',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sHead.slice(0, 3), sHead[3] ?? '', ...sFaq.map(([q]) => q)],
  body: texts([...sIntro, ...rowText(sRows), ...sAfterTable, ...sFunded, ...sPay, ...sFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Hollybank Pre-School', 'Home', 'About', 'Our Day', 'Join Us', 'Contact', 'Book a Visit', 'Ask about a place',
    'The Scout Hut, Church Lane, Hollybank', '01632 960 418 · office@hollybankpreschool.example', 'Registered charity no. 1189204',
    'Stay in touch', 'News and term dates, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
  ],
};

export const HELDOUT667_A: readonly TestPage[] = [astra, squarespace];
