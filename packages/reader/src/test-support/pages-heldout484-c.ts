import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file c: a small clinic's emergency-hours page built with Wix (free-plan ad bar) and a pet health topic on a
 * university veterinary teaching hospital's Drupal site (sidebar section menu, reviewed-by line). */
const wTitle = 'Emergency &amp; After-Hours Care';
const wIntro = j(
  'If your pet is in danger outside our opening hours, call our main number and follow the prompts. Your call will be answered by the vet',
  'on duty for the Cedar Hollow and Millbrook practices.',
);
const wH = ['Our emergency hours', 'Call us straight away if your pet'];
const wHours = ['Weeknights: 6:00 pm to 8:00 am', 'Weekends: Saturday 12:00 pm to Monday 8:00 am', 'Public holidays: open 24 hours'];
const wSigns = [
  'is having trouble breathing',
  'has collapsed or is having a seizure',
  'has eaten something poisonous, such as chocolate, grapes or rat bait',
  'is straining to pass urine, especially male cats',
  'has a swollen, tight belly or is retching without bringing anything up',
];
const wLast = j(
  'Please always phone before you set off, so the vet can meet you at the Millbrook hospital, 22 Station Road. An after-hours exam fee of',
  '$180 applies.',
);
const wNav = ['Home', 'About', 'Services', 'Emergency', 'Pet Portal', 'Contact'];
let wc = 0;
const wRich = (html: string): string =>
  `<div id="comp-lx8k2a${(wc++).toString(36)}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Emergency | Cedar Hollow Vet Clinic</title><meta name="description" content="After-hours emergency care for dogs and cats.">
<meta property="og:title" content="Emergency | Cedar Hollow Vet Clinic"><link rel="icon" sizes="192x192"
href="https://static.wixstatic.com/media/8a1c2d_favicon.png">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"4f1b2c3d","isPremium":false},"language":"en"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;--brw:0px}.font_0{font:normal normal bold 44px/1.2 'playfair display',serif}</style>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="CJ4H9y ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="ofyRyq"><span class="Dhx7Mw">This site was designed with the <span class="tUGPCb">Wix</span> website builder. Create your website today.</span>
<span class="Jk6mqq">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich(`<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/"
class="wixui-rich-text__text">Cedar Hollow Vet Clinic</a></span></p>`)}
<nav aria-label="Site" id="comp-lx8k1nav" class="XwCBRN wixui-horizontal-menu"><ul class="PqjKoW" role="menubar">
${wNav
  .map(
    (t) => `<li class="WjUw8y wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(' ', '-')}" class="UiHgGh"><div
class="Kp7tvh"><div class="aYwDlV"><p class="nCFZ6n">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="e8k2m" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containere8k2m" class="Containere8k2m SPY_vo"><div data-mesh-id="Containere8k2minlineContent" data-testid="inline-content" class="">
<section id="comp-lx8k3sec" tabindex="-1" class="Oqnisf comp-lx8k3sec wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lx8k3col" class="comp-lx8k3col YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${wRich(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich(wP(wIntro))}
<div class="comp-lx8k4btn R6ex7N wixui-button" id="comp-lx8k4btn" aria-disabled="false"><a data-testid="linkElement" href="tel:5550142270" class="PlZyDq">
<span class="w4Vxx6 wixui-button__label">Call (555) 014-2270</span></a></div>
${wRich(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wH[0]}</span></h2>${wHours.map(wP).join('')}`)}
${wRich(`<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wH[1]}</span></h2><ul class="font_8 wixui-rich-text__text">
${lis(
  wSigns.map((t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`),
  'wixui-rich-text__text',
)}</ul>`)}
${wRich(wP(wLast))}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
${wRich(`<p class="font_9 wixui-rich-text__text">1407 Pine Ridge Ave, Cedar Hollow</p><p class="font_9 wixui-rich-text__text">Tel: (555) 014-2270</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Cedar Hollow Vet Clinic. Proudly created with
<a href="https://www.wix.com" target="_blank">Wix.com</a></p>`)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.1f2e3d4c.bundle.min.js" async></script></body></html>`;
const wixEmergency: TestPage = page({
  name: 'heldout484-wix-emergency-hours',
  kind: 'docs',
  html: wHtml,
  title: 'Emergency & After-Hours Care',
  headings: wH,
  body: texts([wIntro, ...wHours, ...wSigns, wLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Cedar Hollow Vet Clinic', ...wNav, 'Call (555) 014-2270', '1407 Pine Ridge Ave, Cedar Hollow', 'Tel: (555) 014-2270',
    '© 2026 by Cedar Hollow Vet Clinic. Proudly created with Wix.com', 'bottom of page',
  ],
});

const dTitle = 'Heatstroke in dogs';
const dDek = j('Dogs cool themselves poorly, and heatstroke can kill within an hour. Knowing the signs and how to cool your dog safely can save its', 'life.');
const dH = ['What is heatstroke?', 'Which dogs are most at risk?', 'Signs to watch for', 'First aid: cool, then go', 'Treatment at the hospital'];
const dH2 = 'Preventing heatstroke';
const dWhat = [
  j(
    'Heatstroke happens when a dog’s body temperature rises above about 41 °C (106 °F) and the body can no longer get rid of heat. Dogs',
    'sweat only through their paw pads and rely mainly on panting, which works poorly in humid air. Once the core temperature stays that',
    'high, proteins in the body start to break down, and the damage can spread to the brain, kidneys, liver, gut and blood clotting system.',
  ),
  j(
    'Most cases we see at the teaching hospital are not dogs left in cars. They are dogs that exercised on a warm day: a long game of',
    'fetch, a run alongside a bicycle, or a hike that went on longer than planned.',
  ),
];
const dRisk = [
  'flat-faced breeds such as bulldogs, pugs and boxers, whose airways make panting less effective',
  'overweight dogs',
  'dogs with heart or breathing problems, including laryngeal paralysis in older large-breed dogs',
  'thick-coated breeds and dogs not used to warm weather',
  'very young and very old dogs',
  'working and sporting dogs, which will keep going long after they should stop',
];
const dSigns = [
  j(
    'Early signs are easy to miss. Look for heavy, noisy panting that does not settle with rest, a wide, flattened tongue, thick drool, and a',
    'dog that seeks shade or lies down and will not get up.',
  ),
  j(
    'As heatstroke progresses, dogs become wobbly or confused, may vomit or have diarrhea (sometimes with blood), and their gums may turn',
    'dark red, then pale or blue. Seizures and collapse mean the situation is critical.',
  ),
];
const dAid = 'Start cooling straight away, where you are, and then drive to the nearest emergency clinic. Do not wait to see if your dog improves.';
const dSteps = [
  'Move your dog into shade or an air-conditioned car.',
  'Pour or hose cool tap water over the whole body. Run a garden hose until the water is cool, as the first flow can be hot.',
  'Keep the air moving with a fan or open windows while you drive.',
  'Offer small amounts of water if your dog is alert, but do not force it to drink.',
  'Phone ahead so our team can be ready when you arrive.',
];
const dAid2 = j(
  'Do not use ice or iced water, and do not cover your dog with wet towels, which trap heat against the skin. Stop active cooling once your',
  'dog is panting less, as overcooling can be harmful too.',
);
const dTreat = [
  j(
    'Dogs with heatstroke are treated in our intensive care unit. Treatment usually includes continued cooling, oxygen, intravenous fluids,',
    'medicines to protect the gut and control seizures, and close monitoring of blood clotting, kidney values and blood sugar. Some dogs',
    'need plasma transfusions.',
  ),
  j(
    'The first 24 to 48 hours are the most important. In our hospital’s records, around half of dogs that arrive with severe heatstroke',
    'survive, and the odds are much better when cooling began before the dog reached us.',
  ),
];
const dPrev = [
  j(
    'Walk your dog early in the morning or late in the evening in hot weather, and shorten walks when it is humid. Carry water and take',
    'breaks in the shade. Never leave a dog in a parked car, even with the windows open: on a 24 °C (75 °F) day, the inside of a car can',
    'pass 40 °C (104 °F) within half an hour.',
  ),
  j(
    'If your dog has had heatstroke before, it is more likely to have it again. Talk to your family veterinarian about a plan for summer, and',
    'ask about weight loss if your dog is overweight.',
  ),
];
const dMenu = ['Home', 'Patient care', 'Referring veterinarians', 'Education', 'Research', 'About the hospital'];
const dCrumbs = ['Home', 'Patient care', 'Pet health topics'];
const dSide = ['Pet health topics', 'Bloat (GDV) in dogs', 'Chocolate toxicity', 'Heatstroke in dogs', 'Lily toxicity in cats', 'Urinary blockage in cats'];
const dFoot = ['Accessibility', 'Non-discrimination statement', 'Privacy', 'Careers', 'Give to the hospital'];
const dMenuUl = (items: readonly string[], cls: string): string =>
  items.map((t) => `<li class="${cls}"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" data-drupal-link-system-path="node/1">${t}</a></li>`).join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<title>${dTitle} | Larchmont University Veterinary Teaching Hospital</title><link rel="canonical" href="https://vth.larchmont.edu/pet-health/heatstroke-dogs">
<meta name="description" content="${dDek}"><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Qf1x2T8mZk.css?delta=0&amp;language=en&amp;theme=lvth">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/311","currentLanguage":"en"},
"google_analytics":{"account":"G-LVTH0001"}}</script><script src="/sites/default/files/js/js_Hk2p9Wq.js?scope=header&amp;delta=0"></script></head>
<body class="path-node page-node-type-health-topic"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-lvth-emergencybanner" class="block block-block-content block-block-content7c1e2f">
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>
<strong>Pet emergency?</strong> Our emergency service is open
24/7 at (555) 201-7700.</p></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-lvth-branding"
class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/lvth/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">Larchmont
University Veterinary Teaching Hospital</a></div></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-lvth-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item form-type-search">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys"
size="15" maxlength="128" class="form-search"></div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit"
id="edit-submit"
value="Search" class="button js-form-submit form-submit"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-lvth-main-menu-menu" id="block-lvth-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-lvth-main-menu-menu">Main navigation</h2><ul class="menu">${dMenuUl(dMenu, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${dMenuUl(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-lvth-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-lvth-content" class="block block-system block-system-main-block">
<article data-history-node-id="311" class="node node--type-health-topic node--promoted node--view-mode-full">
<div class="node__content"><div class="field field--name-field-summary field--type-string-long field--label-hidden field__item lead">${dDek}</div>
<div class="field field--name-field-reviewed field--type-string field--label-hidden field__item
reviewed-by">Reviewed by Dr. Hana Moravec, Emergency and Critical
Care Service</div><div class="print-link"><a href="javascript:window.print()" class="button button--small">Print this page</a></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${dH[0]}</h2>${ps(dWhat)}<h2>${dH[1]}</h2><ul>${lis(dRisk)}</ul>
<h2>${dH[2]}</h2>${ps(dSigns)}
<figure role="group" class="caption caption-img align-right"><img alt="A bulldog panting in the shade" data-entity-type="file"
src="/sites/default/files/inline-images/bulldog.jpg"
width="400" height="300" loading="lazy"><figcaption>Flat-faced breeds overheat quickly, even on mild days.</figcaption></figure>
<h2>${dH[3]}</h2>${ps([dAid])}<ol>${lis(dSteps)}</ol>${ps([dAid2])}
<h2>${dH[4]}</h2>${ps(dTreat)}<h2>${dH2}</h2>${ps(dPrev)}</div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-06-01T12:00:00Z">June 2026</time></div></div>
<div class="field field--name-field-species field--type-entity-reference field--label-inline clearfix"><div class="field__label">Species</div>
<div class="field__items"><div class="field__item"><a href="/pet-health/dogs" hreflang="en">Dogs</a></div></div></div>
<div class="field field--name-field-disclaimer field--label-hidden field__item disclaimer">
<p>This information is for education only and does not replace advice from
your own veterinarian.</p></div></div></article></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<nav role="navigation" aria-labelledby="block-lvth-healthtopics-menu" id="block-lvth-healthtopics" class="block block-menu navigation menu--health-topics">
<h2 id="block-lvth-healthtopics-menu">In this section</h2><ul class="menu">${dMenuUl(dSide, 'menu-item')}</ul></nav>
<div id="block-lvth-referralcard" class="block block-block-content"><h2>For referring veterinarians</h2><div class="field field--name-body field__item">
<p>Refer a
case online or call our referral coordinator at (555) 201-7710.</p></div></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-lvth-footeraddress" class="block block-block-content">
<p>Larchmont University Veterinary Teaching Hospital<br>900 College Road, Larchmont</p></div>
<nav role="navigation" aria-labelledby="block-lvth-footer-menu" id="block-lvth-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden" id="block-lvth-footer-menu">Footer</h2><ul class="menu">${dMenuUl(dFoot, 'menu-item')}</ul></nav>
<div class="copyright"><p>© 2026 Larchmont University</p></div></div></footer></div></div>
<script src="/sites/default/files/js/js_Hk2p9Wq.js?scope=footer&amp;delta=0"></script></body></html>`;
const drupalHeatstroke: TestPage = page({
  name: 'heldout484-drupal-vth-heatstroke',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dH, dH2],
  body: [dDek, ...dWhat, ...dRisk, ...dSigns, dAid, ...dSteps, dAid2, ...dTreat, ...dPrev],
  bylines: ['Reviewed by Dr. Hana Moravec, Emergency and Critical Care Service', 'Last reviewed', 'June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pet emergency? Our emergency service is open 24/7 at (555) 201-7700.',
    'Larchmont University Veterinary Teaching Hospital', 'Search', 'Main navigation', ...dMenu, 'Breadcrumb', ...dCrumbs, 'Print this page',
    'Flat-faced breeds overheat quickly, even on mild days.', 'Species', 'Dogs',
    'This information is for education only and does not replace advice from your own veterinarian.', 'In this section', ...dSide,
    'For referring veterinarians', 'Refer a case online or call our referral coordinator at (555) 201-7710.', '900 College Road, Larchmont', 'Footer',
    ...dFoot, '© 2026 Larchmont University',
  ],
});

export const HELDOUT484_C: readonly TestPage[] = [wixEmergency, drupalHeatstroke];
