import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file f2: a Trustpilot-style company profile page (Next.js with CSS-module class names and
 * __NEXT_DATA__; the business header with TrustScore, star rating and review count, "Write a review" button, the "About"
 * box written by the company, which is the article, company details, rating distribution, review cards with the
 * reviewers' names, countries, dates and the company's replies, which are all comments, pagination, footer).
 */
const pTitle = 'Voltway Electronics';
const pAbout = [
  j(
    'Voltway Electronics is an independent online retailer of televisions, laptops, headphones and small kitchen appliances,',
    'founded in 2011 by two brothers who started out repairing radios in a market arcade.',
  ),
  j(
    'We sell more than 6,000 products from over 90 brands and deliver to every mainland address, with next-day delivery on',
    'orders placed before 8pm. Every product comes with our 45-day returns promise, fifteen days longer than the law requires.',
  ),
  j(
    'If something goes wrong, our in-house support team in Tarrowby answers calls seven days a week. We read every review on',
    'this page and reply to as many as we can, because your feedback is how we improve.',
  ),
];
const pReviews = [
  [
    'Gwendolyn A.',
    'GB',
    'Mar 12, 2026',
    'Fast delivery, honest refund',
    'My headphones had a crackle in one ear. I emailed on a Sunday and had a returns label within an hour and a refund four days later.',
  ],
  [
    'Tobias R.',
    'IE',
    'Mar 9, 2026',
    'Still waiting for my laptop',
    'Ordered a laptop for my daughter three weeks ago. The tracking has not moved in ten days and nobody answers the chat.',
  ],
  [
    'Mehreen K.',
    'GB',
    'Mar 4, 2026',
    'Good prices, average packaging',
    'The toaster arrived with a dented box but works fine. Cheaper than the big chains by about twenty pounds.',
  ],
] as const;
const pReply = j(
  'Hi Tobias, we are sorry about the delay. Our courier has confirmed the parcel was held at a depot, and we have sent a',
  'replacement by express delivery today. Voltway Customer Care',
);
const pDist = ['5-star 64%', '4-star 14%', '3-star 6%', '2-star 4%', '1-star 12%'];
const pNav = ['Categories', 'Blog', 'Log in', 'For businesses'];
const pData = JSON.stringify({ props: { pageProps: { businessUnit: { displayName: pTitle, trustScore: 4.1, numberOfReviews: 2431 } } }, page: '/review/[id]' });
const pHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Voltway Electronics Reviews | Read Customer Service Reviews of
voltway.example</title><meta name="description" content="Do you agree with Voltway Electronics's TrustScore? Voice your opinion today.">
<meta property="og:type" content="website"><meta name="next-head-count" content="14">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"LocalBusiness","name":"${pTitle}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.1","reviewCount":"2431"}}]}</script>
<script src="/_next/static/chunks/main-app-9a1d.js" async></script></head>
<body><div id="__next"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use
cookies to give you a better experience and to show you relevant ads.</p><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button></div>
<header class="styles_header__Gvz2n"><a class="styles_logo__p1X8x" href="/" aria-label="Trustpilot">Trustpilot</a><form class="styles_search__f9TnZ"
role="search"><input placeholder="Search for a company or category" aria-label="Search"></form><nav class="styles_nav__xJ0Pa"><ul>${links(pNav)}</ul>
</nav></header>
<main class="styles_main__kwf9O"><div class="styles_businessUnitHeader__m0sWH"><div class="styles_summary__gEFdQ"><h1 class="typography_default__hIMlQ
typography_appearance-default__AAY17 title_title__i9V__"><span class="title_displayName__TtDDM">${pTitle}</span></h1>
<div class="styles_reviewsAndRating__Syz6V">
<span class="styles_reviewCount__Q9PWz">Reviews 2,431</span> <span class="styles_ratingLabel__4Jlqp">Great</span></div>
<p class="typography_body-l__KUYFJ styles_trustScore__8emxJ">TrustScore 4.1 out of 5</p><span class="styles_claimed__t1ZiW">Claimed profile</span></div>
<a class="button_button__T34Lr button_primary__YUPHA" href="/evaluate/voltway.example">Write a review</a></div>
<div class="styles_body__WGwpE"><section class="styles_aboutSection__3zq2B"><h2 class="typography_heading-xs__jSwUz">About Voltway Electronics</h2>
<p class="styles_writtenBy__d4Kc2">Information written by the company</p><div class="styles_container__9nZxD">${ps(pAbout)}</div>
<div class="styles_contactInfo__6uB0E"><h3>Contact info</h3>
<ul>${['Tarrowby, United Kingdom', 'support@voltway.example', 'voltway.example'].map((c) => `<li>${c}</li>`).join('')}</ul>
</div></section><section class="styles_ratingDistribution__Ea1Lq"><h2>Rating distribution</h2><ul>${pDist.map((d) => `<li>${d}</li>`).join('')}</ul></section>
<section class="styles_reviewListContainer__2bg_p" aria-label="Reviews"><h2>Reviews</h2>
${pReviews
  .map(
    ([
      name,
      country,
      date,
      title,
      text,
    ]) => `<article class="styles_reviewCard__hcAvl" data-service-review-card-paper="true"><div class="styles_consumerDetails__ZFieb">
<span class="typography_heading-xxs__QKBS8 styles_consumerName__dP8Um">${name}</span><div class="styles_consumerExtraDetails__fxS4S">
<span class="typography_body-m__xgxZ_">${country}</span></div></div><div class="styles_reviewHeader__iU9Px"><time datetime="2026">${date}</time></div>
<div class="styles_reviewContent__0Q2Tg"><h2 class="typography_heading-s__f7029">${title}</h2><p class="typography_body-l__KUYFJ">${text}</p></div>
${
  name === 'Tobias R.'
    ? `<div class="styles_replyContainer__JzXnV"><p class="styles_replyCompany__ro_yX">Reply from Voltway Electronics</p>
<p>${pReply}</p></div>`
    : ''
}
<div class="styles_reviewActions__ZnC8C"><button>Useful</button><button>Share</button></div></article>`,
  )
  .join('\n')}
<nav class="pagination_pagination___F1qS" aria-label="Pagination"><a href="?page=2">Next page</a></nav></section></div></main>
<footer class="styles_footer__s2IuT"><ul>${links(['About us', 'Jobs', 'Contact', 'Trust in reviews', 'Legal', 'Privacy Policy'])}</ul>
<p>© 2026 Trustpilot A/S. All rights reserved.</p></footer></div><script id="__NEXT_DATA__" type="application/json">${pData}</script></body></html>`;
const trust: TestPage = {
  name: 'heldout346-trustpilot-company-page-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['About Voltway Electronics'],
  body: texts(pAbout),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you a better experience and to show you relevant ads.', 'Accept all', 'Cookie settings', 'Trustpilot', ...pNav, 'Reviews 2,431',
    'Great', 'TrustScore 4.1 out of 5', 'Claimed profile', 'Write a review', 'Information written by the company', 'Contact info', 'Tarrowby, United Kingdom',
    'support@voltway.example',
    'Rating distribution', ...pDist, 'Reviews', ...pReviews.flatMap(([n, , d, t, x]) => [n, d, t, x]), 'Reply from Voltway Electronics',
    pReply, 'Useful', 'Share', 'Next page', 'About us', 'Jobs', 'Contact', 'Trust in reviews', 'Legal', 'Privacy Policy',
    '© 2026 Trustpilot A/S. All rights reserved.',
  ],
};

export const HELDOUT346_F2: readonly TestPage[] = [trust];
