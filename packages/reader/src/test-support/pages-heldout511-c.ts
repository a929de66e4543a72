import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file c: an energy supplier's meter-reading guide on HubSpot CMS (drag-and-drop sections, rich-text modules,
 * an embedded HubSpot form, the HubSpot cookie banner), and a solar installer's blog post on Wix (Wix Blog with Ricos content,
 * post stats, recent posts, comments box and the free-site Wix banner).
 */
const hTitle = 'How to read your meter';
const hIntro = j(
  'Sending us a reading every month means your bill is based on what you really used, not on our estimate. It takes a minute,',
  'and you only need the numbers the meter shows, not the red ones or anything after a decimal point.',
);
const hH1 = 'Digital electricity meters';
const hDigital = [
  'Press the blue button on the front of the meter until you see a number followed by kWh.',
  'Write down the digits from left to right, ignoring any numbers after the decimal point.',
  'If you see two readings labelled R1 and R2, you have an Economy 7 meter: send us both.',
];
const hH2 = 'Dial meters';
const hDial = [
  j(
    'Older gas and electricity meters have a row of five or six small dials. Read them from left to right. If a pointer is between',
    'two numbers, write down the lower one. If it is between 9 and 0, write down 9.',
  ),
  'Ignore any red dial, and any dial marked 1/10. When you have all the numbers, check that the reading is higher than your last one.',
];
const hH3 = 'Smart meters';
const hSmart = j(
  'If you have a working smart meter, it sends readings to us automatically every half an hour and you do not need to do anything.',
  'If your in-home display says "No comms" for more than a week, let us know and we will look into it.',
);
const hH4 = 'Where to find your meter';
const hWhere = j(
  'Meters are usually under the stairs, in a cupboard by the front door or in a white box on an outside wall. A key to open the',
  'outside box is often taped inside the electricity cupboard. Flats may have meters in a shared room on the ground floor.',
);
const hNav = ['Energy plans', 'Moving home', 'Help centre', 'Log in'];
const hFoot = ['Terms', 'Privacy', 'Accessibility', 'Vulnerable customers', 'Contact'];
const hCookie = 'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.';
const mod = (id: string, inner: string, type = 'rich_text'): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id} dnd-row">
<div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-${type}" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="${type}">${inner}</span></div>
</div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How to read your meter | Oakmere Energy</title>
<link rel="shortcut icon" href="https://www.oakmere-energy.com/hubfs/favicon.png">
<meta name="description" content="Step-by-step help reading digital, dial and smart meters.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs/hsstatic/cos-LanguageSwitcher/static-1.336/sass/LanguageSwitcher.css">
<link rel="stylesheet" href="https://www.oakmere-energy.com/hubfs/hub_generated/template_assets/1/148812345/1709901122/template_main.min.css">
<style>#hs_cos_wrapper_widget_1700000000002 .hero { background-color:#0f3d2e; }</style>
<link rel="canonical" href="https://www.oakmere-energy.com/help/how-to-read-your-meter">
<meta property="og:url" content="https://www.oakmere-energy.com/help/how-to-read-your-meter">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-148900112 hs-site-page page"><div data-global-resource-path="oakmere-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo">
<img src="https://www.oakmere-energy.com/hubfs/oakmere-logo.svg" class="hs-image-widget" alt="Oakmere Energy"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu"
data-hs-cos-type="menu">
<div id="hs_menu_wrapper_navigation-primary" class="hs-menu-wrapper active-branch no-flyouts hs-menu-flow-horizontal" role="navigation"><ul role="menu">
${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></div></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--help">
${mod('1700000000002', `<div class="hero"><p class="hero__eyebrow">Help centre</p><h1>${hTitle}</h1></div>`, 'module')}
${mod('1700000000003', `<p>${hIntro}</p><h2>${hH1}</h2><ol>${lis(hDigital)}</ol><h2>${hH2}</h2>${ps(hDial)}`)}
${mod(
  '1700000000004',
  `<div class="callout callout--tip"><p>
<strong>Tip:</strong> take a photo of the meter with your phone. It is the easiest way to check later.</p></div>`,
  'module',
)}
${mod('1700000000005', `<h2>${hH3}</h2><p>${hSmart}</p><h2>${hH4}</h2><p>${hWhere}</p>`)}
${mod(
  '1700000000006',
  `<div class="form-card"><h3 class="form-card__title">Send us a reading</h3>
<span id="hs_cos_wrapper_widget_1700000000006_form" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-type="form">
<div id="hs_form_target_widget_1700000000006">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4418822/3c1f"
enctype="multipart/form-data" id="hsForm_3c1f" method="POST" class="hs-form stacked hs-form-private hsForm_3c1f hs-form-3c1f" data-form-id="3c1f">
<div class="hs_account_number hs-account_number hs-fieldtype-text field hs-form-field"><label id="label-account_number-3c1f" for="account_number-3c1f">
<span>Account number</span>
<span class="hs-form-required">*</span></label><div class="input">
<input id="account_number-3c1f" name="account_number" required type="text" class="hs-input" value=""></div></div>
<div class="hs_meter_reading hs-meter_reading hs-fieldtype-number field hs-form-field"><label for="meter_reading-3c1f"><span>Meter reading</span>
<span class="hs-form-required">*</span></label><div class="input">
<input id="meter_reading-3c1f" name="meter_reading" required type="number" class="hs-input" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Submit reading"></div></div></form></div>
</span></div>`,
  'module',
)}
</div></main>
<div data-global-resource-path="oakmere-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<span id="hs_cos_wrapper_navigation-footer" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_simple_menu" data-hs-cos-type="simple_menu">
<div id="hs_menu_wrapper_navigation-footer" class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation">
<ul role="menu">${links(hFoot, 'hs-menu-item hs-menu-depth-1')}</ul></div></span>
<p class="footer__legal">Oakmere Energy Supply Ltd, 21 Weaver Street, Northwich CW9 5HB. Registered in England No. 10277441.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-region="hs-eu-cookie-confirmation" aria-label="Cookie banner"
role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording"><p>${hCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><div id="hs-eu-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.304/js/index.js"></script><script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4418822.js"></script></body></html>`;
const hubspotMeter: TestPage = {
  name: 'heldout511-hubspot-meter-reading',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4],
  body: texts([hIntro, ...hDigital, ...hDial, 'Tip: take a photo of the meter with your phone. It is the easiest way to check later.', hSmart, hWhere]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Send us a reading', 'Account number', 'Meter reading', ...hFoot,
    'Oakmere Energy Supply Ltd, 21 Weaver Street, Northwich CW9 5HB. Registered in England No. 10277441.', hCookie, 'Accept', 'Decline',
  ],
};

const wTitle = 'What 300 winter installs taught us about solar in the Peak District';
const wDek = 'Short days, frost and snow on the roof: the numbers from last winter, and what we now do differently.';
const wParas1 = [
  j(
    'Between November and February we fitted 312 solar systems, more than in any winter since we started. A lot of customers asked',
    'whether it was worth waiting until spring. Now that we have a full year of data from the first of those homes, we can answer properly.',
  ),
  j(
    'The short version: a system installed in December produces almost nothing for its first six weeks, and that does not matter.',
    'Over a year, the dark months make up about 8% of a typical system’s output in the High Peak. Waiting three months for a spring',
    'install means missing April and May, which together make up nearly a quarter.',
  ),
];
const wH1 = 'Snow slides off faster than you think';
const wParas2 = [
  j(
    'Panels are dark and smooth, and they warm up in the first hour of daylight. On the 41 homes we monitored through the February',
    'snow, the panels were clear within a day and a half on average, even where the roof around them was still white.',
  ),
  'We no longer fit snow guards as standard. They cost around £200 and the data did not show they made any difference.',
];
const wH2 = 'Frost is a bigger problem than cold';
const wParas3 = [
  j(
    'Cold itself helps: panels are more efficient at low temperatures. What hurt output was hoar frost on north-east facing arrays,',
    'which could sit on the glass until late morning. On those roofs we now recommend a slightly steeper mounting angle.',
  ),
];
const wQuote = '“We lost two days of generation all winter. I expected to lose two months.” — a customer in Chinley';
const wParas4 = ['If you are thinking about a winter install this year, our survey diary opens on 1 September.'];
const wNav = ['Home', 'Solar', 'Batteries', 'Case studies', 'Blog', 'Contact'];
const wRecent = [
  'Battery or bigger array? Running the numbers for a three-bed semi',
  'Why we stopped recommending microinverters on slate roofs',
  'Export tariffs compared: spring 2027',
];
const ricos = (id: string, html: string): string =>
  `<div class="_1d1Ls" data-hook="rcv-block${id}"></div><p class="MUYRy _0mt-S Nf37e hOaMM" dir="auto" id="viewer-${id}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${html}</span></p>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta name="description" content="${wDek}">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Edale Sun Co.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Marnie Holroyd"},"datePublished":"2027-04-14T08:30:00.000Z"}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"a1c4e2f0","isPremium":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lqx1a2{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mrz6bn">top of page</span>
</div>
<div id="BACKGROUND_GROUP" class="BACKGROUND_GROUP"></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="WIX_ADS" class="_3mo7P wix-ads-top">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank" class="ZZ6vU">
<span class="_2ZXc1"><span>This site was designed with the </span><span class="_3AjW8">Wix</span><span> website builder. Create your website today.</span>
</span>
<span class="_3ObMN">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-lqx1a2" class="comp-lqx1a2 wixui-rich-text" data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Edale Sun Co.</span></p></div>
<nav id="comp-lqx1b7" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-lqx1b7 wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="post-page">
<div data-hook="post-page" class="JSrQ3b"><article class="blog-post-page-font _2D6mV" data-hook="post"><div class="_3OXbX blog-post-page-post-container">
<div data-hook="post-header"><div class="_3t8Op"><div class="blog-post-metadata" data-hook="post-metadata">
<span data-hook="user-name" class="_2tqFR blog-link-hover-color">Marnie Holroyd</span>
<ul class="_1DvsK"><li><span data-hook="time-ago" title="Apr 14">Apr 14</span></li><li><span data-hook="time-to-read" title="4 min read">4 min read</span></li>
</ul></div>
<div class="_3zw6G"><button data-hook="more-button" aria-label="More actions" class="_1gGfU"></button></div></div></div>
<h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title">${wTitle}</span></h1>
<div class="post-description"><p data-hook="post-description">${wDek}</p></div>
<div data-hook="post-description-date"><span data-hook="post-updated-date">Updated: Apr 20</span></div>
<div class="_6SyeS" data-id="content-viewer" data-hook="post-content"><div data-rce-version="9.18.4" class="rich-content-viewer" dir="ltr"><div class="_3yXS7">
${wParas1.map((p, i) => ricos(`a1b${i}`, p)).join('\n')}
<h2 class="_2VmEg _0mt-S _1nAQt" dir="auto" id="viewer-h1a"><span class="_2PHJq">${wH1}</span></h2>
<div class="_2Z8Ht" data-hook="figure-IMAGE"><div data-hook="imageViewer" class="_3JxlS">
<img alt="" src="https://static.wixstatic.com/media/a1c4e2_8d12~mv2.jpg/v1/fill/w_740,h_416/a1c4e2_8d12~mv2.jpg"></div>
<figcaption class="_1ZoTG" data-hook="imageViewerCaption"><span dir="auto">Panels clearing on a roof in Hayfield, 9 February</span></figcaption></div>
${wParas2.map((p, i) => ricos(`c2d${i}`, p)).join('\n')}
<h2 class="_2VmEg _0mt-S _1nAQt" dir="auto" id="viewer-h2b"><span class="_2PHJq">${wH2}</span></h2>
${wParas3.map((p, i) => ricos(`e3f${i}`, p)).join('\n')}
<blockquote class="_3WJzN _0mt-S" dir="auto" id="viewer-q1"><span class="_2PHJq">${wQuote}</span></blockquote>
${wParas4.map((p, i) => ricos(`g4h${i}`, p)).join('\n')}
</div></div></div>
<div class="_1Vdq4" data-hook="post-footer"><div class="_2xIQc"><div class="tag-cloud" data-hook="tag-cloud"><ul><li><a href="/blog/tags/winter">winter</a></li>
<li><a href="/blog/tags/performance-data">performance data</a></li></ul></div><div data-hook="share-buttons" class="_3K8sO">
<button aria-label="Share via Facebook" class="_2kD5o"></button><button aria-label="Share via X (Twitter)" class="_2kD5o"></button>
<button aria-label="Share via LinkedIn" class="_2kD5o"></button>
<button aria-label="Share via link" class="_2kD5o"></button></div><div class="_3oFRs" data-hook="post-main-actions-desktop">
<span data-hook="view-count">211 views</span>
<span data-hook="comment-count">0 comments</span><button data-hook="like-button" class="_1Nw7x"><span data-hook="like-button-with-count__like-count">7</span>
</button></div></div></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="_1aLXj"><h2 class="_2RJ2C blog-text-color" data-hook="recent-posts-title">Recent Posts</h2>
<a class="_9QbUb blog-link-hover-color" href="/blog" data-hook="see-all-link">See All</a></div><div class="_3T4V2">
${wRecent
  .map(
    (t) => `<div class="post-list-item" data-hook="post-list-item"><h3 class="_2x8PE blog-post-title-font" data-hook="post-title">${t}</h3>
</div>`,
  )
  .join('\n')}
</div></section>
<section class="comments" data-hook="comments-root"><div data-hook="comments-header"><h2>Comments</h2></div><div data-hook="comment-box-placeholder">
<button class="_3vD6C">Write a comment...</button></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lqx1f9" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text">© 2027 by Edale Sun Co. Proudly created with Wix.com</p></div></footer></div></div></div></div></body></html>`;
const wixBlog: TestPage = {
  name: 'heldout511-wix-winter-solar-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2],
  body: [wDek, ...wParas1, ...wParas2, ...wParas3, wQuote, ...wParas4],
  bylines: ['Marnie Holroyd', 'Apr 14', '4 min read', 'Updated: Apr 20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Edale Sun Co.',
    ...wNav.filter((t) => t !== 'Solar'), 'Panels clearing on a roof in Hayfield, 9 February', 'performance data', '211 views', '0 comments', '7',
    'Recent Posts',
    'See All', ...wRecent, 'Comments', 'Write a comment...', '© 2027 by Edale Sun Co. Proudly created with Wix.com',
  ],
};

export const HELDOUT511_C: readonly TestPage[] = [hubspotMeter, wixBlog];
