import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file e2: a wedding venue's "Weddings" page built with Elementor Pro flex containers (the theme-builder
 * header with the nav-menu widget and "Book a Show Round" button, the hero heading and sub-heading, text-editor and heading
 * widgets, an icon list of what is included, the image gallery with captions, the testimonial carousel, the counter
 * widgets, the Elementor enquiry form with its labels and hidden success message, the Instagram feed block, the awards
 * strip, the footer template, the CookieYes banner and an Elementor popup's hidden brochure offer).
 */
const wvTitle = 'Weddings at Ashcombe Barn';
const wvSub = 'A restored eighteenth-century threshing barn in ninety acres of Wealden countryside, exclusively yours for the day.';
const wvP1 = [
  'Ashcombe Barn has been in the Hartnell family for four generations. When we restored the old threshing barn in 2017, we wanted ' +
    'to keep everything that made it special: the oak frame, the brick floor worn smooth by two hundred years of harvests, and the ' +
    'great doors that open onto the orchard.',
  'We host no more than forty weddings a year, and only ever one at a time. From the moment you arrive until the last dance, the ' +
    'barn, the gardens and the orchard are yours alone.',
];
const wvH1 = 'Your ceremony';
const wvP2 = [
  'We are licensed for civil ceremonies in the barn itself and, from May to September, under the old walnut tree in the orchard. ' +
    'Up to 150 guests can be seated for your ceremony, and if the weather turns, the barn can be ready for you within the hour.',
];
const wvH2 = 'The wedding breakfast';
const wvP3 = [
  'Our kitchen team cooks everything on site, using produce from the estate and farms within fifteen miles wherever we can. ' +
    'Choose from a seated three-course meal, long sharing tables or a relaxed hog roast in the courtyard. We are happy to cater for ' +
    'every dietary need, and our head chef, Marcus Penfold, will meet you to plan your menu at a tasting in the spring before ' +
    'your wedding.',
];
const wvH3 = 'Into the evening';
const wvP4 = [
  'As the sun goes down, the orchard is lit with festoon lights and the barn is cleared for dancing. Our licence runs until midnight, ' +
    'with carriages at half past. The Stable Bar serves local ales and our own apple brandy, and there is a fire pit in the courtyard ' +
    'for those who would rather talk than dance.',
];
const wvH4 = 'What is included';
const wvIncl = [
  'Exclusive use of the barn, orchard, courtyard and gardens from 10am to midnight',
  'Oak trestle tables, cross-back chairs and linen',
  'A dedicated wedding coordinator from booking to the day',
  'The Hayloft bridal suite for getting ready on the morning',
  'Free parking for up to 80 cars',
];
const wvH5 = 'Staying over';
const wvP5 = [
  'Six converted cottages on the estate sleep up to 28 guests. They are available on the night of your wedding and can be booked ' +
    'for the whole weekend, so that your family and friends can stay and join you for a farewell breakfast on the Sunday morning.',
];
const wvNav = ['Home', 'Weddings', 'Celebrations', 'Stay', 'Gallery', 'Contact'];
const wvCaptions = ['The barn laid for a summer wedding breakfast', 'Ceremony under the walnut tree', 'Festoon lights in the orchard'];
const wvQuotes = [
  {
    q: 'From our first show round to the final dance, the team made everything feel easy. Our guests still talk about the orchard.',
    by: 'Lucy and Tom, June 2025',
  },
  { q: 'We could not have asked for a more beautiful place to get married. The food was outstanding.', by: 'Amira and Josh, September 2024' },
];
const wvCounters = ['40', 'Weddings a year', '150', 'Guests seated', '90', 'Acres of countryside'];
const wvForm = ['Enquire about your date', 'Your names', 'Email', 'Phone', 'Preferred date', 'Number of guests', 'Tell us about your plans', 'Send Enquiry'];
const wvFormOk = 'Thank you! We will be in touch within two working days.';
const wvAwards = 'Winner, Best Rural Wedding Venue, South East Wedding Awards 2025';
const wvPopup = ['Download our 2026 brochure', 'Prices, packages and availability, straight to your inbox.', 'Send me the brochure'];
const wvCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. ' +
    'By clicking "Accept All", you consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const wvFoot = ['Ashcombe Barn, Hartnell Lane, Wadhurst Cross, East Sussex TN5 8QR', '01892 555 314', 'weddings@ashcombebarn.example'];
const wvFootLinks = ['Privacy Policy', 'Terms & Conditions', 'Sitemap'];
const el = 'elementor-element';
const widget = (type: string, inner: string, id: string): string =>
  `<div class="${el} ${el}-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const heading = (t: string, id: string, tag = 'h2'): string =>
  widget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`, id);
const text = (paras: readonly string[], id: string): string => widget('text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'), id);
const con = (
  id: string,
  inner: string,
): string => `<div class="${el} ${el}-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container">
<div class="e-con-inner">${inner}</div></div>`;
const wvHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Weddings – Ashcombe Barn</title>
<meta name="description" content="${wvSub}"><meta property="og:type" content="article"><meta property="og:title" content="Weddings – Ashcombe Barn">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4">
<link rel="stylesheet" id="elementor-post-214-css" href="/wp-content/uploads/elementor/css/post-214.css?ver=1731002211">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.example/client_data/8b1d6e/script.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Weddings – Ashcombe Barn"},{"@type":"LocalBusiness",
"name":"Ashcombe Barn","telephone":"01892 555 314"}]}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-214
elementor-default elementor-template-full-width elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">${con(
  '1c2d3e',
  `${widget('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2023/02/ashcombe-logo.svg" alt="Ashcombe Barn"></a>', '4e5f6a')}
${widget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-7b8c9d" class="elementor-nav-menu">
${wvNav.map((t) => `<li class="menu-item"><a href="/${t.toLowerCase()}/" class="elementor-item">${t}</a></li>`).join('')}</ul></nav>
<div class="elementor-menu-toggle"
role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
  '7b8c9d',
)}
${widget(
  'button',
  '<a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">' + '<span class="elementor-button-text">Book a Show Round</span></a>',
  '0a1b2c',
)}`,
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214" id="content">
${con('a11b22', `${heading(wvTitle, 'c33d44', 'h1')}${widget('text-editor', `<p class="hero-sub">${wvSub}</p>`, 'e55f66')}`)}
${con('b12c23', `${text(wvP1, 'd34e45')}${heading(wvH1, 'f56a67')}${text(wvP2, 'a78b89')}${heading(wvH2, 'c90d01')}${text(wvP3, 'e12f23')}`)}
${con(
  'g12h23',
  `${widget(
    'gallery',
    `<div class="elementor-gallery__container">${wvCaptions
      .map(
        (c, i) => `<a class="e-gallery-item elementor-gallery-item"
href="/wp-content/uploads/2025/03/gallery-${i}.jpg" data-elementor-lightbox-slideshow="all-3f"><div class="e-gallery-image" data-thumbnail="/g${i}.jpg"></div>
<div class="elementor-gallery-item__overlay"></div><div class="elementor-gallery-item__content"><div class="elementor-gallery-item__title">${c}</div></div>
</a>`,
      )
      .join('\n')}</div>`,
    'i34j45',
  )}`,
)}
${con(
  'k56l67',
  `${heading(wvH3, 'm78n89')}${text(wvP4, 'o90p01')}${heading(wvH4, 'q12r23')}${widget(
    'icon-list',
    `<ul class="elementor-icon-list-items">
${wvIncl
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span
class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul>`,
    's34t45',
  )}${heading(wvH5, 'u56v67')}${text(wvP5, 'w78x89')}`,
)}
${con(
  'y90z01',
  wvCounters
    .filter((_, i) => i % 2 === 0)
    .map((n, i) =>
      widget(
        'counter',
        `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span
class="elementor-counter-number" data-to-value="${n}">${n}</span></div><div class="elementor-counter-title">${wvCounters[i * 2 + 1]}</div></div>`,
        `cn${i}`,
      ),
    )
    .join('\n'),
)}
${con(
  't1q2r3',
  widget(
    'testimonial-carousel',
    `<div class="elementor-swiper"><div class="elementor-testimonial__swiper swiper" role="region" aria-roledescription="carousel">
<div class="swiper-wrapper">${wvQuotes
      .map(
        (q) => `<div class="swiper-slide" role="group" aria-roledescription="slide"><div class="elementor-testimonial"><div
class="elementor-testimonial__content"><div class="elementor-testimonial__text">${q.q}</div></div><div class="elementor-testimonial__footer"><cite
class="elementor-testimonial__cite"><span class="elementor-testimonial__name">${q.by}</span></cite></div></div></div>`,
      )
      .join('\n')}</div>
<div class="swiper-pagination"></div></div></div>`,
    'u4v5w6',
  ),
)}
${con(
  'f1o2r3',
  `${heading(wvForm[0] ?? '', 'f4g5h6')}${widget(
    'form',
    `<form class="elementor-form" method="post" name="Wedding enquiry"><div class="elementor-form-fields-wrapper">
${wvForm
  .slice(1, 7)
  .map(
    (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i}"><label for="form-field-f${i}"
class="elementor-field-label">${l}</label><input type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-sm"><span
class="elementor-button-text">${wvForm[7]}</span></button></div></div>
<div class="elementor-message elementor-message-success" role="alert" hidden>${wvFormOk}</div>
</form>`,
    'i7j8k9',
  )}`,
)}
${con(
  's1b2i3',
  `${heading('Follow us @ashcombebarn', 's4b5i6', 'h3')}<div class="sbi" id="sb_instagram" data-feedid="sbi_17841"><div id="sbi_images"></div>
<div id="sbi_load"><span class="sbi_follow_btn"><a href="https://www.instagram.example/ashcombebarn/">Follow on Instagram</a></span></div></div>`,
)}
${con('a1w2d3', widget('text-editor', `<p class="awards">${wvAwards}</p>`, 'a4w5d6'))}
</div>
<footer data-elementor-type="footer" data-elementor-id="38" class="elementor elementor-38 elementor-location-footer">${con(
  'f0o0t0',
  `${widget('text-editor', wvFoot.map((t) => `<p>${t}</p>`).join(''), 'f1o1t1')}${widget(
    'nav-menu',
    `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${wvFootLinks
      .map((t) => `<li class="menu-item"><a href="/${t.length}/" class="elementor-item">${t.replace('&', '&amp;')}</a></li>`)
      .join('')}</ul></nav>`,
    'f2o2t2',
  )}${widget('text-editor', '<p>© 2025 Ashcombe Barn. Website by Meadowlark Studio.</p>', 'f3o3t3')}`,
)}</footer>
<div data-elementor-type="popup" data-elementor-id="502" class="elementor elementor-502 elementor-location-popup" data-elementor-settings="{&quot;timing&quot;:
{&quot;page_views&quot;:&quot;yes&quot;}}" style="display:none">${heading(wvPopup[0] ?? '', 'p1p2p3')}${text([wvPopup[1] ?? ''], 'p4p5p6')}${widget(
  'button',
  `<a class="elementor-button" href="#brochure"><span class="elementor-button-text">${wvPopup[2]}</span></a>`,
  'p7p8p9',
)}</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0" role="region" aria-label="${wvCookie[0]}"><div class="cky-consent-bar">
<div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">${wvCookie[0]}</p><div class="cky-notice-des"><p>${(wvCookie[1] ?? '').replace(/"/g, '&quot;')}</p></div><div
class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">${wvCookie[2]}</button><button class="cky-btn cky-btn-reject">${wvCookie[3]}</button>
<button class="cky-btn cky-btn-accept">${wvCookie[4]}</button></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script></body></html>`;
export const weddingVenue: TestPage = {
  html: wvHtml,
  name: 'heldout206-elementor-wedding-venue',
  kind: 'blog',
  // the hero sub-heading and the text-editor and icon-list widgets between the h1 and the gallery / counters are the
  // article (its h2 widgets the headings); gallery captions, counters, testimonials, the enquiry form, Instagram block, awards
  // line, the hidden popup, the CookieYes banner, header and footer are furniture
  title: wvTitle,
  headings: [wvH1, wvH2, wvH3, wvH4, wvH5],
  body: [wvSub, ...texts(wvP1), ...wvP2, ...wvP3, ...wvP4, ...wvIncl, ...wvP5],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wvNav, 'Book a Show Round', ...wvCaptions, ...wvCounters, ...wvQuotes.flatMap((q) => [q.q, q.by]), ...wvForm, wvFormOk,
    'Follow us @ashcombebarn', 'Follow on Instagram', wvAwards, ...wvFoot, ...wvFootLinks, '© 2025 Ashcombe Barn. Website by Meadowlark Studio.',
    ...wvPopup, ...wvCookie,
  ],
};
