import { links, ps, type TestPage, texts } from './page-kit.js';
import { tsunami } from './pages-heldout434-c2.js';
import { j } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file c: a science news article about an eruption on a Science X-style news site (top bar with the
 * network's sites, section nav, breadcrumbs, article info with date and source, share bar, lead figure with caption and
 * credit, a quote, "More information" and "Citation" blocks, "Explore further" promo, "Provided by" line, related news
 * rail, newsletter box, comment prompt, footer) and, from file c2, a tsunami warning centre's plain-text bulletin.
 */
const nTitle = 'Sudden flank eruption at Vael Island caught on seafloor sensors days in advance';
const nP1 = [
  j(
    'A network of pressure sensors on the seafloor around Vael Island recorded the volcano swelling for at least four days',
    'before an eruption broke out on its southern flank in November, according to a study published this week.',
  ),
  j(
    'The eruption, which sent lava flows into the sea and forced the evacuation of two fishing villages, came as a surprise to',
    'residents because the summit crater, where most previous eruptions began, showed no change. The new analysis suggests the',
    'warning signs were there, but in a place few monitoring networks look: under water.',
  ),
];
const nP2 = [
  j(
    'The team, led by marine geophysicist Dr. Inka Sorvald at the Brisa Institute of Ocean Science, had placed eleven',
    'absolute pressure gauges on the seafloor off the island in 2023. The instruments measure the weight of the water above',
    'them, so when the seafloor rises by a few centimetres the pressure falls by a tiny, measurable amount.',
  ),
  j(
    'Starting on November 7, three gauges off the south coast recorded uplift of up to 9 cm, while gauges to the north barely',
    'moved. On November 11 the uplift stopped abruptly and, about five hours later, fissures opened on land 3 km above the',
    'shoreline.',
  ),
];
const nQuote = j(
  'We could see a blob of magma pushing sideways from the central reservoir toward the south coast. If the data had been',
  'streaming to shore in real time, the observatory would have had days, not hours, to warn people.',
);
const nP3 = [
  j(
    'The gauges currently store their readings and are collected by ship every few months, which is why the signal was only',
    'found after the eruption. The researchers say a cabled or acoustic link to shore would cost less than one new land seismometer',
    'network and could be installed within two years.',
  ),
  j(
    'Not everyone is convinced the method will work everywhere. Volcanologist Perrin Achterberg, who was not involved in the study,',
    'pointed out that tides and ocean currents create pressure changes many times larger than the volcanic signal. "Here the',
    'team had a dense array and a very clean record," he said. "On a busier coast, you would need careful filtering to pick out',
    'a few centimetres of uplift."',
  ),
  j(
    'Sorvald agrees that the processing is demanding but says the group has already automated most of it. The Vael Island',
    'Observatory plans to connect four of the gauges to a shore station by the end of next year.',
  ),
];
const nInfo = 'Inka Sorvald et al, Offshore uplift preceding the 2025 flank eruption of Vael Island, Journal of Marine Volcanology (2026).';
const nTop = ['Phys-style Network', 'Medical Xpress', 'Tech Xplore'];
const nNav = ['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'];
const nCrumbs = ['Home', 'Earth', 'Earth Sciences'];
const nShare = ['Facebook', 'Twitter', 'Email', 'Print'];
const nRel = [
  'Tiny earthquakes reveal hidden magma path beneath island arc',
  'Lava flows into the sea create new land and toxic plumes',
  'Satellite radar spots volcano inflation in remote Pacific',
];
const nFoot = ['About us', 'Sponsored Account', 'Newsletter', 'Help', 'Contact', 'Privacy policy', 'Terms of use'];
const nHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${nTitle}</title>
<meta name="description" content="A network of pressure sensors on the seafloor recorded the volcano swelling for at least four days.">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://scx1.physx.example/css/main.min.css?v=8.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-02-18T14:10:01-05:00",
"author":{"@type":"Person","name":"Brisa Institute of Ocean Science"},"publisher":{"@type":"Organization","name":"Phys-style Network"}}</script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script></head><body class="news-article">
<div class="top-bar d-none d-lg-block"><ul class="top-bar__sites">${links(nTop)}</ul><a class="top-bar__login" href="/login">Sign in</a></div>
<header class="header"><a class="header__logo" href="/"><img src="/logo.svg" alt="Phys-style Network"></a>
<nav class="header__nav"><ul class="nav-menu">${links(nNav, 'nav-menu__item')}</ul></nav></header>
<div class="ad-banner"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<main class="container"><div class="row"><div class="col-lg-8"><article class="news-article">
<nav aria-label="breadcrumb"><ol class="breadcrumb">${links(nCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="article__info"><p class="article__info-item text-low">February 18, 2026</p>
<p class="article__info-item text-low">by Brisa Institute of Ocean Science</p></div>
<h1 class="text-extra-large line-low mb-2">${nTitle}</h1>
<div class="article__share d-flex"><ul class="share-list">${links(nShare, 'share-list__item')}</ul></div>
<div class="article-main"><figure class="article-img"><img src="/newman/gfx/news/2026/vael-eruption.jpg" alt="Lava entering the sea">
<figcaption class="text-darken text-low-up text-truncate-js">
<p>Lava from the southern fissures entering the sea in November 2025. Credit: Vael Island Observatory</p>
</figcaption></figure>
${ps(nP1)}
${ps(nP2)}
<blockquote><p>${nQuote}</p></blockquote>
<div class="article-banner first-banner"><p class="ad-label">Advertisement</p></div>
${ps(nP3)}
<p><strong>More information:</strong> ${nInfo}</p>
<div class="article-main__more"><p>Provided by Brisa Institute of Ocean Science</p></div>
<div class="article-main__explore"><p class="explore-title">Explore further</p>
<a href="/news/2025-11-vael-eruption.html">Vael Island eruption forces evacuations</a></div>
<div class="article-main__note"><p>This story is republished courtesy of the Brisa Institute. Subject to copyright.</p></div></div>
<div class="article-comments"><p>Discover the latest in science, tech, and space with <strong>over 100,000 subscribers</strong> who rely on us for daily
insights.</p><a class="btn" href="/newsletter">Subscribe to our free newsletter</a></div></article></div>
<aside class="col-lg-4 sidebar"><section class="news-relevant"><h3 class="sidebar-title">Relevant news</h3><ul>${links(nRel)}</ul></section>
<div class="ad-sidebar"><span class="ad-label">Advertisement</span></div></aside></div></main>
<footer class="footer"><ul class="footer__menu">${links(nFoot)}</ul>
<p class="footer__copy">© Phys-style Network 2003 - 2026, Science X-style network</p></footer>
<div class="cmp-consent" id="qc-cmp2-container"><p>We value your privacy. We and our partners store and access information on a device.</p>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></body></html>`;
const physx: TestPage = {
  name: 'heldout434-sciencex-eruption-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nP1, ...nP2, nQuote, ...nP3]),
  bylines: ['February 18, 2026', 'by Brisa Institute of Ocean Science'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nTop, 'Sign in', ...nNav, 'Advertisement', ...nCrumbs.slice(0, 1), 'Earth Sciences', ...nShare,
    'Lava from the southern fissures entering the sea in November 2025. Credit: Vael Island Observatory', `More information: ${nInfo}`,
    'Provided by Brisa Institute of Ocean Science', 'Explore further', 'Vael Island eruption forces evacuations',
    'This story is republished courtesy of the Brisa Institute. Subject to copyright.',
    'Discover the latest in science, tech, and space with over 100,000 subscribers who rely on us for daily insights.', 'Subscribe to our free newsletter',
    'Relevant news', ...nRel, ...nFoot, '© Phys-style Network 2003 - 2026, Science X-style network',
    'We value your privacy. We and our partners store and access information on a device.', 'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT434_C: readonly TestPage[] = [physx, tsunami];
