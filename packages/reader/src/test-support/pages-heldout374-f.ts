import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Hours, hoursText, lis, paras } from './pages-heldout374-kit.js';

/**
 * Held-out batch 374, file f: a coworking space's location page built with Wix (comp- ids, wixui-rich-text blocks,
 * data-testid attributes, a pricing strip, a "Book a tour" form, the Wix cookie banner and the "Create your website with
 * Wix" free-site ad) and a council's household recycling centre page on LocalGov Drupal (the service-landing header,
 * lgd- regions, a table of accepted materials, a "Last updated" line, a "Was this page helpful?" block and the footer).
 */
const wTitle = 'The Loomhouse, Kettering Yard';
const wRich = (html: string, id: string): string => `<div id="${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const wIntro = paras(`
The Loomhouse is a coworking space in a restored 1890s weaving shed on Kettering Yard, five minutes from Bramford station. The
sawtooth roof fills the main floor with north light all day, and the old loading bay is now a café serving coffee roasted two
streets away.

We have space for around ninety members across hot desks, fixed desks and eight private studios. Most of our members are
freelancers and small teams in design, software and publishing, and we run a members’ lunch on the first Friday of each month.
`);
const wIncluded = [
  'Fast fibre broadband and wired connections at every fixed desk',
  'Free tea, coffee and fruit',
  'Two phone booths and a podcast room',
  'Meeting room credits every month',
  'Lockers, showers and secure bike storage',
  'A business address and post handling',
];
const wHours = paras(`
The front desk is staffed from 8:30am to 6pm, Monday to Friday. Fixed desk and studio members have key fob access at any time,
every day of the year. Hot desk members can use the space during staffed hours and on Saturdays from 10am to 4pm.
`);
const wGettingHere = paras(`
From Bramford station, walk down Mill Street and turn right under the railway arch into Kettering Yard; we are the red-brick
building with the blue doors. There is no parking on the yard, but the Canal Street car park is a short walk away.

Day passes can be bought at the front desk or online, and your first day is free if you book a tour beforehand.

Members can bring a guest for up to two days a month at no charge. Dogs are welcome on the ground floor as long as they are
friendly with other dogs, and there is a water bowl by the café counter. Please keep them out of the meeting rooms and the
quiet studio at the back of the building.
`);
const wNav = ['Spaces', 'Membership', 'Events', 'Meeting Rooms', 'Journal', 'Contact'];
const wPlans = ['Hot desk from £180 / month', 'Fixed desk from £295 / month', 'Studios from £900 / month'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com Website Builder">
<title>Kettering Yard | The Loomhouse</title><meta name="description" content="Coworking in a restored weaving shed in Bramford.">
<meta property="og:title" content="Kettering Yard | The Loomhouse"><meta property="og:site_name" content="The Loomhouse">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"7c0e2f1b-4d3a","siteId":"a1b2c3d4"},"language":{"siteLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"The Loomhouse","address":{"streetAddress":
"Kettering Yard","addressLocality":"Bramford"}}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
<div id="comp-lq1x8a0s" class="comp-lq1x8a0s wixui-rich-text" data-testid="richTextElement"><p class="font_6"><span class="wixui-rich-text__text">The
Loomhouse</span></p></div><nav id="comp-lq1x9b2t" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="itemsContainer">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dVkVf7 c1dmp wixui-page">
<section id="comp-lr2a1c9e" class="comp-lr2a1c9e wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lr2a1c9e1" class="comp-lr2a1c9e1 YzqVVZ wixui-column-strip__column">
${wRich(`<h1 class="font_0 wixui-rich-text__text">${wTitle}</h1>`, 'comp-lr2a1cb0')}
${wRich(ps(wIntro, ' class="font_8 wixui-rich-text__text"'), 'comp-lr2a1cb4')}
${wRich('<h2 class="font_2 wixui-rich-text__text">What’s included</h2>', 'comp-lr2a1cc1')}
${wRich(`<ul class="font_8 wixui-rich-text__text">${lis(wIncluded, 'wixui-rich-text__text')}</ul>`, 'comp-lr2a1cc5')}
${wRich('<h2 class="font_2 wixui-rich-text__text">Opening hours</h2>', 'comp-lr2a1cd0')}
${wRich(ps(wHours, ' class="font_8 wixui-rich-text__text"'), 'comp-lr2a1cd4')}
${wRich('<h2 class="font_2 wixui-rich-text__text">Getting here</h2>', 'comp-lr2a1ce0')}
${wRich(ps(wGettingHere, ' class="font_8 wixui-rich-text__text"'), 'comp-lr2a1ce4')}</div></div></section>
<section id="comp-lr2b7k3m" class="comp-lr2b7k3m wixui-section"><div data-testid="columns" class="V5AUxf">${wPlans
  .map((t, i) => `<div id="comp-lr2b7k3m${i}" class="wixui-column-strip__column">${wRich(`<p class="font_7">${t}</p>`, `comp-lr2b7m${i}`)}</div>`)
  .join('\n')}</div></section>
<section id="comp-lr2c0f1p" class="comp-lr2c0f1p wixui-section"><form id="comp-lr2c0g2q" class="JVi7i2 wixui-form"><div data-testid="richTextElement"
class="wixui-rich-text"><h3 class="font_4">Book a tour</h3></div><input type="text" placeholder="Name" aria-label="Name"><input type="email"
placeholder="Email" aria-label="Email"><button aria-label="Request a visit" data-testid="buttonElement" class="wixui-button"><span
class="M3I7Z2 wixui-button__label">Request a visit</span></button></form></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">
<div id="comp-lq1xf0a4" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9">© 2026
The Loomhouse Ltd. Kettering Yard, Bramford BF2 6KY</p></div><div id="comp-lq1xf3c8" class="wixui-rich-text"><p class="font_9">Instagram · LinkedIn</p></div>
</footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw wixui-free-site-ad"><a href="https://www.wix.example/lpviral/enviral?utm_campaign=vir_wixad_live" class="UsJqg1"><span
class="qDeM7o">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="EW4xlo">Start Now</span></a>
</div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div class="consent-banner" role="region" aria-label="Cookie consent">
<p data-hook="ccsu-banner-text">This
website uses cookies. We use cookies to improve your experience.</p><button data-hook="consent-banner-settings-button">Settings</button><button
data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.c0e1b3a2.bundle.min.js" async></script></body></html>`;
const cowork: TestPage = {
  name: 'heldout374-wix-coworking-location',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['What’s included', 'Opening hours', 'Getting here'],
  body: texts([...wIntro, ...wIncluded, ...wHours, ...wGettingHere]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, ...wPlans, 'Book a tour', 'Request a visit', '© 2026 The Loomhouse Ltd. Kettering Yard, Bramford BF2 6KY', 'Instagram · LinkedIn',
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'This website uses cookies. We use cookies to improve your experience.', 'Settings', 'Decline', 'Accept',
  ],
};

const cTitle = 'Gorsey Lane household waste recycling centre';
const cIntro = paras(`
Gorsey Lane is the largest of the county’s four household waste recycling centres. It is run for the council by Northvale
Resource Services and takes most household waste and recycling, including garden waste, small electrical items and furniture.

The centre is for households in Ashworth district only. You may be asked to show proof of address, such as a council tax bill or
a driving licence, when you arrive.
`);
const cHours: Hours = [
  ['1 April to 30 September', '8am to 7pm, every day'],
  ['1 October to 31 March', '8am to 4pm, every day'],
];
const cHoursNote = paras(`
Gates close fifteen minutes before the end of each day so that staff can clear the site. The centre is closed on 25 and 26 December
and on 1 January.
`);
const cVans = paras(`
If you are visiting in a van, a pickup or with a trailer longer than two metres, you need a free permit before you come. You can
have up to twelve permits a year. Commercial waste is not accepted at any of our sites, even if you bring it in a car.
`);
const cAccepted: Hours = [
  ['Garden waste', 'Free'],
  ['Cardboard, paper, glass, cans and plastic bottles', 'Free'],
  ['Small electrical items and batteries', 'Free'],
  ['Soil, rubble and plasterboard (from DIY at home)', '£4 per bag'],
  ['Tyres', '£5 each'],
];
const cNotAccepted = [
  'Asbestos, unless you have booked one of our asbestos slots',
  'Gas bottles larger than 15kg',
  'Clinical waste, such as needles',
  'Waste from a business, charity or landlord',
];
const cReuse = paras(`
The reuse shop at the entrance sells furniture, bikes and garden tools that have been left at the centre in good condition. It is
open from 10am to 3pm, Wednesday to Sunday, and all the money it raises pays for the council’s school recycling programme.

If you want to donate an item, tell a member of staff before you put it in a skip. Mattresses, upholstered furniture without
fire labels and child car seats cannot be resold, so they go for recycling instead.
`);
const cNav = ['Bins and recycling', 'Council tax', 'Housing', 'Parking and roads', 'Planning', 'Schools'];
const cCrumbs = ['Home', 'Bins and recycling', 'Recycling centres'];
const cRelated = ['Apply for a van permit', 'Book an asbestos slot', 'Garden waste collections'];
const cFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy', 'Jobs'];
const cHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Gorsey Lane household waste recycling centre | Ashworth District Council</title>
<link rel="canonical" href="https://www.ashworth.example/bins-and-recycling/recycling-centres/gorsey-lane">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2214"},"localgov_base":{}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8v2k1"></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-header"><div class="lgd-container padding-horizontal">
<div class="lgd-header__inner"><a href="/" rel="home" class="lgd-header__logo">Ashworth District Council</a>
<nav class="lgd-header__nav" aria-label="Primary"><ul class="lgd-header__nav-list">${links(cNav, 'menu-item')}</ul></nav></div></div></div>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(cCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<article class="localgov-services-page full-page"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span
class="field field--name-title">${cTitle}</span></h1></div>
<div class="lgd-region lgd-region--content-top"><div class="localgov-alert-banner localgov-alert-banner--minor"><p>Gorsey Lane will be closed on
Tuesday 17 March for resurfacing. Please use Hatchmoor Road instead.</p></div></div>
<div class="field field--name-body field--type-text-with-summary"><p class="lgd-address">Gorsey Lane, Ashworth, AW7 2GL</p>${ps(cIntro)}
<h2>Opening times</h2><table><thead><tr><th>Season</th> <th>Hours</th></tr></thead><tbody>
${cHours.map(([d, t]) => `<tr><td>${d}</td> <td>${t}</td></tr>`).join('\n')}</tbody></table>${ps(cHoursNote)}
<h2>Vans, pickups and trailers</h2>${ps(cVans)}
<h2>What you can bring</h2><table><thead><tr><th>Material</th> <th>Charge</th></tr></thead><tbody>
${cAccepted.map(([d, t]) => `<tr><td>${d}</td> <td>${t}</td></tr>`).join('\n')}</tbody></table>
<h3>What we cannot accept</h3><ul>${lis(cNotAccepted)}</ul><h2>Reuse shop</h2>${ps(cReuse)}</div>
<div class="lgd-page-last-updated"><p>Last updated: 2 March 2026</p></div>
<div class="lgd-feedback"><h2>Was this page helpful?</h2>
<a href="/feedback?page=2214&amp;helpful=yes">Yes</a> <a href="/feedback?page=2214&amp;helpful=no">No</a>
</div></article></div>
<aside class="lgd-row__one-third lgd-sidebar"><div class="localgov-services-related-links"><h2>Related pages</h2><ul>${links(cRelated)}</ul></div></aside>
</div></div></main>
<footer class="lgd-footer"><div class="lgd-container"><ul class="lgd-footer__nav">${links(cFoot)}</ul><p>© 2026 Ashworth District Council, Town Hall,
Market Street, Ashworth AW1 1TH</p></div></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><h2>We use
cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential cookies only</button></div></div></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const council: TestPage = {
  name: 'heldout374-localgov-drupal-recycling-centre',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Opening times', 'Vans, pickups and trailers', 'What you can bring', 'What we cannot accept', 'Reuse shop'],
  body: texts([
    'Gorsey Lane, Ashworth, AW7 2GL',
    ...cIntro,
    ...hoursText(cHours),
    ...cHoursNote,
    ...cVans,
    ...hoursText(cAccepted),
    ...cNotAccepted,
    ...cReuse,
  ]),
  bylines: ['Last updated: 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ashworth District Council', ...cNav, 'Home', 'Recycling centres',
    'Gorsey Lane will be closed on Tuesday 17 March for resurfacing. Please use Hatchmoor Road instead.', 'Was this page helpful?', 'Related pages',
    ...cRelated, ...cFoot, '© 2026 Ashworth District Council, Town Hall, Market Street, Ashworth AW1 1TH',
    'We use cookies on this site to enhance your user experience', 'By clicking any link on this page you are giving your consent for us to set cookies.',
    'Accept all cookies', 'Essential cookies only',
  ],
};

export const HELDOUT374_F: readonly TestPage[] = [cowork, council];
