import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file b2: a metropolitan newspaper's long obituary of a notable person on an Arc XP (Fusion) template:
 * masthead with section nav, section label, dek, byline with reading time, share tools, lead photo with caption and credit,
 * a pull quote, an inline "Read more" promo, the newsletter sign-up, "More obituaries" rail and footer.
 */
const aTitle = 'Odalys Brenner, who drew the city’s bridges for half a century, dies at 93';
const aDek = 'Her ink drawings of the Narrows crossings hung in three city halls and on the cover of every phone book from 1968 to 1991.';
const aBody = [
  j(
    'Odalys Brenner, an architectural illustrator whose precise, unhurried ink drawings of the Narrows bridges became the city’s',
    'unofficial portrait of itself, died March 2 at her home in the Eastbank neighborhood. She was 93.',
  ),
  'The cause was heart failure, said her nephew, Tomas Brenner.',
  j(
    'For more than fifty years, Ms. Brenner walked the riverbanks with a folding stool, a bottle of India ink and a stack of',
    'hot-pressed paper. She drew the Ferris Street bridge so many times that the bridge authority once asked her, only half joking,',
    'to report any rust she noticed.',
  ),
  j(
    'Her drawings were not romantic. She refused to add sunsets, gulls or couples on the walkways, and she counted rivets. “A bridge',
    'is an argument about weight,” she told a reporter in 1979. “If I get the weight wrong, the drawing lies.”',
  ),
  j(
    'That insistence made her work unusually useful. Engineers at the bridge authority kept a folio of her drawings of the old',
    'swing span, and when the span was replaced in 1996, her 1962 elevation was used to reconstruct the original lamp standards.',
  ),
  j(
    'Odalys Ferrer was born on Nov. 14, 1932, in Cienfuegos, Cuba, the daughter of a harbor pilot and a seamstress. The family moved',
    'to the city in 1947, and she studied drafting at the Eastbank Vocational School, one of two girls in her class. In 1955 she',
    'married Karl Brenner, a surveyor for the county, who died in 2004.',
  ),
  j(
    'She worked for two decades in the drafting room of the Marchetti & Lowe engineering firm, drawing by day and sketching outdoors',
    'on weekends. Her break came in 1967, when the regional telephone company chose one of her river drawings for the cover of its',
    'directory; the commission was renewed every year until the company changed its design in 1991.',
  ),
  j(
    'Later in life she taught a free Saturday drawing class at the Eastbank branch library, where she required students to draw the',
    'same lamp post every week for a month. Several of those students went on to careers in architecture.',
  ),
  '“She taught us that looking is work,” said Renata Oduya, an architect who took the class in 1988. “She never let you guess.”',
  j(
    'The city archive acquired about 1,400 of her drawings in 2019. An exhibition, “The Weight of Bridges,” is planned for the',
    'Riverside Gallery next spring.',
  ),
  j(
    'In addition to her nephew, survivors include a sister, Marisol Ferrer of Tampa Key, and several grandnieces and grandnephews.',
    'Ms. Brenner had no children.',
  ),
  j(
    'Asked in 2015 whether she had ever tired of the same few bridges, she said she had not. “They change every day,” she said.',
    '“The light is different, and I am different. The bridge is the only one that stays.”',
  ),
];
const aQuote = '“A bridge is an argument about weight. If I get the weight wrong, the drawing lies.”';
const aNav = ['Local', 'Politics', 'Business', 'Sports', 'Arts', 'Food', 'Opinion', 'Obituaries'];
const aMore = [
  'Felix Amundsen, ferry captain who never missed a crossing, dies at 88',
  'Dolores Keane, founder of the Eastbank food pantry, dies at 79',
  'Arthur Lim, jazz pianist of the Harbor Room, dies at 84',
];
const aFoot = ['About Us', 'Contact', 'Careers', 'Subscriber Services', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} - The Harbor City Ledger</title>
<meta name="description" content="${aDek}"><meta property="og:type" content="article"><meta property="article:section" content="Obituaries">
<meta name="author" content="Lucia Farrant"><meta property="article:published_time" content="2026-03-05T16:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","author":{"@type":"Person",
"name":"Lucia Farrant"},"datePublished":"2026-03-05T16:00:00Z","publisher":{"@type":"Organization","name":"The Harbor City Ledger"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="ledger";Fusion.deployment="812";
Fusion.globalContent={"_id":"ZQ4KX7B2","type":"story","taxonomy":{"primary_section":{"_id":"/obituaries"}}};</script></head>
<body><div id="fusion-app" class="layout-section"><div class="b-header-nav-chain" data-fusion-component="header-nav-chain">
<nav class="c-nav"><a class="c-nav__logo" href="/">The Harbor City Ledger</a><ul class="c-nav__links">${links(aNav, 'c-nav__link')}</ul>
<button class="c-nav__search" aria-label="Search">Search</button><a class="c-nav__subscribe" href="/subscribe/">Subscribe for $1</a></nav></div>
<main class="b-single-column-regular"><article class="b-article" data-fusion-component="article-body">
<div class="b-overline"><a class="c-overline" href="/obituaries/">Obituaries</a></div>
<h1 class="b-headline c-heading" data-fusion-component="headline">${aTitle}</h1>
<h2 class="b-subheadline c-heading" data-fusion-component="subheadline">${aDek}</h2>
<div class="b-byline" data-fusion-component="byline">
<span class="c-byline__by">By</span> <a class="c-link" href="/people/lucia-farrant/">Lucia Farrant</a></div>
<div class="b-date" data-fusion-component="date"><time datetime="2026-03-05T16:00:00Z">March 5, 2026 at 11:00 a.m. EST</time>
<span class="c-read-time">7 min read</span></div>
<div class="b-share-bar" data-fusion-component="share-bar"><button class="c-share" data-share="facebook">Share on Facebook</button>
<button class="c-share" data-share="x">Share on X</button><button class="c-share" data-share="email">Share via Email</button>
<button class="c-share" data-share="copy">Copy link</button></div>
<figure class="b-lead-art c-media-item"><img src="https://www.ledger.example/resizer/v2/brenner-ferris-street.jpg" alt="Odalys Brenner at her drawing table">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Odalys Brenner at her drawing table in Eastbank in 1984.</span>
<span class="c-media-item__credit">(Ledger archive)</span></figcaption></figure>
<div class="b-article-body">
${ps(aBody.slice(0, 4), ' class="c-paragraph"')}
<aside class="c-pull-quote"><blockquote><p class="c-pull-quote__text">${aQuote}</p></blockquote></aside>
${ps(aBody.slice(4, 7), ' class="c-paragraph"')}
<div class="c-interstitial-link"><p><strong>Read more:</strong> <a href="/local/2025/10/narrows-bridge-lamps/">How the old Narrows lamps came back,
one drawing at a time</a></p></div>
${ps(aBody.slice(7), ' class="c-paragraph"')}
</div>
<div class="b-newsletter-signup"><h3>Sign up for Ledger Remembers</h3><p>A weekly newsletter about the lives of people who shaped Harbor City.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign up</button></form></div></article>
<aside class="b-right-rail"><h2 class="c-heading">More obituaries</h2><ul>${links(aMore, 'c-rail-item')}</ul>
<div class="arcad" id="arcad_right_rail"><span class="arcad-label">Advertisement</span></div></aside></main>
<footer class="b-footer"><ul class="c-footer__links">${links(aFoot)}</ul><p class="c-footer__copyright">© 1998 - 2026 The Harbor City Ledger.
All rights reserved.</p></footer>
<div class="sp_message_container" id="sp_message_container_1"><p>We and our partners use cookies to give you the best experience.</p>
<button title="Accept" class="message-button">Accept</button><button title="Manage" class="message-button">Manage choices</button></div></div>
<script src="/pf/dist/engine/react.js?d=812"></script></body></html>`;
export const arc: TestPage = {
  name: 'heldout324-arcxp-notable-obituary-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([aDek, ...aBody]),
  bylines: ['By Lucia Farrant', 'March 5, 2026 at 11:00 a.m. EST', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Harbor City Ledger', ...aNav, 'Search', 'Subscribe for $1', 'Share on Facebook', 'Share on X', 'Share via Email', 'Copy link',
    'Odalys Brenner at her drawing table in Eastbank in 1984.', '(Ledger archive)', aQuote,
    'Read more: How the old Narrows lamps came back, one drawing at a time', 'Sign up for Ledger Remembers',
    'A weekly newsletter about the lives of people who shaped Harbor City.', 'Sign up', 'More obituaries', ...aMore, 'Advertisement', ...aFoot,
    '© 1998 - 2026 The Harbor City Ledger. All rights reserved.', 'We and our partners use cookies to give you the best experience.', 'Accept',
    'Manage choices',
  ],
};
