import { links, type TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file a: a beekeeper's seasonal guide on WordPress (GeneratePress, right sidebar), and a
 * beekeeping association's membership page built with Wix (free plan banner, contact form in the footer).
 */
const gTitle = 'Putting the bees to bed: an October checklist for winter';
const gParts: Part[] = [
  {
    p: j(
      'By the middle of October the last of the ivy is yellowing, the drones have been thrown out and the colonies are as small as they',
      'will be before Christmas. What you do in the next three weeks decides whether you open a living hive in March or a box of damp comb.',
    ),
  },
  {
    p: j(
      'This is the list I work through at our out-apiary on Holloway Farm, where we run fourteen colonies on a slope that catches every',
      'westerly. None of it is new, but having it written down stops me skipping a step when the evenings draw in.',
    ),
  },
  { h: '1. Heft every hive' },
  {
    p: j(
      'Lift the back of each hive an inch off its stand and feel the weight. A full-sized colony in a National brood box with a super of',
      'stores wants to feel like lifting one end of a loaded washing machine. If it rises easily, it is light.',
    ),
  },
  {
    p: j(
      'I weigh a few with a luggage scale each year to keep my hands honest. As a rough guide, a colony going into winter needs 18 to 20',
      'kilograms of stores, which is a brood box with five or six full frames of capped honey.',
    ),
  },
  { h: '2. Feed while there is still time' },
  {
    p: j(
      'Thick syrup (two parts sugar to one part water by weight) is only worth giving while the days are still mild enough for the bees',
      'to take it down and evaporate it. Once nights fall below about 10°C I switch to fondant laid straight over the feed hole.',
    ),
  },
  {
    ul: [
      'Use a rapid feeder or a contact feeder, not an open tray.',
      'Feed in the evening so you don&#39;t start robbing.',
      'Keep entrances reduced on any hive you are feeding.',
    ],
  },
  { h: '3. Count the mites and treat' },
  {
    p: j(
      'Put the monitoring boards in for a week and count the natural mite drop. Anything over five a day in October means the late summer',
      'treatment has not done its job, and I plan an oxalic acid dribble for the first broodless spell in December.',
    ),
  },
  { h: '4. Unite the stragglers' },
  {
    p: j(
      'A colony on three frames of bees in October rarely makes it. It is kinder to unite it with a strong neighbour over a sheet of',
      'newspaper than to nurse it through the winter and lose both the bees and the comb to mould. Kill the poorer queen first.',
    ),
  },
  { h: '5. Mouse guards, straps and woodpeckers' },
  {
    p: j(
      'Mouse guards go on as soon as the first frost is forecast. Strap every hive to its stand, and if you have green woodpeckers nearby,',
      'wrap the boxes in chicken wire held a few centimetres clear of the wood. Ours learned to drill through a cedar roof in a single',
      'afternoon two winters ago.',
    ),
  },
  { h: '6. Then leave them alone' },
  {
    p: j(
      'After all that, the best thing you can do is walk away. Check the roofs after storms, heft once a month and put fondant on any hive',
      'that feels light, but don&#39;t open the brood box again until the first warm day in spring when the bees are flying strongly.',
    ),
  },
  {
    p: j(
      'If you keep bees near us and want a second opinion on a light colony, the Wednesday evening meetings at the village hall carry on',
      'through the winter.',
    ),
  },
];
const gNav = ['Home', 'The apiary', 'Seasonal jobs', 'Honey &amp; wax', 'About Tamsin'];
const gRecent = ['Swarm season diary: the week everything went at once', 'Candle making with the cappings', 'Why I stopped using queen excluders'];
const gArch = ['October 2027', 'September 2027', 'August 2027', 'July 2027'];
const gCap = 'Hefting the hives at Holloway Farm on a grey morning.';
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; Fenbrook Bee Diary</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="generate-style-css" href="https://fenbrookbees.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.entry-title{font-size:34px}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2027-10-09T07:30:12+00:00","author":{"name":"Tamsin Orlebar"}},{"@type":"WebSite","name":"Fenbrook Bee Diary"}]}</script>
<meta name="generator" content="WordPress 6.6.2"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://fenbrookbees.co.uk/"
rel="home">Fenbrook Bee Diary</a></p><p class="site-description" itemprop="description">Fourteen hives, one slope, too many westerlies</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span
class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry
category-seasonal-jobs tag-winter-prep" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://fenbrookbees.co.uk/wp-content/uploads/2027/10/hives-october.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2027-10-09T07:30:12+00:00" itemprop="datePublished">October 9, 2027</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://fenbrookbees.co.uk/author/tamsin/" title="View all posts by Tamsin Orlebar" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Tamsin Orlebar</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${render(gParts.slice(0, 1))}
<figure class="wp-block-image size-large"><img src="https://fenbrookbees.co.uk/wp-content/uploads/2027/10/hefting-1024x683.jpg" alt="A hand lifting a hive"
width="1024" height="683"><figcaption class="wp-element-caption">${gCap}</figcaption></figure>
${render(gParts.slice(1), { h: ' class="wp-block-heading"', list: ' class="wp-block-list"' })}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://fenbrookbees.co.uk/category/seasonal-jobs/" rel="category tag">Seasonal jobs</a></span> <span class="tags-links">
<span class="screen-reader-text">Tags </span><a href="/tag/winter-prep/" rel="tag">winter prep</a>, <a href="/tag/varroa-control/"
rel="tag">varroa control</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/swarm-season-diary/"
rel="prev">${gRecent[0]}</a>
</span></div><div class="nav-next"><span class="next"><a href="/candle-making-cappings/" rel="next">${gRecent[1]}</a></span></div></nav></footer>
</div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://fenbrookbees.co.uk/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"
title="Search for:">
</label><button class="search-submit" aria-label="Search"><span class="gp-icon icon-search"><svg viewBox="0 0 512 512"
aria-hidden="true"></svg></span></button></form></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">About this diary</h2><div class="textwidget">
<p>Notes from fourteen hives on the edge of the Fens, kept by Tamsin since 2014.</p></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(gArch)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2027 Fenbrook Bee Diary</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
<script src="https://fenbrookbees.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script></body></html>`;
const generatePress: TestPage = {
  name: 'heldout457-generatepress-winter-checklist',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gParts),
  body: bodyOf(gParts),
  bylines: ['October 9, 2027', 'by Tamsin Orlebar'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fenbrook Bee Diary', 'Fourteen hives, one slope, too many westerlies', 'Menu', 'The apiary', 'Seasonal jobs', 'Honey & wax',
    'About Tamsin', gCap, 'Categories', 'Tags', 'winter prep', 'varroa control', ...gRecent, 'Search for:', 'About this diary',
    'Notes from fourteen hives on the edge of the Fens, kept by Tamsin since 2014.', 'Recent Posts', 'Archives', ...gArch, '© 2027 Fenbrook Bee Diary',
    'Built with GeneratePress',
  ],
};

const xTitle = 'Membership';
const xParts: Part[] = [
  {
    p: j(
      'Tamar Vale Beekeepers is a branch of the county association and welcomes anyone with an interest in bees, whether you keep ten',
      'colonies or have not yet opened a hive.',
    ),
  },
  { h: 'Why join?' },
  {
    ul: [
      'Monthly apiary meetings from April to September at our teaching apiary in Gunnislake',
      'Winter talks on the second Thursday of each month',
      'Third-party insurance for up to ten colonies',
      'A mentor for your first two seasons',
      'Use of the association&#39;s extractor and wax melter',
      'Our newsletter, The Tamar Buzz, six times a year',
    ],
  },
  { h: 'Membership rates' },
  {
    ul: [
      'Full member, keeping bees: £38 a year',
      'Country member, not keeping bees: £22 a year',
      'Junior member, under 18: £5 a year',
      'Partner at the same address: £12 a year',
    ],
  },
  {
    p: j(
      'Membership runs from 1 October to 30 September. If you join after 1 June, your first year&#39;s membership is carried over to the',
      'following September.',
    ),
  },
  { h: 'How to join' },
  {
    p: j(
      'Download the form, fill it in and send it with your payment to our membership secretary, or pay by bank transfer and email the form',
      'to membership@tamarvalebees.org.uk. Please use your surname as the payment reference.',
    ),
  },
];
const xNav = ['Home', 'About us', 'Events', 'Swarm help', 'Learn to keep bees', 'Contact'];
const xRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement"><div class="wixui-rich-text__text">${inner}</div></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Membership | Tamar Vale Beekeepers</title>
<meta name="description" content="Join Tamar Vale Beekeepers: apiary meetings, winter talks, insurance and a mentor for new beekeepers.">
<link rel="canonical" href="https://www.tamarvalebees.org.uk/membership"><meta property="og:site_name" content="Tamar Vale Beekeepers">
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"wix-thunderbolt","type":"GA"},"mode":{"site":true}}</script>
<script>window.viewerModel = {"siteFeatures":["cookiesManager","seo","tpaCommons"],"language":{"siteLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}.font_0{font:normal normal bold 44px/1.2 georgia,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${xRich(
  'kx8a1b2c',
  `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.tamarvalebees.org.uk"
target="_self">Tamar Vale Beekeepers</a></span></p>`,
)}
<nav aria-label="Site" id="comp-kx8a3d4e" class="ybcCyF wixui-horizontal-menu"><ul class="bsB8Cm" data-testid="menu">
${xNav
  .map(
    (t) => `<li class="NmTmYd wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement"
href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="_Kh0S3"><div class="itemDepth02233374943__root"><p
class="_7rbNi">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kx8a5f6g" class="RtB1f3 wixui-login-bar"><div class="login-bar"><button class="Ft3iMd" data-testid="handle-button">
<span class="lnwLKr">Log In</span></button></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="Xk3Lm" class="dBAkHi Xk3Lm"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lm2w0p1q" class="xuzjBY comp-lm2w0p1q wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lm2w0p1r" class="comp-lm2w0p1r YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lm2w0p1rinlineContent" data-testid="inline-content">
${xRich('lm2w2a01', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xRich('lm2w2a02', render(xParts.slice(0, 1), { p: ' class="font_8 wixui-rich-text__text"' }))}
<div id="comp-lm2w3b77" class="comp-lm2w3b77 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lm2w3b77" class="HlRz5e"
data-image-info='{"containerId":"comp-lm2w3b77","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/7a21f0_3bd1~mv2.jpg/v1/fill/w_480,h_320/apiary.jpg"
alt="Members at the teaching apiary" width="480" height="320"></wow-image></div></div>
${xRich(
  'lm2w2a03',
  render(xParts.slice(1), {
    h: ' class="font_2 wixui-rich-text__text"',
    p: ' class="font_8 wixui-rich-text__text"',
    list: ' class="font_8 wixui-rich-text__text"',
    li: 'wixui-rich-text__text',
  }),
)}
<div id="comp-lm2w4c88" class="comp-lm2w4c88 R6ex7N wixui-button" aria-disabled="false"><a data-testid="linkElement"
href="https://www.tamarvalebees.org.uk/_files/ugd/7a21f0_membership-form.pdf" target="_blank" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Download
the membership form</span></a></div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content">
${xRich('kx8b9z01', '<h2 class="font_4 wixui-rich-text__text">Get in touch</h2>')}
<form id="comp-kx8c0a11" class="JVi7i2 comp-kx8c0a11 wixui-form"><div class="_2dBhC"><label for="input_comp-kx8c0a12"
class="wixui-text-input__label">First name</label>
<input id="input_comp-kx8c0a12" type="text" class="KvoMHf"></div><div class="_2dBhC"><label for="input_comp-kx8c0a13"
class="wixui-text-input__label">Email</label>
<input id="input_comp-kx8c0a13" type="email" class="KvoMHf"></div><div class="_2dBhC"><label for="textarea_comp-kx8c0a14"
class="wixui-text-box__label">Message</label>
<textarea id="textarea_comp-kx8c0a14" class="rEindN"></textarea></div><div class="comp-kx8c0a15 wixui-button"><button class="uDW_Qe wixui-button"
data-testid="buttonElement">
<span class="l7_2fn wixui-button__label">Submit</span></button></div>
<div id="comp-kx8c0a16" class="wixui-rich-text" data-testid="richTextElement" aria-hidden="true"
style="visibility:hidden"><p>Thanks for submitting!</p></div></form>
${xRich('kx8d1b22', '<p class="font_9 wixui-rich-text__text">© 2027 Tamar Vale Beekeepers. Registered charity no. 1187742</p>')}
</div></div></div></footer></div></div></div>
<div id="WIX_ADS" class="VczJZ2 ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="SRAsdO"><span class="Ai2Zsu"><span data-testid="bannerText">This site was designed with the <span
class="sToNf6">Wix</span> website builder.
Create your website today.</span><span class="lHu07m">Start Now</span></span></a></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a1c3e.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout457-wix-association-membership',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: headingsOf(xParts),
  body: bodyOf(xParts),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...xNav, 'Log In', 'Download the membership form', 'Get in touch', 'First name', 'Message', 'Submit',
    '© 2027 Tamar Vale Beekeepers. Registered charity no. 1187742', 'This site was designed with the Wix website builder. Create your website today.',
    'Start Now',
  ],
};

export const HELDOUT457_A: readonly TestPage[] = [generatePress, wix];
