import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file c2: a defense trade publication article on Arc XP (Fusion) markup: the Fusion app root,
 * the masthead with section nav and Subscribe, the overline section link, headline and subheadline, byline and
 * dateline, the lead image with caption and credit, the article body chain with an interstitial "Read more" link and
 * an ad slot, the author bio, "More In Land" rail, newsletter sign-up, the footer and the Fusion.globalContent script.
 */
const aTitle = 'Army picks two teams to prototype a lighter bridge-laying vehicle';
const aDek = 'The awards open a 30-month race to replace aging launchers that can no longer keep up with heavier tanks.';
const aBody = [
  j(
    'WASHINGTON — The Army has chosen two industry teams to build prototypes of a lighter, faster bridge-laying vehicle, according to a',
    'notice posted Thursday by the service’s ground vehicle program office.',
  ),
  j(
    'Keltmoor Defense Systems and a partnership between Arvane Mobility and Stroud Heavy Industries will each receive about $48 million to',
    'deliver two test vehicles by the middle of 2028. The service expects to pick a single winner for production after a year of soldier',
    'testing.',
  ),
  j(
    'The program, called the Gap Crossing Assault Launcher, is meant to replace launchers whose chassis date to the 1980s. Program officials',
    'have told lawmakers that the older vehicles struggle to keep pace with armored brigades and cannot carry a bridge rated for the newest',
    'tank variants.',
  ),
  'Read more: Engineers say river crossings are the Army’s most neglected skill',
  'What the Army wants',
  j(
    'According to the solicitation, the new launcher must emplace a 26-meter bridge in under five minutes with a crew of two, and recover it',
    'from either end. The service also asked for a vehicle that can be carried by rail without removing the bridge, a requirement that rules',
    'out some heavier designs.',
  ),
  j(
    '“We are not asking for exotic technology,” Col. Harlan Meyrick, the project manager, said in a statement. “We are asking for a bridge that',
    'arrives with the tanks instead of an hour behind them.”',
  ),
  'Competing approaches',
  j(
    'Keltmoor is offering a design on a wheeled chassis, arguing that wheels give better road speed and lower maintenance costs. The',
    'Arvane-Stroud team has bet on a tracked hull derived from a European infantry fighting vehicle, which it says will handle mud and snow',
    'better.',
  ),
  j(
    'Analysts said the split gives the Army a real choice. “The service has been burned before by picking a single concept too early,” said',
    'Noor Abadi, a ground forces analyst at the Calloway Institute. “Two very different prototypes let soldiers tell them what actually works.”',
  ),
  j('The Army plans to buy up to 180 launchers if the program moves into production, with the first units fielded to armored brigades around', '2031.'),
];
const aNav = ['Air', 'Land', 'Naval', 'Space', 'Pentagon', 'Congress', 'Budget', 'Opinion'];
const aMore = [
  'Marines test drone-launched mine clearing charges',
  'Army scales back plans for new light tank fleet',
  'Why armored brigades keep losing mechanics',
];
const aFoot = ['About Us', 'Contact Us', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Personal Information'];
const aCap = 'A bridge-laying vehicle emplaces a span during an exercise at Fort Arlo, Ostmark, in 2025.';
const aCredit = '(Spc. Tomas Greer/U.S. Army)';
const aBio = 'Reuben Castellane covers land warfare and Army acquisition. He previously reported on the defense industry for a regional newspaper.';
const para = (t: string, i: number): string =>
  t.startsWith('Read more:')
    ? `<p class="c-paragraph b-article-body__interstitial"><a href="/land/2026/01/12/engineers-say">${t}</a></p>`
    : i === 4 || i === 7
      ? `<h2 class="c-heading b-header">${t}</h2>`
      : `<p class="c-paragraph">${t}</p>`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${aTitle}</title><meta name="description" content="${aDek}">
<meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Defense Ledger"><meta property="article:section" content="Land">
<meta property="article:published_time" content="2026-03-05T21:14:08.114Z"><meta name="author" content="Reuben Castellane">
<link rel="canonical" href="https://www.defenseledger.example/land/2026/03/05/army-picks-two-teams-to-prototype-a-lighter-bridge-laying-vehicle/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-03-05T21:14:08.114Z",
"author":[{"@type":"Person","name":"Reuben Castellane"}],"publisher":{"@type":"Organization","name":"Defense Ledger"}}</script>
<script>window.googletag=window.googletag||{cmd:[]};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412"></head>
<body><div id="fusion-app" class="layout-section-wrapper"><div class="b-single-chain"><header class="b-header-nav-chain">
<div class="b-header-nav-chain__top-layout"><a href="/" class="b-header-nav-chain__logo"><img src="/pf/resources/images/logo.svg" alt="Defense Ledger"></a>
<div class="b-header-nav-chain__buttons"><a class="c-button c-button--primary" href="/subscribe">Subscribe</a><a class="c-button" href="/login">Sign In</a>
</div></div><nav class="b-links-bar" aria-label="Top Links"><ul>${links(aNav, 'b-links-bar__item')}</ul></nav></header>
<main class="b-right-rail-advanced__main"><article class="b-article-body-chain"><div class="b-overline"><a class="c-overline" href="/land/">Land</a></div>
<h1 class="b-headline">${aTitle}</h1><h2 class="b-subheadline">${aDek}</h2>
<div class="b-byline"><span class="c-attribution">By <a class="c-link" href="/author/reuben-castellane/">Reuben Castellane</a></span></div>
<div class="b-date"><time datetime="2026-03-05T21:14:08.114Z">Mar 5, 2026, 04:14 PM</time></div>
<div class="b-share-bar"><a class="c-button" href="#" aria-label="Share on Facebook">Facebook</a><a class="c-button" href="#" aria-label="Share on X">X</a>
<a class="c-button" href="#" aria-label="Share on LinkedIn">LinkedIn</a><a class="c-button" href="#" aria-label="Share via email">Email</a></div>
<div class="b-lead-art"><figure class="c-media-item"><img src="/resizer/v2/LAUNCHER.jpg" alt="Bridge-laying vehicle"><figcaption
class="c-media-item__fig-caption"><span class="c-media-item__caption">${aCap}</span> <span class="c-media-item__credit">${aCredit}</span></figcaption>
</figure></div>
<div class="b-article-body">
${aBody
  .slice(0, 4)
  .map((t, i) => para(t, i))
  .join('\n')}
<div class="b-ad-block b-ad-block--inline"><div class="b-ad-block__label">Advertisement</div><div id="arcad_inline-1" class="arcad"></div></div>
${aBody
  .slice(4)
  .map((t, i) => para(t, i + 4))
  .join('\n')}
</div>
<div class="b-author-bio"><div class="b-author-bio__name"><a href="/author/reuben-castellane/">About Reuben Castellane</a></div><p
class="b-author-bio__text">${aBio}</p></div>
<div class="b-tags"><a class="c-pill" href="/tags/bridging/">Bridging</a><a class="c-pill" href="/tags/army-acquisition/">Army Acquisition</a></div></article>
<aside class="b-right-rail-advanced__rail"><div class="b-ad-block"><div class="b-ad-block__label">Advertisement</div></div><div class="b-top-table-list">
<h2 class="b-header">More In Land</h2><ul>${links(aMore, 'b-top-table-list-small')}</ul></div>
<div class="b-newsletter"><h2>Get the Early Bird Brief</h2><p>The defense news you need, delivered to your inbox every weekday morning.</p>
<form><input type="email" placeholder="Enter your email"><button>Sign up</button></form></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul><p class="b-footer__copyright">© 2026 Defense Ledger Media Group</p></footer>
</div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="defenseledger";Fusion.deployment="412";
Fusion.globalContent={"_id":"ZK4M2","type":"story","headlines":{"basic":"${aTitle}"},"credits":{"by":[{"name":"Reuben Castellane"}]}};</script>
<script src="/pf/dist/engine/react.js?d=412" defer></script></body></html>`;
export const arcDefense: TestPage = {
  name: 'heldout251-arc-xp-defense-trade-article',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aBody[4] ?? '', aBody[7] ?? ''],
  body: texts([aDek, ...aBody.filter((t, i) => i !== 4 && i !== 7 && !t.startsWith('Read more:'))]),
  bylines: ['By Reuben Castellane', 'Mar 5, 2026, 04:14 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign In', ...aNav, 'Facebook', 'LinkedIn', 'Email', aCap, aCredit, aBody[3] ?? '', 'Advertisement', 'About Reuben Castellane', aBio,
    'Bridging', 'Army Acquisition', 'More In Land', ...aMore, 'Get the Early Bird Brief',
    'The defense news you need, delivered to your inbox every weekday morning.', 'Sign up', ...aFoot, '© 2026 Defense Ledger Media Group',
  ],
};
