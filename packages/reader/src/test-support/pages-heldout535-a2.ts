import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file a2: a seven-day retreat programme page built with Elementor (containers, Elementor Pro header and
 * footer templates, icon lists, a testimonial carousel) on the Hello Elementor theme, with a Complianz consent banner.
 */
let eId = 0x3a41c0;
const eid = (): string => (eId += 0x1f3).toString(16);
const widget = (type: string, inner: string): string => {
  const id = eid();
  return `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}"
data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
};
const con = (inner: string, cls = 'e-con-boxed'): string => {
  const id = eid();
  return `<div class="elementor-element elementor-element-${id} e-flex ${cls} e-con e-parent" data-id="${id}" data-element_type="container"
data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">${inner}</div></div>`;
};
const head = (tag: string, t: string): string => widget('heading.default', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const text = (paras: readonly string[]): string => widget('text-editor.default', ps(paras));
const check = '<svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"><path d="M173.898 439.404l-166.4-166.4"></path></svg>';
const icons = (items: readonly string[]): string =>
  widget(
    'icon-list.default',
    `<ul class="elementor-icon-list-items">${items
      .map(
        (t) =>
          `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">${check}</span><span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const button = (label: string): string =>
  widget(
    'button.default',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/reserve/?retreat=stillness-7">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${label}</span></span></a></div>`,
  );

const eTitle = 'Seven Days of Stillness';
const eDek = 'A silent-mornings retreat in the hills above Olvena: yoga, long walks, the thermal pool and very little else.';
const eIntro = [
  j(
    'Stillness is our longest retreat and the one guests return to most. It is built for people who are tired rather than unwell:',
    'the aim is not to fix anything but to give the nervous system a week without deadlines, screens or decisions. The programme has a',
    'shape, but nothing in it is compulsory. If you would rather sleep through the morning class, sleep.',
  ),
  j(
    'Groups are small, twelve guests at most, and led by two teachers who stay for the whole week. Mornings are held in silence until',
    'eleven o\u2019clock; afternoons are free; evenings are shared at one long table.',
  ),
];
const eGlanceH = 'The week at a glance';
const eGlance = [
  'Seven nights at Casa Olvena, arriving Saturday and leaving the following Saturday',
  'Two yoga sessions a day: slow flow in the morning, restorative and yoga nidra in the evening',
  'Four guided walks through cork oak and chestnut woods, from two to five hours',
  'One 60-minute massage or reflexology treatment per guest',
  'Unlimited use of the thermal pool, sauna and cold plunge',
];
const eDaysH = 'Day by day';
// biome-ignore format: the days are packed to keep the file short
const eDays: [string, string[]][] = [
  ['Saturday: Arrival', [
    j(
      'Rooms are ready from three o\u2019clock. There is a welcome circle in the garden at six, where the teachers explain how the week',
      'works and where you can hand in your phone if you want us to keep it in the safe. Dinner is at half past seven.',
    ),
  ]],
  ['Sunday: Settling', [
    j(
      'The first silent morning. After tea and a slow flow class, breakfast is served on the terrace. In the afternoon there is an',
      'optional talk on rest and the stress response, followed by a short walk to the spring above the village.',
    ),
  ]],
  ['Monday: The long walk', [
    j(
      'The longest walk of the week, about fourteen kilometres with a picnic lunch at the old threshing floor. It is steep in places;',
      'guests who prefer can take the shorter valley route with the second teacher and meet the group for lunch.',
    ),
    'Evening practice is restorative only, with bolsters and blankets, and the sauna is heated from five.',
  ]],
  ['Tuesday: Water', [
    j(
      'A morning practice built around the breath, then a guided session in the thermal pool on floating and letting the body be',
      'held. Massage appointments begin today and run through to Thursday.',
    ),
  ]],
  ['Wednesday: A day with no programme', [
    j(
      'There are no classes and no walks. Meals are served as usual, the pool is open and the library is stocked. Many guests say this',
      'is the day the week turns. Some find it hard; the teachers are around if you want to talk.',
    ),
  ]],
  ['Thursday: Making', [
    j(
      'A clay session with a potter from the village in the morning, followed by a walk to the chestnut woods. In the evening a',
      'yoga nidra session by candlelight in the old olive press.',
    ),
  ]],
  ['Friday: Closing', [
    j(
      'The last silent morning ends with a closing circle at eleven. In the afternoon there is time to pack, swim and sit. The final',
      'dinner is a long one, with wine from the neighbouring farm for those who want it.',
    ),
  ]],
  ['Saturday: Departure', ['Breakfast from eight. Rooms should be free by eleven; transfers to Faro leave at half past eleven.']],
];
const eDayH = 'A typical day';
const eDay = [
  '07:30 Tea and fruit in the kitchen garden',
  '08:00 Slow flow yoga (90 minutes)',
  '09:45 Breakfast, in silence',
  '11:00 Silence ends; walk, treatment or free time',
  '13:30 Lunch',
  '14:30 Free afternoon: pool, sauna, reading, sleep',
  '18:00 Restorative yoga or yoga nidra',
  '19:30 Dinner',
];
const eFoodH = 'Food';
const eFood = [
  j(
    'Meals are vegetarian and cooked from what the garden and the valley produce that week. Breakfast is porridge, bread baked',
    'in the house, eggs from our hens, fruit and yoghurt; lunch and dinner are three or four shared dishes.',
  ),
  j(
    'We can cook for vegan, gluten-free and most allergy needs if you tell us at least two weeks before you arrive. We serve no',
    'alcohol until the last evening and no coffee during silent mornings, though we will not stop you bringing your own.',
  ),
];
const eInclH = 'What\u2019s included';
const eIncl = [
  'Seven nights\u2019 accommodation in a single or shared twin room',
  'All meals, herbal teas and fruit',
  'All classes, walks and workshops',
  'One 60-minute massage or reflexology treatment',
  'Yoga mats, props and walking poles',
];
const eExclH = 'Not included';
const eExcl = ['Flights and travel insurance', 'Transfers from Faro airport (\u20ac45 each way, shared)', 'Extra treatments, booked at the house'];
const ePriceH = 'Dates and prices';
const ePrice = [
  j(
    'Stillness runs four times a year: 11\u201318 April, 6\u201313 June, 19\u201326 September and 17\u201324 October 2026. The price is',
    '\u20ac1,480 per person in a shared twin room and \u20ac1,890 in a single room.',
  ),
  j(
    'A deposit of \u20ac400 secures your place. The balance is due eight weeks before the retreat. Deposits are refundable up to',
    'twelve weeks before arrival, and can be moved to another date once without charge.',
  ),
];
const eQuotes = [
  ['\u201cI did not know how tired I was until the Wednesday. I came home a different person.\u201d', 'Helena, Utrecht'],
  ['\u201cSmall, kind and unhurried. The food alone is worth the trip.\u201d', 'Tomás, Lisbon'],
];
const eNav = ['Retreats', 'The House', 'Treatments', 'Teachers', 'Journal', 'Contact'];
const eFootNav = ['Terms &amp; Conditions', 'Privacy Policy', 'Cookie Policy'];
const eNavUl = (id: string): string =>
  `<ul id="menu-${id}" class="elementor-nav-menu">${eNav
    .map(
      (n, i) => `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${120 + i}${i === 0 ? ' current-menu-ancestor' : ''}">
<a href="https://casaolvena.pt/${n.toLowerCase().replace(' ', '-')}/" class="elementor-item">${n}</a></li>`,
    )
    .join('\n')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>Seven Days of Stillness – Retreat Programme | Casa Olvena</title>
<meta name="description" content="${eDek}" /><link rel="canonical" href="https://casaolvena.pt/retreats/seven-days-of-stillness/" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://casaolvena.pt/retreats/seven-days-of-stillness/","name":"Seven Days of Stillness – Retreat Programme | Casa Olvena",
"datePublished":"2024-01-09T10:12:44+00:00","dateModified":"2026-02-02T16:40:03+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://casaolvena.pt/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://casaolvena.pt/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7'
media='all' />
<link rel='stylesheet' id='elementor-post-1287-css' href='https://casaolvena.pt/wp-content/uploads/elementor/css/post-1287.css?ver=1738510803' media='all' />
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none!important}#cmplz-cookiebanner-container .cmplz-cookiebanner{position:fixed;bottom:10px}</style>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-1287 page-child parent-pageid-88 wp-custom-logo elementor-default
elementor-template-full-width elementor-kit-6 elementor-page elementor-page-1287 cmplz-eu">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="9" class="elementor elementor-9 elementor-location-header" data-elementor-post-type="elementor_library">
${con(
  `${widget(
    'theme-site-logo.default',
    `<a href="https://casaolvena.pt"><img width="180" height="48" src="/wp-content/uploads/2023/11/olvena-logo.svg"
alt="Casa Olvena"></a>`,
  )}
${widget(
  'nav-menu.default',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
e--pointer-underline e--animation-fade">${eNavUl('1-3f2a')}</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"><svg aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open e-font-icon-svg e-eicon-menu-bar"
viewBox="0 0 1000 1000"><path d="M104 333H896"></path></svg></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container"
aria-hidden="true">${eNavUl('2-3f2a')}</nav>`,
)}
${button('Reserve')}`,
  'e-con-full',
)}</header>
<div data-elementor-type="wp-page" data-elementor-id="1287" class="elementor elementor-1287" data-elementor-post-type="page">
${con(`${widget(
  'breadcrumbs.default',
  `<p id="breadcrumbs"><span><span><a href="https://casaolvena.pt/">Home</a></span> » <span><a
href="https://casaolvena.pt/retreats/">Retreats</a></span> » <span class="breadcrumb_last" aria-current="page">Seven Days of Stillness</span></span></p>`,
)}
${head('h1', eTitle)}${text([eDek])}`)}
${con(`${text(eIntro)}${head('h2', eGlanceH)}${icons(eGlance)}`)}
${con(`${head('h2', eDaysH)}${eDays.map(([h, p]) => `${head('h3', h)}${text(p)}`).join('\n')}`)}
${con(`${head('h2', eDayH)}${icons(eDay)}${head('h2', eFoodH)}${text(eFood)}
${widget('image.default', '<img loading="lazy" width="1024" height="683" src="/wp-content/uploads/2024/01/long-table-1024x683.jpg" alt="">')}`)}
${con(`${head('h2', eInclH)}${icons(eIncl)}${head('h2', eExclH)}${icons(eExcl)}`)}
${con(`${head('h2', ePriceH)}${text(ePrice)}${button('Reserve your place')}`)}
${con(
  `${head('h4', 'Guests on Stillness')}${widget(
    'testimonial-carousel.default',
    `<div class="elementor-swiper"><div class="elementor-main-swiper swiper">
<div class="swiper-wrapper">${eQuotes
      .map(
        ([q, who]) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${q}</div></div><div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">
<span class="elementor-testimonial__name">${who}</span></cite></div></div></div>`,
      )
      .join('\n')}</div>
<div class="swiper-pagination"></div></div></div>`,
  )}`,
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer"
data-elementor-post-type="elementor_library">
${con(`${head('h5', 'Casa Olvena')}${text(['Estrada da Serra 14, 8550 Olvena, Portugal', 'hello@casaolvena.pt'])}
${widget(
  'form.default',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-60">
<label for="form-field-email" class="elementor-field-label">Letters from the hills, four times a year</label><input size="1" type="email"
name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" placeholder="Your email"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-40 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Subscribe</span>
</span></button></div></div></form>`,
)}
${widget(
  'icon-list.default',
  `<ul class="elementor-icon-list-items elementor-inline-items">${eFootNav
    .map(
      (n) => `<li class="elementor-icon-list-item
elementor-inline-item"><a href="/${n.toLowerCase().replace(/ &amp; | /g, '-')}/"><span class="elementor-icon-list-text">${n}</span></a></li>`,
    )
    .join('')}</ul>`,
)}
${text(['© 2026 Casa Olvena Lda. All rights reserved.'])}`)}</footer>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" focusable="false" viewBox="0 0 352 512">
<path d="M242.72 256l100.07-100.07"></path></svg></div></div>
<div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">
<p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://casaolvena.pt/cookie-policy-eu/" class="cmplz-link cookie-statement">Cookie
Policy</a></li></ul></div>
</div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.7","post":{"id":1287}};</script>
<script src="https://casaolvena.pt/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout535-elementor-retreat-programme',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eGlanceH, eDaysH, ...eDays.map(([h]) => h), eDayH, eFoodH, eInclH, eExclH, ePriceH],
  body: texts([eDek, ...eIntro, ...eGlance, ...eDays.flatMap(([, p]) => p), ...eDay, ...eFood, ...eIncl, ...eExcl, ...ePrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Reserve', 'Home', 'Reserve your place', 'Guests on Stillness', ...eQuotes.flat(), 'Casa Olvena',
    'Estrada da Serra 14, 8550 Olvena, Portugal', 'hello@casaolvena.pt', 'Letters from the hills, four times a year', 'Subscribe',
    ...texts(eFootNav), '© 2026 Casa Olvena Lda. All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT535_A2: readonly TestPage[] = [elementor];
