import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file b: a flooring fitter's long floor preparation guide on Webflow (CMS template page with a rich text
 * block, related guides collection list and a newsletter form); the Discourse thread of the pair is in file b2.
 */
const wTitle = 'Floor Preparation Guide: Getting a Subfloor Ready for LVT and Engineered Wood';
const wDek = 'Nine out of ten flooring complaints we are called out to start under the floor, not on it. Here is how we prepare a base before we fit.';
const wHeads = [
  'Why preparation matters',
  'Step 1: Check for moisture',
  'Step 2: Check the floor is flat',
  'Step 3: Repair and prime',
  'Step 4: Smoothing compound',
  'Step 5: Plywood over timber floors',
  'Common mistakes',
  'Checklist before the fitter arrives',
];
const wWhy = [
  j(
    'Luxury vinyl tile and engineered boards are thin and unforgiving. Every dip, ridge and nail head in the subfloor will show',
    'through within weeks, and a damp base will push adhesive out at the joints or cup the boards. A good fitter will spend as',
    'long preparing a room as laying the floor itself, and that time is the best money you will spend on the job.',
  ),
  j(
    'The steps below are the ones our fitters follow on every job. You do not need to do them yourself, but knowing what they',
    'are will help you understand a quote, and spot one that leaves them out.',
  ),
];
const wMoist = [
  j(
    'New sand and cement screeds hold a lot of water. The old rule of thumb is one day of drying for every millimetre of',
    'thickness for the first 40 mm, and longer after that, but weather, heating and ventilation all change the figure. We',
    'never rely on the calendar alone.',
  ),
  j(
    'We test with a hygrometer hood sealed to the floor for at least 72 hours, or with drilled-hole probes on larger areas.',
    'These are the limits we work to before laying a resilient or wooden floor:',
  ),
];
const wRows = [
  ['Sand and cement screed', 'Hood hygrometer', '75% RH'],
  ['Anhydrite (calcium sulphate) screed', 'Hood hygrometer', '75% RH and sanded laitance'],
  ['Concrete slab with damp proof membrane', 'Drilled-hole probe', '75% RH'],
  ['Timber floorboards', 'Pin meter', '8 to 12% moisture content'],
];
const wMoist2 = j(
  'If a floor is too wet to fit and the client cannot wait, a two-part epoxy surface damp proof membrane can be applied over',
  'screeds up to 97% RH. It adds cost and a day to the programme, but it is far cheaper than lifting a failed floor.',
);
const wFlat = [
  j(
    'We lay a two-metre straightedge across the floor in several directions. For LVT and glue-down wood we want no gap under',
    'the straightedge of more than 3 mm; for click floors on an underlay, 4 mm is usually acceptable. Anything more than that',
    'needs grinding down or filling.',
  ),
  'High spots are ground with a diamond cup wheel, and old adhesive residue is scraped or ground back to a sound surface.',
];
const wRepair = [
  j(
    'Cracks wider than a hairline are raked out and filled with a resin repair mortar, and any loose or hollow areas of screed',
    'are cut out and replaced. Expansion joints in the base must be carried through the new floor, not filled over.',
  ),
  j(
    'The base is then vacuumed and primed. The primer depends on the surface: an acrylic primer for absorbent screeds, a',
    'bonding primer for tiles, terrazzo or old adhesive, and a specific primer for anhydrite screeds, which react with some',
    'cement-based products.',
  ),
];
const wSmooth = [
  j(
    'Almost every floor we fit gets a smoothing compound, usually 3 to 5 mm thick. It gives the adhesive a flat, even and',
    'absorbent surface and hides the small imperfections the straightedge does not catch.',
  ),
  j(
    'Compounds are mixed with a paddle to the exact water ratio on the bag and poured in strips, then spiked with a roller to',
    'release air. Too much water makes a weak, dusty surface that will break down under castors. Most compounds can be walked',
    'on after three hours and covered the next day at 3 mm, but thicker layers need longer.',
  ),
];
const wPly = [
  j(
    'Floorboards move, and their joints will telegraph through vinyl in a matter of weeks. Over boards we screw down 6 mm',
    'exterior-grade plywood at 100 mm centres around the edges and 150 mm across the sheet, with the joints staggered so they',
    'never line up with the boards underneath.',
  ),
  'Loose or squeaking boards are screwed down first, and any boards with rot or woodworm are replaced before the ply goes on.',
];
const wMistakes = [
  'Laying over a screed that "felt dry" without a test.',
  'Using a floor-levelling compound over old bitumen adhesive without the right primer.',
  'Fixing plywood with staples or nails that work loose over time.',
  'Filling over expansion joints, which then crack through the finished floor.',
  'Leaving the room unheated, so the compound and adhesive cure too slowly.',
];
const wCheck = [
  'Clear the room of furniture and take up old flooring and gripper rods.',
  'Take doors off their hinges or tell us if you want them trimmed.',
  'Keep the heating on at normal room temperature for 48 hours before and after fitting.',
  'Let us know about underfloor heating, and switch it off 48 hours before we arrive.',
];
const wNav = ['Flooring', 'Preparation', 'Guides', 'Gallery', 'About us'];
const wRel = ['How long does a new screed take to dry?', 'Underfloor heating and LVT: what you need to know', 'Click or glue-down vinyl?'];
const wFoot = ['Privacy policy', 'Terms', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 10 2026 16:02:31 GMT+0000 -->
<html data-wf-domain="www.fenwickfloors.co.uk" data-wf-page="65a1f3c2b4d5e6f70819a2b3" data-wf-site="65a1f3c2b4d5e6f70819a2a0"
data-wf-collection="65a1f3c2b4d5e6f70819a2c4" data-wf-item-slug="floor-preparation-guide" lang="en"><head><meta charset="utf-8">
<title>Floor Preparation Guide | Fenwick Floors</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a1f3c2b4d5e6f70819a2a0/css/fenwick-floors.webflow.shared.4e1b2c.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","author":{"@type":"Person","name":"Ross Fenwick"},
"datePublished":"2026-03-02"}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext figure{max-width:100%}body{-webkit-font-smoothing:antialiased}</style>
</div>
<div class="announcement-bar">
<div class="text-size-small">Free floor survey within 15 miles of Harlow Moor – <a href="/contact" class="text-link">book yours</a></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="nav-brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65a1/logo.svg"
loading="lazy" alt="Fenwick Floors" class="nav-logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button is-nav w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<main class="main-wrapper"><section class="section_blog-header"><div class="padding-global"><div class="container-medium">
<div class="blog-header_breadcrumb"><a href="/guides" class="breadcrumb-link">Guides</a><div class="breadcrumb-divider">/</div>
<div class="breadcrumb-current">Preparation</div></div><h1 class="heading-style-h1">${wTitle}</h1><p class="text-size-medium">${wDek}</p>
<div class="blog-header_meta"><div class="blog-header_author">Ross Fenwick</div><div class="blog-header_date">2 March 2026</div>
<div class="blog-header_read">8 min read</div></div></div></div></section>
<section class="section_blog-content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
<h2>${wHeads[0]}</h2>${ps(wWhy)}<h2>${wHeads[1]}</h2>${ps(wMoist)}
<table><thead><tr><th>Floor type</th><th>Test method</th><th>Maximum reading</th></tr></thead><tbody>${trs(wRows)}</tbody></table>
<p>${wMoist2}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65a1/hood-test.jpg" loading="lazy"
alt="Hygrometer hood on a screed"></div><figcaption>A hygrometer hood sealed to a new screed in Harlow Moor.</figcaption></figure>
<h2>${wHeads[2]}</h2>${ps(wFlat)}<h2>${wHeads[3]}</h2>${ps(wRepair)}<h2>${wHeads[4]}</h2>${ps(wSmooth)}
<h2>${wHeads[5]}</h2>${ps(wPly)}<h2>${wHeads[6]}</h2><ul role="list">${lis(wMistakes)}</ul>
<h2>${wHeads[7]}</h2><ol role="list">${lis(wCheck)}</ol></div></div></div></section>
<section class="section_related"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More floor guides</h2>
<div class="w-dyn-list"><div role="list" class="related_list w-dyn-items">
${wRel
  .map(
    (t) => `<div role="listitem" class="related_item w-dyn-item"><a href="/guides/x" class="related_link w-inline-block">
<h3 class="heading-style-h5">${t}</h3>
<div class="text-size-small">Read guide</div></a></div>`,
  )
  .join('\n')}</div></div></div></div></section>
<section class="section_newsletter"><div class="padding-global"><div class="newsletter_component">
<h2 class="heading-style-h4">Floor care tips, twice a year</h2>
<div class="newsletter_form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter_form">
<input class="form_input w-input" maxlength="256" name="Email" data-name="Email" placeholder="Your email" type="email" id="Email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div>
</div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top">
<div class="footer_address">Fenwick Floors Ltd, 18 Tannery Row, Harlow Moor HM2 4DS</div>
<div class="footer_links">${wFoot.map((t) => `<a href="#" class="footer_link">${t}</a>`).join('')}</div></div>
<div class="footer_credit">© 2026 Fenwick Floors Ltd. Registered in England No. 09876543.</div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f3c2b4d5e6f70819a2a0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1f3c2b4d5e6f70819a2a0/js/webflow.b2c3d4e5.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout612-webflow-floor-prep',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wDek, ...wWhy, ...wMoist, ...rowTexts(wRows), wMoist2, ...wFlat, ...wRepair, ...wSmooth, ...wPly, ...wMistakes, ...wCheck]),
  bylines: ['Ross Fenwick', '2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free floor survey within 15 miles of Harlow Moor – book yours', ...wNav, 'Get a quote', '8 min read',
    'A hygrometer hood sealed to a new screed in Harlow Moor.', 'More floor guides', ...wRel, 'Read guide', 'Floor care tips, twice a year',
    'Fenwick Floors Ltd, 18 Tannery Row, Harlow Moor HM2 4DS', ...wFoot, '© 2026 Fenwick Floors Ltd. Registered in England No. 09876543.',
  ],
};

export const HELDOUT612_B: readonly TestPage[] = [webflow].map(finish);
