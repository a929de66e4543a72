import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file f: an energy-efficiency retrofit guide on a Wagtail site (StreamField blocks: block-heading,
 * block-paragraph, block-table and a callout, an "On this page" contents list, a grant finder promo and feedback form) and a
 * tenants' rights charity guide on Drupal 10 (Bootstrap Barrio: node__content, field--name-body, a paragraph-- "Get help"
 * box, a "Was this advice helpful?" webform, a donate block and an EU cookie compliance banner).
 */
const wTitle = 'Retrofitting an older home: where to start';
const wHeads = ['Start with a whole-house plan', 'Fabric first', 'Ventilation', 'Heating and hot water', 'Typical costs and savings'];
const wP1 = [
  j(
    'Homes built before 1930 lose heat through solid walls, single-glazed windows and draughty floors. Improving them is worthwhile,',
    'but doing things in the wrong order can waste money or trap moisture in old walls.',
  ),
  j(
    'Before buying anything, get a retrofit assessment. An assessor will measure heat loss, look for damp and ventilation problems, and',
    'set out the measures in a sensible order so that each one prepares for the next.',
  ),
];
const wP2 = [
  j(
    'Reducing heat loss comes before changing the heating system, because a smaller, cheaper heat pump or boiler will do once the',
    'building needs less energy. Start with loft insulation to at least 270 millimetres, draught-proofing of doors, windows and',
    'floorboards, and secondary glazing where replacement windows are not allowed.',
  ),
  j(
    'Solid walls need care. Use breathable materials such as wood fibre or lime-based insulating plasters, and fix any leaking gutters',
    'or failed pointing first, so the wall can dry out.',
  ),
  j(
    'Floors are often overlooked. In a house with suspended timber floors, insulating between the joists from below and sealing the',
    'gaps at the skirting boards can make ground-floor rooms noticeably warmer and cut draughts for a modest cost.',
  ),
];
const wP3 = [
  j(
    'As a home becomes more airtight, moisture from cooking, washing and breathing has fewer ways out. Fit continuous extract fans in the',
    'kitchen and bathrooms, and keep trickle vents open. Mould on cold corners after insulation work is a sign that ventilation is lacking.',
  ),
];
const wP4 = [
  j(
    'Once heat loss is down, an air source heat pump is usually the lowest-carbon option. Radiators may need upsizing in one or two rooms',
    'so the system can run at a lower flow temperature, which is where heat pumps are most efficient.',
  ),
];
const wRows = [
  'Loft insulation top-up',
  '£600 – £1,100',
  '£190',
  'Draught-proofing',
  '£300 – £900',
  '£95',
  'Internal wall insulation, per room',
  '£3,500 – £6,000',
  '£110',
  'Air source heat pump',
  '£9,000 – £14,000',
  'Varies with tariff',
];
const wNav = ['Advice', 'Grants and funding', 'Find an assessor', 'Case studies', 'About us'];
const wToc = ['On this page', ...wHeads];
const wFoot = ['Warmer Homes Trust is a registered charity in England and Wales (1187726).', 'Privacy', 'Cookies', 'Accessibility'];
const wb = (type: string, inner: string): string => `<div class="block-${type}">${inner}</div>`;
const wHtml = `<!DOCTYPE html><html lang="en-gb" class="no-js"><head><meta charset="utf-8"><title>${wTitle} | Warmer Homes Trust</title>
<meta name="description" content="The right order for insulating, ventilating and heating an older home."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","publisher":{"@type":"Organization",
"name":"Warmer Homes Trust"}}</script>
<link rel="stylesheet" href="/static/css/main.3c2d1f.css"></head><body class="template-advicepage"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/">Warmer Homes Trust</a><nav class="primary-nav"
aria-label="Main"><ul>${links(wNav, 'primary-nav__item')}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/advice/">Advice</a></li><li>Retrofit</li></ol></nav>
<main id="main" class="advice-page"><div class="advice-page__header"><h1 class="heading heading--xl">${wTitle}</h1>
<p class="advice-page__meta">Page last reviewed: 9 March 2026</p></div><div class="grid"><aside class="grid__sidebar"><nav class="toc" aria-label="Contents">
<h2 class="toc__title">${wToc[0]}</h2><ol>${wHeads.map((t, k) => `<li><a href="#section-${k}">${t}</a></li>`).join('')}</ol></nav></aside>
<div class="grid__main streamfield">${wb('paragraph', `<div class="rich-text">${ps(wP1)}</div>`)}
${wb('heading', `<h2 id="section-0">${wHeads[0]}</h2>`)}${wb(
  'callout',
  `<div class="callout callout--info"><p class="callout__title">Grants may be
available</p><p>Use our grant finder to check what you could get.</p><a href="/grants/">Find grants</a></div>`,
)}
${wb('heading', `<h2 id="section-1">${wHeads[1]}</h2>`)}${wb('paragraph', `<div class="rich-text">${ps(wP2)}</div>`)}
${wb(
  'image',
  `<figure class="image-block"><img src="/media/images/wood-fibre.2e16d0ba.fill-800x450.jpg" alt=""><figcaption>Wood fibre boards being fixed to a
solid brick wall. © Warmer Homes Trust</figcaption></figure>`,
)}
${wb('heading', `<h2 id="section-2">${wHeads[2]}</h2>`)}${wb('paragraph', `<div class="rich-text">${ps(wP3)}</div>`)}
${wb('heading', `<h2 id="section-3">${wHeads[3]}</h2>`)}${wb('paragraph', `<div class="rich-text">${ps(wP4)}</div>`)}
${wb('heading', `<h2 id="section-4">${wHeads[4]}</h2>`)}${wb(
  'table',
  `<table class="table"><thead><tr><th>Measure</th><th>Typical cost</th><th>Saving per year</th></tr></thead><tbody>${[0, 3, 6, 9]
    .map((k) => `<tr><td>${wRows[k]}</td><td>${wRows[k + 1]}</td><td>${wRows[k + 2]}</td></tr>`)
    .join('')}</tbody></table>`,
)}
</div></div><div class="feedback"><h2>Was this page useful?</h2><form><button>Yes</button><button>No</button></form></div>
<div class="related-content"><h2>Related advice</h2><ul>${links(['Heat pumps explained', 'Damp and mould after insulation'])}</ul></div></main>
<footer class="site-footer"><div class="newsletter-signup"><h2>Sign up for our newsletter</h2><p>Monthly advice on keeping your home warm for less.</p></div>
<ul>${links(wFoot.slice(1))}</ul><p>${wFoot[0]}</p></footer>
<div class="cookie-banner" data-cookie-banner><p>We’d like to set analytics cookies to help us improve this website.</p><button>Accept analytics
cookies</button>
<button>Reject analytics cookies</button></div><script src="/static/js/main.7a1b2c.js"></script></body></html>`;
const warmer: TestPage = {
  name: 'heldout301-wagtail-retrofit-guide',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wP1, ...wP2, ...wP3, ...wP4, ...wRows]),
  bylines: ['Page last reviewed: 9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Warmer Homes Trust', ...wNav, 'Retrofit', 'On this page', 'Grants may be available',
'Use our grant finder to check what you could get.',
    'Find grants', 'Wood fibre boards being fixed to a solid brick wall. © Warmer Homes Trust', 'Was this page useful?', 'Related advice',
'Heat pumps explained',
    'Damp and mould after insulation', 'Sign up for our newsletter', 'Monthly advice on keeping your home warm for less.', ...wFoot,
    'We’d like to set analytics cookies to help us improve this website.', 'Accept analytics cookies', 'Reject analytics cookies',
  ],
};

const sTitle = 'Getting repairs done when you rent from a private landlord';
const sHeads = [
  'Your landlord’s responsibilities',
  'Your responsibilities',
  'How to report a repair',
  'If your landlord does not act',
  'Protection from eviction',
];
const sP0 = [
  'Most private landlords must keep the structure of your home and its basic services in good repair, even if your tenancy agreement says otherwise.',
];
const sL1 = [
  'the roof, walls, windows and outside doors',
  'drains, gutters and pipes',
  'water, gas and electricity supply',
  'heating and hot water',
  'baths, sinks and toilets',
];
const sP2 = [
  j(
    'You should use your home in a responsible way. That means things like unblocking a sink you have blocked, replacing fuses and',
    'light bulbs, and repairing damage caused by you or your visitors.',
  ),
];
const sP3 = [
  j(
    'Tell your landlord about the problem in writing, by email or text, and keep a copy. Describe the problem, say when it started and',
    'include photos. Your landlord must then carry out the repair within a reasonable time, which depends on how serious it is.',
  ),
  'A broken boiler in winter should be fixed within a day or two. A dripping tap might reasonably take a couple of weeks.',
  j(
    'Your landlord or their contractor is allowed into your home to inspect and carry out repairs, but they must give you at least 24',
    'hours’ notice in writing and visit at a reasonable time, unless it is an emergency such as a gas leak or a burst pipe.',
  ),
];
const sP4 = [
  j(
    'If the repair is not done, you can contact the private housing team at your council. They can inspect your home and order your',
    'landlord to carry out work if they find a serious hazard. Do not stop paying rent, as this could put your home at risk.',
  ),
];
const sP5 = [
  j(
    'Some landlords respond to repair requests by trying to evict their tenants. You may be protected from a no-fault eviction notice if',
    'you complained in writing first and the council served a notice on your landlord.',
  ),
];
const sNav = ['Get help', 'Housing advice', 'Campaigns', 'Donate', 'About us'];
const sRel = ['Damp and mould in rented homes', 'Rent increases: what your landlord can do', 'Tenancy deposits'];
const sFoot = ['Homesafe is a registered charity in England and Wales (1092217) and in Scotland (SC051902).', 'Contact us', 'Privacy policy', 'Accessibility'];
const sHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${sTitle} | Homesafe</title><meta name="description" content="Your rights to repairs in a privately rented home.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${sTitle}","dateModified":"2026-02-20"}]}</script>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4417"},"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-advice-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner">
<nav class="navbar navbar-expand-lg" id="navbar-main"><a href="/" class="navbar-brand">Homesafe</a><div id="block-mainnavigation" class="block block-menu
navigation menu--main">
<ul class="clearfix nav navbar-nav">${links(sNav, 'nav-item')}</ul></div></nav></header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container"><div id="block-barrio-breadcrumbs" class="block
block-system-breadcrumb-block">
<nav role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/housing-advice">Housing advice</a></li><li class="breadcrumb-item"><a
href="/housing-advice/repairs">Repairs</a></li></ol></nav></div>
<div class="row row-offcanvas row-offcanvas-left clearfix"><main class="main-content col" id="content" role="main"><section class="section"><a
id="main-content" tabindex="-1"></a>
<div id="block-barrio-page-title" class="block block-core block-page-title-block"><h1 class="title"><span class="field field--name-title
field--type-string">${sTitle}</span></h1></div>
<div id="block-barrio-content" class="block block-system block-system-main-block"><article class="node node--type-advice-page node--view-mode-full">
<div class="node__content clearfix"><div class="field field--name-field-last-checked field--type-datetime"><div class="field__label">Last checked</div>
<div class="field__item"><time datetime="2026-02-20T12:00:00Z">20 February 2026</time></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${sHeads[0]}</h2>${ps(sP0)}<p>This includes:</p><ul>${sL1.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${sHeads[1]}</h2>${ps(sP2)}
<h2>${sHeads[2]}</h2>${ps(sP3)}</div>
<div class="paragraph paragraph--type--callout paragraph--view-mode--default"><div class="field field--name-field-callout-title">Need to write to your
landlord?</div>
<div class="field field--name-field-callout-text"><p>Use our template letter for reporting repairs.</p></div></div>
<div class="clearfix text-formatted field field--name-field-body-continued field__item"><h2>${sHeads[3]}</h2>${ps(sP4)}<h2>${sHeads[4]}</h2>${ps(sP5)}</div>
<div class="paragraph paragraph--type--get-help"><h2 class="get-help__title">Get help</h2><p>Call our free housing advice helpline on 0808 800 4417.</p>
<p>Lines are open 8am to 8pm on weekdays and 9am to 5pm at weekends.</p></div></div></article></div>
<div id="block-webform" class="block block-webform"><h2>Was this advice helpful?</h2><form
class="webform-submission-form"><button>Yes</button><button>No</button></form></div>
</section></main><aside class="section col-md-4" role="complementary"><div class="block block-views"><h2>Related advice</h2><ul>${links(sRel)}</ul></div>
<div class="block block-block-content"><h2>Homesafe is here for everyone fighting bad housing</h2><p>Your gift helps us answer more calls.</p><a class="btn
btn-primary">Donate now</a></div>
</aside></div></div></div><footer class="site-footer"><ul>${links(sFoot.slice(1))}</ul><p>${sFoot[0]}</p></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info">
<div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const homesafe: TestPage = {
  name: 'heldout301-drupal-barrio-tenants-charity-guide',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sP0, 'This includes:', ...sL1, ...sP2, ...sP3, ...sP4, ...sP5]),
  bylines: ['Last checked', '20 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Homesafe', ...sNav, 'Housing advice', 'Repairs', 'Need to write to your landlord?',
'Use our template letter for reporting repairs.',
    'Call our free housing advice helpline on 0808 800 4417.', 'Lines are open 8am to 8pm on weekdays and 9am to 5pm at weekends.', 'Was this advice helpful?',
    'Related advice', ...sRel, 'Homesafe is here for everyone fighting bad housing', 'Your gift helps us answer more calls.', 'Donate now', ...sFoot,
    'We use cookies on this site to enhance your user experience.', 'Accept all cookies', 'No, thanks',
  ],
};

export const HELDOUT301_F: readonly TestPage[] = [warmer, homesafe];
