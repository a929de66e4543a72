import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout304-kit.js';

/**
 * Held-out batch 304, file e: a citizen-science project's About page on a Zooniverse-style Next.js front end (Grommet
 * styled-component class names, `__NEXT_DATA__`, the zooniverse header, the project banner with its stats, the project
 * navigation tabs, the About sidebar, the team list, the "Get involved" call and the footer) and a renewable-energy
 * company's blog post on HubSpot CMS (`hs_cos_wrapper` markup, header with CTA button, the post header with author,
 * date and reading time, featured image, a table, a subscribe form, a CTA banner, related posts, comments and the footer).
 */
const zTitle = 'About Frog Chorus Watch';
const zRes = [
  j(
    'Frog Chorus Watch asks volunteers to listen to short recordings made at ponds and wetlands across the Tallen Basin and',
    'say which frog and toad species are calling. Each clip is ten seconds long and comes from one of 240 automatic recorders',
    'that switch on every night between March and July.',
  ),
  j(
    'Amphibians are among the most threatened animals on Earth, and calling surveys are one of the few ways to count them',
    'across a whole landscape. The recorders collect far more sound than our small team could ever listen to, so every',
    'classification you make helps.',
  ),
];
const zHow = [
  j(
    'Each clip is heard by at least seven volunteers. When most of them agree, the clip is retired and the answer goes into',
    'our dataset. Clips where people disagree are checked by a member of the science team, and those disagreements are often',
    'the most interesting ones: calls from rare species, or frogs calling at unusual times of year.',
  ),
];
const zResults = [
  'The first breeding records of the spotted chorus frog in the northern basin for more than fifty years',
  'Evidence that calling starts nine days earlier at ponds near the city than at rural sites',
  'A training set of 60,000 labelled clips that we are using to build an automatic call detector',
];
const zTeam = ['Dr. Hana Kovalenko', 'Rafael Osei-Mensah', 'Priya Lindqvist'];
const zNav = ['Projects', 'About', 'Get Involved', 'Talk', 'Build a Project', 'News'];
const zTabs = ['About', 'Classify', 'Talk', 'Collect', 'Recents'];
const zSide = ['Research', 'The Team', 'Results', 'Education', 'FAQ'];
const zFoot = ['Projects', 'About', 'Get Involved', 'Talk', 'Build a Project', 'News', 'Blog', 'Privacy Policy', 'Security', 'Status'];
const sb = 'StyledBox-sc-13pk1d4-0';
const zHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>About Frog Chorus Watch | Zooniverse</title>
<meta property="og:title" content="Frog Chorus Watch"><meta property="og:description" content="Listen for frogs and help us count them.">
<meta name="next-head-count" content="6"><link rel="preload" href="/projects/_next/static/css/a81b3d.css" as="style">
<style data-styled="" data-styled-version="5.3.11">.${sb}{display:flex;box-sizing:border-box;}</style></head>
<body><div id="__next"><div class="${sb} kGlPtR"><header class="${sb} ZooHeader-sc-1x6kbd8-0 gJbpYN" aria-label="Zooniverse Header">
<a href="https://www.zooniverse.org" class="StyledAnchor-sc-1rp7lwl-0 bXnYTz">Zooniverse</a><nav aria-label="Main Navigation"><ul
class="${sb} dnGvzR">${links(zNav)}</ul></nav><button type="button" class="StyledButton-sc-323bzc-0 ebVcxA">Sign In</button>
<button type="button" class="StyledButton-sc-323bzc-0 ebVcxA">Register</button></header>
<div class="${sb} ProjectHeader__StyledBox-sc-1mbnr1g-0 hYcLpI"><h2 class="StyledHeading-sc-1rdh4aw-0 fhCIgK">Frog Chorus Watch</h2>
<p class="ProjectHeader__Subtitle-sc-1mbnr1g-2">Listen for frogs and help us count them</p>
<nav aria-label="Project navigation"><ul class="${sb} fQMKpb">${links(zTabs, 'NavLink-sc-12ajpx3-0')}</ul></nav></div>
<main class="${sb} kHpCdo"><div class="${sb} AboutLayout-sc-8n2zmx-0 eRkTsg"><aside class="${sb} AboutSidebar-sc-1t5qn2-0 bjMuxV">
<ul>${links(zSide, 'AboutNavLink-sc-1t5qn2-1')}</ul></aside>
<div class="${sb} markdownz-sc-1s8oqz-0 cJbRxi"><h1 class="StyledHeading-sc-1rdh4aw-0 kxWpqF">${zTitle}</h1>
<h2>The research</h2>${ps(zRes)}
<h2>How classifications become data</h2>${ps(zHow)}
<h2>What we have found so far</h2><ul>${lis(zResults)}</ul>
<div class="${sb} TeamList-sc-y6gk3w-0 dpjQcf"><h3 class="StyledHeading-sc-1rdh4aw-0">The Team</h3><ul>${lis(zTeam)}</ul></div>
<div class="${sb} Stats-sc-11w2f0c-0 gkhBvx"><span>Volunteers</span><span>18,412</span><span>Classifications</span><span>1,206,339</span>
<span>Subjects</span><span>214,880</span><span>Completed Subjects</span><span>151,020</span></div>
<div class="${sb} GetInvolved-sc-1f7h0q3-0 cQyRce"><p>Ready to help?</p><a href="/projects/tallen/frog-chorus-watch/classify"
class="StyledButton-sc-323bzc-0">Get started</a></div></div></div></main>
<footer class="${sb} ZooFooter-sc-1qgk3ck-0 hrJcuR"><ul>${links(zFoot, 'LinkListItem-sc-1ejqkwf-0')}</ul>
<p class="SmallPrint-sc-1dqyr7v-0">The Zooniverse is a collaboration between the University of Oxford, the Adler Planetarium, and friends</p>
</footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"project":{"slug":"tallen/frog-chorus-watch","display_name":"Frog Chorus Watch"}}},
"page":"/[owner]/[project]/about/[aboutPageSlug]","buildId":"Ws7pK2rJ","assetPrefix":"/projects"}</script>
<script src="/projects/_next/static/chunks/main-4a9c81.js" defer></script></body></html>`;
const zooniverse: TestPage = {
  name: 'heldout304-zooniverse-project-about-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['The research', 'How classifications become data', 'What we have found so far'],
  body: texts([...zRes, ...zHow, ...zResults]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Zooniverse', ...zNav.filter((t) => t !== 'About'), 'Sign In', 'Register', 'Listen for frogs and help us count them', 'Classify', 'Collect',
    'Recents', 'The Team', 'Results', 'Education', 'FAQ', ...zTeam, 'Volunteers', '18,412', '1,206,339', 'Subjects', '214,880',
    'Completed Subjects', '151,020', 'Ready to help?', 'Get started', 'Blog', 'Privacy Policy', 'Security', 'Status',
    'The Zooniverse is a collaboration between the University of Oxford, the Adler Planetarium, and friends',
  ],
};

const bTitle = 'Do Solar Panels Still Work in Winter? What Our Customers’ Data Shows';
const bIntro = [
  j(
    'It is the question we hear most often from November onwards: is it worth having solar panels when the days are short',
    'and the sky is grey? To answer it properly, we looked at a full year of generation data from 1,850 systems we installed',
    'across the north of the country.',
  ),
];
const bCold = [
  j(
    'Solar panels respond to light, not heat. In fact, they are slightly more efficient when they are cold, because the',
    'voltage of a silicon cell rises as its temperature falls. A bright, frosty morning in January can produce more power',
    'per hour than a hazy afternoon in August.',
  ),
  'What changes in winter is the amount of light: the sun is lower, the days are shorter, and cloud cover is thicker.',
];
const bData = [
  j(
    'Across the systems in our sample, December was the weakest month and June the strongest. A typical 4 kW system',
    'produced about a fifth of its summer output in midwinter, but it still generated every single day of the year.',
  ),
];
const bRows: [string, string][] = [
  ['June', '520 kWh'],
  ['September', '310 kWh'],
  ['December', '95 kWh'],
  ['March', '290 kWh'],
];
const bTips = [
  'Run dishwashers and washing machines around midday, when generation peaks',
  'Use a battery to store daytime power for the evening',
  'Keep panels clear of snow if you can do so safely from the ground',
  'Check your monitoring app monthly so faults are spotted early',
];
const bEnd = [
  j(
    'Over a year, the winter months make up only a small part of what a system produces, so the savings are decided by spring',
    'and summer. But winter generation is not zero, and for households with a battery it can still cover a useful share',
    'of daytime use.',
  ),
];
const bNav = ['Solar Panels', 'Battery Storage', 'Heat Pumps', 'EV Chargers', 'Reviews', 'Blog'];
const bRel = ['How Much Does a Home Battery Really Save?', 'Heat Pumps and Solar: A Good Match?', 'What Happens to Solar Panels After 25 Years?'];
const bFoot = ['About Sunwell', 'Careers', 'Contact', 'Privacy Policy', 'Terms', 'Complaints'];
const bHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Do Solar Panels Still Work in Winter? | Sunwell Energy Blog</title>
<meta name="description" content="A year of generation data from 1,850 home solar systems shows what to expect in winter.">
<meta name="generator" content="HubSpot"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="//7421093.fs1.hubspotusercontent-eu1.example/hubfs/7421093/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Do Solar Panels Still Work in Winter?",
"author":{"@type":"Person","name":"Corin Haldane"},"datePublished":"2026-01-14"}</script>
<script>var hsVars={render_id:"4f1c0a",ticks:1768400000,portal_id:7421093,app_hs_base_url:"https://app-eu1.hubspot.com"};</script></head>
<body class="hs-content-id-184620113 hs-blog-post hs-blog-id-6612"><div class="body-wrapper">
<div data-global-resource-path="sunwell/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<a href="/" class="header__logo">Sunwell Energy</a><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(bNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<a class="button header__cta" href="/quote">Get a free quote</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/corin-haldane" class="blog-post__author">Corin Haldane</a>
<time datetime="2026-01-14 09:00:00" class="blog-post__timestamp">Jan 14, 2026</time><span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><img src="/hubfs/blog/frosty-roof-panels.jpg" alt="Solar panels on a frosty roof"
width="1200" style="width: 1200px;">
${ps(bIntro)}
<!--more--><h2>Cold is not the problem</h2>
${ps(bCold)}
<h2>What a year of data shows</h2>
${ps(bData)}
<table style="border-collapse: collapse; width: 100%;"><tbody><tr><td><strong>Month</strong></td><td><strong>Average output (4 kW system)</strong></td></tr>
${bRows.map(([m, k]) => `<tr><td>${m}</td><td>${k}</td></tr>`).join('\n')}</tbody></table>
<p style="font-size: 12px;"><em>Source: Sunwell customer monitoring data, 2025.</em></p>
<h2>Getting the most from winter sun</h2><ul>${lis(bTips)}</ul>
${ps(bEnd)}
</span></div>
<div class="blog-post__tags"><span>Topics:</span><a class="blog-post__tag-link button" href="/blog/tag/solar-panels">Solar Panels</a>
<a class="blog-post__tag-link button" href="/blog/tag/saving-energy">Saving Energy</a></div></article>
<div class="hs-cta-embed"><div class="cta-banner"><p class="cta-banner__title">Thinking about solar?</p>
<p>Book a free survey and get a fixed quote within 48 hours.</p><a href="/quote" class="cta_button">Book my survey</a></div></div>
<section class="blog-subscribe"><h3>Subscribe to the Sunwell blog</h3><form class="hs-form"><label>Email<span class="hs-form-required">*</span></label>
<input type="email" name="email"><input type="submit" value="Subscribe" class="hs-button primary large"></form></section>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${bRel
  .map((t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3></article>`)
  .join('\n')}</div></section>
<div class="blog-comments"><h3 class="comments-title">Comments</h3><div class="comment"><p class="comment-from">Gwen Talbot</p>
<p class="comment-body">Useful to see real numbers. Our panels in the Dales did better in February than I expected.</p></div></div></div></div></main>
<footer class="footer"><div class="content-wrapper"><ul class="footer__menu">${links(bFoot)}</ul>
<p>Sunwell Energy Ltd is registered in England and Wales, company number 10482297.</p></div></footer></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script id="hs-script-loader" async defer src="//js-eu1.hs-scripts.example/7421093.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout304-hubspot-solar-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Cold is not the problem', 'What a year of data shows', 'Getting the most from winter sun'],
  body: texts([...bIntro, ...bCold, ...bData, ...bTips, ...bEnd]),
  bylines: ['Corin Haldane', 'Jan 14, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sunwell Energy', ...bNav, 'Get a free quote', 'Source: Sunwell customer monitoring data, 2025.', 'Topics:', 'Saving Energy',
    'Thinking about solar?', 'Book a free survey and get a fixed quote within 48 hours.', 'Book my survey', 'Subscribe to the Sunwell blog',
    'Related posts', ...bRel, 'Comments', 'Gwen Talbot', 'Useful to see real numbers. Our panels in the Dales did better in February than I expected.',
    ...bFoot, 'Sunwell Energy Ltd is registered in England and Wales, company number 10482297.',
  ],
};

export const HELDOUT304_E: readonly TestPage[] = [zooniverse, hubspot];
