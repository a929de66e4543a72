import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextFestival } from './pages-heldout408-c2.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file c: an industry awards winners list on HubSpot CMS (a listing: drag-and-drop rows, winners table,
 * sponsor logos, HubSpot form, cookie banner, footer) and, from file c2, a film festival's awards page built with Next.js.
 */
const uTitle = 'Cold Chain Logistics Awards 2026: the winners';
const uIntro = [
  j(
    'More than 600 guests gathered at the Brightwater Conference Centre on Thursday night for the eleventh Cold Chain Logistics',
    'Awards, which recognise the companies and people keeping food and medicine cold on its way to market.',
  ),
  j(
    'This year’s judges read 214 entries across twelve categories. Head judge Lorna Fitzwarren said the standard of entries on',
    'energy saving had risen sharply: “Two years ago a few firms were measuring their refrigeration energy. This year almost every',
    'entrant could tell us, truck by truck, what they used.”',
  ),
];
const uRows: [string, string, string][] = [
  ['Temperature-Controlled Operator of the Year', 'Polar Lane Freight', 'Highly commended: Greystone Chilled'],
  ['Warehouse of the Year', 'Fenmoor Cold Store, Ashby Marsh', 'Highly commended: Northgate Frozen Hub'],
  ['Pharmaceutical Logistics Award', 'Medivault Transport', 'Highly commended: Calder Bio Couriers'],
  ['Sustainability Award', 'Kelso & Brand Refrigerated', 'Highly commended: Polar Lane Freight'],
  ['Technology Innovation Award', 'ThermaTrace for its reusable shipment logger', 'Highly commended: Coolpath Analytics'],
  ['Driver of the Year', 'Devika Ramsbottom, Greystone Chilled', 'Highly commended: Tom Achebe-Hart, Medivault Transport'],
  ['Young Manager of the Year', 'Callum Pryor, Fenmoor Cold Store', 'Highly commended: Esme Walcott, Brightline Foods'],
  ['Outstanding Contribution', 'Margaret Oduya, founder of Oduya Cold Transport', 'Not awarded'],
];
const uCells = uRows.flat();
const uOutro = [
  j(
    'The evening raised £41,000 for Transaid Cold Chain, the industry’s training charity, through a raffle and auction.',
    'Entries for the 2027 awards open in November.',
  ),
  j(
    'Polar Lane Freight was the night’s most decorated company, taking the operator title and a commendation for sustainability',
    'after moving a third of its fleet to trailers with electric refrigeration units. The judges also singled out Margaret Oduya,',
    'who started her business with a single second-hand van in 1987 and went on to train more than 2,000 drivers, many of whom',
    'now run firms of their own.',
  ),
  j(
    'Brightwater Trade Media thanks the judges, the sponsors and every company that entered. Photographs from the evening will',
    'be published in the June issue of Cold Chain Review.',
  ),
];
const uNav = ['Magazine', 'Events', 'Our Awards', 'Webinars', 'Advertise'];
const uSponsors = ['Headline sponsor', 'Category sponsors'];
const uFoot = ['About us', 'Contact', 'Privacy policy', 'Terms'];
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${uTitle} | Cold Chain Review</title>
<meta name="description" content="The winners of the Cold Chain Logistics Awards 2026, category by category.">
<meta property="og:title" content="${uTitle}"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="//7281044.fs1.hubspotusercontent-eu1.net/hubfs/7281044/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Cold Chain Logistics Awards 2026","startDate":"2026-05-14"}</script>
<script>var hsVars = {"portal_id":7281044,"page_id":"118203344","content_group_id":0,"analytics_page_type":"landing-page"};</script></head>
<body><div class="body-wrapper hs-content-id-118203344 hs-landing-page hs-page"><div data-global-resource-path="theme/partials/header.html">
<header class="header"><a class="header__logo" href="/"><img src="/hubfs/ccr-logo.svg" alt="Cold Chain Review"></a>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(uNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"
data-widget-type="custom_widget"><div id="hs_cos_wrapper_widget_1713" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1713_" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">
<p class="eyebrow">Awards 2026 · Results</p>
<h1>${uTitle}</h1>
<p class="meta">Published 15 May 2026 · Cold Chain Review editorial team</p>
${ps(uIntro)}
<h2>Winners by category</h2>
<table class="winners-table" style="width: 100%; border-collapse: collapse;"><thead><tr><th>Category</th><th>Winner</th><th>Also recognised</th></tr>
</thead><tbody>
${uRows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
<h2>A night for the industry</h2>
${ps(uOutro)}
</span></div></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section sponsors"><div class="row-fluid">
<h3>${uSponsors[0]}</h3><img src="/hubfs/sponsors/frostline.png" alt="Frostline Refrigeration">
<h3>${uSponsors[1]}</h3><p>Frostline Refrigeration · Halcyon Trailers · Meridian Insurance</p></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-section"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 id="hs_cos_wrapper_form_title">Be the first to hear about Awards 2027</h3><div class="hbspt-form"><form id="hsForm_2c1e" class="hs-form stacked"
method="POST"><div class="hs_email hs-form-field"><label for="email-2c1e"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-2c1e" name="email" type="email" class="hs-input"></div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large"
value="Keep me posted"></div></form></div></div></div></div></main>
<footer class="footer"><ul class="footer__links">${links(uFoot)}</ul><p>© 2026 Brightwater Trade Media Ltd</p></footer></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/7281044.js">
</script></body></html>`;
const winners: TestPage = {
  name: 'heldout408-hubspot-industry-awards-winners-list',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: ['Winners by category', 'A night for the industry'],
  body: texts([...uIntro, ...uCells, ...uOutro]),
  bylines: ['Published 15 May 2026 · Cold Chain Review editorial team'],
  furniture: [
    ...uNav,
    'Awards 2026 · Results',
    ...uSponsors,
    'Frostline Refrigeration · Halcyon Trailers · Meridian Insurance',
    'Be the first to hear about Awards 2027',
    'Email',
    ...uFoot,
    '© 2026 Brightwater Trade Media Ltd',
    'This website stores cookies on your computer to improve your experience.',
    'Accept',
    'Decline',
  ],
};

export const HELDOUT408_C: readonly TestPage[] = [winners, nextFestival];
