import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file d2: a Quartz article on its styled-components template (generated class names, the header with the
 * sections and "Newsletters", the category link, headline, byline with date, the "In This Story" ticker strip, the lead photo
 * with caption and credit, the body with one h3 and an inline "Read more" link card, the Daily Brief signup, the "Up Next"
 * list, the consent bar and the footer).
 */
const qzTitle = 'Empty shipping containers are piling up in Southeast Asia again';
const qzBody1 = [
  'The boxes are back. At the ports of Tanjung Pelepas in Malaysia and Laem Chabang in Thailand, stacks of empty shipping containers have ' +
    'grown for three straight months, according to data from the logistics analytics firm Portwise, a sign that the flow of goods between ' +
    'Asia and the rest of the world is falling out of balance again.',
  'Empty containers pile up when more goods arrive at a port than leave it, or when carriers decide it is not worth paying to ship empty ' +
    'boxes back to where they are needed. Both are happening now. Exports from Southeast Asian factories to the U.S. slowed in the final ' +
    'quarter of 2025 as importers worked through stockpiles they had built ahead of tariff increases, while imports into the region kept growing.',
  'Portwise estimates that the share of empty boxes in yards at the region’s ten biggest ports reached 38% in January, up from 27% a year ' +
    'earlier and the highest level since the spring of 2023.',
];
const qzH3 = 'Cheaper freight, for now';
const qzBody2 = [
  'For shippers, the glut is mostly good news. Spot rates for a 40-foot container from Singapore to Los Angeles have fallen by about a fifth ' +
    'since November, and carriers have started offering discounts on contract rates for the coming year, freight brokers say.',
  '“Anyone signing contracts this quarter has leverage they haven’t had in two years,” said Hannah Whitlock, head of ocean procurement at ' +
    'the forwarding company Clearwater Logistics. “The carriers know the boxes are sitting there.”',
  'For the carriers themselves, the picture is less comfortable. Container lines took delivery of a record number of new ships in 2024 and ' +
    '2025, and more are on order. If demand stays soft, analysts expect some lines to cancel sailings or send older ships to the scrapyard ' +
    'earlier than planned.',
  'The imbalance is unlikely to last forever. Shipping is cyclical, and the empty stacks of 2023 cleared within months once demand ' +
    'recovered. But Portwise’s chief economist, Tomasz Wierzbicki, said the region’s ports may need more yard space in the meantime. ' +
    '“Nobody builds a port for the average day,” he said. “They build it for the worst one.”',
];
const qzReadMore = 'The world’s biggest container ships are getting too big for the world’s ports';
const qzStory = [
  ['MAERSK-B.CO', '-1.84%'],
  ['ZIM', '-3.12%'],
  ['HLAG.DE', '-0.97%'],
];
const qzNav = ['Latest', 'Tech & Innovation', 'Finance & Investing', 'Economy', 'Lifestyle', 'Leadership', 'Newsletters'];
const qzUpNext = [
  'Why the price of cocoa is finally falling',
  'Airlines are quietly adding seats to the back of the plane',
  'The U.S. trade deficit just hit a three-year low',
  'India’s iPhone exports doubled last year',
];
const qzFoot = ['About', 'Ethics', 'Contact', 'Advertise', 'Privacy', 'Terms', 'Sitemap', 'Manage Preferences'];
const qzCaption = 'Containers stacked at the port of Laem Chabang, Thailand.';
const qzCredit = 'Photo: Kittipong Srisuk / Reuters';
const qzHtml =
  `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Empty shipping containers are piling up in Southeast Asia again</title>
<link rel="canonical" href="https://qz.com/empty-shipping-containers-southeast-asia-ports-1851774420">
<meta property="og:site_name" content="Quartz"><meta name="twitter:site" content="@qz">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qzTitle}","datePublished":"2026-01-29T11:30:00-05:00",
"author":[{"@type":"Person","name":"Aditi Ramaswamy","url":"https://qz.com/author/aditiramaswamy"}],
"publisher":{"@type":"Organization","name":"Quartz"}}</script>
<style data-styled="active">.sc-1eow4w5-0{display:flex}.sc-77igqf-0{font-size:18px;line-height:1.6}.sc-1cf4ulr-2{color:#9a9a9a}</style></head>
<body><div id="__next"><header class="sc-1e4xbq2-0 ixsBqV"><a href="https://qz.com/" class="sc-1out364-0 dPMosf" aria-label="Quartz home"><svg></svg></a>
<nav class="sc-1e4xbq2-3 kRLQvp"><ul>${links(qzNav, 'sc-1e4xbq2-4 gnYxUM')}</ul></nav>
<button class="sc-1e4xbq2-7 bUuxDF" aria-label="Search"><svg></svg></button><a class="sc-1e4xbq2-8 hTfyja" href="/account/login">Log in</a></header>
<main class="sc-11qwj9y-0 hnXJhB"><div class="js_starterpost"><header class="sc-1efpnfq-0 iXYjLS">
<a class="sc-1out364-0 dPMosf js_link" href="https://qz.com/economics">Economics</a>
<h1 class="sc-1efpnfq-0 cVnDtX">${qzTitle}</h1>
<div class="sc-1jc3ukb-0 dFSkMf"><div class="sc-1jc3ukb-2 hIlyDM">By <a class="sc-1out364-0 dPMosf js_link" data-ga="[[&quot;Byline&quot;]]"
href="https://qz.com/author/aditiramaswamy">Aditi Ramaswamy</a></div>
<time class="sc-1cf4ulr-2 fDWLnc" datetime="2026-01-29T11:30:00-05:00">Published January 29, 2026</time></div></header>
<div class="sc-1cxikrz-0 fWmLzs in-this-story"><span class="sc-1cxikrz-1 bzhjQF">In This Story</span>
${qzStory
  .map(
    ([s, c]) => `<a class="sc-1cxikrz-2 kPlmfA" href="/quote/${s}"><span>${s}</span>
<span class="sc-1cxikrz-3 jCfVqZ">${c}</span></a>`,
  )
  .join('\n')}</div>
<figure class="sc-1eow4w5-0 jTHiBb"><img src="https://i.kinja-img.com/image/upload/c_fill,h_675,w_1200/port-containers.jpg" alt="${qzCaption}">
<figcaption class="sc-1eow4w5-2 bAlwBA"><span>${qzCaption}</span><span class="sc-1eow4w5-3 kbqHTA">${qzCredit}</span></figcaption></figure>
<div class="sc-r43lxo-1 cwnrYD js_post-content">
${qzBody1.map((p) => `<p class="sc-77igqf-0 fnnahv">${p}</p>`).join('\n')}
<aside class="sc-1k6ix6o-0 hERgUl read-more"><span class="sc-1k6ix6o-1 fqTbUi">Read more</span>
<a href="https://qz.com/container-ships-too-big-ports-1851700213">
<div class="sc-1k6ix6o-2 bphXcK">${qzReadMore}</div></a></aside>
<h3 class="sc-1st8ho-0 fKLyhR">${qzH3}</h3>
${qzBody2.map((p) => `<p class="sc-77igqf-0 fnnahv">${p}</p>`).join('\n')}
</div>
<div class="sc-2fhx2r-0 gIfzNF newsletter-inline"><h4>Quartz Daily Brief</h4><p>Our free, fast, and fun briefing on the global economy, delivered every ` +
  `weekday morning.</p><input type="email" aria-label="Email address" placeholder="Enter your email"><button>Sign me up</button>
<p class="sc-2fhx2r-3 cmBZAC">By providing your email, you agree to the Quartz Privacy Policy.</p></div></div>
<section class="sc-9yq8mm-0 eDEhzg up-next"><h2>Up Next</h2><ul>${links(qzUpNext, 'sc-9yq8mm-1 kPWtUc')}</ul></section></main>
<div class="sc-19q8i9k-0 consent-bar" role="dialog" aria-live="polite"><p>We use cookies and similar technologies to improve your ` +
  `experience. <a href="/privacy">Learn more</a></p><button>Accept</button><button>Manage settings</button></div>
<footer class="sc-1ryy95c-0 bqgTpV"><a href="/" aria-label="Quartz home"><svg></svg></a><ul>${links(qzFoot, 'sc-1ryy95c-2 cRfYnQ')}</ul>
<p>© 2026 Quartz Media, Inc. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":1851774420,"blogId":1635914}},"page":"/post"}</script></body></html>`;
export const quartzArticle: TestPage = {
  html: qzHtml,
  name: 'heldout52-quartz-article',
  kind: 'news',
  // no dek; the h3 is the one heading; "Aditi Ramaswamy" and the published date are bylines ("By" in neither); the "In
  // This Story" ticker strip with its symbols and changes, the category link, the caption and photo credit, the "Read more"
  // link card between paragraphs, the Daily Brief signup, "Up Next", the consent bar, header and footer are furniture; the
  // footer's "About" is a body word ("about a fifth"): left out
  title: qzTitle,
  headings: [qzH3],
  body: [...texts(qzBody1), ...texts(qzBody2)],
  bylines: ['Aditi Ramaswamy', 'Published January 29, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qzNav, 'Log in', 'Economics', 'In This Story', ...qzStory.flat(), qzCaption, qzCredit, 'Read more', qzReadMore, 'Quartz Daily Brief',
    'Our free, fast, and fun briefing on the global economy, delivered every weekday morning.', 'Sign me up',
    'By providing your email, you agree to the Quartz Privacy Policy.', 'Up Next', ...qzUpNext,
    'We use cookies and similar technologies to improve your experience.', 'Learn more', 'Accept', 'Manage settings', ...qzFoot.slice(1),
    '© 2026 Quartz Media, Inc. All rights reserved.',
  ],
};
