import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file c: a theatre's show page built with Elementor on WordPress (a page builder: sections, columns and
 * widgets around every block): the header template with the nav, a hero with the title, dates and "Book Now" button, the
 * synopsis text-editor widget, the cast and creative lists, a booking box with prices and access performances, a content
 * warning toggle, the "You might also like" posts widget, a Complianz cookie banner and the footer template.
 */
const title = 'The Lamplighter\u2019s Wife';
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, cols: string[]): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
${cols
  .map(
    (c, i) => `<div class="elementor-column elementor-col-${cols.length === 1 ? 100 : 50} elementor-top-column elementor-element" data-id="${id}${i}"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${c}</div></div>`,
  )
  .join('\n')}</div></section>`;
const hd = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const te = (ps: string[]): string => w('text-editor', ps.map((p) => `<p>${p}</p>`).join('\n'));
const strap = 'A new play by Bryony Castell';
const hA = 'About the show';
const syn = [
  j(
    'It is 1911, and the lamps of the little harbour town of Wenmouth are lit every evening by Edwin Tarrant. When Edwin falls from his',
    'ladder one November night, his wife Lettice takes up the pole and the tinderbox, and nobody in the town quite knows what to say',
    'about it.',
  ),
  j(
    'Over one long winter Lettice learns the route, the weather and the gossip of every street she lights. As the council debates',
    'whether to bring in electric lamps and do away with the job altogether, she has to decide what she is fighting for: her husband\u2019s',
    'work, her own, or the dark streets themselves.',
  ),
  j(
    'Funny, tender and full of songs from the music halls of the time, The Lamplighter\u2019s Wife is Bryony Castell\u2019s first play for',
    'the Tidemill. It was developed over two years with the Wenmouth Local History Society, and several of the stories in it are true.',
  ),
  j(
    'Saoirse Meldon directs a company of five, with live music played on a harmonium, a fiddle and the street lamps themselves: the',
    'set is built around six working gas lamps rescued from a scrapyard in Kelderby, lit and put out by hand at every performance.',
  ),
  j(
    'Castell first heard the story of a woman lamplighter from her grandmother, who remembered being walked home by "the lamp lady"',
    'as a small girl. Nobody in Wenmouth could find a record of her, so Castell wrote one. The play asks what happens to a job, and to the',
    'person doing it, when a town decides it no longer needs either.',
  ),
];
const hB = 'Cast';
const cast = [
  'Lettice Tarrant: Rhiannon Vale',
  'Edwin Tarrant: Joss Merrick',
  'Councillor Abel Stroud: Desmond Okoro',
  'Nell Pascoe, a fishwife: Greta Lunn',
  'The Boy: Felix Amory',
];
const hC = 'Creative team';
const creative = [
  'Writer: Bryony Castell',
  'Director: Saoirse Meldon',
  'Designer: Pim Halvorsen',
  'Lighting Designer: Tamsin Eley',
  'Composer and Musical Director: Ade Okonjo',
];
const quote = j('A beautiful, quietly furious piece of theatre about who gets to keep the lights on.');
const booking = [
  'Tue 3 March to Sat 28 March 2026',
  'Evenings 7.30pm, Thursday and Saturday matinees 2.30pm',
  'Running time approx. 2 hours 20 minutes including an interval',
  'Tickets £12 to £32, under-26s £10',
  'Audio described: Sat 14 March 2.30pm',
  'Captioned: Thu 19 March 7.30pm',
  'Relaxed performance: Sat 21 March 2.30pm',
];
const nav = ['What\u2019s On', 'Your Visit', 'Get Involved', 'Support Us', 'About', 'Hire'];
const also = ['Pinafore Street', 'The Winter Swimmers', 'Comedy at the Mill'];
const foot = ['The Tidemill Theatre, Quay Road, Wenmouth', 'Box Office 01632 960 411', 'Access', 'Privacy Policy', 'Terms & Conditions'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Lamplighter&#8217;s Wife &#8211; The Tidemill Theatre</title>
<meta name="generator" content="Elementor 3.24.7; features: additional_custom_breakpoints">
<meta property="og:type" content="article"><meta property="og:title" content="The Lamplighter&#8217;s Wife">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","name":"The Lamplighter's Wife","startDate":"2026-03-03",
"endDate":"2026-03-28","location":{"@type":"Place","name":"The Tidemill Theatre"},"offers":{"@type":"Offer","lowPrice":"12","priceCurrency":"GBP"}}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7">
<script>var ElementorProFrontendConfig = {"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"a1f09c"};</script></head>
<body class="show-template-default single single-show elementor-default elementor-kit-6 elementor-page elementor-page-2231">
<div data-elementor-type="header" data-elementor-id="14" class="elementor elementor-14 elementor-location-header">
${sec('3b1e', [
  w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/tidemill-logo.svg" alt="The Tidemill Theatre"></a>'),
  w('nav-menu', `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(nav, 'menu-item')}</ul></nav>`),
])}</div>
<div data-elementor-type="single-post" data-elementor-id="2231" class="elementor elementor-2231 elementor-location-single">
${sec('a10c', [
  hd(title, 'h1') +
    hd(strap, 'h3') +
    w('text-editor', `<p class="hero-dates">${booking[0]}</p>`) +
    w(
      'button',
      `<a
class="elementor-button elementor-button-link elementor-size-md" href="#booking"><span class="elementor-button-text">Book Now</span></a>`,
    ),
])}
${sec('b22f', [
  hd(hA) +
    te(syn) +
    w(
      'blockquote',
      `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${quote}</p>
<footer><cite class="elementor-blockquote__author">Wenmouth Herald, on the rehearsed reading</cite></footer></blockquote>`,
    ) +
    hd(hB) +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${cast
        .map(
          (c) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">${c}</span></li>`,
        )
        .join('\n')}</ul>`,
    ) +
    hd(hC) +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${creative
        .map(
          (c) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-text">${c}</span></li>`,
        )
        .join('\n')}</ul>`,
    ),
  `<div id="booking">${hd('Booking information', 'h4')}${w(
    'icon-list',
    `<ul class="elementor-icon-list-items">${booking
      .map((b) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${b}</span></li>`)
      .join('\n')}</ul>`,
  )}${w(
    'button',
    `<a class="elementor-button" href="https://tickets.tidemill.example/lamplighter"><span
class="elementor-button-text">Choose Seats</span></a>`,
  )}</div>` +
    w(
      'toggle',
      `<div class="elementor-toggle"><div class="elementor-tab-title" role="button"><a class="elementor-toggle-title">Content guidance</a></div>
<div class="elementor-tab-content elementor-clearfix"><p>Contains references to bereavement, a depiction of a fall and the use of haze.</p></div></div>`,
    ),
])}
${sec('c9d4', [
  hd('You might also like') +
    w(
      'posts',
      `<div class="elementor-posts-container">${also
        .map((a) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="/show/${a.length}">${a}</a></h3></article>`)
        .join('\n')}</div>`,
    ),
])}
</div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
${sec('f001', [
  w('text-editor', foot.map((f) => `<p>${f.replace(/&/g, '&amp;')}</p>`).join('\n')),
  w('text-editor', '<p>© 2026 The Tidemill Theatre Trust</p>'),
])}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use
cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":2231,"title":"The Lamplighter%E2%80%99s Wife"}};</script>
</body></html>`;

export const tidemill: TestPage = {
  name: 'heldout307-elementor-theatre-show-blog',
  kind: 'blog',
  html,
  title,
  headings: [hA, hB, hC],
  body: texts([...syn, quote, ...cast, ...creative]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, strap, 'Book Now', 'Wenmouth Herald, on the rehearsed reading', 'Booking information', ...booking, 'Choose Seats', 'Content guidance',
    'Contains references to bereavement, a depiction of a fall and the use of haze.', 'You might also like', ...also, ...foot,
    '© 2026 The Tidemill Theatre Trust', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};
