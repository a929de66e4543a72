import { links, type TestPage, texts } from './page-kit.js';
import { msnSyndicated } from './pages-heldout32-f2.js';

/**
 * Held-out batch 32, file f: a partner story syndicated on Yahoo News (the "caas" content template: Yahoo header with search,
 * "Sign in" and "Mail", the News sub-nav, the partner's logo link, hed, the author and the UTC time with reading time, share
 * buttons with the "Link Copied" tooltip, the lead image caption and partner credit, body paragraphs with the "Story
 * continues" button and ad slots between them, the partner's own end lines (contact line and "This article originally
 * appeared on"), the "View comments" button, "Recommended Stories" and "Trending Now" rails, the footer and JSON-LD).
 */
const yhPartner = 'Carteret Coast Ledger';
const yhTitle = 'Pelican Shoals votes to let dunes reclaim its oceanfront parking lot';
const yhBody = [
  'PELICAN SHOALS — The town’s only oceanfront public parking lot will be torn up and left to the sand, the Board of ' +
    'Commissioners decided Tuesday night in a 4-1 vote that drew a crowd of more than 200 people to the fire station meeting room.',
  'The 86-space lot at the end of Marsh Hen Road has been buried by overwash at least six times since 2020, most recently during ' +
    'a nor’easter in November that left sand three feet deep across the asphalt. Town staff estimated the cost of clearing it ' +
    'after each storm at between $18,000 and $30,000.',
  '“We keep paying to shovel the ocean back where it came from, and the ocean keeps winning,” said Commissioner Harold Wynne, ' +
    'who proposed the plan. “At some point you stop fighting and start planning.”',
  'Under the plan, contractors will remove the pavement this spring, and volunteers from the Pelican Shoals Dune Keepers will plant ' +
    'sea oats and American beach grass to help a new dune form. The town will replace the lost spaces with a gravel lot on a ' +
    'town-owned parcel about a quarter mile inland and run a free shuttle on summer weekends.',
  'Several business owners on the east end of the island opposed the change, saying visitors will not walk or wait for a ' +
    'shuttle. Donna Merritt, who has run a surf shop across the road from the lot for 22 years, said she expects to lose a third of ' +
    'her summer sales. “People want to park and see the water,” she said. “That’s the whole point of coming here.”',
  'Commissioner Ray Ballard, the lone no vote, said he supported protecting the dunes but wanted the town to wait until the ' +
    'inland lot was finished. Town Manager Celia Ortiz said the gravel lot should be ready by Memorial Day.',
  'The project is funded largely by a $410,000 state grant for coastal resilience, with the town contributing about $60,000.',
];
const yhContact = 'Reach Jordan Pike at jpike@carteretledger.example or 252-555-0148.';
const yhSource = `This article originally appeared on ${yhPartner}: ${yhTitle}`;
const yhNav = ['News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping', 'Yahoo Plus', 'More'];
const yhSub = ['Today’s news', 'US', 'Politics', 'World', 'Tech', 'Climate change', 'Health', 'Science', 'Originals'];
const yhRec = [
  'Outer Banks county weighs new rules for sandbag walls',
  'Hatteras ferry schedule cut again as channel fills with sand',
  'Coastal towns split over who should pay for beach renourishment',
];
const yhTrending = ['Powerball jackpot climbs after no winner', 'Storm watch issued for the Carolinas', 'Five takeaways from the playoff upset'];
const yhFoot = ['Terms and Privacy Policy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Sitemap', 'Feedback'];
const yhCaption = 'Sand covers the oceanfront parking lot at the end of Marsh Hen Road in Pelican Shoals after a November storm.';
const yhAd = (n: number): string =>
  `<div class="caas-da" data-wf-image="1"><div id="sda-INARTICLE-${n}" class="sda-INARTICLE"><span class="ad-label">Advertisement</span></div></div>`;
const yhP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const yhHtml = `<!DOCTYPE html><html lang="en-US" class="yahoo"><head><meta charset="utf-8"><title>${yhTitle}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yhTitle}","provider":{"@type":"Organization",
"name":"${yhPartner}"},"author":{"@type":"Person","name":"Jordan Pike"},"datePublished":"2026-01-28T14:12:31.000Z"}</script>
<script>window.YAHOO=window.YAHOO||{};YAHOO.context={"site":"news","lang":"en-US","region":"US","device":"desktop"};</script></head>
<body class="caas-body-wrapper"><div id="ybar" class="_yb_1b2c3"><a href="https://www.yahoo.com/" aria-label="Yahoo Home">Yahoo News</a>
<form role="search"><input type="text" name="p" placeholder="Search the web" aria-label="Search query"><button type="submit">Search</button></form>
<a href="https://login.yahoo.com/">Sign in</a><a href="https://mail.yahoo.com/">Mail</a><nav><ul>${links(yhNav, '_yb_navitem')}</ul></nav></div>
<nav id="news-subnav" aria-label="News"><ul>${links(yhSub)}</ul></nav>
<main id="Main" role="main"><div id="module-article" class="caas-container"><article class="caas-content" data-uuid="8c1a2f4e-0b77-3d1e-9f5a-6e2d8c0b4a71">
<div class="caas-logo"><a href="https://www.carteretledger.example/" aria-label="${yhPartner}"><img alt="${yhPartner}" src="logo.png"></a></div>
<header class="caas-header"><h1 data-test-locator="headline">${yhTitle}</h1></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Jordan Pike</span></div>
<div class="caas-attr-time-style"><time datetime="2026-01-28T14:12:31.000Z">Wed, January 28, 2026 at 2:12 PM UTC</time>
<span class="caas-attr-mins-read">3 min read</span></div></div>
<div class="caas-share-buttons"><button aria-label="Share">Share</button><a title="Email">Email</a><a title="Facebook">Facebook</a><a title="X">X</a>
<span class="caas-tooltip" hidden>Link Copied</span></div></div>
<figure class="caas-figure"><img src="https://s.yimg.com/ny/api/res/1.2/pelican-lot.jpg" alt=""><figcaption class="caption-collapse">${yhCaption}
<span class="caas-attr-provider">Jordan Pike/${yhPartner}</span></figcaption></figure>
<div class="caas-body">
${yhP(yhBody.slice(0, 3))}
${yhAd(1)}
<button class="link caas-button collapse-button" aria-label="Story continues">Story continues</button>
${yhP(yhBody.slice(3, 6))}
${yhAd(2)}
${yhP(yhBody.slice(6))}
<p><em>${yhContact}</em></p>
<p><em>This article originally appeared on ${yhPartner}: <a href="https://www.carteretledger.example/story/news/local/2026/01/28/">${yhTitle}</a></em></p>
</div><div class="caas-comments-button"><button>View comments</button></div></article></div>
<section id="recommended-stories"><h2>Recommended Stories</h2><ul>${links(yhRec)}</ul></section>
<aside id="trending-now"><h2>Trending Now</h2><ol>${links(yhTrending)}</ol></aside></main>
<footer id="footer"><ul>${links(yhFoot)}</ul><p>© 2026 Yahoo. All rights reserved.</p></footer></body></html>`;
const yahooSyndicated: TestPage = {
  html: yhHtml,
  name: 'heldout32-yahoo-news-syndicated',
  kind: 'news',
  // the partner story's paragraphs are body (the "PELICAN SHOALS —" dateline stays in the first); the author's name, the time
  // and the partner's contact line for its reporter are bylines; the partner's name (logo, caption credit) is furniture; the
  // partner's "This article originally appeared on" line repeats the title after the partner name: furniture, as a source note;
  // share buttons, "Link Copied", the caption, ad labels, "Story continues", "View comments", both rails, Yahoo header, nav,
  // sub-nav and footer are furniture (the search box's placeholder is no text); "Share" and "X" are left out (too short to tell
  // apart), the nav's "More" too (a body word)
  title: yhTitle,
  headings: [],
  body: texts(yhBody),
  bylines: ['Jordan Pike', 'Wed, January 28, 2026 at 2:12 PM UTC', yhContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yahoo News', 'Search', 'Sign in', 'Mail', ...yhNav.filter((t) => t !== 'More'), ...yhSub,
    yhPartner, '3 min read', 'Email', 'Facebook', 'Link Copied', yhCaption, 'Advertisement', 'Story continues', yhSource, 'View comments',
    'Recommended Stories', ...yhRec, 'Trending Now', ...yhTrending, ...yhFoot, '© 2026 Yahoo. All rights reserved.',
  ],
};

export const HELDOUT32_F: readonly TestPage[] = [yahooSyndicated, msnSyndicated];
