import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file b: a photography tutorial on a WordPress blog with the Astra theme (Complianz cookie banner, Easy
 * Table of Contents box, Gutenberg image with caption, Social Warfare share panel, a "Read more" promo, Mailchimp sign-up,
 * author box, comments, sidebar widgets) and a camera maker's support article on a Zendesk Help Center (Copenhagen theme:
 * breadcrumbs, author and "Updated" meta, Follow button, votes, "Articles in this section", related articles).
 */
const wTitle = 'The sunny 16 rule: how to meter without a meter (and when to break it)';
const wIntro = [
  j(
    'Long before every camera had a light meter built in, photographers judged exposure by looking at the sky. The sunny 16 rule is',
    'the simplest of those old habits, and it is still worth learning: it will rescue you when a meter is fooled by snow or a dark',
    'doorway, and it makes shooting an old mechanical camera far less stressful.',
  ),
];
const wRule = [
  j(
    'On a bright day with the sun behind you and crisp shadows on the ground, set your aperture to f/16 and your shutter speed to the',
    'reciprocal of your ISO. At ISO 100 that means 1/100 sec, or the nearest setting, 1/125 sec. At ISO 400 it means 1/500 sec.',
  ),
  j(
    'That is the whole rule. Everything else is a matter of adjusting from that starting point as the light gets softer, and',
    'remembering that one stop of aperture can always be traded for one stop of shutter speed.',
  ),
];
const wTable: ReadonlyArray<readonly [string, string, string]> = [
  ['Bright sun on snow or sand', 'f/22', 'Very sharp, dark shadows'],
  ['Full sun', 'f/16', 'Distinct, hard-edged shadows'],
  ['Slight overcast', 'f/11', 'Soft shadow edges'],
  ['Overcast', 'f/8', 'Barely visible shadows'],
  ['Heavy overcast', 'f/5.6', 'No shadows'],
  ['Open shade or sunset', 'f/4', 'Long, faint shadows'],
];
const wBreak = [
  j(
    'The rule assumes a subject of average tone in front lighting. Backlit portraits need one or two stops more exposure, or your',
    "subject's face will sit in deep shadow. Pale subjects in full sun, such as a white wall, can take half a stop less.",
  ),
  j(
    'Film is also more forgiving in one direction than the other. Colour negative film tolerates two or three stops of',
    'overexposure without complaint, so when in doubt, give it more light. Slide film and digital sensors are the opposite: protect',
    'the highlights.',
  ),
];
const wSteps = [
  'Set your camera to manual and pick one ISO for the whole walk.',
  'Before each shot, look at the shadows and choose an aperture from the table.',
  'Write down your guess, then check it against the camera meter or the histogram.',
  'After a week, count how often you were within one stop. Most people are surprised how quickly they improve.',
];
const wOutro = [
  j(
    'Once the rule is second nature you will find yourself glancing at shadows all the time, even with a modern camera in your hand.',
    'That habit alone makes you a better reader of light.',
  ),
];
const wNav = ['Tutorials', 'Gear', 'Analog corner', 'Workshops', 'About'];
const wToc = ['What the sunny 16 rule says', 'The rule for other kinds of light', 'When to break the rule', 'A one-week practice exercise'];
const wShare = ['Share', 'Pin', 'Email'];
const wRecent = ['Zone focusing for street photography', 'Reading a histogram in five minutes', 'Why your night photos look muddy'];
const wCats = ['Exposure basics', 'Film photography', 'Beginners'];
const wComments = [
  "This finally clicked for me on a trip to the coast. I shot a whole roll of my dad's old camera with no meter and only lost two frames.",
  'Great table. Would you add a row for indoor window light?',
];
const wFoot = ['Privacy Policy', 'Affiliate disclosure', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} - Northlight Notes</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-19T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Tomasz Wren"},"datePublished":"2026-02-19T08:00:00+00:00"},{"@type":"WebSite","name":"Northlight Notes"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://northlightnotes.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard ast-separate-container ast-right-sidebar">
<div class="hfeed site" id="page"><header id="masthead" class="site-header header-main-layout-1 ast-primary-menu-enabled"><div class="ast-main-header-wrap">
<div class="site-branding"><span class="site-title"><a href="https://northlightnotes.example/" rel="home">Northlight Notes</a></span></div>
<nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(wNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-exposure ast-article-single">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta">By <span class="posted-by vcard author"><a class="url fn n" href="/author/tomasz/"><span class="author-name">Tomasz Wren</span></a>
</span>
 / <span class="posted-on"><time class="entry-date published" datetime="2026-02-19T08:00:00+00:00">February 19, 2026</time></span>
 / <span class="ast-reading-time">6 min read</span></div></header>
<div class="swp_social_panel swp_horizontal_panel">${wShare
  .map(
    (s) => `<a class="nc_tweet swp_share_link" href="#"><span class="swp_share">${s}</span>
</a>`,
  )
  .join('')}
<span class="swp_count">1.2K shares</span></div>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey"><div class="ez-toc-title-container">
<p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">Toggle</a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${links(wToc, 'ez-toc-page-1 ez-toc-heading-level-2')}</ul></nav></div>
<h2 class="wp-block-heading" id="what-the-sunny-16-rule-says">${wToc[0]}</h2>
${ps(wRule)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/02/harbour-shadows.jpg" alt="">
<figcaption class="wp-element-caption">Hard shadows on the harbour steps: a textbook sunny 16 day.</figcaption></figure>
<h2 class="wp-block-heading" id="the-rule-for-other-kinds-of-light">${wToc[1]}</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Light</th><th>Aperture at 1/ISO</th><th>What the shadows look like</th></tr></thead>
<tbody>${wTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong> <a href="/zone-focusing/">Zone focusing for street
photography</a></p>
<h2 class="wp-block-heading" id="when-to-break-the-rule">${wToc[2]}</h2>
${ps(wBreak)}
<h2 class="wp-block-heading" id="a-one-week-practice-exercise">${wToc[3]}</h2>
<ol class="wp-block-list">${lis(wSteps)}</ol>
${ps(wOutro)}
<div class="mc4wp-form"><h3>Get one exposure tip a week</h3><p>Join 8,000 photographers on the Northlight Notes newsletter.</p>
<input type="email" name="EMAIL" placeholder="Your email"><input type="submit" value="Subscribe"></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in ${wCats.map((c) => `<a href="/category/${c}" rel="category tag">${c}</a>`).join(', ')}</span>
</footer>
<div class="ast-single-author-box"><div class="ast-author-details"><h3 class="about-author-title-wrapper">About the author</h3>
<p class="ast-author-bio">Tomasz teaches evening photography classes and still shoots mostly on film.</p></div></div></div></article>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${wTitle}”</h3><ol class="ast-comment-list">
${wComments
  .map(
    (c, i) => `<li class="comment even thread-even depth-1"><article class="ast-comment"><header class="ast-comment-meta">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${['Lidia Karsk', 'Owen Pell'][i] ?? ''}</b></cite></div><time>February ${20 + i}, 2026</time></header>
<section class="ast-comment-content comment"><p>${c}</p></section><a class="comment-reply-link" href="#">Reply</a></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3></div></div></main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="recent-posts-3" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>${links(wRecent)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><ul class="ast-footer-menu">${links(wFoot)}</ul>
<div class="ast-footer-copyright"><p>Copyright © 2026 Northlight Notes | Powered by Astra WordPress Theme</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" role="dialog"><div class="cmplz-header">
<div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-message">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://northlightnotes.example/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout357-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wToc,
  body: texts([...wIntro, ...wRule, ...wTable.flat(), ...wBreak, ...wSteps, ...wOutro]),
  bylines: ['Tomasz Wren', 'February 19, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northlight Notes', ...wNav, ...wShare, '1.2K shares', 'Table of Contents', 'Toggle', 'Hard shadows on the harbour steps: a textbook sunny 16 day.',
    'Read more: Zone focusing for street photography', 'Get one exposure tip a week', 'Join 8,000 photographers on the Northlight Notes newsletter.',
    'Posted in', ...wCats, 'About the author', 'Tomasz teaches evening photography classes and still shoots mostly on film.', `2 thoughts on “${wTitle}”`,
    ...wComments, 'Lidia Karsk', 'Owen Pell', 'February 20, 2026', 'February 21, 2026', 'Reply', 'Leave a Comment', 'Recent Posts', ...wRecent, ...wFoot,
    'Copyright © 2026 Northlight Notes | Powered by Astra WordPress Theme', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

const zTitle = 'Updating the firmware of your Vira X7';
const zIntro = [
  j(
    'Firmware updates add features and fix known problems with your camera. This article explains how to check which version your',
    'Vira X7 is running and how to install the latest release from a memory card or from the Halden Link app.',
  ),
];
const zBefore = [
  'A fully charged HB-W30 battery. The camera will not start an update below 50 % charge.',
  'A memory card formatted in the camera, with at least 200 MB of free space.',
  'A computer with an SD card reader, or a phone with Halden Link 4.2 or later.',
];
const zCheck = [
  j(
    'Press MENU, open the Setup tab and choose Firmware Version. The screen shows the body version and, if a lens is attached, the',
    'lens version. Version 2.10 is the latest release for the body.',
  ),
];
const zCard = [
  'Download the firmware file from the Downloads page and unzip it. The file is named VX7_0210.BIN.',
  'Copy the file to the top level of the memory card, not into a folder.',
  'Insert the card, turn the camera on and choose Setup, then Firmware Version, then Update.',
  'Press OK to start. The update takes about three minutes and the camera restarts when it has finished.',
];
const zNote = [
  j(
    '<strong>Important:</strong> do not turn the camera off, open the battery door or remove the card while the update is running.',
    'An interrupted update can leave the camera unable to start, and it will then need to be sent to a service centre.',
  ),
];
const zApp = [
  j(
    'If the camera is paired with Halden Link, the app shows a notice when new firmware is available. Tap the notice and work through the',
    'steps on screen; the file is sent to the camera over Wi-Fi and installed in the same way. Keep the phone within two metres of',
    'the camera until the app reports that the update is complete.',
  ),
  j(
    'If an update fails or the camera shows error E-27 afterwards, remove the battery for ten seconds and repeat the update from a',
    'memory card. If the error persists, contact our service team with the serial number of your camera.',
  ),
];
const zCrumbs = ['Halden Support', 'Cameras', 'Vira series'];
const zSection = ['Vira X7 battery life tips', 'Pairing the Vira X7 with Halden Link', 'Cleaning the sensor of your Vira X7', 'See more'];
const zRelated = ['Error codes on Halden cameras', 'Which lenses need a firmware update?'];
const zNav = ['Community', 'Submit a request', 'Sign in'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${zTitle} &ndash; Halden Support</title>
<meta name="csrf-param" content="authenticity_token"><meta content="Firmware updates add features and fix known problems with your camera." name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="Halden Support">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application.css" media="all">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"haldensupport"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/logo.png" alt="Halden Support Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">${links(zNav)}</ul></nav></div>
</header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<ul>${links(zSection, 'sidenav-item')}</ul></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3381">Nadia Ferro</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-14T10:12:44Z" title="2026-01-14 10:12" data-datetime="relative">Updated 14 January 2026</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow article">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>Before you start</h2><ul>${lis(zBefore)}</ul>
<h2>Checking the current version</h2>
${ps(zCheck)}
<h2>Updating from a memory card</h2><ol>${lis(zCard)}</ol>
${ps(zNote, ' class="callout callout--warning"')}
<h2>Updating with Halden Link</h2>
${ps(zApp)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls"><button class="button article-vote article-vote-up">Yes</button>
<button class="button article-vote article-vote-down">No</button></div><small class="article-votes-count"><span class="article-vote-label">
37 out of 41 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Halden Support</a>
<div class="footer-language-selector"><button class="dropdown-toggle">English (GB)</button></div></div></footer>
<div id="ot-sdk-banner" class="optanon-alert-box-wrapper">
<p class="banner-text">Halden uses cookies to make this site work and to understand how it is used.</p>
<button class="accept-cookies">Accept cookies</button><button class="cookie-settings">Cookie settings</button></div>
<script src="//static.zdassets.example/hc/assets/hc_enduser.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout357-zendesk-support-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['Before you start', 'Checking the current version', 'Updating from a memory card', 'Updating with Halden Link'],
  body: texts([...zIntro, ...zBefore, ...zCheck, ...zCard, ...zNote, ...zApp]),
  bylines: ['Nadia Ferro', 'Updated 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zNav, ...zCrumbs, 'Articles in this section', ...zSection, 'Follow', 'Facebook', 'X Corp', 'LinkedIn',
    'Was this article helpful?', '37 out of 41 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles',
    ...zRelated, 'English (GB)', 'Halden uses cookies to make this site work and to understand how it is used.', 'Accept cookies', 'Cookie settings',
  ],
};

export const HELDOUT357_B: readonly TestPage[] = [wordpress, zendesk];
