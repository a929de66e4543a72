import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file e2: a trade magazine article on a B2B publisher's platform with a sponsored-content rail (the
 * leaderboard ad, masthead with "Subscribe" and the topic menu, breadcrumb, the section label, title and deck, author with
 * title, date and reading time, the "Key Highlights" box, the lead image with caption and credit, body with h2s, an inline
 * "Related:" link and a mid-article ad, the topic tags, the "Voice Your Opinion!" account prompt, the "Sponsored
 * Recommendations" rail with its dated items, a "From our partners" sponsored card, the "Latest in Refrigeration" rail, the
 * newsletter box and the publisher footer).
 */
const tmTitle = 'Why more food distributors are pre-cooling trailers at the dock, not on the road';
const tmDeck = 'Pre-cooling on shore power cuts reefer fuel burn and load rejections, but it needs power at the dock and discipline in the yard.';
const tmHigh = [
  'Distributors report 20% to 30% less reefer fuel use when trailers are pre-cooled on shore power before loading.',
  'Temperature rejections at receivers fell sharply at sites that added dock-side pre-cooling.',
  'Electrical capacity at the dock and yard scheduling are the main obstacles.',
];
const tmBody1 = [
  'For years the standard practice at many food distribution centers was simple: back the trailer in, start the reefer unit and ' +
    'start loading. The unit pulled the box down to temperature while forklifts moved pallets through an open door, and it kept ' +
    'running, on diesel, for as long as the trailer sat at the dock.',
  'That is changing. A growing number of distributors now plug trailers into shore power and pre-cool them with the doors closed ' +
    'before the first pallet moves, and some are adding dock-side units that blow chilled air into the box through a sealed door curtain.',
];
const tmH1 = 'Fuel savings and fewer rejections';
const tmBody2 = [
  'At Lakeland Fresh, a produce distributor with three warehouses in Florida and Georgia, pre-cooling on shore power has cut reefer ' +
    'fuel use by about 28% since it was rolled out last year, according to Tanya Brooks, the company’s director of transportation.',
  '“The bigger win was rejections,” Brooks said. “When a trailer is warm inside and you load cold product, you get condensation and ' +
    'hot spots near the walls. Our temperature rejections at receivers dropped by more than half.”',
  'Fleet managers interviewed for this article gave similar figures, though most said the savings depend heavily on climate and on ' +
    'how long trailers wait at the dock.',
];
const tmRelated = 'Shore power at the dock: what fleets need to know before they plug in';
const tmH2 = 'The catch: power and scheduling';
const tmBody3 = [
  'Pre-cooling is not free. Shore power for a row of electric-standby reefers can require a major upgrade to a building’s electrical ' +
    'service, and utilities in some regions are quoting lead times of a year or more for new transformers.',
  'It also takes scheduling. A trailer needs 30 to 45 minutes on shore power to pull down to temperature, so drivers and yard staff ' +
    'must have it at the door well before loading begins. “You can’t pre-cool a trailer that shows up at the last minute,” said Luis ' +
    'Ortega, who manages yard operations for a grocery wholesaler in Texas.',
  'Even so, several equipment makers say demand for electric-standby units and dock-side systems has risen steadily, helped by state ' +
    'incentive programs and by retailers’ tighter temperature requirements for fresh products.',
];
const tmCaption = 'A trailer plugged into shore power at a Lakeland Fresh distribution center in Plant City, Fla.';
const tmNav = ['Refrigeration', 'Equipment', 'Warehousing', 'Fleet Management', 'Regulations', 'Technology', 'Resources', 'Events'];
const tmTop = ['Subscribe', 'Newsletters', 'Magazine', 'Webinars', 'White Papers', 'Advertise'];
const tmTags = ['Refrigeration', 'Warehousing', 'Electrification', 'Food Distribution'];
const tmSponsored = [
  'How telematics helped one fleet cut reefer fuel use by 18%',
  'Sept. 2, 2025',
  'Five questions to ask before choosing an electric-standby reefer',
  'Aug. 26, 2025',
  'Ebook: Temperature compliance for the modern food supply chain',
  'Aug. 19, 2025',
];
const tmPartner = [
  'From our partners',
  'Sponsored by Polarline Systems',
  'Dock-side air: the fastest way to bring a trailer down to set point',
  'See how three distributors cut pull-down times in half.',
  'Learn more',
];
const tmLatest = [
  'Reefer carriers brace for a tight produce season',
  'Sept. 8, 2025',
  'New dock seals aim to stop cold air leaking at the door',
  'Sept. 5, 2025',
  'Frozen food volumes hold steady despite price rises',
  'Sept. 3, 2025',
];
const tmVoice = [
  'Voice Your Opinion!',
  'To join the conversation, and become an exclusive member of Cold Chain Operator, create an account today!',
  'Create Account',
];
const tmNews = ['Get the Cold Chain Operator Weekly newsletter', 'News, equipment and best practice for refrigerated fleets, every Tuesday.', 'Sign Up'];
const tmFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy & Cookie Policy', 'Terms & Conditions', 'Do Not Sell or Share My Personal Information'];
const tmCopy = '© 2025 Keystone Trade Media, LLC. All rights reserved.';
const ad = (id: string, size: string): string =>
  `<div class="ad-container" data-ad-unit="/21776187881/cco/${id}" data-sizes="${size}"><span class="ad-container__label">Advertisement</span>
<div id="gpt-ad-${id}" class="ad-slot"></div></div>`;
const dated = (items: readonly string[], cls: string): string =>
  [0, 2, 4].map((i) => `<li class="${cls}"><a href="#" class="${cls}__title">${items[i]}</a><div class="${cls}__date">${items[i + 1]}</div></li>`).join('\n');
const tmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tmTitle} | Cold Chain Operator</title><meta name="description" content="${tmDeck}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tmTitle}","datePublished":"2025-09-09T10:30:00Z",
"author":[{"@type":"Person","name":"Marcus Oyelaran"}],"publisher":{"@type":"Organization","name":"Cold Chain Operator"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="page page--content page--article"><div class="page-wrapper">${ad('leaderboard', '728x90')}
<header class="site-header"><div class="site-header__top"><ul class="site-header__utility">${links(tmTop)}</ul></div>
<a class="site-header__logo" href="/"><img src="/files/base/ebm/cco/image/static/logo.png" alt="Cold Chain Operator Logo"></a>
<nav class="site-menu" aria-label="Topics"><ul>${links(tmNav, 'site-menu__item')}</ul></nav><button class="site-header__search" aria-label="Search"></button>
</header>
<main class="page-contents"><div class="page-contents__body"><nav class="breadcrumbs">
<a href="/">Home</a> <span>/</span> <a href="/refrigeration">Refrigeration</a></nav>
<article class="page-contents__content"><div class="page-wrapper__section-label"><a href="/refrigeration">Refrigeration</a></div>
<h1 class="page-wrapper__title">${tmTitle}</h1><div class="page-wrapper__deck">${tmDeck}</div>
<div class="page-attribution"><div class="page-attribution__author"><img src="/files/base/ebm/cco/image/2023/04/oyelaran.png" alt="">
<a href="/staff/marcus-oyelaran" class="page-attribution__name">Marcus Oyelaran</a> <span class="page-attribution__title">Senior Editor</span></div>
<div class="page-dates"><time datetime="2025-09-09T10:30:00Z">Sept. 9, 2025</time> <span class="page-dates__reading-time">5 min read</span></div></div>
<div class="key-highlights"><h2 class="key-highlights__title">Key Highlights</h2><ul>${tmHigh.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<figure class="page-contents__primary-image"><img src="/files/base/ebm/cco/image/2025/09/precool-dock.jpg" alt="">
<figcaption><span class="caption">${tmCaption}</span> <span class="credit">Lakeland Fresh</span></figcaption></figure>
<div class="page-contents__content-body" data-gtm-section="body">${tmBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${tmH1}</h2>${tmBody2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><strong>Related:</strong> <a href="/refrigeration/article/55231904/shore-power-at-the-dock">${tmRelated}</a></p>
<p>${tmBody2[2]}</p>${ad('inline-1', '300x250')}
<h2>${tmH2}</h2>${tmBody3.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="page-tags"><span class="page-tags__label">Tags</span>${tmTags.map((t) => `<a href="#" class="page-tags__tag">${t}</a>`).join(' ')}</div>
<div class="comments-gate"><h3>${tmVoice[0]}</h3><p>${tmVoice[1]}</p><a class="button" href="/user/register">${tmVoice[2]}</a></div></article></div>
<aside class="page-rail"><section class="sponsored-recommendations"><h3 class="sponsored-recommendations__title">Sponsored Recommendations</h3><ul>
${dated(tmSponsored, 'sponsored-item')}</ul></section>${ad('rail-1', '300x600')}
<section class="native-card" data-native="true"><span class="native-card__label">${tmPartner[0]}</span><span class="native-card__sponsor">${tmPartner[1]}</span>
<h4><a href="#">${tmPartner[2]}</a></h4><p>${tmPartner[3]}</p><a class="native-card__cta" href="#">${tmPartner[4]}</a></section>
<section class="latest"><h3>Latest in Refrigeration</h3><ul>${dated(tmLatest, 'latest-item')}</ul></section>
<section class="newsletter-signup"><h3>${tmNews[0]}</h3><p>${tmNews[1]}</p><input type="email" placeholder="Email"><button>${tmNews[2]}</button></section>
</aside></main>
<footer class="site-footer"><ul>${links(tmFoot)}</ul><p class="site-footer__copyright">${tmCopy}</p></footer></div></body></html>`;
export const tradeMagazine: TestPage = {
  html: tmHtml,
  name: 'heldout28-trade-magazine-sponsored-rail',
  kind: 'news',
  // the deck, the "Key Highlights" items (the publisher's summary of this article, above it) and the paragraphs are body, under
  // the two h2s ("Key Highlights" itself is furniture, a box title); "Marcus Oyelaran" and the date are bylines, his title
  // "Senior Editor" and the reading time furniture; the section label (also a crumb, a menu item and a tag, once), breadcrumb,
  // caption and credit, the inline "Related:" line with its link, ad labels (three times, once), tags (those also in the menu,
  // once), the account prompt, the sponsored rail with its dates, the partner card, "Latest in Refrigeration", newsletter,
  // masthead links, menu and footer are furniture ("Advertise" in the masthead and the footer, once)
  title: tmTitle,
  headings: [tmH1, tmH2],
  body: [tmDeck, ...tmHigh, ...texts(tmBody1), ...texts(tmBody2), ...texts(tmBody3)],
  bylines: ['Marcus Oyelaran', 'Sept. 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...tmTop, ...tmNav, 'Home', 'Senior Editor', '5 min read', 'Key Highlights', tmCaption, 'Lakeland Fresh', 'Related:', tmRelated,
    'Tags', ...tmTags.filter((t) => !tmNav.includes(t)), ...tmVoice, 'Sponsored Recommendations', ...tmSponsored, ...tmPartner,
    'Latest in Refrigeration', ...tmLatest, ...tmNews, ...tmFoot.filter((t) => t !== 'Advertise'), tmCopy,
  ],
};
