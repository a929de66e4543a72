import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file b: a smartphone review on a Future plc (Vanilla) site with its verdict box, spec table, figure
 * with credit, "Why you can trust" box, affiliate line, newsletter slice and Most Popular rail, and a router manual chapter
 * in Oxygen XML WebHelp Responsive output (header, publication TOC, breadcrumb, prev/next links, note, related links).
 */
const rTitle = 'Veyra P9 review: a big battery in a phone that finally feels small';
const rStrap = 'The Veyra P9 lasts two days, takes sharp photos in daylight and costs less than its rivals, but its zoom lens is weak';
const rVerdict = [
  j(
    'The Veyra P9 is the easiest mid-range phone to recommend this spring. Its battery comfortably lasts two days, the 6.3-inch screen',
    'is bright enough for a sunny beach, and the main camera holds its own against phones that cost twice as much. Only the 3x zoom',
    'camera and the slow charging hold it back.',
  ),
];
const rPros = ['Two-day battery life', 'Compact, light design', 'Excellent main camera in daylight'];
const rCons = ['Soft, noisy 3x zoom photos', 'Only 33W charging', 'No charger in the box'];
const rSpecs: [string, string][] = [
  ['Display', '6.3-inch OLED, 120Hz, 2,400 nits peak'],
  ['Chipset', 'Corallis X7 Gen 2'],
  ['Cameras', '50MP main, 12MP ultrawide, 10MP 3x telephoto'],
  ['Battery', '5,600mAh, 33W wired, 15W wireless'],
  ['Price', '£549 / $599'],
];
const rDesign = [
  j(
    'Veyra has spent three years making phones that were good value but felt like slabs. The P9 changes that. It is 8.1mm thick and',
    'weighs 179g, and its rounded aluminium frame sits comfortably in one hand. The matte glass back in Fjord Blue hides fingerprints',
    'well, and the phone is rated IP68, so a drop in the bath is not a disaster.',
  ),
  j(
    'The screen is the best I have seen at this price. Colours are natural out of the box, and at 2,400 nits it stayed readable during',
    'a bright afternoon on the seafront in Porthcarrow. The refresh rate drops to 1Hz on the always-on display, which helps the battery.',
  ),
];
const rCamera = [
  j(
    'The 50MP main camera is the star. In daylight it produced crisp, well-exposed photos with a pleasing amount of contrast, and its',
    'night mode kept street lights from blowing out. The ultrawide is a small step down, with softer corners, but colours match the main',
    'camera closely.',
  ),
  j(
    'The 3x telephoto is the weak point. Indoors and after dark its photos were smeared by noise reduction, and I often got better',
    'results by cropping the main camera image instead.',
  ),
];
const rBattery = [
  j(
    'With a 5,600mAh cell inside such a small body, the P9 is a marathon runner. On a typical day of maps, messaging, an hour of video',
    'and plenty of photos, I ended the day with 52% left. Our standard video loop test ran for 27 hours and 10 minutes.',
  ),
  j(
    'Charging is less impressive. At 33W, a full charge takes about 75 minutes, and you will need to buy a charger, because there is',
    'only a USB-C cable in the box.',
  ),
];
const rBuy = [
  j(
    'Buy it if you want a phone that lasts two days and fits in a jeans pocket. Look elsewhere if you often zoom in on distant',
    'subjects or need your phone to charge in half an hour.',
  ),
];
const rHeadings = ['Veyra P9: design and display', 'Veyra P9: cameras', 'Veyra P9: battery life', 'Should you buy the Veyra P9?'];
const rCrumbs = ['Phones', 'Android Phones'];
const rNav = ['Tech', 'Phones', 'Computing', 'TVs', 'Audio', 'Deals', 'Reviews'];
const rPopular = ['The best cheap phones in 2026', 'Orin Pad 12 review: a tablet for drawing', 'Your router may be slowing your Wi-Fi: here is how to check'];
const rFoot = ['About us', "Contact Future's experts", 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Advertise with us'];
const rHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${rTitle} | PocketTech</title>
<meta name="description" content="${rStrap}"><meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">
<meta name="parsely-section" content="phones"><meta name="pub_date" content="2026-03-09T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${rTitle}","reviewRating":{"@type":"Rating","ratingValue":4.5,
"bestRating":5},"author":{"@type":"Person","name":"Hollis Amadi"},"itemReviewed":{"@type":"Product","name":"Veyra P9"}}</script>
<script>window.vanilla = {"page":{"type":"article","sectionName":"Phones"},"ads":{"slots":["leaderboard","mpu"]}};</script></head>
<body class="page-article style-review" data-article-id="Qx8mVt2nP7"><div id="document">
<header class="header"><div class="logo"><a href="/" aria-label="PocketTech home"></a></div>
<nav class="main-nav" aria-label="Main navigation"><ul class="menu">${links(rNav, 'menu-item')}</ul></nav></header>
<div class="ad-unit" data-slot="leaderboard"><span class="ad-label">Advertisement</span></div>
<div id="main" class="content-wrapper"><div id="content"><div id="article-body-wrapper">
<nav class="breadcrumb" aria-label="breadcrumbs"><ol>${rCrumbs.map((c) => `<li class="breadcrumb__item"><a href="/${c}">${c}</a></li>`).join('')}</ol></nav>
<header><h1>${rTitle}</h1><p class="strapline">${rStrap}</p>
<div class="byline-social"><div class="byline"><span class="by-author">By <a href="/author/hollis-amadi" rel="author">
<span class="author-byline__author-name">Hollis Amadi</span></a></span> published <time class="relative-date" datetime="2026-03-09T10:00:00Z">9 March
2026</time></div>
<div class="social-share"><a class="social-share__button" data-platform="facebook">Share on Facebook</a>
<a class="social-share__button" data-platform="x">Share on X</a><a class="social-share__button" data-platform="whatsapp">Share on WhatsApp</a></div></div>
</header>
<div class="affiliate-disclaimer">When you purchase through links on our site, we may earn an affiliate commission.
<a href="/how-we-test">Here’s how it works.</a></div>
<figure class="van-image-figure inline-layout">
<div class="image-full-width-wrapper"><img src="https://cdn.pockettech.example/p9-front.jpg" alt="Veyra P9"></div>
<figcaption itemprop="caption description" class=" inline-layout"><span class="caption-text">The Veyra P9 in Fjord Blue </span>
<span class="credit" itemprop="copyrightHolder">(Image credit: Future / Hollis Amadi)</span></figcaption></figure>
<div id="article-body" class="text-copy bodyCopy auto"><div class="verdict"><h4 class="verdict__heading">Verdict</h4>
${ps(rVerdict)}
<div class="pro-con"><div class="pros"><h4>Pros</h4><ul>${lis(rPros)}</ul></div><div class="cons"><h4>Cons</h4><ul>${lis(rCons)}</ul></div></div></div>
<div class="trust-block"><p class="trust-block__title">Why you can trust PocketTech</p>
<p class="trust-block__text">Our expert reviewers spend hours testing and comparing products and services so you can choose the best for you.</p></div>
<div class="table__wrapper"><table class="table__container"><caption>Veyra P9: specs</caption><tbody>
${rSpecs.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table></div>
<h2 id="section-design">${rHeadings[0]}</h2>
${ps(rDesign)}
<p class="fancy-box"><strong>Read more:</strong> <a href="/best-cheap-phones">The best cheap phones in 2026</a></p>
<h2 id="section-cameras">${rHeadings[1]}</h2>
${ps(rCamera)}
<h2 id="section-battery">${rHeadings[2]}</h2>
${ps(rBattery)}
<h2 id="section-buy">${rHeadings[3]}</h2>
${ps(rBuy)}
</div>
<div class="newsletter-form__wrapper"><p class="newsletter-form__strapline">Get the best tech news and deals, straight to your inbox.</p>
<form><input type="email" placeholder="Your Email Address"><button class="newsletter-form__button">Sign me up</button></form>
<p class="newsletter-form__privacy">By submitting your information you agree to the Terms and Conditions and Privacy Policy and are aged 16 or over.</p>
</div>
<div class="author-bio"><p>Hollis Amadi is PocketTech's phones editor and has reviewed more than 300 handsets since 2017.</p></div>
</div></div>
<aside class="sidebar" aria-label="sidebar"><div class="popular-box"><h3 class="popular-box__title">Most Popular</h3>
<ol>${links(rPopular, 'popular-box__item')}</ol></div><div class="ad-unit" data-slot="mpu"><span class="ad-label">Advertisement</span></div></aside></div>
<footer class="footer"><ul class="footer__links">${links(rFoot)}</ul>
<p class="footer__copyright">PocketTech is part of Future plc, an international media group and leading digital publisher.</p></footer></div>
</body></html>`;
const review: TestPage = {
  name: 'heldout308-future-vanilla-review',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rHeadings,
  body: texts([rStrap, ...rVerdict, ...rPros, ...rCons, ...rSpecs.map(([, v]) => v), ...rDesign, ...rCamera, ...rBattery, ...rBuy]),
  bylines: ['Hollis Amadi', '9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Advertisement', 'Android Phones', 'Share on Facebook', 'Share on X', 'Share on WhatsApp',
    'When you purchase through links on our site, we may earn an affiliate commission.', 'Here’s how it works.', 'The Veyra P9 in Fjord Blue',
    '(Image credit: Future / Hollis Amadi)', 'Verdict', 'Pros', 'Cons', 'Why you can trust PocketTech',
    'Our expert reviewers spend hours testing and comparing products and services so you can choose the best for you.', 'Veyra P9: specs', 'Read more:',
    'Get the best tech news and deals, straight to your inbox.', 'Sign me up',
    'By submitting your information you agree to the Terms and Conditions and Privacy Policy and are aged 16 or over.',
    "Hollis Amadi is PocketTech's phones editor and has reviewed more than 300 handsets since 2017.", 'Most Popular', ...rPopular, ...rFoot,
    'PocketTech is part of Future plc, an international media group and leading digital publisher.',
  ],
};

const mTitle = 'Set up band steering and Wi-Fi channels';
const mShort = 'Band steering moves each device to the best Wi-Fi band automatically; you can also fix the channel and width of each band.';
const mAbout = [
  j(
    'The Skylark AX3000 broadcasts on the 2.4 GHz and 5 GHz bands. The 2.4 GHz band reaches further and passes through walls more',
    'easily, while the 5 GHz band is much faster at short range. With band steering turned on, the router shows one network name and',
    'moves each device to the band that suits it, based on signal strength and load.',
  ),
  j(
    'Band steering is on by default. Turn it off only if an older device, such as a smart plug or a printer, cannot connect, or if',
    'you want to keep some devices on one band.',
  ),
];
const mSteps = [
  'Open a browser on a device connected to the router and go to http://skylark.home. Log in with the admin password.',
  'Go to Wireless > Wireless Settings.',
  'Switch Smart Connect on to use band steering, or off to set up the 2.4 GHz and 5 GHz networks separately.',
  'Click Save. The router restarts its Wi-Fi, and devices reconnect within a minute.',
];
const mNote = j(
  'When Smart Connect is off, each band gets its own network name. Give them different names, such as Nest-2G and Nest-5G, so that',
  'you can choose which band each device joins.',
);
const mChan = [
  j(
    'In most homes the Auto channel setting works best, as the router picks the least crowded channel each time it starts. If you',
    'live in a block of flats with many neighbouring networks, a fixed channel can give steadier speeds.',
  ),
];
const mChanRows = [
  'Channels 1, 6 or 11 on 2.4 GHz, as these do not overlap with each other.',
  '20 MHz width on 2.4 GHz; 40 MHz causes interference in crowded areas.',
  '80 MHz width on 5 GHz for the best balance of speed and range; 160 MHz only if your devices support it.',
];
const mHeadings = ['About band steering', 'Turn band steering on or off', 'Choose a channel and channel width'];
const mToc = ['Getting started', 'Wireless settings', 'Guest network', 'Parental controls', 'Firmware update', 'Troubleshooting'];
const mRel = ['Guest network', 'Improve Wi-Fi coverage with a mesh satellite'];
const mHtml = `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${mShort}">
<meta name="generator" content="DITA-OT"><meta name="wh-path2root" content="../"><meta name="wh-toc-id" content="band-steering-d21e811">
<title>${mTitle}</title><link rel="stylesheet" href="../oxygen-webhelp/app/commons.css?buildId=2026021108">
<script src="../oxygen-webhelp/app/topic-page.js?buildId=2026021108"></script></head>
<body id="band-steering" class="wh_topic_page frmBody">
<header class="navbar navbar-default wh_header"><div class="container-fluid"><div class="wh_header_flex_container navbar-nav navbar-expand-md">
<div class="wh_logo_and_publication_title_container"><div class="wh_logo_and_publication_title"><a href="../index.html" class=" wh_logo d-none d-sm-block ">
<img src="../skylark-logo.svg" alt="Skylark AX3000 User Manual"></a>
<div class=" wh_publication_title "><a href="../index.html"><span class="booktitle"><span class="mainbooktitle">Skylark AX3000 User
Manual</span></span></a></div></div></div>
<div class="wh_top_menu_and_indexterms_link collapse navbar-collapse" id="wh_top_menu_and_indexterms_link">
<div class=" wh_indexterms_link d-none d-md-block "><a href="../indexTerms.html" title="Index" aria-label="Go to index terms page"><span>Index</span></a></div>
</div></div></div></header>
<div class=" wh_search_input navbar-form wh_topic_page_search search " role="form"><form id="searchForm" method="get" role="search"
action="../search.html"><input id="textToSearch" name="searchQuery" type="search" placeholder="Search " class="wh_search_textfield"></form></div>
<div class="container-fluid" id="wh_topic_container"><div class="row"><nav class="wh_tools d-print-none navbar-expand-md" aria-label="Tools">
<div data-tooltip-position="bottom" class=" wh_breadcrumb "><ol class="d-print-none"><li><span class="home"><a href="../index.html"><span>Home</span></a>
</span></li><li><div class="topicref"><div class="title"><a href="../wireless/wireless.html">Wireless settings</a></div></div></li>
<li class="active"><div class="topicref"><div class="title"><a href="band-steering.html">${mTitle}</a></div></div></li></ol></div>
<div class="wh_right_tools"><div class=" wh_navigation_links "><span id="topic_navigation_links" class="navheader">
<span class="navprev"><a class="- topic/link link" href="wifi-basics.html" title="Wi-Fi names and passwords" aria-label="Previous topic: Wi-Fi names and
passwords" rel="prev"></a></span><span class="navnext"><a class="- topic/link link" href="guest.html" title="Guest network" aria-label="Next topic:
Guest network" rel="next"></a></span></span></div>
<div class=" wh_print_link print d-none d-md-inline-block "><button onClick="window.print()" title="Print this page" aria-label="Print this page"></button>
</div></div></nav></div>
<div class="wh_content_area"><div class="row"><nav id="wh_publication_toc" class="col-lg-3 col-md-3 col-sm-12 d-md-block d-none d-print-none"
aria-label="Table of Contents Container"><div class=" wh_publication_toc " data-tooltip-position="right"><ul role="tree">
${links(mToc, 'wh_toc_node')}</ul></div></nav>
<div class="col-lg-7 col-md-9 col-sm-12" id="wh_topic_body"><button id="wh_close_publication_toc_button" class="close-toc-button d-none"></button>
<div class=" wh_topic_content body "><main role="main"><article class="- topic/topic task/task topic task" role="article" aria-labelledby="ariaid-title1">
<span class="edit-link" style="font-size:12px; opacity:0.6; text-align:right; vertical-align:middle"></span>
<h1 class="- topic/title title topictitle1" id="ariaid-title1">${mTitle}</h1>
<div class="- topic/body task/taskbody body taskbody"><p class="- topic/shortdesc shortdesc">${mShort}</p>
<section class="- topic/section section" id="band-steering__about"><h2 class="- topic/title title sectiontitle">${mHeadings[0]}</h2>
${ps(mAbout, ' class="- topic/p p"')}</section>
<section class="- topic/section section"><h2 class="- topic/title title sectiontitle">${mHeadings[1]}</h2>
<ol class="- topic/ol task/steps steps">${lis(mSteps, '- topic/li task/step step')}</ol>
<div class="- topic/note note note note_note"><span class="note__title">Note:</span> ${mNote}</div></section>
<section class="- topic/section section"><h2 class="- topic/title title sectiontitle">${mHeadings[2]}</h2>
${ps(mChan, ' class="- topic/p p"')}<p class="- topic/p p">Recommended settings:</p><ul class="- topic/ul ul">${lis(mChanRows, '- topic/li li')}</ul>
</section></div>
<nav role="navigation" class="- topic/related-links related-links"><div class="- topic/linklist linklist relinfo"><strong>Related information</strong><br>
<ul class="linklist">${links(mRel, '- topic/link link')}</ul></div></nav></article></main></div>
<div class=" wh-topic-meta">Last updated 11 February 2026</div></div></div></div></div>
<footer class="navbar navbar-default wh_footer"><div class=" footer-container mx-auto "><div class="copyright_info">Copyright © 2026 Skylark
Networks Inc. All rights reserved.</div><div class="generation_time">Generated by Oxygen XML WebHelp</div></div></footer>
<script src="../oxygen-webhelp/lib/jquery/jquery-3.6.0.min.js"></script></body></html>`;
const manual: TestPage = {
  name: 'heldout308-oxygen-webhelp-manual',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeadings,
  body: texts([mShort, ...mAbout, ...mSteps, mNote, ...mChan, 'Recommended settings:', ...mChanRows]),
  bylines: ['Last updated 11 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skylark AX3000 User Manual', 'Index', 'Home', 'Wireless settings', ...mToc.filter((t) => t !== 'Wireless settings'), 'Note:', 'Related information',
    'Improve Wi-Fi coverage with a mesh satellite', 'Copyright © 2026 Skylark Networks Inc. All rights reserved.', 'Generated by Oxygen XML WebHelp',
  ],
};

export const HELDOUT308_B: readonly TestPage[] = [review, manual];
