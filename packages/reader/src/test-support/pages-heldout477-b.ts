import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file b: a freelance job post on a WordPress job board (WP Job Manager on the Jobify theme) and a marketplace
 * help article on a Zendesk Guide help center (Copenhagen theme).
 */
const jTitle = 'Freelance Illustrator for a Children’s Field Guide (Remote, 3 months)';
const jBody = [
  'Location: Remote (UTC-5 to UTC+1)',
  'Job type: Freelance contract',
  'Budget: $6,500 fixed price, paid in three milestones',
  j(
    'Thistledown Press is a small publisher of nature books for children aged 7 to 11. We are looking for a freelance illustrator',
    'to draw the plates for our next title, a pocket field guide to the birds, insects and plants of city parks.',
  ),
  'The project',
  j(
    'The guide has 64 pages and about 90 species. Each species needs one colour illustration, drawn accurately enough for a child',
    'to recognise the animal or plant outdoors, but warm and friendly in style. We will supply reference photographs and a',
    'species list with notes from our scientific adviser.',
  ),
  'What we are looking for',
  'A portfolio that shows natural history or scientific illustration',
  'Experience preparing files for offset print (CMYK, 300 dpi, bleed)',
  'Availability of about 20 hours a week from January to March',
  'Comfort taking notes from an editor and a scientist in the same round',
  'How to apply',
  j(
    'Send a link to your portfolio and a short note on one illustration you are proud of and why. Applications close on',
    '19 December. We will reply to everyone who applies by 5 January.',
  ),
];
const jNav = ['Find a Job', 'Post a Job', 'Companies', 'Resources', 'Log In'];
const jSide = ['Copywriter for a garden centre newsletter', 'Freelance map maker for a hiking app', 'Book cover designer, middle grade series'];
const jHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${jTitle} &#8211; Makers Gig Board</title><link rel='stylesheet' id='wp-job-manager-frontend-css'
href='https://makersgigboard.com/wp-content/plugins/wp-job-manager/assets/dist/css/frontend.css?ver=2.2.1' media='all' />
<link rel='stylesheet' id='jobify-parent-css' href='https://makersgigboard.com/wp-content/themes/jobify/style.css?ver=4.1.0' media='all' />
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"JobPosting","title":"${jTitle}","employmentType":"CONTRACTOR",
"datePosted":"2026-11-28","hiringOrganization":{"@type":"Organization","name":"Thistledown Press"},"jobLocationType":"TELECOMMUTE"}</script>
<script id="jquery-core-js" src="https://makersgigboard.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></head>
<body class="job_listing-template-default single single-job_listing postid-2214 wp-job-manager-single custom-font-enabled">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-header-wrapper container">
<div class="site-branding"><h2 class="site-title"><a href="https://makersgigboard.com/" rel="home"><span>Makers Gig Board</span></a></h2>
<p class="site-description">Freelance work for illustrators, writers and makers</p></div>
<nav id="site-navigation" class="site-primary-navigation"><ul id="menu-main" class="primary menu">${links(jNav, 'menu-item menu-item-type-post_type')}</ul>
<a href="https://makersgigboard.com/post-a-job/" class="button">Sign Up</a></nav></div></header>
<div id="content" class="site-content"><div class="single_job_listing" itemscope itemtype="http://schema.org/JobPosting">
<div class="page-header"><h1 class="page-title">${jTitle}</h1><h3 class="page-subtitle"><ul class="job-listing-meta meta">
<li class="job-type freelance">Freelance</li><li class="location"><a class="google_map_link" href="#">Anywhere</a></li>
<li class="date-posted"><time datetime="2026-11-28">Posted 1 week ago</time></li>
<li class="job-company"><a href="https://makersgigboard.com/company/thistledown-press/">Thistledown Press</a></li></ul></h3></div>
<div id="primary" class="container"><div class="content-area row"><div class="site-content col-md-8">
<div class="job_listing-description job-overview" itemprop="description"><ul class="job-terms">${lis(jBody.slice(0, 3))}</ul>
${ps([at(jBody, 3)])}<h2>${at(jBody, 4)}</h2>${ps([at(jBody, 5)])}<h2>${at(jBody, 6)}</h2><ul>${lis(jBody.slice(7, 11))}</ul>
<h2>${at(jBody, 11)}</h2>${ps([at(jBody, 12)])}</div>
<div class="job_application application"><input type="button" class="application_button button" value="Apply for job" />
<div class="application_details">
<p>To apply for this job <strong>email your details to</strong> <a href="mailto:art@thistledown.example">art@thistledown.example</a></p>
</div></div><div class="job-manager-bookmark-actions"><a href="#" class="bookmark-notice">Bookmark This Job</a></div>
<div class="share-job"><span>Share this job:</span><a href="#" class="share-twitter">X</a><a href="#" class="share-facebook">Facebook</a>
<a href="#" class="share-linkedin">LinkedIn</a></div></div>
<div class="job_listing-info col-md-4"><aside class="widget widget--job_listing widget--job_listing-company-logo">
<img class="company_logo" src="https://makersgigboard.com/wp-content/uploads/job-manager-uploads/company_logo/thistle.png" alt="Thistledown Press">
<h3 class="widget-title">Thistledown Press</h3><p class="tagline">Small books about big outdoors</p>
<ul class="job_listing-company-social"><li><a href="https://thistledown.example">Website</a></li></ul></aside>
<aside class="widget widget--job_listing widget_recent_job_listings"><h3 class="widget-title">More Jobs</h3>
<ul class="job_listings">${links(jSide, 'job_listing')}</ul>
</aside></div></div></div></div></div>
<div class="footer-cta"><h2>Get new gigs in your inbox</h2><form class="job-alert"><input type="email" placeholder="Your email">
<input type="submit" value="Create alert"></form></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="copyright">© 2026 Makers Gig Board &mdash; All Rights Reserved</div>
<ul class="footer-menu">${links(['About', 'Pricing', 'Privacy', 'Contact'])}</ul></footer></div>
<script src="https://makersgigboard.com/wp-content/themes/jobify/js/jobify.min.js?ver=4.1.0"></script></body></html>`;
const jobPost: TestPage = {
  name: 'heldout477-wp-job-manager-post',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [at(jBody, 4), at(jBody, 6), at(jBody, 11)],
  body: texts(jBody.filter((_, i) => ![4, 6, 11].includes(i))),
  bylines: ['Posted 1 week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Makers Gig Board', 'Freelance work for illustrators, writers and makers', ...jNav, 'Sign Up', 'Anywhere',
    'To apply for this job email your details to art@thistledown.example', 'Bookmark This Job', 'Share this job:', 'X', 'Facebook', 'LinkedIn',
    'Small books about big outdoors', 'Website', 'More Jobs', ...jSide, 'Get new gigs in your inbox',
    '© 2026 Makers Gig Board — All Rights Reserved', 'Pricing', 'Privacy', 'Contact',
  ],
};

const zTitle = 'How payment protection works for hourly contracts';
const zBody = [
  j(
    'Payment protection means you get paid for the hours you log on an hourly contract, even if a client disputes the work or stops',
    'replying. It applies automatically when you meet the conditions below.',
  ),
  'Who is covered',
  j(
    'Payment protection covers freelancers on hourly contracts who track their time with the Kettleby desktop app. Time you add',
    'by hand is not covered, and neither are fixed-price contracts, which are protected by milestones instead.',
  ),
  'What you need to do',
  'Track your time with the desktop app, with screenshots turned on.',
  'Write a short memo for each session describing the work.',
  'Make sure the work you log is related to the contract.',
  'Keep your weekly hours under the limit the client set.',
  'What happens if a client disputes your hours',
  j(
    'The client can dispute hours during the review period, which runs from Monday to Friday after the week the hours were logged.',
    'If they do, we review the work diary. Hours with clear screenshots and memos that match the contract are paid to you in full.',
  ),
  'Note: Payment protection does not apply to contracts paid outside Kettleby.',
];
const zCrumbs = ['Kettleby Help Center', 'Freelancers', 'Getting paid'];
const zInSection = ['Withdrawing your earnings', 'Why is my payment pending?', 'Fixed-price milestones explained', 'Service fees for freelancers'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} &ndash; Kettleby Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:kQ8xw">
<link rel="canonical" href="https://help.kettleby.example/hc/en-us/articles/4409817-How-payment-protection-works-for-hourly-contracts">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-ad4d8c7b.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9127730/style.css" media="all">
<script>window.HelpCenter={};HelpCenter.account={"subdomain":"kettleby"};HelpCenter.user={"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us">
<img src="//theme.zdassets.com/theme_assets/9127730/logo.png" alt="Kettleby Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container">
<div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" id="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links(zInSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/360-Getting-paid" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://kettleby.zendesk.com/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span>Ines Valcourt</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-10-02T14:11:05Z"
title="2026-10-02 14:11" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" href="/hc/en-us/articles/4409817/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([at(zBody, 0)])}<h2>${at(zBody, 1)}</h2>${ps([at(zBody, 2)])}
<h2>${at(zBody, 3)}</h2><ol>${lis(zBody.slice(4, 8))}</ol><h2>${at(zBody, 8)}</h2>${ps([at(zBody, 9)])}
<div class="callout callout--note"><p><strong>Note:</strong> Payment protection does not apply to contracts paid outside Kettleby.</p></div></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 19 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2>Related articles</h2><ul>
${links(['Understanding the work diary', 'Disputes on hourly contracts'])}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Kettleby</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div></div></footer>
<script src="//static.zdassets.com/hc/assets/en-us.bbb3d4d2.js"></script><script src="//theme.zdassets.com/theme_assets/9127730/script.js"></script>
</body></html>`;
const zendeskHelp: TestPage = {
  name: 'heldout477-zendesk-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [at(zBody, 1), at(zBody, 3), at(zBody, 8)],
  body: texts(zBody.filter((_, i) => ![1, 3, 8].includes(i))),
  bylines: ['Ines Valcourt', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Kettleby Help Center', 'Getting paid', 'Articles in this section', ...zInSection, 'See more',
    'Follow',
    'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', 'No', '14 out of 19 found this helpful', 'Have more questions?',
    'Return to top', 'Related articles', 'Understanding the work diary', 'Disputes on hourly contracts', 'English (US)',
  ],
};

export const HELDOUT477_B: readonly TestPage[] = [jobPost, zendeskHelp];
