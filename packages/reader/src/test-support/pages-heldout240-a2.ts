import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout240-kit.js';

/** Held-out batch 240, file a2: a farm-press news article on Arc XP Fusion (see file a). */
const fTitle = 'Dry-country growers turn to strip-till as spring planting nears';
const fP1 = [
  j(
    'OSWIN, Neb. — When Garrett Mulvane pulled a soil probe out of his north field in late February, the bottom six inches came up as',
    'dry as flour. After a second winter with well below normal snowfall, he decided that this spring the moldboard plow would stay in',
    'the shed.',
  ),
  j(
    '"Every pass I make with tillage is moisture I am giving back to the wind," said Mulvane, who farms 2,400 acres of corn and soybeans',
    'in Tallis County. "I cannot afford to lose another inch before the seed goes in."',
  ),
  j(
    'He is far from alone. Dealers across the central Plains report that orders for strip-till toolbars are running well ahead of last',
    'year, and custom operators say their spring calendars filled weeks earlier than usual.',
  ),
];
const fH1 = 'Moisture is the deciding factor';
const fP2 = [
  j(
    'Strip-till works only a narrow band, usually eight to ten inches wide, where the next crop will be planted, leaving residue on the',
    'rest of the field. That residue shades the soil and slows evaporation, while the tilled strip warms and dries faster than a full',
    'no-till seedbed.',
  ),
  j(
    'Research plots at the Harlan Plains Research Farm found that strip-tilled ground held an average of 1.3 inches more plant-available',
    'water in the top two feet at planting than conventionally tilled ground over four seasons, said agronomist Priya Castellanos, who',
    'leads the project.',
  ),
  j(
    '"In a wet spring, the difference is small," Castellanos said. "In a dry spring like the one we are heading into, that inch can be',
    'the difference between an even stand and a field you end up replanting."',
  ),
];
const fPromo = 'Read more: Fertilizer prices ease as spring demand builds';
const fH2 = 'Costs and trade-offs';
const fP3 = [
  j(
    'The switch is not free. A new 12-row strip-till bar with row cleaners and a fertilizer kit can cost well over $80,000, and growers',
    'who band fertilizer in the fall need to get the timing right so the strips settle before planting.',
  ),
  'Growers who have made the change point to a handful of lessons:',
];
const fList = [
  'Run the bar at the same angle as the planter will travel, ideally with RTK guidance, so the planter finds the strips.',
  'Build strips in the fall on heavy soils and in the spring on lighter, sandy ground that erodes easily.',
  'Expect a learning year: residue management and planter settings often need adjusting.',
];
const fP4 = [
  j(
    'Mulvane said he hired a custom operator for half his acres this year rather than buying a bar outright. "If it pays on the first',
    'thousand acres, I will buy one next fall," he said.',
  ),
  j(
    "The state climatologist's office expects below normal precipitation through April for most of the region, with the driest",
    'conditions forecast for the southwest counties.',
  ),
];
const fNav = ['Crops', 'Livestock', 'Markets', 'Machinery', 'Weather', 'Policy', 'Podcasts'];
const fMore = [
  'Cover crop acres climb for a fifth straight year in the Plains',
  'What a late frost means for winter wheat this spring',
  'Planter set-up tips from three seasoned operators',
];
const fFoot = ['About Us', 'Advertise', 'Contact', 'Subscribe to the Magazine', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Info'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle} | Prairie Furrow Journal</title>
<meta name="description" content="Growers facing a dry spring are switching to strip-till to hold soil moisture.">
<meta property="og:title" content="${fTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-02T12:15:00Z"><meta property="article:section" content="Crops">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}",
"author":[{"@type":"Person","name":"Deanna Kroll"}],"datePublished":"2026-03-02T12:15:00Z","dateModified":"2026-03-02T15:40:00Z",
"publisher":{"@type":"Organization","name":"Prairie Furrow Journal"}}</script>
<script>window.googletag=window.googletag||{cmd:[]};</script></head>
<body><div id="fusion-app" class="fusion-app | grid">
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">Prairie Furrow Journal</a>
<div class="b-header-nav-chain__nav-right"><button class="c-button c-button--primary">Subscribe</button><a href="/account/login">Sign In</a></div></div>
<nav class="b-links-bar" aria-label="Top Links"><ul>${links(fNav, 'b-links-bar__item')}</ul></nav></header>
<div class="arcad b-ad-block" id="arcad_leaderboard"><div class="b-ad-block__label">Advertisement</div><div id="ad-lb-1"></div></div>
<main class="b-single-column-regular__main"><article class="b-article">
<div class="b-overline"><a class="c-overline" href="/crops">Crops</a></div>
<h1 class="b-headline">${fTitle}</h1>
<div class="b-byline"><span class="c-attribution">By <a href="/people/deanna-kroll" class="c-link">Deanna Kroll</a></span></div>
<div class="b-date"><time class="c-date" datetime="2026-03-02T12:15:00Z">March 2, 2026 at 6:15 a.m. CST</time>
<span class="c-date c-date--updated">Updated March 2, 2026 at 9:40 a.m. CST</span></div>
<div class="b-share-bar"><button class="c-button" aria-label="Share to Facebook">Facebook</button><button class="c-button" aria-label="Share to X">X</button>
<button class="c-button" aria-label="Share via Email">Email</button><button class="c-button">Copy link</button></div>
<figure class="c-media-item b-lead-art"><img src="https://cloudfront.example/resizer/strip-till.jpg" alt="Strip-till bar in corn stalks">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">A strip-till toolbar works residue-covered ground
near Oswin, Neb., on Feb. 26.</span> <span class="c-media-item__credit">(Deanna Kroll / Prairie Furrow Journal)</span></figcaption></figure>
<div class="b-article-body">
${ps(fP1, ' class="c-paragraph"')}
<h2 class="c-heading">${fH1}</h2>
${ps(fP2, ' class="c-paragraph"')}
<p class="c-paragraph c-interstitial"><strong><a href="/markets/fertilizer-prices-ease">${fPromo}</a></strong></p>
<div class="arcad b-ad-block" id="arcad_inline_1"><div class="b-ad-block__label">Advertisement</div></div>
<h2 class="c-heading">${fH2}</h2>
${ps(fP3, ' class="c-paragraph"')}
<ul class="c-list">${fList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(fP4, ' class="c-paragraph"')}
</div>
<div class="b-article-tags"><a class="c-tag" href="/tags/tillage">Tillage</a><a class="c-tag" href="/tags/drought">Drought</a></div>
<div class="b-newsletter-signup"><h2>The Morning Furrow</h2><p>Crop, market and weather news in your inbox before breakfast.</p>
<input type="email" placeholder="Email address"><button class="c-button">Sign Up</button></div>
</article><aside class="b-top-table-list"><h2 class="b-header">More from Crops</h2><ul>${links(fMore, 'b-top-table-list-small')}</ul>
<div class="arcad b-ad-block" id="arcad_right_rail"><div class="b-ad-block__label">Advertisement</div></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(fFoot)}</ul>
<p class="b-footer__copyright">Copyright © 2026 Prairie Furrow Media LLC. All rights reserved.</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="prairie-furrow";
Fusion.contentCache={"content-api":{}};Fusion.deployment="412";</script></body></html>`;
export const farmPress: TestPage = {
  name: 'heldout240-arcxp-farmpress-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2],
  body: texts([...fP1, ...fP2, ...fP3, ...fList, ...fP4]),
  bylines: ['By Deanna Kroll', 'March 2, 2026 at 6:15 a.m. CST', 'Updated March 2, 2026 at 9:40 a.m. CST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Prairie Furrow Journal', 'Subscribe', 'Sign In', ...fNav, 'Advertisement', 'Facebook', 'Email', 'Copy link',
    'A strip-till toolbar works residue-covered ground near Oswin, Neb., on Feb. 26.', '(Deanna Kroll / Prairie Furrow Journal)', fPromo,
    'Tillage', 'Drought', 'The Morning Furrow', 'Crop, market and weather news in your inbox before breakfast.', 'Sign Up', 'More from Crops', ...fMore,
    ...fFoot, 'Copyright © 2026 Prairie Furrow Media LLC. All rights reserved.',
  ],
};
