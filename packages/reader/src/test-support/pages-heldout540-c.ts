import { type TestPage } from './page-kit.js';
import { gold, j } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file c: a hobby store's trade-in page built with Wix (free-site ad bar, rich-text components), and a comic
 * shop's news post on Webflow with a CMS "More news" list and a newsletter form.
 */
const wxTitle = 'Trade-In Program';
const wxParas = [
  j(
    'Got a shelf of games you no longer play? Bring them to Kestrel Hobbies and trade them for store credit. We take board games,',
    'card games, miniatures and painted armies, and we resell them in our pre-loved corner at the back of the shop.',
  ),
  'What we accept',
  'Board and card games that are complete, with rulebooks, in boxes that are not crushed or water-damaged.',
  'Unbuilt miniatures still on the sprue, and built or painted miniatures in good order.',
  'Sealed trading card products. We do not buy single cards.',
  'How much you get',
  j(
    'We offer 40% of the price we expect to sell the item for, paid as store credit on a gift card. If you would rather have cash,',
    'we can pay 25%, up to £100 a day.',
  ),
  j('Games we already have three or more of on the pre-loved shelf may be refused, and so may games with missing parts. We will', 'always tell you why.'),
  'When to come',
  j(
    'Trade-ins are assessed on Tuesday, Wednesday and Thursday afternoons from 1 pm to 5 pm. Allow about 20 minutes for a bag of',
    'games. For a whole collection, send us a list and photos first using the form on our Contact page.',
  ),
];
const wxNav = ['Home', 'Shop', 'Events', 'Trade-In', 'Painting Service', 'Contact'];
const wxRt = (t: string, tag = 'p', font = 'font_8') =>
  `<${tag} class="${font} wixui-rich-text__text"><span style="color:#2B2B2B;" class="wixui-rich-text__text">${t}</span></${tag}>`;
const wxBlock = (id: string, inner: string) =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wxList = (items: readonly string[]) =>
  `<ul class="font_8 wixui-rich-text__text">${items
    .map(
      (i) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${i}</p>
</li>`,
    )
    .join('')}</ul>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a3f5e2_4c1.png/v1/fill/w_192%2Ch_192/a3f5e2_4c1.png" type="image/png">
<title>Trade-In | Kestrel Hobbies</title><meta name="description" content="Trade your old games for store credit at Kestrel Hobbies, Wrenford.">
<link rel="canonical" href="https://www.kestrelhobbies.com/trade-in"><meta property="og:title" content="Trade-In | Kestrel Hobbies">
<meta property="og:site_name" content="Kestrel Hobbies"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Kestrel Hobbies","address":{"@type":"PostalAddress",
"streetAddress":"31 Mill Street","addressLocality":"Wrenford"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],
"site":{"metaSiteId":"5b8e7c"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lk2a1{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
 aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow" class="YfH6iN">
<span class="IcDJuK">This site was designed with the <span class="_nt6e">Wix</span> website builder. Create your website today.</span>
<span class="N9BBjP">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="headerInlineContent" class="hr8v2h"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-lk2a0" class="HcOXKn c9GqVL QxJLC3 comp-lk2a0 wixui-rich-text" data-testid="richTextElement"><p class="font_4 wixui-rich-text__text">
<a href="https://www.kestrelhobbies.com" target="_self" class="wixui-rich-text__text">Kestrel Hobbies</a></p></div>
<nav id="comp-lk2a1" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wxNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.kestrelhobbies.com/${n.toLowerCase().replace(/ /g, '-')}"
 class="wixui-horizontal-menu__item-label"><span class="label">${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lk2a2" class="comp-lk2a2 wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.kestrelhobbies.com/shop" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Shop Online</span></a></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1lzk" class="dBAkHi theme-vars c1lzk"><div class="PFkO7r wN7Lnc"></div>
<div class="HT5ybB"><div id="Containerc1lzk" class="Containerc1lzk SPY_vo">
<div data-mesh-id="Containerc1lzkinlineContent" data-testid="inline-content" class="">
<section id="comp-lu7q1" tabindex="-1" class="Oqnisf comp-lu7q1 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lu7q1inlineContent"
 data-testid="inline-content" class="">
${wxBlock('lu7q2', wxRt(wxTitle, 'h1', 'font_0'))}
<div id="comp-lu7q3" class="MazNVa comp-lu7q3 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lu7q3" class="HlRz5e BI8PVQ"
 data-image-info="{}"><img src="https://static.wixstatic.com/media/a3f5e2_shelf.jpg/v1/fill/w_600,h_400/shelf.jpg" alt="Pre-loved games shelf"
 style="width:600px;height:400px;object-fit:cover"></wow-image></div></div>
${wxBlock('lu7q4', wxRt(wxParas[0] ?? ''))}
${wxBlock('lu7q5', wxRt(wxParas[1] ?? '', 'h2', 'font_2') + wxList(wxParas.slice(2, 5)))}
${wxBlock('lu7q6', wxRt(wxParas[5] ?? '', 'h2', 'font_2') + wxRt(wxParas[6] ?? '') + wxRt('&nbsp;') + wxRt(wxParas[7] ?? ''))}
${wxBlock('lu7q7', wxRt(wxParas[8] ?? '', 'h2', 'font_2') + wxRt(wxParas[9] ?? ''))}
<div class="comp-lu7q8 wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="https://www.kestrelhobbies.com/contact" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Send us your list</span></a></div>
</div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="footerInlineContent" class="hr8v2h">
${wxBlock('lk2b0', wxRt('31 Mill Street, Wrenford WF3 9JB') + wxRt('Tel: 01632 960 418') + wxRt('info@kestrelhobbies.com'))}
${wxBlock('lk2b1', wxRt('Opening hours', 'p', 'font_9') + wxRt('Tue–Sat 10:00–18:00') + wxRt('Sun 11:00–16:00'))}
<div id="comp-lk2b2" class="comp-lk2b2 wixui-social-bar"><ul class="kZQ3ep" aria-label="Social Bar"><li id="dataItem-fb" class="wixui-social-bar__item">
<a data-testid="linkElement" href="https://www.facebook.com/kestrelhobbies" target="_blank" class="oRtuWN"><wix-image class="HlRz5e"><img alt="Facebook"
 src="https://static.wixstatic.com/media/fb.png"></wix-image></a></li></ul></div>
${wxBlock('lk2b3', wxRt('© 2026 by Kestrel Hobbies. Proudly created with Wix.com', 'p', 'font_9'))}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="ccsu-banner-wrapper" role="dialog" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. By continuing to use it, you agree to our use of cookies.</p>
<button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.3c1b5e8a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout540-hobby-store-trade-in',
  kind: 'docs',
  html: wxHtml,
  title: wxTitle,
  headings: [wxParas[1] ?? '', wxParas[5] ?? '', wxParas[8] ?? ''],
  body: wxParas.filter((_, i) => ![1, 5, 8].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Kestrel Hobbies', ...wxNav,
    'Shop Online', 'Send us your list', '31 Mill Street, Wrenford WF3 9JB', 'Tel: 01632 960 418', 'info@kestrelhobbies.com', 'Opening hours',
    'Tue–Sat 10:00–18:00', 'Sun 11:00–16:00', '© 2026 by Kestrel Hobbies. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use it, you agree to our use of cookies.', 'Accept', 'Settings',
  ],
};

const wfTitle = 'New Comic Day moves to Wednesday mornings from June';
const wfParas = [
  j(
    'From the first week of June, new comics will be on our shelves from 10 am every Wednesday instead of Thursday afternoon.',
    'Our distributor has changed its delivery run, and the van now reaches Castleford Road on Tuesday evening.',
  ),
  j(
    'Pull list boxes will be ready at the same time. If you usually collect on Thursdays nothing changes for you: your books',
    'will simply be waiting a day longer.',
  ),
  j('We are also moving our late opening to Wednesday, so the shop will be open until 8 pm on new comic day. Thursday closing', 'goes back to 6 pm.'),
  'See you on Wednesday.',
];
const wfNav = ['New Releases', 'Pull Lists', 'Events', 'News', 'Visit'];
const wfMore = [
  ['Events', 'Free Comic Book Saturday: what to expect'],
  ['Store', 'We have doubled the manga section'],
  ['Events', 'Zine fair returns in September'],
];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 12 2026 08:41:19 GMT+0000
 (Coordinated Universal Time) --><html data-wf-domain="www.panelbeatercomics.com" data-wf-page="6630e1b2c4d5" data-wf-site="6630e1b2c4a0"
 data-wf-collection="6630e1b2c4f1" data-wf-item-slug="new-comic-day-wednesday"><head><meta charset="utf-8">
<title>${wfTitle} | Panelbeater Comics</title><meta content="From June, new comics arrive on Wednesday mornings." name="description">
<meta content="${wfTitle}" property="og:title"><meta property="og:type" content="website"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6630e1b2c4a0/css/panelbeater.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){
var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-2"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/6630e1b2c4a0/logo.svg"
 loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wfNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}</nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="container-post w-container"><a href="/news" class="back-link w-inline-block">
<div class="text-block-back">← All news</div></a>
<div class="post-category">Store</div><h1 class="post-heading">${wfTitle}</h1>
<div class="post-meta"><div class="post-author">Written by <span class="text-span-author">Hollis Mbeki</span></div>
<div class="post-date">May 12, 2026</div></div>
<img src="https://assets-global.website-files.com/6630e1b2c4b0/6641a3_new-comic-wall.jpg" loading="lazy" alt=""
 sizes="(max-width: 767px) 92vw, 720px" class="post-image">
<div class="rich-text-post w-richtext">${wfParas.map((p) => `<p>${p}</p>`).join('')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/6630e1b2c4b0/6641a4_van.jpg" loading="lazy"
 alt=""></div><figcaption>Tuesday night deliveries mean the wall is full by opening time.</figcaption></figure></div></div></div>
<div class="section-more"><div class="w-container"><h2 class="heading-more">More news</h2><div class="w-dyn-list">
<div role="list" class="collection-list w-dyn-items w-row">
${wfMore
  .map(
    ([c, t]) => `<div role="listitem" class="collection-item w-dyn-item w-col w-col-4"><a href="/news/${t?.toLowerCase().replace(/[^a-z]+/g, '-')}"
 class="more-card w-inline-block"><div class="more-category">${c}</div><h3 class="more-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><h2>Get the weekly shipping list</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter"
 data-name="Newsletter" method="get" class="newsletter-form" aria-label="Newsletter">
<input class="text-field w-input" maxlength="256" name="Email" data-name="Email"
 placeholder="Your email" type="email" id="Email" required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-text">Panelbeater Comics · 118 Castleford Road, Dunmere</div>
<div class="footer-text">Mon–Sat 10–6 · Wed 10–8 · Sun closed</div><div class="footer-text">© 2026 Panelbeater Comics</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6630e1b2c4a0" type="text/javascript" crossorigin="anonymous">
</script>
<script src="https://assets-global.website-files.com/6630e1b2c4a0/js/webflow.d1e2f3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout540-comic-shop-news-webflow',
  kind: 'news',
  html: wfHtml,
  title: wfTitle,
  headings: [],
  body: wfParas,
  bylines: ['Written by Hollis Mbeki', 'May 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, '← All news', 'Store', 'Tuesday night deliveries mean the wall is full by opening time.', 'More news', ...wfMore.flatMap((m) => m),
    'Get the weekly shipping list', 'Panelbeater Comics · 118 Castleford Road, Dunmere', 'Mon–Sat 10–6 · Wed 10–8 · Sun closed',
    '© 2026 Panelbeater Comics',
  ],
};

export const HELDOUT540_C: readonly TestPage[] = [gold(wix), gold(webflow)];
