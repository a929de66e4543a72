import { links, type TestPage, texts } from './page-kit.js';
import { updatesStory } from './pages-heldout110-a2.js';
import { lis, paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file a: a regional daily on Arc XP (Fusion) with a "Key facts" box near the top of the story and a
 * "What happens next" box at its end (header nav chain, alert bar, subscribe offer, byline block, share bar, lead image
 * caption and credit, inline "Read more" link, a mid-article ad slot, tags, the "Most read" rail, the newsletter signup,
 * the OneTrust banner and the footer) and, from file a2, a BBC-style news story with a "Latest updates" list at the top.
 */
const title = 'Cobb Street bridge to close for 14 months as council approves $38 million rebuild';
const dek = 'The 1962 span carries about 21,000 vehicles a day. Detours will send most traffic over the Ferrand Avenue crossing.';
const p1 = paras(`
PORT AVERY — The Cobb Street bridge will close to all traffic from March 2 for at least 14 months after the city council
voted 7-2 on Tuesday night to replace the ageing span rather than patch it for a third time.

The decision ends nearly two years of argument over the crossing, which engineers rated "poor" in 2024 after divers found
corroded steel in two of its four river piers.`);
const factsH = 'Key facts';
const facts = [
  'Closure starts: March 2, 2027, for about 14 months',
  'Cost: $38.4 million, 80% paid by a federal bridge grant',
  'Traffic: about 21,000 vehicles a day, plus the No. 9 and No. 14 bus routes',
  'Detour: Ferrand Avenue bridge, 1.3 miles upstream',
];
const p2 = paras(`
Council member Rosa Delacroix, whose ward includes the east end of the bridge, said the vote was the hardest she had cast in
six years. "Nobody on the east side wants to lose this bridge for a year," she said. "But I am not willing to wait until a
pier gives out and we lose it for good."

The two votes against came from members who wanted a shorter closure. Council member Arturo Beale argued for a staged rebuild
that would keep one lane open in each direction. City engineer Philippa Ngata told the council that option would add about
nine months and $6 million to the job, and would leave workers next to live traffic for most of it.

Business owners on Cobb Street packed the chamber for the vote. Hal Okafor, who has run a hardware store two blocks from the
bridge since 1998, said his Saturday trade comes mostly from the other side of the river. "Fourteen months is a long time to
ask people to drive the long way to buy a box of screws," he said.

The city has set aside $400,000 for a "shop local" campaign and extra signs pointing drivers to the businesses along the
detour. Delacroix said she would push for the money to be doubled at next month's budget review.

Port Avery Transit said the No. 9 and No. 14 buses will run over the Ferrand Avenue bridge during the closure, adding about
eight minutes to each trip. A free shuttle for pedestrians and cyclists will cross on a temporary walkway that the contractor
must build before the old deck comes down.

The federal grant, awarded last summer, covers 80% of the cost. The city's share, about $7.7 million, will come from the
capital reserve, so the work will not need a new bond or a tax increase, finance director Lionel Marsh said.`);
const nextH = 'What happens next';
const next = [
  'Utility crews begin moving gas and water lines off the bridge in January.',
  'The city will hold two drop-in sessions on the detour, on Jan. 12 and Jan. 14 at the Eastside Library.',
  'Demolition of the deck is due to start in April; the new bridge should open by May 2028.',
];
const nav = ['News', 'Local', 'Sports', 'Business', 'Opinion', 'Obituaries', 'e-Edition', 'Events'];
const mostRead = [
  'Eastside Library to stay open on Sundays after donor gift',
  'Police identify man found near rail yard',
  'Harbor Hawks rally late to win home opener',
  'What to know about the new trash pickup schedule',
];
const foot = ['About us', 'Contact us', 'Advertise', 'Careers', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const tags = ['Transportation', 'Port Avery City Council', 'Cobb Street'];
const caption = 'Traffic crosses the Cobb Street bridge on Tuesday, hours before the council vote to replace it.';
const para = (a: readonly string[]): string => a.map((t) => `<p class="c-paragraph">${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} – The Port Avery Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Port Avery Ledger"><meta property="og:title" content="${title}">
<meta name="article:published_time" content="2026-12-02T04:15:00Z"><link rel="canonical"
href="https://www.portaveryledger.example/news/local/2026/12/02/cobb-street-bridge-closure/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-12-02T04:15:00Z",
"dateModified":"2026-12-02T14:40:00Z","author":[{"@type":"Person","name":"Megan Szabo"}],"publisher":{"@type":"Organization","name":"The Port Avery Ledger"},
"isAccessibleForFree":false}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="port-avery";Fusion.contentCache={};</script>
<script src="https://www.portaveryledger.example/pf/dist/engine/react.js?d=512" defer></script>
<link rel="stylesheet" href="https://www.portaveryledger.example/pf/resources/dist/port-avery/css/style.css?d=512"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<div class="b-alert-bar" role="alert"><span class="b-alert-bar__label">Breaking</span><a href="/news/2026/12/02/power-outage/">Power restored to most of
the North End after overnight outage</a></div>
<header class="b-header-nav-chain"><nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><button class="c-button" aria-label="Sections">
<span>Sections</span></button><a class="b-header-nav-chain__logo" href="/"><img alt="The Port Avery Ledger" src="/pf/resources/images/logo.svg"></a>
<ul class="b-header-nav-chain__links">${links(nav, 'b-links-bar__item')}</ul><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button" href="/account/login/">Sign In</a></nav></header>
<div class="b-subscription-offer" data-paywall="offer"><p>Unlimited digital access for 99¢ for your first month.</p><a href="/subscribe/">Claim offer</a></div>
<main id="main" class="b-single-column-regular"><article class="b-article-body-container">
<nav class="b-overline"><a class="c-overline" href="/news/local/">Local News</a></nav>
<h1 class="b-headline c-heading">${title}</h1><h2 class="b-subheadline c-heading">${dek}</h2>
<div class="b-byline"><span class="c-attribution">By <a href="/people/megan-szabo/">Megan Szabo</a></span>
<span class="b-byline__role">Staff writer</span></div>
<div class="b-date"><time datetime="2026-12-02T04:15:00Z">Published: Dec. 2, 2026, 11:15 p.m.</time>
<time datetime="2026-12-02T14:40:00Z">Updated: Dec. 2, 2026, 9:40 a.m.</time></div>
<div class="b-share-bar"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share by Email">Email</button><button aria-label="Copy link">Copy link</button><button
aria-label="Gift this article">Gift Article</button></div>
<figure class="b-lead-art c-media-item"><img alt="Cars on the Cobb Street bridge" src="https://www.portaveryledger.example/resizer/cobb.jpg">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${caption}</span>
<span class="c-media-item__credit">(Dana Whitlock / The Port Avery Ledger)</span></figcaption></figure>
<div class="b-article-body">
${para(p1)}
<div class="c-html-box factbox"><aside class="story-box story-box--key-facts"><h2 class="story-box__title">${factsH}</h2>
<ul class="story-box__list">${lis(facts)}</ul></aside></div>
${para(p2.slice(0, 2))}
<p class="c-paragraph interstitial-link"><b>Read more:</b> <a href="/news/2026/10/bridge-divers/">Divers found rust in Cobb Street bridge piers. Here's what
they saw</a></p>
<div class="b-ad-block" data-ad-name="arcad_inline_1"><span class="arcad-label">Advertisement</span><div id="arcad-inline1" class="arcad"></div></div>
${para(p2.slice(2))}
<div class="c-html-box factbox"><aside class="story-box story-box--next"><h2 class="story-box__title">${nextH}</h2><ul class="story-box__list">
${lis(next)}</ul></aside></div>
</div>
<div class="b-tag-list"><span class="b-tag-list__label">Topics:</span><ul>${links(tags, 'c-tag')}</ul></div>
<p class="b-correction-note">Have a news tip? Email <a href="mailto:tips@portaveryledger.example">tips@portaveryledger.example</a>.</p>
</article>
<aside class="b-right-rail"><section class="b-top-table-list"><h2 class="b-header">Most read</h2><ol>${links(mostRead, 'top-table-list-item')}</ol></section>
<div class="b-ad-block" data-ad-name="arcad_right_rail"><span class="arcad-label">Advertisement</span></div>
<section class="b-newsletter"><h2>Get the Morning Ledger</h2><p>Local news in your inbox every weekday at 6 a.m.</p><label for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">Sign up</button></section></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(foot)}</ul><p
class="b-footer__copyright">© 2026 The Port Avery Ledger. All rights reserved.</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to personalize content and ads and to analyze our traffic.</p></div>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.globalContent={"_id":"QX7KCOBB"};</script></body></html>`;
const arcFactbox: TestPage = {
  html,
  name: 'heldout110-arc-xp-news-key-facts',
  kind: 'news',
  // the newsroom's own "Key facts" and "What happens next" boxes are part of the story: their titles are headings and their
  // items body; the dek is body; the "Read more" interstitial link, the tip line and the paywall offer are furniture
  title,
  headings: [factsH, nextH],
  body: [dek, ...p1, ...facts, ...p2, ...next],
  bylines: ['By Megan Szabo', 'Staff writer', 'Published: Dec. 2, 2026, 11:15 p.m.', 'Updated: Dec. 2, 2026, 9:40 a.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Breaking', 'Power restored to most of the North End after overnight outage', 'Sections', ...nav, 'Subscribe', 'Sign In',
    'Unlimited digital access for 99¢ for your first month.', 'Claim offer', 'Local News', 'Facebook', 'X', 'Email', 'Copy link', 'Gift Article', caption,
    '(Dana Whitlock / The Port Avery Ledger)', ...texts(["<b>Read more:</b> Divers found rust in Cobb Street bridge piers. Here's what they saw"]),
    'Advertisement', 'Topics:', ...tags, 'Have a news tip? Email tips@portaveryledger.example.', 'Most read', ...mostRead, 'Get the Morning Ledger',
    'Local news in your inbox every weekday at 6 a.m.', 'Email address', 'Sign up', ...foot, '© 2026 The Port Avery Ledger. All rights reserved.',
    'We use cookies and similar technologies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT110_A: readonly TestPage[] = [arcFactbox, updatesStory];
