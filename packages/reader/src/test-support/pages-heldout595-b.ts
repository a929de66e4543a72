import { links, ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout595-kit.js';

/**
 * Held-out batch 595, file b: a route guide with a table of daily lock counts on a Squarespace 7.1 blog with its announcement
 * bar, and a short day-boat page built with Wix.
 */
const rTitle = 'The Tarrow Ring in a week: 96 miles and 112 locks';
const rIntro = j(
  'The Tarrow Ring is the route we are asked about most. It joins the Tarrow Canal, the River Ell and the Hallam Navigation in a',
  'loop that starts and finishes at our base, so there is no turning back on yourself. It is a full week, though: 96 miles and',
  '112 locks, including the Sixteen at Corley.',
);
const rBefore = [
  j(
    'We only offer the ring to crews of at least four adults, and we ask that at least one of you has done a canal holiday before.',
    'With a crew of two you will spend the week working locks and see very little else.',
  ),
  j(
    'The river section between Ashwell and Grindle Lock is not open to hire boats when the level board shows red. If the river is',
    'up, we will give you an alternative route at handover and refund the difference in fuel.',
  ),
];
const rStages: readonly (readonly string[])[] = [
  ['Sat', 'Fenley Junction – Ashwell', '11', '6'],
  ['Sun', 'Ashwell – Grindle Lock', '15', '9'],
  ['Mon', 'Grindle Lock – Hallam Basin', '14', '14'],
  ['Tue', 'Hallam Basin – Corley Top', '9', '28'],
  ['Wed', 'Corley Top – Stanmere', '12', '23'],
  ['Thu', 'Stanmere – Oxley Wharf', '18', '20'],
  ['Fri', 'Oxley Wharf – Fenley Junction', '17', '12'],
];
const rDays = [
  'The river days',
  j(
    'Sunday is the easiest day of the week. The river locks are large and mechanised, worked by keepers between 8 am and 6 pm,',
    'and the current carries you down to Grindle in good time. Keep to the right of the channel and well away from the weirs.',
  ),
  'The Corley flights',
  j(
    'Tuesday and Wednesday are the hard part. The Sixteen at Corley climb 140 feet in under two miles, and the locks are so close',
    'together that one crew member can walk ahead to set the next lock. Allow five hours for the flight alone.',
  ),
  j('Moor above the top lock on Tuesday night: the Navigation Inn serves food until nine and there is a water point by the bridge.'),
  'The long run home',
  j(
    'Thursday and Friday are long days on the lock-free summit and the old main line, with plenty of time to sit back. Aim to',
    'be back at Fenley Junction by 5 pm on Friday so we can check you in before dark.',
  ),
];
const rNav = ['Boats', 'Holidays', 'Routes', 'Journal', 'About'];
const rFoot = ['Instagram', 'Facebook', 'Contact', 'Terms'];
const rHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${rTitle} — Fenley Cruisers</title><link rel="canonical" href="https://www.fenleycruisers.example/journal/tarrow-ring-in-a-week">
<meta property="og:site_name" content="Fenley Cruisers"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.fenleycruisers.example","name":"Fenley Cruisers","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${rTitle}","datePublished":"2026-01-21T09:30:00+0000","author":{"@type":"Person","name":"Imogen Thale"},
"@context":"http://schema.org","@type":"BlogPosting"}</script>
<script>Static={SQUARESPACE_CONTEXT:{"facebookAppId":"314192535267336","rollups":{},"pageType":50,"website":{"siteTitle":"Fenley Cruisers"}}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-c33e6d1b.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/65a1/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65ad0f1e"
class="primary-button-style-solid header-width-full tweak-blog-item-width-medium tweak-blog-item-show-author-profile tweak-blog-item-show-date
 collection-type-blog-basic view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>2027 dates are now open – book before 28 February for 10% off.</p></div></div><a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a>
</div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" id="site-title">Fenley Cruisers</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${rNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a boat</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items">
<button class="header-burger-btn burger" aria-label="Open Menu"></button></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65ad0f1e">
<section class="page-section content-collection full-bleed-section collection-type-blog-basic" data-section-theme="white"><div class="content-wrapper">
<div class="content">
<div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry author-imogen-thale post-type-text article-index-1 tag-routes" data-item-id="65ad0f1e">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-01-21">21 Jan</time></div><div class="blog-meta-item blog-meta-item--author">
<a href="/journal?author=5f1" class="blog-author p-author">Imogen Thale</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${rTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1705829400000" id="item-65ad0f1e"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-large" style="white-space:pre-wrap;">${rIntro}</p>
<h2 style="white-space:pre-wrap;">Before you book</h2>
${ps(rBefore, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">Day by day</h2></div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-a2"><div class="sqs-block-content">
<table class="route-table"><thead><tr><th>Day</th><th>Stage</th><th>Miles</th><th>Locks</th></tr></thead><tbody>
${trs(rStages)}</tbody></table></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-a3"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/corley-flight.jpg" alt="Corley locks from the top gate"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">The Sixteen at Corley, looking down from lock 9.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a4"><div class="sqs-block-content"><div class="sqs-html-content">
${rDays
  .map((t, i) =>
    [0, 2, 5].includes(i)
      ? `<h3 style="white-space:pre-wrap;">${t}</h3>`
      : `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1" class="author-avatar">
<img alt="Imogen Thale" src="/universal/images-v6/avatar.png"></a>
<div class="author-name"><a href="/journal?author=5f1">Imogen Thale</a></div><div class="author-bio">
<p>Imogen plans the routes and writes the cruising guides for our crews.</p></div></div>
<footer class="blog-item-comments"></footer></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic">
<a class="item-pagination-link item-pagination-link--prev" href="/journal/ashwell-moorings">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Where to moor in Ashwell</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/journal/winter-stoppages-2026"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Winter stoppages: what is closed and when</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Fenley Cruisers · The Basin, Fenley Junction</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list"><ul>${links(rFoot)}</ul></nav></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Cruising news</h2>
<p class="newsletter-form-header-description">New routes and early booking offers, four times a year.</p><form class="newsletter-form">
<label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" id="email-yui" placeholder="Email Address">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div>
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-container" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how you use our site and to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const ring: TestPage = {
  name: 'heldout595-squarespace-route-guide',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: ['Before you book', 'Day by day', rDays[0] ?? '', rDays[2] ?? '', rDays[5] ?? ''],
  body: [rIntro, ...rBefore, ...rowTexts(rStages), ...rDays.filter((_, i) => ![0, 2, 5].includes(i))],
  bylines: ['21 Jan', 'Imogen Thale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '2027 dates are now open – book before 28 February for 10% off.', 'Skip to Content', 'Fenley Cruisers', ...rNav.filter((n) => n !== 'Boats'
&& n !== 'About'), 'Book a boat',
    'The Sixteen at Corley, looking down from lock 9.', 'Imogen plans the routes and writes the cruising guides for our crews.', 'Previous',
    'Where to moor in Ashwell', 'Next', 'Winter stoppages: what is closed and when', 'Fenley Cruisers · The Basin, Fenley Junction', ...rFoot,
    'Cruising news', 'New routes and early booking offers, four times a year.', 'Email Address', 'Sign Up',
    'We use cookies to understand how you use our site and to improve your experience.', 'Accept', 'Decline',
  ],
};

const dTitle = 'Day Boat Hire';
const dBody = [
  j(
    'Our day boat Little Dipper seats up to ten people and needs no experience to steer. Cruise from Bramwell Marina to the',
    'Aqueduct and back, about two hours each way, with no locks to work.',
  ),
  'What’s included',
  'Full instruction before you set off',
  'Fuel, lifejackets and a canal map',
  'Kettle, gas hob and a pump-out toilet',
  j('Weekdays £165, weekends and bank holidays £195. Boats go out at 9.30 am and must be back by 5 pm.'),
  'Dogs are welcome on board. Please bring a picnic, or moor at the Feathers by the Aqueduct for lunch.',
];
const dNav = ['Home', 'Holiday Boats', 'Day Boats', 'Marina', 'Contact'];
const dRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const dP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Day Boat Hire | Bramwell Marina</title>
<meta name="description" content="Hire a day boat from Bramwell Marina for up to ten people.">
<meta property="og:title" content="Day Boat Hire | Bramwell Marina"><meta property="og:site_name" content="Bramwell Marina">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Bramwell Marina","telephone":"01632 960 775"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b8d1","isWixSite":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}.font_0{font:normal normal bold 44px/1.3em 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button class="VdrOr8" id="SKIP_TO_CONTENT_BTN" data-testid="skip-to-content-btn">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="LvvJ_m">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${dRich(
  'kp1hd',
  `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">
<a href="https://www.bramwellmarina.example" class="wixui-rich-text__text">Bramwell Marina</a></span></p>`,
)}
<nav aria-label="Site" id="comp-kp1nav" class="Pb7v2Z comp-kp1nav wixui-horizontal-menu"><ul class="itemDepth02233374 wixui-horizontal-menu__container">
${dNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.bramwellmarina.example/${n.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div class="itemLabel">
<p class="wixui-horizontal-menu__item-label">${n}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="c1dmp">
<section id="comp-ld8s1" class="comp-ld8s1 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-ld8s2" class="comp-ld8s2 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-ld8s2inlineContent" data-testid="inline-content" class="">
${dRich('ld8t1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${dTitle}</span></h1>`)}
${dRich('ld8t2', dP(dBody[0] ?? ''))}
${dRich(
  'ld8t3',
  `<h2 class="font_2 wixui-rich-text__text">${dBody[1]}</h2><ul class="font_8 wixui-rich-text__text">${dBody
    .slice(2, 5)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`)
    .join('')}</ul>`,
)}
${dRich('ld8t4', `<h2 class="font_2 wixui-rich-text__text">Prices</h2>${dP(dBody[5] ?? '')}`)}
${dRich('ld8t5', dP(dBody[6] ?? ''))}
<div class="comp-ld8b1 R6ex7N wixui-button" id="comp-ld8b1" aria-disabled="false">
<a data-testid="linkElement" href="https://www.bramwellmarina.example/book-online" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book Online</span></a></div>
<wix-image id="img_comp-ld8i1" class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/little-dipper.jpg/v1/fill/w_480,h_320/little-dipper.jpg" alt="Little Dipper day boat"></wix-image>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${dRich('kp1ft', `${dP('Bramwell Marina, Canal Lane, Bramwell')}${dP('Tel: 01632 960 775')}${dP('©2026 by Bramwell Marina. Proudly created with Wix.com')}`)}
</div></footer></div></div></div>
<div id="WIX_ADS" class="czJOIz ytGGBw">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank" rel="nofollow" class="xx">
<span class="xx_1">This site was designed with the <span class="xx_2">Wix</span> website builder. Create your website today.</span>
<span class="xx_3">Start Now</span></a></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="cbRoot" role="dialog" aria-label="Cookie banner"><div data-hook="ccsu-banner-text">
<p>This website uses cookies.</p>
<p>We use cookies to improve your experience and for marketing. Read our <a href="/cookie-policy">Cookie Policy</a>.</p></div>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e8a6e7.bundle.min.js" async></script></body></html>`;
const dayBoat: TestPage = {
  name: 'heldout595-wix-day-boat',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dBody[1] ?? '', 'Prices'],
  body: dBody.filter((_, i) => i !== 1),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...dNav.filter((n) => n !== 'Marina'), 'Book Online', 'Bramwell Marina, Canal Lane, Bramwell',
    'Tel: 01632 960 775', '©2026 by Bramwell Marina. Proudly created with Wix.com',
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'bottom of page', 'This website uses cookies.',
    'We use cookies to improve your experience and for marketing. Read our Cookie Policy.', 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT595_B: readonly TestPage[] = [ring, dayBoat];
