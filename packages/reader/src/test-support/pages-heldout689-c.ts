import { links, type TestPage, texts } from './page-kit.js';
import { at, type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/**
 * Held-out batch 689, file c: a heat pump installer's short service page built with Wix (rich text components, inline styles,
 * Wix ads banner), and an EV charging installer's fleet depot case study on Webflow (CMS rich text, stats grid, related items).
 */
const xTitle = 'Annual heat pump service';
const xParts = [
  j(
    'A heat pump needs far less looking after than a boiler, but a yearly check keeps it running efficiently and keeps your',
    'manufacturer warranty valid. Our service visit takes about 90 minutes.',
  ),
  'What we check',
  'refrigerant pressures and temperatures at the outdoor unit',
  'the fan, coil and condensate drain, cleared of leaves and debris',
  'system water pressure, inhibitor level and magnetic filter',
  'flow temperatures and weather compensation settings',
  'Price',
  'A standard service costs £145. Customers on our Care Plan pay £12 a month, which includes the service and parts cover.',
];
const xNav = ['Home', 'Heat Pumps', 'Servicing', 'Reviews', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xp = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span style="font-size:17px;"
class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_favicon.png">
<title>Heat Pump Servicing | Fenwold Heat Pumps</title><meta name="description" content="Annual heat pump servicing across Fenwold from £145.">
<meta property="og:title" content="Heat Pump Servicing | Fenwold Heat Pumps"><meta name="format-detection" content="telephone=no">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy"],
"site":{"metaSiteId":"9f8e7d6c"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;--shd:none}#comp-lq2x8k1a{width:980px}.font_8{font:normal normal normal 17px/1.4em
avenir-lt-w01_35-light1475496,sans-serif;color:#3D3D3D}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" class="pageBackground_c1dmp"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-lq2x8k1a" class="comp-lq2x8k1a">
${rt('lq2x8k1b', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">FENWOLD HEAT PUMPS</span></p>')}
<wix-dropdown-menu id="comp-lq2x8k1c" class="XRwtpn comp-lq2x8k1c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0"
data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center"><nav class="YXlfNd" id="comp-lq2x8k1cnavContainer" aria-label="Site">
<ul class="mj3xJ8" id="comp-lq2x8k1citemsContainer" style="text-align:center">${xNav
  .map(
    (t, i) => `<li id="comp-lq2x8k1c${i}" data-direction="ltr" data-listposition="center" data-data-id="dataItem-l${i}" data-state="menu idle link notMobile"
class="wixui-dropdown-menu__item xRJ8Sz"><a data-testid="linkElement" href="https://www.fenwoldheatpumps.co.uk/${t.toLowerCase()}" target="_self"
class="UiHgGh"><div class="yRj2ms"><div class="" style="text-align:center"><p class="zKbzSQ" style="text-align:center;line-height:50px">${t}</p></div>
</div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu>
<div class="comp-lq2x8k1d R6ex7N wixui-button" id="comp-lq2x8k1d" aria-disabled="false"><a data-testid="linkElement" href="tel:01632960551"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="w4Vxx6 wixui-button__label">Call 01632 960 551</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="k3ml2" class="dBAkHi theme-vars k3ml2"><div class="PFkO7r wN7Yr4"></div>
<div class="HT5ybB"><div id="Containerk3ml2" class="Containerk3ml2 SPY_vo"><div data-mesh-id="Containerk3ml2inlineContent" data-testid="inline-content"
class=""><div data-mesh-id="Containerk3ml2inlineContent-gridContainer" data-testid="mesh-container-content"><section id="comp-lq2y0a01"
tabindex="-1" class="Oqnisf comp-lq2y0a01 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq2y0a01"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns"
class="V5AUxf"><div id="comp-lq2y0a02" class="comp-lq2y0a02 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq2y0a02inlineContent"
data-testid="inline-content" class=""><div data-mesh-id="comp-lq2y0a02inlineContent-gridContainer" data-testid="mesh-container-content">
${rt('lq2y0a03', `<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('lq2y0a04', xp(at(xParts, 0)))}
${rt('lq2y0a05', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(xParts, 1)}</span></h2>`)}
${rt(
  'lq2y0a06',
  `<ul class="font_8 wixui-rich-text__text">${xParts
    .slice(2, 6)
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
    .join('\n')}</ul>`,
)}
<div id="comp-lq2y0a07" class="MazNVa comp-lq2y0a07 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2y0a07"
class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq2y0a07","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/a1b2c3_outdoor-unit.jpg"
alt="Engineer cleaning the coil of an outdoor unit" style="width:490px;height:327px;object-fit:cover" width="490" height="327"></wow-image></div></div>
${rt('lq2y0a08', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${at(xParts, 6)}</span></h2>`)}
${rt('lq2y0a09', xp(at(xParts, 7)))}
<div class="comp-lq2y0a10 R6ex7N wixui-button" id="comp-lq2y0a10"><a data-testid="linkElement" href="https://www.fenwoldheatpumps.co.uk/book"
class="uDW_Qe wixui-button PlZyDq"><span class="w4Vxx6 wixui-button__label">Book a service</span></a></div>
</div></div></div></div></section></div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${rt('lq2x8k2a', xp('Fenwold Heat Pumps · 3 Dyke End, Marholm PE6 7JX'))}
${rt('lq2x8k2b', xp('© 2026 by Fenwold Heat Pumps. Proudly created with Wix.com'))}
</div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="VnWnBE ku3DBC wixui-banner"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" rel="nofollow" class="Z4H9ZA"><span class="D1V6fO"><span class="dGhu3c">This site was designed with the </span><span class="Ehn6cb">
<span class="kmC7yf">Wix</span>.com </span><span class="dGhu3c">website builder. Create your website today.</span></span>
<span class="lVi8GL"><span class="Bc7tHT">Start Now</span></span></a></div>
<div id="consent-banner-root"><div class="consent-banner" role="region" aria-label="Cookie consent banner"><p class="cb-text">This website uses cookies.
We use cookies to improve your experience and make sure the website works properly.</p><button class="cb-btn cb-btn--settings">Settings</button>
<button class="cb-btn cb-btn--decline">Decline all</button><button class="cb-btn cb-btn--accept">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f6b5c3a1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout689-wix-heat-pump-service',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [at(xParts, 1), at(xParts, 6)],
  body: texts(xParts.filter((_, i) => i !== 1 && i !== 6)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'FENWOLD HEAT PUMPS', ...xNav, 'Call 01632 960 551', 'Book a service', 'Fenwold Heat Pumps · 3 Dyke End, Marholm PE6 7JX',
    '© 2026 by Fenwold Heat Pumps. Proudly created with Wix.com', 'This site was designed with the Wix.com website builder. Create your website today.',
    'Start Now', 'This website uses cookies. We use cookies to improve your experience and make sure the website works properly.',
    'Decline all', 'Accept',
  ],
};

const fTitle = 'Electrifying a 40-van depot for Harrow & Pike Logistics';
const fDek = 'How we fitted 40 smart chargers at a parcel depot on a 400 kVA supply, without waiting for a grid upgrade.';
const fStats = [
  ['40', 'chargers installed'],
  ['11 days', 'on site'],
  ['£0', 'grid upgrade cost'],
  ['92%', 'of vans full by 6 am'],
];
const fBlocks: Block[] = [
  {
    h: 'The challenge',
    p: [
      j(
        'Harrow &amp; Pike run 40 delivery vans out of a leased depot in Stanbridge. The vans come back between 6 pm and 9 pm and must',
        'leave with enough range for a full round by 6.30 am. Switching the whole fleet to electric in one year meant charging every van',
        'overnight, on a site whose supply was already used for the sorting hall, lighting and the office.',
      ),
      j(
        'The network operator quoted 14 months and £310,000 to increase the supply. The lease had six years left, so the client did not',
        'want to pay for a substation it would leave behind.',
      ),
    ],
  },
  {
    h: 'Our approach',
    p: [
      j(
        'We logged the depot&#39;s demand for four weeks and found that between 8 pm and 5 am it never rose above 90 kVA. That left more',
        'than 300 kVA free overnight, enough for 40 vans if the charging was managed rather than all at full power at once.',
      ),
    ],
    ul: [
      'Forty 22 kW chargers on four new distribution boards, each board on its own feeder from the main switch room.',
      'A site controller that reads the main meter every second and shares the spare capacity between the vans that are plugged in.',
      'Priority charging for the vans with the longest rounds, taken each evening from the client&#39;s route planning system.',
      'Ducting laid for a further 20 chargers, so the next phase needs no more digging in the yard.',
    ],
  },
  {
    h: 'Working around a live depot',
    p: [
      j(
        'The yard could not close, so we worked in four zones, fencing off ten bays at a time and moving the vans that used them to the',
        'overflow car park. Trenching was done between 9 am and 4 pm while the vans were out on their rounds.',
      ),
    ],
  },
  {
    h: 'The result',
    p: [
      j(
        'The chargers went live in March. In the first quarter 92 per cent of vans were full by 6 am and none left with less than 80 per',
        'cent, and the depot never went over its supply limit. The client now pays 9p per kWh overnight instead of 27p for diesel-equivalent',
        'energy, and is planning the second phase for its Kettlewick depot.',
      ),
    ],
    q: j(
      '&quot;We expected to be told to wait for a bigger supply. Instead we had the whole fleet charging in under three weeks.&quot;',
      'Dana Whitlow, Fleet Manager, Harrow &amp; Pike Logistics',
    ),
  },
];
const fNav = ['Home charging', 'Business', 'Fleet', 'Case studies', 'About', 'Careers'];
const fRel = ['Charging hub for Oxley Park Retail Centre', 'Twelve chargers for a GP surgery car park', 'Taxi rank rapid charging in Brenton'];
const fFoot = ['Privacy', 'Terms', 'Accessibility', 'LinkedIn'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.amperoad.com" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a00" lang="en"
data-wf-collection="65f1a2b3c4d5e6f708192a44" data-wf-item-slug="harrow-pike-logistics"><head><meta charset="utf-8">
<title>Harrow &amp; Pike Logistics | Amperoad case studies</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a00/css/amperoad.webflow.3f2e1d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fTitle.replace(
  '&',
  '&amp;',
)}","publisher":"Amperoad"}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1/logo.svg"
loading="lazy" alt="Amperoad" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}<a href="/contact" class="button nav-button w-button">Talk to us</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section case-hero"><div class="container"><div class="breadcrumb-wrap"><a href="/case-studies" class="breadcrumb-link">Case studies</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Fleet</div></div>
<div class="case-tag w-dyn-bind-empty"></div><h1 class="heading-xl">${fTitle.replace('&', '&amp;')}</h1><p class="case-dek">${fDek}</p>
<img src="https://assets-global.website-files.com/65f1/6601_depot-wide.jpg" loading="lazy" alt="Row of vans charging at night" sizes="100vw"
class="case-hero-image"></div></section>
<section class="section"><div class="container"><div class="w-layout-grid stats-grid">${fStats
  .map(([v, l]) => `<div class="stat-card"><div class="stat-number">${v}</div><div class="stat-label">${l}</div></div>`)
  .join('\n')}</div>
<div class="case-layout"><div class="case-sidebar"><div class="sidebar-block"><div class="sidebar-label">Client</div><div>Harrow &amp; Pike Logistics</div>
</div>
<div class="sidebar-block"><div class="sidebar-label">Location</div><div>Stanbridge</div></div><div class="sidebar-block">
<div class="sidebar-label">Completed</div>
<div>March 2026</div></div></div><div class="rich-text w-richtext">${render(fBlocks)}</div></div></div></section>
<section class="section cta-section"><div class="container"><h2 class="heading-l">Planning a fleet switch?</h2><p>Send us your depot address and fleet size
and we will tell you how many chargers your current supply can take.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get" aria-label="Email Form"><label for="Work-email">Work email</label><input class="text-field w-input" maxlength="256" name="Work-email"
data-name="Work email" type="email" id="Work-email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<section class="section"><div class="container"><h2 class="heading-m">More case studies</h2><div class="w-dyn-list">
<div role="list" class="case-list w-dyn-items">
${fRel
  .map(
    (t, i) => `<div role="listitem" class="w-dyn-item"><a href="/case-studies/c${i}" class="case-card w-inline-block">
<div class="case-card-title">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container footer-grid"><div>Amperoad Ltd, 2 Wharf Lane, Stanbridge</div><div class="footer-links">${fFoot
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div><div class="copyright">© 2026 Amperoad Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a00" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a00/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout689-webflow-fleet-depot',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: heads(fBlocks),
  body: [fDek, ...fStats.map((s) => s.join(' ')), ...bodyOf(fBlocks)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Case studies'), 'Talk to us', 'Case studies', 'Location', 'Completed', 'March 2026', 'Planning a fleet switch?',
    'Send us your depot address and fleet size and we will tell you how many chargers your current supply can take.', 'Work email',
    'More case studies', ...fRel, 'Amperoad Ltd, 2 Wharf Lane, Stanbridge', ...fFoot, '© 2026 Amperoad Ltd',
  ],
};

export const HELDOUT689_C: readonly TestPage[] = [wix, webflow];
