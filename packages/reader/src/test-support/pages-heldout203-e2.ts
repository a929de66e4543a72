import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 203, file e2: a Condé Nast Traveller (UK) hotel review on the Condé Nast "verso" template (the navigation
 * with "Newsletter" and "Subscribe", the "Hotels" rubric, hed, dek, byline and date, the venue info box with address,
 * price and a "Check availability" button, the review's fixed sections ("Why book?", "Set the scene" ...), gallery
 * captions, "Advertisement" slots, a subscription promo inside the body, "More from Condé Nast Traveller", the cookie
 * banner and the footer).
 */
const title = 'Casa Alvor, Algarve: hotel review';
const dek = 'A restored sardine cannery on a quiet stretch of the western Algarve becomes a 24-room hotel with one of the best pools on the coast.';
const sections: [string, string][] = [
  [
    'Why book?',
    'For a stylish, unhurried base on a stretch of coast that still feels local, with a pool you will not want to leave and ' +
      'a kitchen that takes the region’s fish seriously.',
  ],
  [
    'Set the scene',
    'Guests are mostly couples from Lisbon and London, with a sprinkling of Dutch families in the school holidays. By ' +
      'mid-morning the long pool terrace is dotted with paperbacks and half-finished glasses of orange juice.',
  ],
  [
    'The backstory',
    'The building was a sardine cannery until 1978, then a boatyard, then a ruin. Lisbon architects Atelier Rocha spent ' +
      'four years restoring it for owners Inês and Duarte Salgado, keeping the tiled loading bays and the tall brick chimney.',
  ],
  [
    'The rooms',
    'The 24 rooms are cool and spare, with lime-washed walls, oak floors and linen in shades of sand. The best are the six ' +
      'Chimney Suites, which have private terraces facing the estuary. Bathrooms are large, with walk-in showers and local ' +
      'fig-leaf toiletries.',
  ],
  [
    'Food and drink',
    'Dinner at Lota, the restaurant in the old packing hall, is the highlight: grilled carapau, clams with coriander and ' +
      'a rice dish with whatever the boats brought in. Breakfast is served until noon, which deserves a prize of its own.',
  ],
  [
    'The neighbourhood',
    'Alvor’s fishing harbour is a ten-minute walk along the boardwalk, and the long sands of Praia dos Três Irmãos are a ' +
      'short drive away. Staff will book a boat to the caves at Ponta da Piedade.',
  ],
  ['The service', 'Warm and unfussy. Our request for a late checkout was met with a smile and a bag of oranges from the garden.'],
  [
    'Eco effort',
    'Solar panels on the old drying sheds provide most of the hotel’s hot water, and the kitchen buys almost all of its fish ' +
      'and vegetables from within 30 kilometres.',
  ],
  ['Accessibility', 'Four ground-floor rooms are fully accessible, and a lift serves the upper floors and the roof terrace.'],
  ['Anything left to mention?', 'The hotel shuts from mid-November to February. Book a Chimney Suite well ahead for summer.'],
];
const info = ['Address: Rua da Ribeira 12, 8500-006 Alvor, Portugal', 'Price: Doubles from £260', 'Check availability'];
const nav = ['Destinations', 'Hotels', 'Food & Drink', 'Travel Tips', 'Hot List', 'Gold List', 'Shopping'];
const caps = ['The pool terrace faces the estuary.', 'A Chimney Suite with its private terrace.'];
const credit = 'Photo: Nuno Ventura';
const promo = ['Subscribe to Condé Nast Traveller', 'Get 6 issues for £6 and a free gift.', 'Subscribe now'];
const more = ['The best hotels in the Algarve', 'A weekend in Lagos, Portugal', 'The Hot List 2025: the best new hotels in the world'];
const cookie = 'We use cookies to make our site work, to measure its performance and to show you personalised ads.';
const foot = ['About us', 'Careers', 'Contact', 'Newsletter', 'Terms & conditions', 'Privacy policy', 'Cookie settings'];
const legal = '© Condé Nast Britain 2025. Condé Nast Traveller may earn a portion of sales from products purchased through our site.';
const ad = '<div class="ad ad--in-content"><div class="ad__label">Advertisement</div><div class="ad__slot"></div></div>';
const sec = (s: [string, string]): string => `<h2>${s[0]}</h2>\n<p>${s[1]}</p>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${title} | Condé Nast Traveller</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:site_name" content="Condé Nast Traveller"><link rel="canonical" href="https://www.cntraveller.com/hotels/portugal/casa-alvor">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"${title}","itemReviewed":{"@type":"Hotel",
"name":"Casa Alvor","address":"Rua da Ribeira 12, Alvor"},"author":{"@type":"Person","name":"Beatrice Orme"},"datePublished":"2025-07-21"}</script>
</head><body><div id="app-root"><div class="page-wrapper"><a class="SkipLinkWrapper" href="#main-content">Skip to main content</a>
<header class="StandardNavigationWrapper" role="banner"><a href="/"><span class="visually-hidden">Condé Nast Traveller</span></a>
<nav aria-label="Main"><ul>${links(nav, 'NavigationListItem')}</ul></nav><a href="/newsletter">Newsletter</a><a href="/subscribe">Subscribe</a></header>
<main id="main-content"><article class="article main-content venue-review"><header class="ContentHeaderWrapper">
<div class="RubricWrapper"><a href="/hotels"><span class="RubricName">Hotels</span></a></div>
<h1 data-testid="ContentHeaderHed" class="ContentHeaderHed-NCyCC">${title}</h1><div class="ContentHeaderDek">${dek}</div>
<div class="BylinesWrapper"><span class="BylinePreamble">By </span><a class="BylineLink" href="/contributor/beatrice-orme">
<span class="BylineName">Beatrice Orme</span></a></div><time data-testid="ContentHeaderPublishDate" datetime="2025-07-21">21 July 2025</time>
<figure><img alt="" src="https://media.cntraveller.com/photos/alvor-0.jpg"><figcaption><span class="CaptionText">${caps[0]}</span>
<span class="CaptionCredit">${credit}</span></figcaption></figure></header>
<aside class="VenueInfoWrapper" data-testid="VenueInfo"><ul><li class="VenueAddress">${info[0]}</li><li class="VenuePrice">${info[1]}</li></ul>
<a class="VenueBookButton" href="https://casaalvor.example" rel="sponsored">${info[2]}</a></aside>
<div class="ArticlePageChunks"><div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
${sections.slice(0, 3).map(sec).join('\n')}
</div></div>${ad}<div class="BodyWrapper" data-journey-hook="client-content"><div class="body__inner-container">
${sections.slice(3, 5).map(sec).join('\n')}
<figure><img alt="" src="https://media.cntraveller.com/photos/alvor-1.jpg"><figcaption><span class="CaptionText">${caps[1]}</span>
<span class="CaptionCredit">${credit}</span></figcaption></figure>
<div class="ConsumerMarketingUnitThemedWrapper"><h3>${promo[0]}</h3><p>${promo[1]}</p><a href="/subscribe">${promo[2]}</a></div>
${sections.slice(5).map(sec).join('\n')}
</div></div></div></article>
<aside class="RecircWrapper"><h2>More from Condé Nast Traveller</h2><ul>${links(more, 'SummaryItem')}</ul></aside>${ad}</main>
<footer class="StandardFooterWrapper"><ul>${links(foot, 'FooterLink')}</ul><p>${legal}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>${cookie}</p>
<button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Manage settings</button></div></div>
<script src="https://www.cntraveller.com/verso/static/cnt/assets/main.js" defer></script></body></html>`;

export const cntPage: TestPage = {
  name: 'heldout203-conde-nast-traveller-news',
  kind: 'news',
  html,
  title,
  headings: sections.map((s) => s[0]),
  body: texts([dek, ...sections.map((s) => s[1])]),
  bylines: ['Beatrice Orme', '21 July 2025'],
  // the venue info box (address, price) is in neither list, its booking button is furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Newsletter', 'Subscribe', ...caps, credit, info[2] as string, 'Advertisement', ...promo,
    'More from Condé Nast Traveller', ...more, ...foot.filter((t) => t !== 'Newsletter'), legal, cookie, 'Accept all', 'Manage settings',
  ],
};
