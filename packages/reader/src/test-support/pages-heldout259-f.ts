import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file f: a Times of India-style city story (obfuscated class names, the body as one `div` of text runs
 * separated by `<br>` rather than paragraphs, "TNN" byline with "Updated:" time, text-size and share controls, "Also read"
 * promo inside the body, "Visual Stories", "Trending" and "From around the web" ad rails, and the Bennett, Coleman footer)
 * and a Le Monde in English-style article (standfirst, "Published on ... , updated ..." line, reading time, "Read more"
 * sibling link with "Subscribers only", the paywall notice after the free part, the translation note and services footer).
 */
const tTitle = 'Civic body to add 40 e-buses on city routes by June';
const tBody = [
  j(
    'VRINDAPUR: The municipal corporation will add 40 electric buses to its city fleet by the end of June, taking the number of',
    'e-buses on Vrindapur roads to 115, officials said on Wednesday.',
  ),
  j(
    'The new buses will run on six routes that currently see the heaviest crowding, including the Old Market to Railway Colony',
    'route and the ring road loop that connects the two industrial estates.',
  ),
  j(
    'Municipal commissioner Rekha Deshpande said a second charging depot was being built at Sadar Nagar and would be ready before the',
    'buses arrive. "Each bus can run about 180 km on a full charge, which covers a full shift on most of our routes," she said.',
  ),
  j(
    'Fares will remain the same as on diesel buses, with a minimum fare of Rs 10. Women and senior citizens will continue to travel',
    'free on all city buses under the existing scheme.',
  ),
  j(
    'Commuters welcomed the move but said frequency was a bigger problem than the type of bus. "On the Railway Colony route I wait',
    '25 minutes in the evening," said Anil Kore, a clerk who travels daily from Shantipura.',
  ),
  j(
    'Officials said the 40 buses would allow the interval on the busiest routes to be cut to about 12 minutes at peak hours. A',
    'mobile app showing live bus locations is also expected to be launched in May.',
  ),
  j(
    'The corporation has also asked the state transport department to allow private operators to run e-buses on three suburban',
    'routes on a per-kilometre payment model. A decision on the proposal is expected after the budget session.',
  ),
  j(
    'Deshpande said all 40 buses would have low floors, ramps and space for one wheelchair, and that drivers were being trained',
    'at the depot this month on handling the new vehicles in heavy traffic.',
  ),
];
const tNav = ['City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'Sports', 'Entertainment', 'TV', 'Web Series', 'Life & Style', 'Astro'];
const tVis = ['8 monsoon snacks to make at home', '10 most beautiful railway stations'];
const tTrend = ['Vrindapur metro phase 2 gets final nod', 'City temperature touches 38 degrees in early March'];
const tFoot = [
  'About us',
  'Create Your Own Ad',
  'Terms of Use and Grievance Redressal Policy',
  'Privacy policy',
  'Advertise with us',
  'RSS',
  'Newsletter',
  'Feedback',
  'ePaper',
  'Sitemap',
  'Archives',
];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tTitle} | Vrindapur News - Times of India</title>
<meta name="description" content="The municipal corporation will add 40 electric buses to its city fleet by the end of June.">
<meta property="og:site_name" content="The Times of India">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","author":{"@type":"Thing",
"name":"TNN"},"datePublished":"2026-03-05T08:14:00+05:30","articleSection":"City"}</script>
<script>window.__staticContent={"pageType":"articleshow","msid":"108901234"};</script></head><body><div id="app">
<div class="jHwcK"><header class="_4lt_Q"><a href="/" class="logoBox" title="Times of India"><svg></svg></a><nav class="BIPkn"><ul>${links(tNav, 'ZhUeT')}
</ul></nav><a class="L5eFk" href="/login">Sign In</a><a class="tTJcd" href="/toi-plus">TOI+</a></header></div>
<div class="contentwrapper clearfix"><div class="okf2Z"><nav class="_2Xpbq breadcrumb"><ul>${links(['News', 'City News', 'Vrindapur News'], 'XJp3L')}</ul></nav>
<div class="_a4QF"><h1 class="HNMDR"><span>${tTitle}</span></h1>
<div class="xf8Pm byline"><span><a href="/toireporter/author-tnn.cms">TNN</a></span> / <span>Updated: Mar 5, 2026, 08:14 IST</span></div>
<div class="nd_sr"><span class="ijBSO">Share</span><span class="FaKyw">AA</span><span class="S2aRt">Text Size</span><ul>${links([
  'Small',
  'Medium',
  'Large',
])}</ul></div>
<div class="_s30J clearfix  "><div class="vdo_embedd"><span class="_3i1Hn">Vrindapur News</span></div>
${tBody.slice(0, 3).join('<br><br>')}<br><br><div class="_3Fuq_ also_read"><span class="_38ZdQ">Also read</span><a href="/city/vrindapur/metro">Vrindapur
metro phase 2 gets final nod</a></div><br>${tBody.slice(3).join('<br><br>')}<div class="ad1 ATF"><span class="adLabel">Advertisement</span></div></div>
<div class="_1eGuq"><a href="/follow">Follow us</a><a href="/comments">Comments</a></div></div></div>
<aside class="_1m_5m"><div class="PcZTk"><h2>Visual Stories</h2><ul>${links(tVis)}</ul></div><div class="PcZTk"><h2>Trending</h2>
<ul>${links(tTrend)}</ul></div><div id="taboola-below-article"><h3 class="trc_rbox_header">From around the web</h3><p class="trc_desktop_disclosure">Sponsored
Links</p></div></aside></div>
<footer class="_3rPMA"><ul>${links(tFoot)}</ul><p>Copyright © 2026 Bennett, Coleman &amp; Co. Ltd. All rights reserved. For reprint rights: Times
Syndication Service</p></footer></div></body></html>`;
const toi: TestPage = {
  name: 'heldout259-timesofindia-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['TNN', 'Updated: Mar 5, 2026, 08:14 IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t.length > 2), 'Sign In', 'TOI+', 'News', 'City News', 'Vrindapur News', 'Share', 'Text Size', 'Small', 'Medium', 'Large',
    'Also read', 'Advertisement', 'Follow us', 'Comments', 'Visual Stories', ...tVis, 'Trending', ...tTrend, 'From around the web', 'Sponsored Links',
    ...tFoot, 'Copyright © 2026 Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service',
  ],
};

const lTitle = 'In Kerlannec, oyster farmers race to adapt as warmer waters bring new parasites';
const lDesc = 'On the Breton coast, growers have lost up to a third of their stock in two summers and are turning to deeper beds and hardier strains.';
const lB1 = [
  j(
    'At low tide, the oyster beds of Kerlannec stretch across the bay like a chessboard of black mesh bags. Yannick Le Goff has worked',
    'them for 31 years, as his father did before him, and he says he no longer recognizes the summers.',
  ),
  j(
    '"The water used to be 17 or 18 degrees in August. Now it is 21, sometimes 22," he said, lifting a bag and shaking it so the',
    'shells rattled. "The oysters do not like it, and the things that eat them like it very much."',
  ),
  j(
    'In the past two summers, growers around the bay have reported losses of between 20% and 35% of their young stock, according to',
    'the regional shellfish committee. The main culprit is a parasite that was rarely seen in these waters a decade ago.',
  ),
];
const lB2 = [
  j(
    'Some farmers are moving their beds into deeper water, where temperatures stay lower, at the cost of longer boat trips and new',
    'permits. Others are testing strains bred at a research station in Brest to resist the parasite.',
  ),
  j(
    'Le Goff has put a fifth of his stock into the new strain this year. "They grow a little slower," he said. "But a slow oyster is',
    'better than a dead one."',
  ),
  j(
    "The shellfish committee has asked the state for help paying for the move to deeper water, arguing that the bay's growers employ",
    'more than 400 people in a good year and that several family farms may not survive a third bad summer.',
  ),
];
const lNav = ['International', 'France', 'Opinion', 'Culture', 'Lifestyle', 'Environment', 'Economy', 'Sport', 'Science'];
const lFoot = ['Le Monde app', 'Legal notice', 'Terms of use', 'Privacy policy', 'Cookie management', 'Help center', 'Contact us'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${lTitle}</title>
<meta name="description" content="${lDesc}"><meta property="og:site_name" content="Le Monde.fr">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lTitle}","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article__content--restricted"},"author":[{"@type":"Person",
"name":"Solène Marquet"}]}</script><script>var lmd = {"context":{"page":{"type":"article","premium":true}}};</script></head>
<body class="article article--premium"><div class="old__header"><a class="skip-link" href="#habillagepub">Skip to content</a>
<header class="Header Header--article"><a class="Header__logo" href="/en/"><svg></svg></a><nav class="Nav Nav--en"><ul class="Nav__list">${links(
  lNav,
  'Nav__item',
)}</ul></nav><a class="Header__button" href="/en/subscribe">Subscribe</a><a class="Header__login" href="/en/login">Log in</a>
<a class="Header__lang" href="https://www.lemonde.fr/">Lire en français</a></header></div>
<main id="habillagepub" class="zone zone--article old__zone"><section class="article article--content article--premium"><header class="article__header">
<nav class="breadcrumb"><ul>${links(['Environment', 'Oceans'], 'breadcrumb__item')}</ul></nav><h1 class="article__title">${lTitle}</h1>
<p class="article__desc">${lDesc}</p><span class="icon__premium">Subscribers only</span>
<section class="meta meta__publisher"><span class="author__detail"><a class="article__author-link" href="/en/signataires/solene-marquet/">By Solène
Marquet</a> (Kerlannec, Finistère, special correspondent)</span>
<span class="meta__date meta__date--header">Published on March 5, 2026, at 5:12 pm (Paris), updated at 6:40 pm</span>
<span class="meta__reading-time"><span class="icon__reading-time"></span>Time to <span class="sr-only">read</span> 4 min.</span>
<a class="meta__link" href="https://www.lemonde.fr/">Lire en français</a></section>
<ul class="meta__social"><li><button class="js-share-facebook">Share</button></li>
<li><button class="js-bookmark">Add to your selections</button></li></ul></header>
<figure class="article__media"><img alt="" src="https://img.lemde.example/2026/03/05/0/0/3000/2000/664/0/75/0/oysters.jpg">
<figcaption class="article__legend" aria-hidden="true">Oyster bags at low tide in the bay of Kerlannec, on February 26, 2026. <span
class="article__credit">YVES TREGUIER / LE MONDE</span></figcaption></figure>
<article class="article__content old__article-content-single">
${lB1.map((p) => `<p class="article__paragraph ">${p}</p>`).join('\n')}
<p class="article__paragraph article__paragraph--lf"><span class="article__siblings-label">Read more</span><a href="/en/environment/article/2025/
08/01/warm-seas" class="js-article-read-more">Mediterranean mussel farms brace for a third marine heat wave</a> <span class="icon__premium">Subscribers
only</span></p>
<h2 class="article__sub-title">Deeper beds, hardier strains</h2>
${lB2.map((p) => `<p class="article__paragraph ">${p}</p>`).join('\n')}
<div class="paywall"><p class="article__status">You have 71.2% of this article left to read. The rest is for subscribers only.</p>
<a class="btn btn--premium" href="/en/subscribe">Subscribe</a></div>
<p class="article__footer-translation"><em>Translation of an original article published in French on lemonde.fr; the publisher may only be liable
for the French version.</em></p></article>
<section class="article__reactions"><button class="js-reactions">Contribute</button></section></section>
<aside class="aside__iso"><section class="services"><h2 class="services__title">Le Monde services</h2><ul>${links([
  'Le Monde Boutique',
  'Crosswords',
  'Newsletters',
])}</ul></section></aside></main>
<footer class="footer"><ul>${links(lFoot)}</ul><p class="footer__copyright">© Le Monde 2026 - Reproduction prohibited without permission.</p></footer>
<div class="gdpr-lmd-wall"><p class="gdpr-lmd-wall__text">Your choice regarding cookies on our site</p><button class="gdpr-lmd-button--main">Accept and
continue</button><button class="gdpr-lmd-button">Subscribe without cookies</button></div></body></html>`;
const leMonde: TestPage = {
  name: 'heldout259-lemonde-en-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: ['Deeper beds, hardier strains'],
  body: texts([lDesc, ...lB1, ...lB2]),
  bylines: ['By Solène Marquet', '(Kerlannec, Finistère, special correspondent)', 'Published on March 5, 2026, at 5:12 pm (Paris), updated at 6:40 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lNav, 'Subscribe', 'Log in', 'Lire en français', 'Oceans', 'Subscribers only', 'Time to read 4 min.', 'Share',
    'Add to your selections', 'Oyster bags at low tide in the bay of Kerlannec, on February 26, 2026.', 'YVES TREGUIER / LE MONDE', 'Read more',
    'Mediterranean mussel farms brace for a third marine heat wave', 'You have 71.2% of this article left to read. The rest is for subscribers only.',
    'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.', 'Contribute',
    'Le Monde services', 'Le Monde Boutique', 'Crosswords', 'Newsletters', ...lFoot, '© Le Monde 2026 - Reproduction prohibited without permission.',
    'Your choice regarding cookies on our site', 'Accept and continue', 'Subscribe without cookies',
  ],
};

export const HELDOUT259_F: readonly TestPage[] = [toi, leMonde];
