import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file e2: an electric utility's storm update in its Next.js newsroom (`__next` root, CSS-module class
 * names, the outage alert strip, the utility header with Outage Map and Pay Bill, the newsroom subnav, the category label,
 * the date and "Media contact" lines, the share buttons, the outage table, the "Report an outage" callout, the related news
 * cards, the media contact box, the footer, and the `__NEXT_DATA__` script).
 */
const uTitle = 'Storm update: crews restore power to 118,000 customers; most remaining outages to be restored by Saturday night';
const uLead = [
  j(
    'TARROW, Calder - Valley Crest Power crews and more than 1,400 line workers from eight neighboring states restored service to',
    'about 118,000 customers since Wednesday’s line of severe thunderstorms, which brought winds of up to 80 miles per hour and',
    'knocked out power to nearly 164,000 homes and businesses at its peak.',
  ),
  j(
    'As of 6 a.m. Friday, about 46,000 customers remained without power, most of them in Pell, Orvale and Ashby counties, where',
    'the damage was heaviest. The company expects to restore power to the vast majority of customers by 11:59 p.m. Saturday.',
  ),
];
const uH = ['Estimated restoration times by county', 'Why some repairs take longer', 'Safety reminders'];
const uRows: [string, string, string][] = [
  ['Pell', '19,450', 'Saturday, 11:59 p.m.'],
  ['Orvale', '14,120', 'Saturday, 11:59 p.m.'],
  ['Ashby', '8,730', 'Saturday, 6 p.m.'],
  ['Corran', '2,260', 'Friday, 11:59 p.m.'],
  ['Glenrose', '1,440', 'Friday, 6 p.m.'],
];
const uWhy = [
  j(
    'Damage assessors have identified more than 900 broken poles and 2,100 spans of downed wire. In many places, crews must first',
    'clear fallen trees before they can set new poles, and some of the hardest-hit areas are reachable only by tracked vehicles.',
  ),
  j(
    'Crews restore power first to hospitals, water treatment plants and other critical facilities, then to the lines that serve the',
    'most customers, and finally to smaller groups and individual homes.',
  ),
  j(
    'Customers whose own equipment was damaged, such as the weatherhead or meter base on the side of a house, will need a licensed',
    'electrician to make repairs before the company can reconnect service. Crews will leave a door tag explaining what is needed.',
  ),
  j(
    'The company will open two more community charging and ice distribution sites on Friday afternoon, at Corran Community Center',
    'and Glenrose Middle School. Customers can check the status of their outage at any time by text or on the outage map.',
  ),
];
const uSafety = [
  'Stay at least 35 feet away from downed power lines and anything touching them, and report them at once.',
  'Never run a portable generator indoors or in a garage, and do not plug it into a household outlet.',
  'Customers who use medical equipment that needs electricity should have a backup plan or go to a cooling center.',
];
const uRelated = ['Valley Crest Power opens two community charging stations in Orvale', 'How we prepare for storm season'];
const uFoot = ['Careers', 'Investors', 'Suppliers', 'Privacy', 'Terms of Use', 'Accessibility', 'Contact Us'];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Storm update: crews restore power to 118,000 customers | Valley Crest Power News Center</title>
<meta name="description" content="Crews restored service to about 118,000 customers since Wednesday's storms."/>
<meta property="og:title" content="${uTitle}"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2026-07-17T06:30:00-05:00",
"publisher":{"@type":"Organization","name":"Valley Crest Power"}}</script>
<link rel="preload" href="/_next/static/css/8b1f0c2a9e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1f0c2a9e.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4a1e0b3c.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-9d2a.js" defer=""></script>
</head><body><div id="__next"><div class="OutageBanner_banner__x2Lq1" role="alert"><p>Storm restoration in progress.
<a href="/outages">Check the outage map</a></p></div>
<header class="Header_header__kq0Vb"><a class="Header_logo__Z3a9Q" href="/">Valley Crest Power</a><nav class="Header_nav__1cF2d"><ul>
<li><a href="/outages/map">Outage Map</a></li><li><a href="/account/pay">Pay Bill</a></li><li><a href="/start-stop">Start, Stop or Move</a></li>
<li><a href="/save">Save Energy</a></li></ul></nav><a class="Header_login__p0Z8a" href="/login">Sign In</a></header>
<nav class="NewsNav_subnav__d9U2x" aria-label="News Center"><a href="/news">News Center</a><a href="/news/releases">News Releases</a>
<a href="/news/storm">Storm Center</a><a href="/news/media-kit">Media Kit</a></nav>
<main class="Article_main__L1b2c"><article class="Article_article__Rt7nS"><p class="Article_category__oM3sQ">Storm Center</p>
<h1 class="Article_title__bE5wK">${uTitle}</h1><div class="Article_meta__a7Uy3"><time dateTime="2026-07-17T06:30:00-05:00">July 17, 2026</time>
<span class="Article_updated__Vd0kR">Updated 9:15 a.m. CDT</span></div>
<div class="ShareButtons_share__Hk2pQ"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on LinkedIn">LinkedIn</button>
<button aria-label="Copy link">Copy link</button></div>
<div class="RichText_richText__s9DkX">
${ps(uLead)}
<h2>${uH[0]}</h2><table class="RichText_table__Q1e0Z"><thead><tr><th>County</th><th>Customers out</th><th>Estimated restoration</th></tr></thead><tbody>
${uRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>${uH[1]}</h2>
${ps(uWhy)}
<div class="Callout_callout__c4Vn2"><p class="Callout_title__pQ8x1">Report an outage</p><p>Text OUT to 55501 or call 1-800-555-0110.</p></div>
<h2>${uH[2]}</h2><ul>${uSafety.map((s) => `<li>${s}</li>`).join('\n')}</ul></div>
<aside class="MediaContact_box__Yt6aL"><h3>Media contact</h3><p>Corin Abbate, 555-010-7720</p></aside></article>
<section class="Related_related__n3JtT"><h2>Related news</h2>${uRelated.map((r) => `<a class="Card_card__7sQwe" href="/news/"><h3>${r}</h3></a>`).join('\n')}
</section></main>
<footer class="Footer_footer__hG3Pz"><ul>${uFoot.map((f) => `<li><a href="/">${f}</a></li>`).join('')}</ul>
<p>© 2026 Valley Crest Power Company. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"storm-update-july-17","category":"storm"}},"page":"/news/[slug]",
"query":{"slug":"storm-update-july-17"},"buildId":"vcp-2026-07-01","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const storm: TestPage = {
  name: 'heldout359-nextjs-utility-storm-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts([...uLead, ...uRows.flat(), ...uWhy, ...uSafety]),
  bylines: ['July 17, 2026', 'Updated 9:15 a.m. CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Storm restoration in progress. Check the outage map', 'Outage Map', 'Pay Bill', 'Start, Stop or Move', 'Save Energy', 'Sign In',
    'News Center', 'News Releases', 'Storm Center', 'Media Kit', 'Facebook', 'LinkedIn', 'Copy link', 'Report an outage',
    'Text OUT to 55501 or call 1-800-555-0110.',
    'Media contact', 'Corin Abbate, 555-010-7720', 'Related news', ...uRelated, ...uFoot, '© 2026 Valley Crest Power Company. All rights reserved.',
  ],
};
