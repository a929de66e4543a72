import { type TestPage, texts } from './page-kit.js';
import { stuff } from './pages-heldout36-c2.js';

/**
 * Held-out batch 36, file c: a Sydney Morning Herald story on Nine's React template, minified (hashed class names and
 * data-testid attributes, the masthead and section nav, "Exclusive" label, headline, "By" line with two writers, the
 * "Updated … first published" time, Save/Share and the three text-size buttons, the lead image with "Credit:", the body with
 * "Advertisement" slots, a "Related Article" card and one subhead, the italic Morning Edition sign-up line, "License this
 * article", topic links, the writer's bio card, "Most Viewed in National" and the footer). The Stuff (New Zealand) story of
 * this file is in pages-heldout36-c2.ts.
 */
const smTitle = 'Northern beaches bus depot to go fully electric two years ahead of schedule';
const smBody1 = [
  'Every bus leaving the Brookvale depot will be electric by the end of next year, two years earlier than planned, after the ' +
    'state government brought forward a $148 million contract for 125 new vehicles and the chargers to run them.',
  'The depot, which serves the B-Line and most routes between Manly and Palm Beach, will become the largest all-electric bus ' +
    'depot in Australia when the last diesel bus is retired in December 2027, according to documents seen by the <em>Herald</em>.',
  'Transport Minister Renata Oakley will announce on Sunday that the contract, originally scheduled for 2029, has been signed ' +
    'with a consortium led by a Western Sydney bus builder, which will assemble the vehicles at its plant in Smeaton Grange.',
  '“Northern beaches commuters have put up with some of the oldest buses in the fleet for far too long,” Oakley said. ' +
    '“This is about cleaner air on Pittwater Road, but it is also about a quieter, more reliable trip to work.”',
];
const smH2 = 'Power for the depot';
const smBody2 = [
  'The biggest obstacle has not been the buses but the electricity needed to charge them overnight. The upgrade will include a ' +
    'new substation on the depot site, paid for jointly by the government and Ausgrid, and a 2-megawatt battery to smooth the ' +
    'demand peak between midnight and 4am.',
  'Bus operators have warned for years that older depots in Sydney’s suburbs were never designed for the load. A report ' +
    'commissioned by bus operators last year found that 14 of the state’s 68 government-contracted depots would need grid ' +
    'connections more than five times their current size to run an all-electric fleet.',
  'Opposition transport spokesman Daniel Ferrier said the announcement was welcome but that the government had yet to explain ' +
    'how it would pay for the same upgrades at depots in Western Sydney. “Commuters in Blacktown and Liverpool will be asking why ' +
    'the northern beaches goes first,” he said.',
  'About 480 of the 8,000 buses in the NSW fleet are now battery-electric. The government’s target is for the whole fleet to be ' +
    'zero-emission by 2035, and Transport for NSW has said it will publish a revised timetable for the remaining depots by the ' +
    'middle of this year.',
];
const smPromo =
  'Start the day with a summary of the day’s most important and interesting stories, analysis and insights. ' + 'Sign up for our Morning Edition newsletter.';
const smCaption = 'New electric buses at the Brookvale depot, which will be the first in Sydney to run without diesel.';
const smCredit = 'Credit: Renee Kolbe';
const smRelated = 'Electric bus rollout stalls as depots wait years for grid connections';
const smNav = ['Sydney', 'NSW', 'Politics', 'Business', 'World', 'National', 'Opinion', 'Property', 'Sport', 'Culture', 'Lifestyle'];
const smTags = ['Transport', 'Electric vehicles', 'Northern Beaches'];
const smBio = ['Daniel Cheng is transport reporter for The Sydney Morning Herald.', 'Laura Bramwell is the transport editor of The Sydney Morning Herald.'];
const smMost = [
  'The suburbs where Sydney rents fell in the past three months',
  'Heatwave warning for western Sydney as temperatures tip 44 degrees',
  'Swans sign former captain’s son in surprise rookie deal',
  'Why the RBA is in no hurry to cut again',
];
const smFoot = ['Contact & support', 'Advertise with us', 'Newsletters', 'Accessibility guide', 'Sitemap', 'Photo sales', 'Privacy policy', 'Terms of use'];
const smAd = (n: number): string =>
  `<div class="_1a1Rs" data-testid="ad-wrapper"><div id="adspot-300x250-pos-${n}" data-testid="ad"></div><span class="_3aYGs">Advertisement</span></div>`;
const smP = (t: string): string => `<p class="_2rHqa">${t}</p>`;
const smHtml = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title data-react-helmet="true">',
  `${smTitle}</title><meta data-react-helmet="true" name="description" content="${texts(smBody1)[0]!}"/>`,
  '<link rel="canonical" href="https://www.smh.com.au/national/nsw/northern-beaches-bus-depot-to-go-fully-electric-20260124-p5nq2x.html"/>',
  '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"',
  `${smTitle}","datePublished":"2026-01-24T05:30:00.000Z","author":[{"@type":"Person","name":"Daniel Cheng"},`,
  '{"@type":"Person","name":"Laura Bramwell"}],"publisher":{"@type":"Organization","name":"The Sydney Morning Herald"}}</script>',
  '<style data-styled="true">._2rHqa{font-family:"Georgia";font-size:17px}._3aYGs{font-size:11px;text-transform:uppercase}</style>',
  '</head><body><div id="app"><div class="_2dV0I"><a href="#content" class="_1W5o9">Skip to main content</a>',
  '<header class="_3RxUn" role="banner"><a href="/" class="_2UvWo" aria-label="The Sydney Morning Herald homepage"><svg></svg></a>',
  '<div class="_3Q6vM"><a href="/subscribe" data-testid="header-subscribe">Subscribe</a><a href="/login" data-testid="header-login">Log in</a>',
  '</div><nav class="_1xmSz" aria-label="Primary"><ul>',
  smNav.map((t) => `<li class="_2Qbbx"><a href="/${t.toLowerCase()}">${t}</a></li>`).join(''),
  '</ul></nav></header><main id="content"><article class="_3Kqol" data-testid="article">',
  '<header class="_1Hs_t"><span class="_1K6fR" data-testid="label">Exclusive</span>',
  `<h1 class="_3WXzY" data-testid="headline" itemprop="headline">${smTitle}</h1>`,
  '<div class="_2d9Mn"><span data-testid="byline">By <a href="/by/daniel-cheng-hvf7p" class="_2Oo0r">Daniel Cheng</a> and ',
  '<a href="/by/laura-bramwell-hva8k" class="_2Oo0r">Laura Bramwell</a></span><div class="_1S6Fz">',
  '<time datetime="2026-01-24T05:30:00.000Z" data-testid="datetime">Updated January 24, 2026 — 5.42pm</time>',
  '<span class="_2_zR-">, first published at 4.30pm</span></div></div>',
  '<section class="_3fZVe" data-testid="article-actions"><button class="_1ySbM" aria-describedby="save-tooltip">Save</button>',
  '<div id="save-tooltip" role="tooltip" class="_1dmDk">Log in, register or subscribe to save articles for later.</div>',
  '<button class="_1ySbM" data-testid="share-button">Share</button><div class="_22pNQ" role="group" aria-label="Text size">',
  '<button aria-label="Normal text size">A</button><button aria-label="Larger text size">A</button>',
  '<button aria-label="Very large text size">A</button></div></section></header>',
  '<figure class="_3LKjw" data-testid="image"><picture><source srcset="https://static.ffx.io/images/$zoom_0.3%2C$multiply_0.75/',
  't_crop_custom/q_86%2Cf_auto/brookvale-buses" type="image/webp"/><img alt="" src="https://static.ffx.io/images/brookvale-buses.jpg"/></picture>',
  `<figcaption class="_2Ayrl">${smCaption}<cite class="_1ILmO">${smCredit}</cite></figcaption></figure>`,
  '<div class="_1665V" data-testid="body-content" id="bodyContent">',
  smBody1.slice(0, 2).map(smP).join(''),
  smAd(1),
  smBody1.slice(2).map(smP).join(''),
  '<aside class="_2s7bn" data-testid="related-article"><span class="_3Uyk5">Related Article</span><a href="/national/nsw/',
  `electric-bus-rollout-stalls-20250911-p5ltr0.html"><img alt="" src="https://static.ffx.io/images/bus-grid.jpg"/><h3>${smRelated}</h3></a></aside>`,
  `<h2 class="_1Qtbh">${smH2}</h2>`,
  smBody2.slice(0, 2).map(smP).join(''),
  smAd(2),
  smBody2.slice(2).map(smP).join(''),
  `<p class="_2rHqa"><em>${smPromo.replace('Sign up', '<a href="/link/follow-20170101-p5nyzx">Sign up')}</a></em></p>`,
  '</div><div class="_3bQi6"><a href="https://licensing.smh.com.au/?url=" class="_2w1BQ">License this article</a></div>',
  `<ul class="_35D-o" data-testid="tags">${smTags.map((t) => `<li><a href="/topic/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>`,
  '<section class="_2cvPl" data-testid="author-profiles">',
  smBio
    .map((b) => `<div class="_1kbmW"><img alt="" src="https://static.ffx.io/images/profile.png"/><p>${b}<a href="/by/">Connect via email.</a></p></div>`)
    .join(''),
  '</section></article><aside class="_3x7Qk" data-testid="most-viewed"><h2>Most Viewed in National</h2><ol>',
  smMost.map((t, i) => `<li><a href="/national/most-viewed-${i}"><span class="_3i2nN">${i + 1}</span>${t}</a></li>`).join(''),
  '</ol><span class="_2Na9v">Loading</span></aside></main><footer class="_1Iq1B"><nav aria-label="Footer"><ul>',
  smFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace('&', '&amp;')}</a></li>`).join(''),
  '</ul></nav><p class="_3mAhf">Copyright © 2026</p></footer></div></div>',
  '<script>window.INITIAL_STATE = {"page":{"type":"article","id":"p5nq2x"},"user":{"loggedIn":false}};</script>',
  '<script src="https://www.smh.com.au/assets/main.4c1fa9d2.js" defer></script></body></html>',
].join('');
const smh: TestPage = {
  html: smHtml,
  name: 'heldout36-sydney-morning-herald',
  kind: 'news',
  // one h2 subhead; the two writers and the "Updated" time with its "first published" tail are the bylines ("By" in neither),
  // and the two bio lines of the author cards are author lines too (bylines; "Connect via email." is furniture); the
  // "Exclusive" label, Save with its tooltip, Share, the text-size buttons (by aria-label only, their "A" in neither), the
  // caption and its "Credit:", the "Related Article" card, ad labels, the italic Morning Edition sign-up line at the end of the
  // body (a promo, not the story), "License this article", topics, "Most Viewed in National" with its rank numbers (in neither)
  // and "Loading", header, nav and footer are furniture; the nav's "Sydney" and "NSW" and the tags "Transport" and "Northern
  // Beaches" are words of the body: left out
  title: smTitle,
  headings: [smH2],
  body: [...texts(smBody1), ...texts(smBody2)],
  bylines: ['Daniel Cheng', 'Laura Bramwell', 'Updated January 24, 2026 — 5.42pm', 'first published at 4.30pm', ...smBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Log in', ...smNav.filter((t) => t !== 'NSW' && t !== 'Sydney'), 'Exclusive', 'Save',
    'Log in, register or subscribe to save articles for later.', 'Share', smCaption, smCredit, 'Advertisement', 'Related Article', smRelated,
    smPromo, 'License this article', 'Electric vehicles', 'Connect via email.', 'Most Viewed in National', ...smMost,
    'Loading', ...smFoot, 'Copyright © 2026',
  ],
};

export const HELDOUT36_C: readonly TestPage[] = [smh, stuff];
