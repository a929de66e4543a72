import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout571-kit.js';

/**
 * Held-out batch 571, file a: a candidate advice post on a WordPress (Astra) recruitment agency blog with comments, and a
 * sector page of a construction staffing firm built with Webflow.
 */
const aTitle = 'How to answer competency-based interview questions (with examples)';
const aIntro = [
  j(
    'Most of the interviews our candidates sit for office, logistics and healthcare roles now include at least three competency',
    'questions. They all start the same way: <em>"Tell me about a time when…"</em>. The interviewer is not looking for the perfect',
    'story, but for proof that you have done the thing the job needs, and that you can explain how you did it.',
  ),
  j(
    'Over the past year our consultants at Harwell Brooke Recruitment have sat in on more than 400 interview debriefs. The same',
    'handful of mistakes came up again and again, and almost all of them can be fixed with an hour of preparation.',
  ),
];
const aH1 = 'Use the STAR method, but keep the "A" the longest';
const aStar = [
  j(
    'STAR stands for Situation, Task, Action and Result. Candidates usually know the letters, but spend two minutes on the',
    'situation and twenty seconds on what they actually did. Turn that around. A good answer sounds roughly like this:',
  ),
];
const aStarList = [
  '<strong>Situation</strong> – one or two sentences. Where were you, and what was going on?',
  '<strong>Task</strong> – what you were responsible for, not what the team was responsible for.',
  '<strong>Action</strong> – three or four concrete steps you took, in the order you took them.',
  '<strong>Result</strong> – what changed, with a number if you have one, and what you would do differently.',
];
const aH2 = 'Prepare six stories, not twenty';
const aSix = [
  j(
    'You cannot predict every question, but you can predict the competencies. Read the job advert again and underline the',
    'skills it mentions more than once. For most roles you will end up with teamwork, dealing with pressure, solving a problem,',
    'handling a difficult customer or colleague, a mistake you made, and a time you took the lead.',
  ),
  j(
    'Write one story for each on a single index card. A well-chosen story can answer two or three different questions: the',
    'night the warehouse scanner system went down is about pressure, about problem solving and about leading a team.',
  ),
];
const aH3 = 'An example answer';
const aQuote = j(
  '"In my last role at a parcel depot, the sorting belt broke down on the Friday before a bank holiday. I was shift supervisor,',
  'so my job was to get 3,000 parcels out by 6pm. I split the team into two lines for manual sorting, moved our two fastest',
  'pickers onto labelling, and called the courier to push the collection back by an hour. We loaded the last van at 6.40pm',
  'with no missed deliveries, and afterwards I wrote the manual sorting plan we now use for every breakdown."',
);
const aAfter = [
  j(
    'Notice what the answer does: it says "I" rather than "we" when describing the actions, it gives a number for the result, and',
    'it ends with something that lasted beyond the day itself.',
  ),
];
const aH4 = 'What to do if you have no example';
const aNone = [
  j(
    'If you are new to work or changing careers, it is fine to use examples from college, volunteering, sport or caring for a',
    'relative. Say so plainly rather than stretching a story. Interviewers would rather hear about how you organised a charity',
    'quiz night for 120 people than a vague answer about "a project at work".',
  ),
  j(
    'And if you genuinely freeze, ask for a moment. "Can I take a few seconds to think of the best example?" is a sentence',
    'no interviewer has ever marked anyone down for.',
  ),
  'Good luck – and if you are registered with us, ask your consultant for a mock interview before the real one.',
];
const aNav = ['Find a Job', 'Employers', 'Sectors', 'Career Advice', 'About Us', 'Contact'];
const aCats = ['Career Advice', 'Interviews'];
const aRecent = ['Five questions to ask at the end of an interview', 'Is a temp-to-perm role right for you?', 'How to write a CV for warehouse jobs'];
const aFoot = ['Privacy Policy', 'Cookie Policy', 'Modern Slavery Statement', 'Complaints'];
const aC1 = 'This is so helpful. I always talk about the team and forget to say what I did myself. Practising with cards tonight!';
const aC2 = 'Used the parcel depot structure for my interview today and they asked two follow-ups about the result. Got a second interview.';
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} - Harwell Brooke Recruitment</title>
<meta name="description" content="Competency questions explained, with the STAR method and a worked example answer.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-08T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Priya Maddox"},"datePublished":"2026-09-08T08:30:00+00:00","publisher":{"@type":"Organization",
"name":"Harwell Brooke Recruitment"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.entry-title{font-size:2.2rem}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2217 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar
astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img width="220" height="60" src="/wp-content/uploads/2024/02/hb-logo.png" class="custom-logo" alt="Harwell Brooke Recruitment"></a></span></div></div>
<div class="ast-main-header-bar-alignment">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-button-wrap">
<button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-controls="primary-menu" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2217 post type-post status-publish format-standard has-post-thumbnail hentry category-career-advice category-interviews
ast-article-single" id="post-2217" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb">
<img width="1200" height="630" src="/wp-content/uploads/2026/09/interview-desk.jpg" class="attachment-large size-large wp-post-image"
alt="Two people at an interview table" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">
By <a title="View all posts by Priya Maddox" href="/author/priya/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Priya Maddox</span></a></span>
 / <span class="posted-on"><span class="published" itemprop="datePublished">8 September 2026</span></span>
 / <span class="cat-links">
<a href="/category/career-advice/" rel="category tag">Career Advice</a>, <a href="/category/interviews/" rel="category tag">Interviews</a></span>
 / <span class="comments-link"><a href="#comments">2 Comments</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH1}</h2>
${ps(aStar)}
<ul class="wp-block-list">${lis(aStarList)}</ul>
<h2 class="wp-block-heading">${aH2}</h2>
${ps(aSix)}
<h3 class="wp-block-heading">${aH3}</h3>
<blockquote class="wp-block-quote"><p>${aQuote}</p></blockquote>
${ps(aAfter)}
<h2 class="wp-block-heading">${aH4}</h2>
${ps(aNone)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/jobs/">Search our latest jobs</a></div>
</div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/is-temp-to-perm-right-for-you/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/questions-to-ask-at-the-end/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">2 thoughts on “${aTitle}”</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Daniel O.</b></cite></div>
<div class="ast-comment-time"><a href="#comment-311"><time datetime="2026-09-09T19:02:11+00:00">9 September 2026 at 7:02 pm</time></a></div></div>
<section class="ast-comment-content comment"><p>${aC1}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-318"><article id="comment-318" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">Leanne Farrow</b></cite></div>
<div class="ast-comment-time"><a href="#comment-318"><time datetime="2026-09-14T12:40:55+00:00">14 September 2026 at 12:40 pm</time></a></div></div>
<section class="ast-comment-content comment"><p>${aC2}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(aRecent)}</ul></aside>
<aside id="block-7" class="widget widget_block"><div class="wp-block-group hb-register"><h2 class="wp-block-heading">Looking for work?</h2>
<p>Register with us in five minutes and a consultant will call you back the same day.</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/register/">Register your CV</a></div></div></div></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row"><div class="site-footer-section">
<ul class="footer-links">${links(aFoot)}</ul><div class="ast-footer-copyright">
<p>Copyright © 2026 Harwell Brooke Recruitment Ltd | Registered in England No. 08812345 | Powered by Astra WordPress Theme</p></div></div></div></div>
</footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" class="cli-bar-container"><span>We use cookies to give you the best experience on our website.
<a role="button" class="cli_settings_button" tabindex="0">Cookie Settings</a>
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a></span></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout571-astra-interview-advice',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3, aH4],
  body: texts([...aIntro, ...aStar, ...aStarList, ...aSix, aQuote, ...aAfter, ...aNone]),
  bylines: ['By Priya Maddox', '8 September 2026', 'Daniel O.', '9 September 2026 at 7:02 pm', 'Leanne Farrow', '14 September 2026 at 12:40 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, '2 Comments', 'Search our latest jobs', '← Previous Post', 'Next Post →',
    `2 thoughts on “${aTitle}”`, aC1, aC2, 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...aRecent, 'Looking for work?', 'Register with us in five minutes and a consultant will call you back the same day.',
    'Register your CV', ...aFoot, 'Copyright © 2026 Harwell Brooke Recruitment Ltd | Registered in England No. 08812345 | Powered by Astra WordPress Theme',
    'We use cookies to give you the best experience on our website.', 'Cookie Settings', 'Accept',
  ],
};

const wTitle = 'Construction & Civil Engineering Recruitment';
const wDek = 'Site managers, quantity surveyors, plant operators and skilled trades – placed on projects across the East Midlands since 2009.';
const wIntro = [
  j(
    'Granby Site Staffing supplies temporary, contract and permanent people to main contractors, groundworks firms and local',
    'authorities. Our construction desk is run by five consultants who have all worked on site themselves, so we know the',
    'difference between a CSCS blue card and a gold one, and why it matters on a Monday morning.',
  ),
];
const wH1 = 'Roles we recruit for';
const wRoles = [
  'Site managers and assistant site managers',
  'Quantity surveyors and estimators',
  'Plant operators (360 excavators, dumpers, telehandlers)',
  'Groundworkers, bricklayers and steel fixers',
  'Labourers with CSCS cards',
  'Traffic marshals and gatemen',
];
const wH2 = 'Compliance you can rely on';
const wComp = [
  j(
    'Every operative we place has had their right to work, CSCS or CPCS card and references checked before their first shift.',
    'We keep copies on our portal, so your site team can check any worker\u2019s tickets from their phone at the gate.',
  ),
];
const wH3 = 'Need labour this week?';
const wNeed = ['Most temporary requests received before 2pm are filled for the next working day. Call the desk or send us your requirement.'];
const wNav = ['Sectors', 'Jobs', 'Employers', 'Candidates', 'About', 'Contact us'];
const wStats = ['1,200+ operatives placed in 2025', '94% of shifts filled within 24 hours', '38 active client sites'];
const wJobs = ['Site Manager – Loughborough – £58,000', 'CPCS 360 Operator – Nottingham – £19.50/hr', 'Groundworker – Derby – £16.00/hr'];
const wFoot = ['Privacy notice', 'Terms of business', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Oct 05 2026 10:14:32 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.granbysite.co.uk" data-wf-page="64f1c2a9e8b1a7d3c0a1b2c4" data-wf-site="64f1c2a9e8b1a7d3c0a1b2a0" lang="en"><head>
<meta charset="utf-8">
<title>Construction Recruitment Agency | Granby Site Staffing</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64f1c2a9e8b1a7d3c0a1b2a0/css/granby.webflow.shared.4f1a2b.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EmploymentAgency","name":"Granby Site Staffing",
"address":{"addressLocality":"Nottingham"}}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:2rem}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand">
<img src="https://assets-global.website-files.com/64f1/granby-logo.svg" loading="lazy" alt="Granby Site Staffing" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">
<div class="navbar_menu-links">${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`).join('')}</div>
<a href="/register" class="button is-small w-button">Register as a worker</a></nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div><div class="menu-icon_line-bottom"></div></div>
</div></div></div>
<main class="main-wrapper"><header class="section_sector-header"><div class="padding-global"><div class="container-large"><div class="sector-header_component">
<div class="text-size-small text-weight-semibold">SECTOR</div><h1 class="heading-style-h1">${wTitle.replace('&', '&amp;')}</h1>
<p class="text-size-medium">${wDek}</p><div class="button-group"><a href="/employers/request-staff" class="button w-button">Request staff</a>
<a href="/jobs?sector=construction" class="button is-secondary w-button">View construction jobs</a></div></div></div></div></header>
<section class="section_stats"><div class="padding-global"><div class="container-large"><div class="stats_component">
${wStats.map((t) => `<div class="stats_item"><div class="stats_text">${t}</div></div>`).join('')}</div></div></div></section>
<section class="section_sector-content"><div class="padding-global"><div class="container-medium"><div class="sector-content_rich-text w-richtext">
${ps(wIntro)}<h2>${wH1}</h2><ul role="list">${lis(wRoles)}</ul><h2>${wH2}</h2>${ps(wComp)}<h3>${wH3}</h3>${ps(wNeed)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/64f1/site-team.jpg" loading="lazy" alt="Groundworkers on a housing site"></div>
<figcaption>Our operatives on the Hucknall Road housing scheme</figcaption></figure></div></div></div></section>
<section class="section_latest-jobs"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">Latest construction jobs</h2>
<div class="w-dyn-list"><div role="list" class="jobs_list w-dyn-items">${wJobs
  .map(
    (t) => `<div role="listitem" class="w-dyn-item">
<a href="/jobs/x" class="job-card w-inline-block"><div class="job-card_title">${t}</div></a></div>`,
  )
  .join('')}
</div></div><a href="/jobs" class="button is-tertiary w-button">All jobs</a></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="cta_component"><h2>Talk to the construction desk</h2>
<p>0115 496 0233 · construction@granbysite.co.uk</p></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_bottom">
<div class="footer_credit-text">© 2026 Granby Site Staffing Ltd. All rights reserved.</div>
<div class="w-layout-grid footer_legal-list">${wFoot.map((t) => `<a href="#" class="footer_legal-link">${t}</a>`).join('')}</div></div></div></footer></div>
<div fs-cc="banner" class="fs-cc-banner_component">
<div class="fs-cc-banner_text">By clicking "Accept", you agree to the storing of cookies on your device.</div>
<a fs-cc="deny" href="#" class="fs-cc-banner_button is-secondary w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
</div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f1c2a9e8b1a7d3c0a1b2a0/js/webflow.3a1b2c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout571-webflow-construction-sector',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([wDek, ...wIntro, ...wRoles, ...wComp, ...wNeed]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Register as a worker', 'SECTOR', 'Request staff', 'View construction jobs', ...wStats, 'Our operatives on the Hucknall Road housing scheme',
    'Latest construction jobs', ...wJobs, 'All jobs', 'Talk to the construction desk', '0115 496 0233 · construction@granbysite.co.uk',
    '© 2026 Granby Site Staffing Ltd. All rights reserved.', ...wFoot, 'By clicking "Accept", you agree to the storing of cookies on your device.', 'Deny',
    'Accept',
  ],
};

export const HELDOUT571_A: readonly TestPage[] = [astra, webflow];
