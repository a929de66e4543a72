import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file f: a short club notice on Hugo (PaperMod theme) with breadcrumbs, post meta, tags, prev / next
 * and share buttons, and an e-bike shop's battery care article on HubSpot CMS with a cookie banner, a CTA and related posts.
 */
const hTitle = 'Winter changes to the Sunday club run';
const hDek = 'New start times and a shorter route until the clocks go forward.';
const hBody = [
  j(
    'From Sunday 10 January the club run will start at 9.30 instead of 8.30, to give the roads a chance to thaw. We will use the',
    'short Kettle Cross loop (62 km) for all groups, with the café stop at the Mill Yard as usual.',
  ),
  j(
    'If the temperature at the clock tower is below zero at 9.00, or there is snow or ice on the lanes, the ride is cancelled. We',
    'will post a message in the group chat by 8.00 at the latest.',
  ),
  'Mudguards are compulsory until the end of March. Please bring lights, and a spare layer for the café.',
];
const hNav = ['Posts', 'Rides', 'Search', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Brackenmoor Wheelers Notices</title><meta name="description" content="${hDek}"><meta name="author" content="Chris Dale">
<link rel="canonical" href="https://notices.brackenmoorwheelers.org.uk/posts/winter-club-run/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnJjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none;}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-01-05T00:00:00Z",
"author":[{"@type":"Person","name":"Chris Dale"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://notices.brackenmoorwheelers.org.uk/" accesskey="h"
title="Brackenmoor Wheelers Notices (Alt + H)">Brackenmoor Wheelers Notices</a><div class="logo-switches"><button id="theme-toggle" accesskey="t"
title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3">
</path></svg>
</button></div></div><ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://notices.brackenmoorwheelers.org.uk/">Home</a>&nbsp;»&nbsp;
<a href="https://notices.brackenmoorwheelers.org.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDek}</div><div class="post-meta">
<span title='2027-01-05 00:00:00 +0000 UTC'>January 5, 2027</span>&nbsp;·&nbsp;1 min&nbsp;·&nbsp;Chris
Dale</div></header><div class="post-content">${ps(hBody)}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/club-run/">Club Run</a></li><li><a href="/tags/winter/">Winter</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/annual-dinner/"><span class="title">« Prev</span><br><span>Annual dinner tickets on sale</span></a>
<a class="next" href="/posts/kit-order/"><span class="title">Next »</span><br><span>Kit order closes Friday</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Winter"><svg
viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on whatsapp"
href="https://api.whatsapp.com/send?text=Winter"><svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://notices.brackenmoorwheelers.org.uk/">Brackenmoor Wheelers Notices</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"));</script></body></html>`;
const hugoNotice: TestPage = {
  name: 'heldout480-hugo-winter-notice',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: [hDek, ...hBody],
  bylines: ['January 5, 2027 · 1 min · Chris Dale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackenmoor Wheelers Notices', ...hNav, 'Home » Posts', 'Club Run', 'Winter', '« Prev', 'Annual dinner tickets on sale', 'Next »',
    'Kit order closes Friday', '© 2027 Brackenmoor Wheelers Notices', 'Powered by Hugo & PaperMod',
  ],
};

const bTitle = 'How to make your e-bike battery last longer';
const bBody = [
  j(
    'The battery is the most expensive part of most e-bikes, and a replacement can cost more than a good road bike. The good news',
    'is that a few simple habits can keep a battery healthy for 800 to 1,000 full charges, which for most riders means five years',
    'or more.',
  ),
  'Charge it the right way',
  j(
    'Lithium-ion cells are happiest between 20% and 80%. You do not need to run the battery flat before charging it, and for',
    'everyday riding there is no need to charge it to 100% every night. Top up after each ride and charge fully before a long day out.',
  ),
  'Use the charger that came with the bike, or an approved replacement from the same maker.',
  'Charge indoors at room temperature, not in a cold garage or shed.',
  'Let a hot battery cool down for half an hour after a ride before you plug it in.',
  'Store it properly',
  j(
    'If you are not riding for a few weeks, leave the battery at around 60% and keep it somewhere cool and dry. Check it once a',
    'month and top it up if it drops below 30%. A battery left empty for the whole winter may not wake up again in spring.',
  ),
  'Keep it clean',
  j(
    'Wipe the contacts on the battery and the frame with a dry cloth every few weeks. Never use a pressure washer near the battery',
    'or the motor, and take the battery out before you wash the bike.',
  ),
  'When to get it checked',
  j(
    'If your range has dropped by more than a third, or the battery gets warm while you ride on the flat, it is time for a health',
    "check. Our workshop can read the battery's charge history and tell you how much capacity it has left.",
  ),
];
const bNav = ['E-bikes', 'Cargo bikes', 'Servicing', 'Finance', 'Blog', 'Visit us'];
const bRel: [string, string][] = [
  ['E-bike motors explained: hub or mid-drive?', 'The pros and cons of each, and which suits your riding.'],
  ['Riding an e-bike in winter', 'Lights, tyres and battery tips for the dark months.'],
];
const bHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${bTitle}</title><link rel="shortcut icon" href="https://www.voltwheel.co.uk/hubfs/favicon.png">
<meta name="description" content="Simple habits that keep your e-bike battery healthy for longer.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.1/jquery/jquery-1.7.1.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.voltwheel.co.uk/blog/rss.xml">
<link rel="canonical" href="https://www.voltwheel.co.uk/blog/e-bike-battery-care"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.voltwheel.co.uk/hubfs/hub_generated/template_assets/1/41925306710/1711623300271/template_main.min.css"></head>
<body><div class="body-wrapper   hs-content-id-152339841 hs-blog-post hs-blog-id-41925307101">
<div data-global-resource-path="voltwheel/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="https://www.voltwheel.co.uk/hubfs/voltwheel-logo.svg"
class="hs-image-widget" alt="Voltwheel E-Bikes"></a></span></div><div class="header__column"><div class="header__row-1">
<div class="header__search header--element">
<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label
show-for-sr" for="site_search-input">Search</label><input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off"
aria-label="Search" placeholder="Search"><input type="hidden" name="type" value="BLOG_POST"><button class="hs-search-field__button " aria-label="Search">
<svg></svg>
</button></form></div><ul class="hs-search-field__suggestions"></ul></div></div></div><div class="header__row-2">
<div class="header__navigation header--element">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav aria-label="Main menu"
class="navigation-primary"><ul class="submenu level-1">${links(bNav, 'no-submenu menu-item')}</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${bTitle}</span></h1><div class="blog-post__meta"><a href="https://www.voltwheel.co.uk/blog/author/sam-whitcombe">Sam Whitcombe</a>
<time datetime="2027-04-08 09:00:00" class="blog-post__timestamp">Apr 8, 2027 9:00:00 AM</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">${ps(bBody.slice(0, 1))}<!--more-->
<h2>${at(bBody, 1)}</h2>${ps(bBody.slice(2, 3))}<ul>${lis(bBody.slice(3, 6))}</ul>
<h2>${at(bBody, 6)}</h2>${ps(bBody.slice(7, 8))}
<h2>${at(bBody, 8)}</h2>${ps(bBody.slice(9, 10))}
<h2>${at(bBody, 10)}</h2>${ps(bBody.slice(11))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1c"><span class="hs-cta-node hs-cta-5e1c" id="hs-cta-5e1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2291/5e1c"><img class="hs-cta-img" id="hs-cta-img-5e1c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2291/5e1c.png" alt="Book a battery health check"></a></span><script charset="utf-8" src="/hs/cta/cta/current.js">
</script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(2291, '5e1c', {"useNewLoader":"true","region":"eu1"});</script></span>
<!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="/blog/tag/maintenance">Maintenance</a>
<a class="blog-post__tag-link" href="/blog/tag/batteries">Batteries</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${bRel
  .map(
    ([t, d]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/related">${t}</a></h3><p>${d}</p>
<a class="blog-related-posts__read-more" href="/blog/related">Read more</a></div></article>`,
  )
  .join('\n')}
</div></section><div class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></span></div></div></div></main>
<div data-global-resource-path="voltwheel/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><p>Voltwheel E-Bikes, 2 Canal Wharf, Halcombe</p>
<p>Test rides every day except Monday</p><p>© 2027 Voltwheel E-Bikes Ltd</p></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<div id="hs-eu-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2291.js"></script></body></html>`;
const hubspotBattery: TestPage = {
  name: 'heldout480-hubspot-battery-care',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [at(bBody, 1), at(bBody, 6), at(bBody, 8), at(bBody, 10)],
  body: texts(bBody.filter((_, i) => ![1, 6, 8, 10].includes(i))),
  bylines: ['Sam Whitcombe', 'Apr 8, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...bNav, 'Maintenance', 'Batteries', 'Related posts', ...bRel.flat(), 'Read more',
    'Voltwheel E-Bikes, 2 Canal Wharf, Halcombe', 'Test rides every day except Monday', '© 2027 Voltwheel E-Bikes Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT480_F: readonly TestPage[] = [hugoNotice, hubspotBattery].map(apart);
