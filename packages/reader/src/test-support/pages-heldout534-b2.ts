import { plain, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout534-kit.js';

/** Held-out batch 534, file b2: the second page of file b, split off to keep the files under 300 lines. */
const wTitle = 'The Lower Aldern in five days: Marlow Quay to Saltholm';
const wDek = 'A slow voyage down the last sixty miles of the river, from the cathedral city to the estuary, aboard the 48-guest <em>Kittiwake</em>.';
const wIntro = [
  j(
    'The Lower Aldern is a river of locks, water meadows and small towns that turned their backs on it when the railway came.',
    'This cruise travels it at walking pace, mooring each night at a town quay and leaving the mornings free for guided walks ashore.',
  ),
  j(
    'The <em>Kittiwake</em> was built in 1931 as a grain barge and converted for passengers in 2019. She has 24 cabins, all on',
    'the main deck with opening windows, a saloon with a bar and a sun deck that folds flat for the low bridges below Hessle.',
  ),
];
const wDays = [
  [
    'Day 1: Marlow Quay',
    j(
      'Embark from 3pm at Marlow Quay, a ten-minute walk from the station. After a welcome drink and safety briefing, we cast off at',
      '5pm and cruise two hours downstream to moor for the night below Ferris Lock. Dinner is served on board.',
    ),
  ],
  [
    'Day 2: Ferris Lock to Ambry',
    j(
      'A morning through the water meadows, with kingfishers and, if we are lucky, otters near the old eel traps at Coldharbour.',
      'We reach Ambry at lunchtime. In the afternoon our guide leads a walk around the town, ending at the tithe barn, which now holds',
      'a small museum of river trades.',
    ),
  ],
  [
    'Day 3: Ambry to Hessle',
    j(
      'The longest day on the water, with four locks to pass. Guests are welcome to help the crew work the gates. At Hessle the',
      'sun deck is lowered for the medieval bridge, one of only three on the river with pointed arches. The evening is free to',
      'explore the town, where the Ship Inn has served bargemen since 1742.',
    ),
  ],
  [
    'Day 4: Hessle to Saltholm',
    j(
      'Below Hessle the river becomes tidal and the landscape opens out into salt marsh. We time our departure with the ebb so',
      'that the <em>Kittiwake</em> can ride the tide down to Saltholm. A birdwatching guide joins us for the afternoon; avocets and',
      'brent geese are common here in autumn. The farewell dinner is served at anchor off Saltholm Point.',
    ),
  ],
  [
    'Day 5: Saltholm',
    j(
      'After breakfast we moor at Saltholm harbour and say goodbye at 10am. A coach returns guests to Marlow Quay for their cars,',
      'arriving at about 11:30am. Saltholm station has direct trains to the city.',
    ),
  ],
] as const;
const wIncluded = [
  'Four nights in a cabin with private shower room',
  'All meals on board, with wine at dinner',
  'Guided walks at Ambry and Hessle',
  'Birdwatching guide on day 4',
  'Return coach from Saltholm to Marlow Quay',
];
const wNotIncluded = j(
  'Drinks from the bar other than wine at dinner, museum entry fees and travel insurance are not included. Gratuities are at',
  'your discretion; the crew share any tips equally.',
);
const wKnow = [
  j(
    'The <em>Kittiwake</em> has a chair lift between the saloon and the sun deck, and one cabin is adapted for wheelchair users.',
    'The walks ashore are on level paths but some quays have steep steps at low water. Please talk to us before booking if you',
    'have any concerns about mobility.',
  ),
  j(
    'River levels can occasionally force a change of plan. If a lock is closed or the tide is unsuitable, we will moor at a',
    'different town and adjust the walks; in the rare event that we cannot sail at all, guests stay on board and travel between',
    'towns by coach.',
  ),
];
const wNav = ['Cruises', 'Our Boats', 'Dates &amp; Prices', 'Private Charter', 'Journal', 'Contact'];
const wAlso = ['Upper Aldern weekend', 'Estuary and islands, three nights', 'Christmas market cruise'];
const wFoot = ['Booking conditions', 'Privacy', 'Cookie settings', 'Instagram', 'Facebook'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 18 2027 10:12:03 GMT+0000 -->
<html data-wf-domain="www.aldernrivercruises.co.uk" data-wf-page="65b2e1f0c4a9d3" data-wf-site="65b2e1f0c4a9a0" data-wf-collection="65b2e1f0c4aa12"
data-wf-item-slug="lower-aldern-five-days" lang="en"><head><meta charset="utf-8"><title>${plain(wTitle)} | Aldern River Cruises</title>
<meta content="Five days and four nights on the Lower Aldern aboard the Kittiwake." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2e1f0c4a9a0/css/aldern-river-cruises.webflow.shared.9c1e2f.min.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${plain(wTitle)}","provider":{"@type":"Organization",
"name":"Aldern River Cruises"},"offers":{"@type":"Offer","price":"1290","priceCurrency":"GBP"}}</script></head>
<body class="body"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking
“Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div class="page-wrapper"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar_component w-nav"><div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand"><img
src="https://assets-global.website-files.com/65b2e1f0c4a9a0/arc-logo.svg" loading="lazy" alt="Aldern River Cruises" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${plain(t).toLowerCase().replace(/\W+/g, '-')}"
class="navbar_link w-nav-link">${t}</a>`,
  )
  .join('\n')}
<a href="/enquire" class="button is-navbar-button w-button">Enquire</a></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div>
</div></div>
<main class="main-wrapper"><section class="section_cruise-hero"><div class="padding-global"><div class="container-large"><div class="padding-section-medium">
<div class="cruise-hero_component"><div class="cruise-hero_content"><div class="text-size-small text-style-allcaps">5 days · 4 nights</div>
<h1 class="heading-style-h1">${wTitle}</h1><p class="text-size-medium">${wDek}</p></div>
<div class="cruise-hero_image-wrapper"><img src="https://assets-global.website-files.com/65b2e1f0c4aa12/kittiwake-hessle.jpg" loading="eager" alt=""
class="cruise-hero_image"></div></div></div></div></div></section>
<section class="section_cruise-detail"><div class="padding-global"><div class="container-large"><div class="padding-section-large">
<div class="w-layout-grid cruise-detail_grid">
<div id="w-node-_2a1f" class="cruise-detail_content"><div class="text-rich-text w-richtext">
${ps(wIntro)}
<h2>Itinerary</h2>
${wDays.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<h2>What's included</h2><ul role="list">${lis(wIncluded)}</ul><p>${wNotIncluded}</p>
<h2>Good to know</h2>${ps(wKnow)}</div></div>
<div id="w-node-_2a20" class="cruise-detail_sidebar"><div class="cruise-booking_card"><div class="text-size-small">From</div>
<div class="heading-style-h3">£1,290</div><div class="text-size-small">per person, sharing a twin cabin</div><div class="cruise-booking_divider"></div>
<div class="text-weight-semibold">Next departures</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><div>14 May 2027</div></div><div role="listitem" class="w-dyn-item"><div>11 June 2027</div></div>
<div role="listitem" class="w-dyn-item"><div>3 September 2027</div></div></div></div>
<a href="/dates-prices?cruise=lower-aldern-five-days" class="button is-full-width w-button">Check availability</a></div></div></div></div></div></div></section>
<section class="section_related"><div class="padding-global"><div class="container-large"><div class="padding-section-medium">
<h2 class="heading-style-h3">You might also like</h2><div class="w-dyn-list"><div role="list" class="related_list w-dyn-items">
${wAlso
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/cruises/${t.toLowerCase().replace(/\W+/g, '-')}" class="related_card w-inline-block">
<div class="heading-style-h5">${t}</div><div class="text-size-small">View cruise</div></a></div>`,
  )
  .join('\n')}</div></div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="text-weight-semibold">Join our newsletter for new dates and offers.</div><div class="footer_form-block w-form"><form id="wf-form-Footer-Form"
name="wf-form-Footer-Form" data-name="Footer Form" method="get" class="footer_form"><input class="form_input w-input" maxlength="256" name="Footer-Email"
data-name="Footer Email" placeholder="Enter your email" type="email" id="Footer-Email" required=""><input type="submit" data-wait="Please wait..."
class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Footer Form success">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Footer Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="w-layout-grid footer_menu-wrapper">${wFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/\W+/g, '-')}"
class="footer_link">${t}</a>`,
  )
  .join('\n')}</div></div>
<div class="footer_credit-text">© 2027 Aldern River Cruises Ltd. Registered in England no. 11873302.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2e1f0c4a9a0" type="text/javascript" crossorigin="anonymous">
</script>
<script src="https://assets-global.website-files.com/65b2e1f0c4a9a0/js/webflow.4a7c2d1.js" type="text/javascript"></script></body></html>`;
const aldern: TestPage = {
  name: 'heldout534-webflow-river-cruise',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['Itinerary', ...wDays.map(([h]) => h), "What's included", 'Good to know'],
  body: texts([wDek, ...wIntro, ...wDays.map(([, p]) => p), ...wIncluded, wNotIncluded, ...wKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept', ...texts(wNav), 'Enquire', '5 days · 4 nights', 'From', '£1,290', 'per person, sharing a twin cabin', 'Next departures',
    '14 May 2027', '11 June 2027', '3 September 2027', 'Check availability', 'You might also like', ...wAlso, 'View cruise',
    'Join our newsletter for new dates and offers.', ...wFoot, '© 2027 Aldern River Cruises Ltd. Registered in England no. 11873302.',
  ],
};

export const HELDOUT534_B2: readonly TestPage[] = [aldern].map(gold);
