import { links, type TestPage, texts } from './page-kit.js';
import { packingSquarespace } from './pages-heldout445-f2.js';
import { j } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file f: a moving company's review listing on a Trustpilot-style review site (Next.js markup with
 * CSS-module classes and data attributes: the business header with TrustScore and star distribution, "Write a review", the
 * filter bar, review cards with consumer name, country, review count, time-ago date, star image, title, text, "Date of
 * experience", Useful / Share buttons and a company reply, the "About" sidebar, pagination, the consent banner and the
 * footer), a listing page where the reviews are the body, and, from file f2, a packing guide on Squarespace.
 */
const tTitle = 'Harbourline Removals';
type Review = { name: string; country: string; count: string; date: string; exp: string; stars: string; title: string; text: string; reply?: string };
const tReviews: Review[] = [
  {
    name: 'Marguerite Fell',
    country: 'GB',
    count: '3 reviews',
    date: '2 days ago',
    exp: 'Date of experience: 27 February 2026',
    stars: '5',
    title: 'Calm, quick and nothing broken',
    text: j(
      'Three men arrived at 8am sharp and had our three-bed house loaded by lunchtime. They wrapped every piece of furniture',
      'and even put the beds back together at the other end. Not a single scratch on anything.',
    ),
  },
  {
    name: 'Obi Lancaster',
    country: 'GB',
    count: '1 review',
    date: '5 days ago',
    exp: 'Date of experience: 20 February 2026',
    stars: '4',
    title: 'Good move, slow paperwork',
    text: j(
      'The move itself was excellent and the crew were friendly. I took a star off because the final invoice took two weeks to',
      'arrive and I had to chase the deposit refund twice.',
    ),
    reply: j(
      'Thank you for the feedback, Obi. You are right that the invoice was late; we have changed how our office closes jobs so',
      'it goes out within two working days.',
    ),
  },
  {
    name: 'Sanne Doorbos',
    country: 'NL',
    count: '7 reviews',
    date: 'Feb 14, 2026',
    exp: 'Date of experience: 10 February 2026',
    stars: '5',
    title: 'International move handled brilliantly',
    text: j(
      'We moved from Harrowgate Bay to Utrecht and Harbourline did the packing, the crossing and the customs forms. Our survey',
      'was by video call and the quote was exactly what we paid. The driver even sent us photos from the ferry.',
    ),
  },
  {
    name: 'Clive Amberley',
    country: 'GB',
    count: '2 reviews',
    date: 'Feb 9, 2026',
    exp: 'Date of experience: 6 February 2026',
    stars: '2',
    title: 'Arrived three hours late',
    text: j(
      'The crew were supposed to arrive at 9 and turned up after midday, which meant we missed our key collection slot. Once',
      'they got going they were careful, but nobody called to tell us they were running late.',
    ),
    reply: j(
      'Clive, we are sorry. The van was held up by an earlier job overrunning and we should have phoned you. Our customer team',
      'has been in touch about a partial refund.',
    ),
  },
  {
    name: 'Roisin Tully',
    country: 'IE',
    count: '4 reviews',
    date: 'Feb 3, 2026',
    exp: 'Date of experience: 31 January 2026',
    stars: '5',
    title: 'Moved my mum’s flat with real care',
    text: j(
      'My mother was moving into sheltered housing and was anxious about the day. The team lead, Kofi, talked her through',
      'everything and set up her armchair by the window before they left. Worth every penny.',
    ),
  },
];
const tNav = ['Categories', 'Blog', 'For businesses', 'Log in'];
const tDist = ['5-star', '4-star', '3-star', '2-star', '1-star'];
const tFoot = ['About us', 'Jobs', 'Contact', 'Trust in reviews', 'Legal', 'Privacy Policy', 'Terms & Conditions', 'Guidelines for Reviewers'];
const card = (r: Review, i: number): string => `<article class="paper_paper__EGeEb paper_outline__bqVmn card_card__yyGgu card_noPadding__OOiac
styles_reviewCard__Qwhpy" data-service-review-card-paper="true"><div class="styles_reviewCardInner__UZk1x"><aside class="styles_consumerInfoWrapper__6HN5O"
aria-label="Info for ${r.name}"><div class="styles_consumerDetailsWrapper__4eZod"><a href="/users/${i}" class="link_internal__Eam_b
styles_consumerDetails__POC79"
data-consumer-profile-link="true"><span class="typography_heading-xs__osRhC typography_appearance-default__t8iAq" data-consumer-name-typography="true">${r.name}
</span><div class="styles_consumerExtraDetails__NY6RP"><span class="typography_body-m__k2UI7 typography_appearance-subtle__PYOVM"
data-consumer-country-typography="true">${r.country}</span><span class="typography_body-m__k2UI7" data-consumer-reviews-count-typography="true">${r.count}
</span></div></a></div></aside><section class="styles_reviewContentwrapper__K2aRu" aria-disabled="false"><div class="styles_reviewHeader__DzoAZ"
data-service-review-rating="${r.stars}"><div class="star-rating_starRating__sdbkn star-rating_medium__Oj7C9"><img
src="https://cdn.trustwell.example/brand-assets/4.1.0/stars/stars-${r.stars}.svg" alt="Rated ${r.stars} out of 5 stars"></div><div
class="typography_body-m__k2UI7 styles_datesWrapper__7nOzS"><time datetime="2026-03-01T10:00:00.000Z" class=""
data-service-review-date-time-ago="true">${r.date}
</time></div></div><div class="styles_reviewContent__SCYfD" aria-hidden="false" data-review-content="true"><a href="/reviews/${i}" class="link_internal__Eam_b"
data-review-title-typography="true"><h2 class="typography_heading-xs__osRhC typography_appearance-default__t8iAq">${r.title}</h2></a><p
class="typography_body-l__v5JLj typography_appearance-default__t8iAq" data-service-review-text-typography="true">${r.text}</p><p
class="typography_body-m__k2UI7 typography_appearance-default__t8iAq" data-service-review-date-of-experience-typography="true">${r.exp}</p></div></section>
<div class="styles_reviewActions__dWaZs"><button class="button_button__T34Lr button_small__hUPCp" data-review-useful-button="true">Useful</button><button
class="button_button__T34Lr button_small__hUPCp" data-review-share-button="true">Share</button></div>${
  r.reply === undefined
    ? ''
    : `<div class="styles_wrapper__ib2L5 styles_reply__cTDRg" data-service-review-business-reply="true"><div class="styles_replyInfo__FEHak"><p
class="typography_body-m__k2UI7 styles_replyCompany__ro_yX" data-service-review-business-reply-title-typography="true">Reply from ${tTitle}</p><time
class="typography_body-m__k2UI7" datetime="2026-03-02T09:00:00.000Z">${r.date === '5 days ago' ? '4 days ago' : 'Feb 10, 2026'}</time></div><p
class="typography_body-m__k2UI7" data-service-review-business-reply-text-typography="true">${r.reply}</p></div>`
}</div></article>`;
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Harbourline
Removals Reviews | Read Customer Service Reviews of harbourline.example</title><meta name="description" content="Do you agree with Harbourline Removals's
TrustScore? Voice your opinion today and hear what 1,284 customers have already said."><link rel="canonical"
href="https://uk.trustwell.example/review/harbourline.example">
<meta name="next-head-count" content="18"><link rel="preload" href="/_next/static/css/6c1c8e9d0a6f4b7e.css" as="style">
<script type="application/ld+json" data-business-unit-json-ld="true">{"@context":"https://schema.org","@graph":[{"@type":"LocalBusiness","name":
"Harbourline Removals","aggregateRating":{"@type":"AggregateRating","bestRating":"5","worstRating":"1","ratingValue":"4.6","reviewCount":"1284"}}]}</script>
</head><body><div id="__next"><div class="styles_wrapper__UPHGC"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make our site work and to analyse how you use it.</p><button
id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Reject all</button></div></div>
<header class="styles_header__lxsOE"><a href="/" class="styles_logo__Z9c9z" aria-label="Trustwell"><svg width="126" height="31"></svg></a><form
class="styles_searchForm__F2zJ1"><input placeholder="Search for a company or category" name="query"></form><nav
class="styles_nav__1lMA5"><ul>${links(tNav)}</ul>
</nav></header><main class="styles_main__b4UXh"><div class="styles_businessUnitHeader__XSn4U" data-business-unit-header="true"><div
class="styles_summary__gEFdQ"><div class="styles_businessUnitMain__PuwB7"><h1 class="typography_default__hIMlQ typography_appearance-default__AAY17
title_title__i9V__"><span class="typography_display-s__qOjh6 title_displayName__TtDDM">${tTitle}</span></h1><span class="styles_reviewsAndRating__gWFfn"><span
class="typography_body-l__KUYFJ">Reviews 1,284</span> <span class="typography_body-l__KUYFJ">•</span> <span class="typography_body-l__KUYFJ">Excellent</span>
</span><div class="styles_rating__pY5Pk"><p class="typography_body-l__KUYFJ" data-rating-typography="true">4.6</p></div><div class="styles_verified__e3Ub3">
<span>Verified Company</span></div></div><div class="styles_ctas__pK1oM"><a href="/evaluate/harbourline.example" class="button_button__T34Lr
button_primary__p1Q8k">Write a review</a><a href="https://harbourline.example" class="link_external__Yc5mI">Visit website</a></div></div></div>
<div class="styles_mainContent__nFxAv"><section class="styles_reviewsContainer__3_GQw"><div class="styles_header__yrrqf"><h2
class="typography_heading-m__T_L_X">
Reviews</h2><div class="styles_filters__q8_No"><button class="button_button__T34Lr">Filter</button><button class="button_button__T34Lr">Sort: Most
recent</button>
</div><ul class="styles_ratingDistribution__N7Nq5">${tDist
  .map((d, i) => `<li><span>${d}</span><span>${['82%', '9%', '3%', '2%', '4%'][i]}</span></li>`)
  .join('')}
</ul></div>${tReviews.map(card).join('\n')}
<nav class="styles_pagination__6VmQv" aria-label="Pagination"><a class="pagination-link_disabled__7qfis" name="pagination-button-previous">Previous page</a><a
href="?page=2" name="pagination-button-2">2</a><a href="?page=3" name="pagination-button-3">3</a><a href="?page=2" name="pagination-button-next">Next
page</a></nav>
</section><aside class="styles_sidebar__nE0hv"><div class="styles_card__JEnXo"><h2 class="typography_heading-xs__osRhC">About ${tTitle}</h2><p
class="typography_body-m__k2UI7 styles_descriptionHeader__QqG8i">Information written by the company</p><p class="typography_body-m__k2UI7">Family-run
removals and storage in the Vale since 1987.</p><ul class="styles_contactInfo__0ACNR"><li>01632 960 233</li><li>hello@harbourline.example</li></ul></div>
<div class="styles_card__JEnXo"><h2 class="typography_heading-xs__osRhC">People also looked at</h2><ul>${links([
  'Valeline Movers',
  'Kestrel & Lowe Removals',
  'Stowhaus Storage',
])}</ul></div></aside></div></main>
<footer class="styles_footer__QSbBS"><ul>${links(tFoot)}</ul><p class="typography_body-s__aY15Q">© 2026 Trustwell A/S. All rights
reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"businessUnit":{"id":"5f0c1e","displayName":"Harbourline Removals",
"numberOfReviews":1284,"trustScore":4.6}}},"page":"/review/[businessUnit]","buildId":"businessunitprofile-consumersite-2026.3.1"}</script></body></html>`;
const reviewsListing: TestPage = {
  name: 'heldout445-trustpilot-style-reviews-forum',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tReviews.flatMap((r) => [r.title, r.text, ...(r.reply === undefined ? [] : [r.reply])])),
  bylines: [...tReviews.flatMap((r) => [r.name, r.count, r.date, r.exp]), 'Reply from Harbourline Removals', '4 days ago', 'Feb 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make our site work and to analyse how you use it.', 'Accept all cookies', 'Reject all', ...tNav, 'Reviews 1,284', 'Excellent', '4.6',
    'Verified Company', 'Write a review', 'Visit website', 'Reviews', 'Filter', 'Sort: Most recent', ...tDist, '82%', 'Useful', 'Share', 'Previous page',
    'Next page', 'About Harbourline Removals', 'Information written by the company', 'Family-run removals and storage in the Vale since 1987.', '01632 960 233',
    'hello@harbourline.example', 'People also looked at', 'Valeline Movers', 'Kestrel & Lowe Removals', 'Stowhaus Storage', ...tFoot,
    '© 2026 Trustwell A/S. All rights reserved.',
  ],
};

export const HELDOUT445_F: readonly TestPage[] = [reviewsListing, packingSquarespace];
