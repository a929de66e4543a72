import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file c: a wellness retreat centre's FAQ on Webflow (w-nav, custom FAQ accordions, a CTA section), and a
 * retreat listing on an invented retreat marketplace built with Next.js (CSS-module class names, host card, reviews, __NEXT_DATA__).
 */
const fTitle = 'Frequently asked questions';
const fIntro = 'Everything you need to know before your stay at Fernholt. Can\u2019t find an answer? Write to us and a host will reply within a day.';
const fGroups: [string, [string, string][]][] = [
  [
    'Before you arrive',
    [
      ['Do I need any experience of yoga or meditation?', 'No. Every session is taught for beginners, with options for people who practise regularly.'],
      [
        'How do I get to Fernholt?',
        j(
          'The nearest station is Aldwick Halt, twelve minutes away by car. We collect guests from the 14:10 and 16:40 trains on arrival',
          'days at no charge. If you drive, there is free parking by the barn.',
        ),
      ],
      ['What should I pack?', 'Comfortable layers, walking boots, a swimsuit for the sauna pond and a torch. Robes, towels and mats are provided.'],
    ],
  ],
  [
    'During your stay',
    [
      ['Is there Wi-Fi?', 'Only in the farmhouse kitchen. Bedrooms and the studio are deliberately offline.'],
      ['Can you cater for allergies?', 'Yes. Tell us when you book and our cook will plan around them. All meals are plant-based.'],
    ],
  ],
  [
    'Payments and cancellations',
    [
      ['When do I pay?', 'A 30% deposit secures your room; the balance is taken six weeks before arrival.'],
      [
        'What if I need to cancel?',
        j(
          'Cancel more than six weeks ahead and we refund everything except the deposit, which we hold as credit for a year. After that we',
          'cannot refund, but you may send a friend in your place.',
        ),
      ],
    ],
  ],
];
const fNav = ['Retreats', 'Stay', 'Our Story', 'Journal', 'FAQ'];
const fFoot = ['Retreats', 'Private groups', 'Gift cards', 'Careers', 'Privacy', 'Terms'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 09:41:12 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.fernholt.co.uk" data-wf-page="65a1b2c3d4e5f60718293a4b" data-wf-site="65a1b2c3d4e5f60718293a40"><head><meta charset="utf-8"/>
<title>FAQ | Fernholt Retreats</title><meta content="Answers about travel, food, Wi-Fi and cancellations at Fernholt." name="description"/>
<meta content="FAQ | Fernholt Retreats" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/65a1b2c3d4e5f60718293a40/css/fernholt.webflow.shared.4e2a.css"
rel="stylesheet" type="text/css"/><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is there Wi-Fi?"}]}</script>
<style>.faq-answer{overflow:hidden}.w-webflow-badge{display:none!important}</style></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>body{-webkit-font-smoothing:antialiased}</style></div>
<a href="#main" class="skip-link">Skip to main content</a>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand" aria-label="home"><img
src="https://cdn.prod.website-files.com/65a1b2c3d4e5f60718293a40/fernholt-wordmark.svg"
loading="lazy" alt="Fernholt" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(' ', '-')}"
class="nav-link w-nav-link${n === 'FAQ' ? ' w--current' : ''}"${n === 'FAQ' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join('')}
<a href="/book" class="button is-nav w-button">Book a stay</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main id="main" class="main-wrapper"><section class="section_faq-header"><div class="padding-global"><div class="container-small"><div
class="text-align-center">
<div class="eyebrow">Help centre</div><h1 class="heading-style-h1">${fTitle}</h1><p class="text-size-medium">${fIntro}</p></div></div></div></section>
<section class="section_faq"><div class="padding-global"><div class="container-small"><div class="faq_component">
${fGroups
  .map(
    ([g, qs]) =>
      `<div class="faq_group"><h2 class="faq_group-heading heading-style-h4">${g}</h2><div class="faq_list">${qs
        .map(
          ([q, a]) => `<div
class="faq_accordion"><div data-w-id="8d1f2c${q.length}" class="faq_question"><h3 class="faq-question-text">${q}</h3><div class="faq_icon-wrapper w-embed">
<svg width="100%" height="100%" viewBox="0 0 32 32" aria-hidden="true"><path d="M16 4v24M4 16h24" stroke="currentColor"/></svg></div></div>
<div style="height:0px" class="faq_answer"><div class="margin-bottom margin-small"><p>${a}</p></div></div></div>`,
        )
        .join('\n')}</div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><div class="cta_component"><h2 class="heading-style-h3">Still have
questions?</h2>
<p class="text-size-medium">Our hosts answer every email themselves.</p><a href="mailto:stay@fernholt.co.uk" class="button w-button">Email a
host</a></div></div></div></section>
</main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer_top"><div class="footer_newsletter"><div
class="text-size-medium">
Seasonal retreat dates, straight to your inbox.</div><div class="footer_form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="footer_form" aria-label="Newsletter"><input class="form_input w-input" maxlength="256" name="Email"
placeholder="Your email" type="email" id="Email" required=""/><input type="submit" data-wait="Please wait..." class="button is-secondary w-button"
value="Subscribe"/></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! You\u2019re on the
list.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div>
<ul class="footer_links">${links(fFoot, 'footer_link-item')}</ul></div><div class="footer_bottom"><div class="footer_credit">© 2026 Fernholt Retreats Ltd.
Company no. 11820456.</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1b2c3d4e5f60718293a40" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1b2c3d4e5f60718293a40/js/webflow.4b2e1a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout535-webflow-retreat-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([g, qs]) => [g, ...qs.map(([q]) => q)]),
  body: [fIntro, ...fGroups.flatMap(([, qs]) => qs.map(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fNav, 'Book a stay', 'Help centre', 'Still have questions?', 'Our hosts answer every email themselves.', 'Email a host',
    'Seasonal retreat dates, straight to your inbox.', ...fFoot.slice(1), '© 2026 Fernholt Retreats Ltd. Company no. 11820456.',
  ],
};

const nTitle = '6-Day Yoga and Ayurveda Retreat in the Valle Serrano';
const nAbout = [
  j(
    'Spend six days at Quinta do Serrano, a restored farmhouse above a river valley, with two daily yoga classes, Ayurvedic meals and',
    'an individual consultation with our resident practitioner.',
  ),
  'The retreat suits all levels. Classes are small, with no more than ten guests, and the schedule leaves every afternoon free.',
];
const nHighH = 'Highlights';
const nHigh = [
  'Daily hatha yoga and evening pranayama',
  'One Ayurvedic consultation and one abhyanga oil massage',
  'Three plant-based Ayurvedic meals a day',
  'Airport transfer from Porto',
];
const nProgH = 'Program';
const nProg = [
  'Day 1: arrival, welcome tea and an introductory class at sunset.',
  'Days 2 to 5: morning practice at 7:30, brunch, free afternoons, a workshop on Ayurvedic daily routine, evening pranayama.',
  'Day 6: closing circle and departure after brunch.',
];
const nFoodH = 'Food';
const nFood = 'Meals follow Ayurvedic principles and are cooked with vegetables from the quinta\u2019s garden. Vegan and gluten-free diets are catered for.';
const nHost = ['Hosted by Quinta do Serrano', 'Member since 2021', 'Responds within 2 hours', 'Contact host'];
const nReviews: [string, string, string][] = [
  ['Ines', 'March 2026', 'Peaceful, warm hosts and the best dal I have ever eaten.'],
  ['Jonah', 'February 2026', 'The consultation was genuinely useful. Bring a warm jumper for the evenings.'],
];
const nSimilar = ['4-Day Silent Meditation Retreat in Galicia', 'Yoga and Surf Week in Ericeira Coast', 'Weekend Detox at Casa Alba'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>6-Day Yoga and Ayurveda Retreat in the Valle Serrano, Portugal - Retreatwise</title><meta name="description" content="${nAbout[0]}"/>
<link rel="canonical" href="https://www.retreatwise.com/r/yoga-ayurveda-valle-serrano"/><meta property="og:type" content="product"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${nTitle}","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.9","reviewCount":"38"},"offers":{"@type":"Offer","price":"1240","priceCurrency":"USD"}}</script>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/7a1c3e9b2f4d8a06.css" data-precedence="next"/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/pages/r/%5Bslug%5D-8c0e2a1f9b3d4c57.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__k3P9a"><header class="Header_header__Zq1xT"><div class="Header_inner__b7LmE"><a class="Header_logo__Yc2Rr"
href="/" aria-label="Retreatwise home"><svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"/></svg></a><form class="SearchBar_form__aP0qv"
role="search"><label class="visually-hidden" for="q">Search retreats</label><input id="q" class="SearchBar_input__m2Rt8" placeholder="Where or what?"/></form>
<nav class="Header_nav__D4u1E"><a href="/yoga-retreats">Yoga</a><a href="/wellness-retreats">Wellness</a><a href="/meditation-retreats">Meditation</a>
<a href="/list-your-retreat">List your retreat</a><button class="Button_ghost__x8Hq1" type="button">Sign in</button></nav></div></header>
<main class="Listing_main__S5rTq"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__tY3aN"><ol><li><a href="/">Home</a></li><li><a
href="/portugal">Portugal</a></li>
<li><a href="/portugal/yoga-retreats">Yoga retreats in Portugal</a></li></ol></nav>
<div class="Gallery_grid__Hj2kP"><img alt="Yoga shala at Quinta do Serrano" loading="eager" width="960" height="640" decoding="async" data-nimg="1"
src="/_next/image?url=https%3A%2F%2Fcdn.retreatwise.com%2Fl%2F8812%2F1.jpg&amp;w=1920&amp;q=75"/><button class="Gallery_all__c0Lp2">Show all 24
photos</button></div>
<div class="Listing_columns__Nn9Wv"><div class="Listing_content__Gz7cL"><h1 class="Listing_title__vE1uQ">${nTitle}</h1><div class="Listing_meta__u2QpS">
<span class="Rating_stars__q8Mv2" aria-label="Rated 4.9 out of 5">★ 4.9</span><a href="#reviews" class="Rating_count__P1zaL">38 reviews</a>
<span class="Listing_location__e0Hq7">Valle Serrano, Portugal</span></div>
<section class="Section_root__a9Y0r"><h2 class="Section_title__Wc4Nn">About this retreat</h2>${ps(nAbout)}</section>
<section class="Section_root__a9Y0r"><h2 class="Section_title__Wc4Nn">${nHighH}</h2><ul
class="Checklist_list__Rr6Ap">${lis(nHigh, 'Checklist_item__f0Kk3')}</ul></section>
<section class="Section_root__a9Y0r"><h2 class="Section_title__Wc4Nn">${nProgH}</h2>${ps(nProg)}</section>
<section class="Section_root__a9Y0r"><h2 class="Section_title__Wc4Nn">${nFoodH}</h2><p>${nFood}</p></section>
<section class="HostCard_root__p4Ycq"><img alt="" width="56" height="56" src="/_next/image?url=host.jpg&amp;w=128&amp;q=75"/><div><h3
class="HostCard_name__m8Xs0">
${nHost[0]}</h3><p class="HostCard_meta__Vn5vA">${nHost[1]} · ${nHost[2]}</p></div><button class="Button_secondary__T6vhz">${nHost[3]}</button></section>
<section id="reviews" class="Reviews_root__G0v8e"><h2 class="Section_title__Wc4Nn">Reviews</h2>${nReviews
  .map(
    ([who, when, txt]) => `<article class="Review_root__Lx2mQ">
<div class="Review_head__q0Hn4"><span class="Review_author__Bz7pR">${who}</span><time class="Review_date__k1Wd9">${when}</time></div><p>${txt}</p></article>`,
  )
  .join('\n')}
<button class="Button_link__cP8dT">Show all 38 reviews</button></section></div>
<aside class="Listing_aside__wZ0y1"><div class="BookingCard_root__mP3sD"><p class="BookingCard_price__aT6cH">from <strong>US$1,240</strong></p>
<label for="dates" class="BookingCard_label__R2qaX">Available dates</label><select id="dates"><option>4 May – 9 May 2026</option><option>8 Jun – 13 Jun
2026</option>
</select><button class="Button_primary__h0T2s">Check availability</button><p class="BookingCard_note__S1ndq">No booking fees · Free cancellation up to 60
days</p>
</div></aside></div>
<section class="Similar_root__uX4rV"><h2>Similar retreats</h2><ul>${nSimilar
  .map(
    (s) => `<li class="Card_root__Ee2vN"><a
href="/r/${s.length}">${s}</a></li>`,
  )
  .join('')}</ul></section>
</main><footer class="Footer_root__F0Ym8"><p>© 2026 Retreatwise B.V.</p><ul><li><a href="/about">About</a></li><li><a href="/help">Help</a></li>
<li><a href="/privacy">Privacy</a></li></ul></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"listing":{"id":8812,"title":"${nTitle}","rating":4.9,"reviews":38,
"priceFrom":1240}}},"page":"/r/[slug]","query":{"slug":"yoga-ayurveda-valle-serrano"},"buildId":"Xq1vR8k2n","isFallback":false,"gssp":true}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout535-nextjs-retreat-listing',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['About this retreat', nHighH, nProgH, nFoodH],
  body: [...nAbout, ...nHigh, ...nProg, nFood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search retreats', 'Yoga', 'Wellness', 'Meditation', 'List your retreat', 'Sign in', 'Home', 'Portugal', 'Yoga retreats in Portugal', 'Show all 24 photos',
    '★ 4.9', '38 reviews', 'Valle Serrano, Portugal', nHost[0] ?? '', `${nHost[1]} · ${nHost[2]}`, nHost[3] ?? '', 'Reviews', ...nReviews.flat(),
    'Show all 38 reviews', 'from US$1,240', 'Available dates', 'Check availability', 'No booking fees · Free cancellation up to 60 days', 'Similar retreats',
    ...nSimilar, '© 2026 Retreatwise B.V.', 'About', 'Help', 'Privacy',
  ],
};

export const HELDOUT535_C: readonly TestPage[] = [webflow, nextjs];
