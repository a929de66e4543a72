import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file d2: a regional newspaper's story on a new advisory level, on the Arc XP Themes (Fusion) blocks
 * (header nav chain, section overline, byline and date blocks, the share bar, lead art with caption and credit, an inline
 * "Read more" link, an ad slot, the newsletter signup block, a "Most read" top-table list, the footer and the
 * Fusion.globalContent script).
 */
const rTitle = 'U.S. raises Orsolan travel warning to Level 3 as election strikes spread';
const rBody = [
  j(
    'The U.S. State Department on Thursday raised its travel advisory for Orsolan to Level 3, urging Americans to reconsider trips',
    'to the island nation as strikes and road blockades ahead of June’s general election spread beyond the capital.',
  ),
  j(
    'The change, the first since the advisory was lowered to Level 2 in 2023, comes two weeks before the start of the spring',
    'break season, when charter flights from Miami, Atlanta and Houston carry about 14,000 visitors a week to Orsolan’s beach resorts.',
  ),
  j(
    '“Demonstrations can turn violent with little warning, and access to Dunmere International Airport has been interrupted on',
    'several occasions,” the advisory says. It also warns that the U.S. Embassy may not be able to help travelers outside the capital.',
  ),
  j(
    'Orsolan’s tourism minister, Beatriz Ondaro, said the decision was “disproportionate” and pointed out that no foreign visitors',
    'had been hurt. “Our resorts are open, our airports are open, and we will keep the roads to them open,” she told reporters.',
  ),
  j(
    'Travel agents in Tampa said they had already begun taking calls from worried customers. Kendra Willet, who runs a small agency',
    'in Seminole Heights, said most clients were asking whether they could get their money back rather than cancel outright.',
  ),
  j(
    'Whether they can depends on their policy. Several insurers said trips booked before Thursday would be eligible for cancellation',
    'cover, but only if the destination is later placed under a “Do not travel” warning, Level 4.',
  ),
  j(
    'Two of the three major cruise lines that call at Port Calvo said they were watching the situation but had no plans to change',
    'itineraries. A third, Meridian Seas, said it would replace its Orsolan stop with a second day at sea on two sailings this month.',
  ),
  j(
    'Canada and the United Kingdom have issued similar warnings in recent weeks. Canada advises a “high degree of caution,” while',
    'the U.K. tells its citizens to avoid protests and allow extra time to reach airports.',
  ),
  j(
    'Opposition leaders have called for a general strike on March 20. The government has said it will deploy the army to keep',
    'the main coastal highway open.',
  ),
];
const rNav = ['News', 'Sports', 'Business', 'Travel', 'Opinion', 'Things to Do', 'Obituaries', 'e-Edition'];
const rMost = [
  'Bridge closure to last through summer, county says',
  'Five new restaurants opening on the waterfront this spring',
  'High school baseball: Seminole edges rivals in extra innings',
];
const rFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Terms of Service', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const par = (t: string, i: number): string =>
  `<p class="c-paragraph" data-testid="paragraph-${i}">${t}</p>${i === 3 ? '<div class="b-ad-block arcad"><p class="ad-label">Advertisement</p></div>' : ''}`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} - Gulf Coast Ledger</title><meta name="description" content="The State Department urged Americans to reconsider travel to Orsolan.">
<meta property="og:title" content="${rTitle}"><meta property="og:type" content="article"><meta name="article:section" content="Travel">
<meta property="article:published_time" content="2026-03-12T18:31:00Z">
<link rel="canonical" href="https://www.gulfcoastledger.example/travel/2026/03/12/orsolan/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","author":[{"@type":"Person",
"name":"Marisol Teague"}],"datePublished":"2026-03-12T18:31:00Z","publisher":{"@type":"Organization","name":"Gulf Coast Ledger"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="gcl";Fusion.deployment="412";
Fusion.globalContent={"_id":"K3XQ7ORSOLAN","type":"story","headlines":{"basic":"${rTitle}"},"taxonomy":{"primary_section":{"name":"Travel"}}};</script>
</head><body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><a href="/" class="c-logo">Gulf Coast Ledger</a>
<button class="c-button c-button--primary">Subscribe</button><button class="c-button">Sign In</button></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><ul class="b-links-bar">${links(rNav, 'b-links-bar__item')}</ul></nav></header>
<main class="b-right-rail-advanced__main"><article class="b-article-body-block">
<div class="b-overline"><a class="c-overline" href="/travel/">Travel</a></div><h1 class="b-headline">${rTitle}</h1>
<h2 class="b-subheadline">Resorts say they are open as U.S. urges Americans to reconsider trips</h2>
<section class="b-byline"><span class="c-attribution">By <a href="/people/marisol-teague/" class="b-byline__names">Marisol Teague</a></span>
<div class="b-date"><time class="c-date" datetime="2026-03-12T18:31:00Z">Published Mar. 12, 2026</time>|<time class="c-date"
datetime="2026-03-12T22:05:00Z">Updated Mar. 12, 2026</time></div></section>
<div class="b-share-bar"><button class="b-share-bar__button" aria-label="Share on Facebook">Facebook</button><button class="b-share-bar__button"
aria-label="Share on X">Share on X</button><button class="b-share-bar__button" aria-label="Share via Email">Email</button></div>
<div class="b-lead-art"><figure class="c-media-item"><img src="https://www.gulfcoastledger.example/resizer/v2/K3X.jpg" alt="Beach at Santa Ines">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Visitors on the beach at Santa Ines, Orsolan, in January.</span>
<span class="c-media-item__credit">(Tomas Rell / Gulf Coast Ledger)</span></figcaption></figure></div>
<div class="b-article-body"><p class="c-paragraph">VELLAMO, Orsolan —</p>${rBody.slice(0, 5).map(par).join('\n')}
<p class="c-paragraph b-related-link"><strong>Read more:</strong> <a href="/travel/2026/02/spring-break-deals/">Spring break flight deals
are shrinking. Here’s where to look</a></p>
${rBody.map(par).slice(5).join('\n')}</div>
<p class="b-author-bio">Marisol Teague covers travel and tourism for the Ledger. Reach her at mteague@gulfcoastledger.example.</p>
</article>
<div class="b-newsletter-signup"><h3>Travel Insider newsletter</h3><p>Deals, advice and getaways, every Friday.</p><button>Sign up</button></div></main>
<aside class="b-right-rail-advanced__right"><div class="b-top-table-list"><h2 class="b-header">Most Read</h2>${rMost
  .map((t) => `<div class="b-top-table-list-small"><h2 class="c-heading"><a href="#">${t}</a></h2></div>`)
  .join('')}</div><div class="arcad b-ad-block"><p class="ad-label">Advertisement</p></div></aside>
<footer class="b-footer"><ul class="b-footer__links">${links(rFoot)}</ul><p class="b-footer__copyright">© 2026 Gulf Coast Ledger. All Rights Reserved.</p>
</footer></div></div><script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412" defer></script></body></html>`;
export const arcNews: TestPage = {
  name: 'heldout385-gulfcoast-arcxp-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts(rBody),
  bylines: ['By Marisol Teague', 'Published Mar. 12, 2026', 'Updated Mar. 12, 2026', 'VELLAMO, Orsolan —'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gulf Coast Ledger', 'Subscribe', 'Sign In', ...rNav.filter((t) => t !== 'Travel'), 'Facebook',
    'Share on X', 'Email', 'Visitors on the beach at Santa Ines, Orsolan, in January.', '(Tomas Rell / Gulf Coast Ledger)', 'Advertisement',
    'Read more: Spring break flight deals are shrinking. Here’s where to look',
    'Marisol Teague covers travel and tourism for the Ledger. Reach her at mteague@gulfcoastledger.example.', 'Travel Insider newsletter',
    'Deals, advice and getaways, every Friday.', 'Sign up', 'Most Read', ...rMost, ...rFoot, '© 2026 Gulf Coast Ledger. All Rights Reserved.',
  ],
};
