import { links, type TestPage, texts } from './page-kit.js';
import { tradeStory } from './pages-heldout89-c2.js';

/**
 * Held-out batch 89, file c: a Yahoo News syndicated story in the "caas" article template (the Yahoo header with search,
 * "Sign in" and "Mail", the News sub-nav, the partner logo, author, time and "4 min read", the share buttons, the lead
 * figure with caption, in-body ad slots with "Advertisement", the "Story continues" button with the rest of the story below
 * it, the "This article originally appeared on" line, "View comments", the Trending Now and "Recommended Stories" rails and
 * the footer) and, from file c2, a trade publication story on WordPress (Newspaper theme).
 */
const yhTitle = 'Botanists rediscover orchid not seen in the state for 80 years, hiding along a state park creek';
const yhP1 = [
  'A small, pale-green orchid that botanists had feared was gone from the state for good has turned up along a shaded creek in Cedar Hollow State ' +
    'Park, about 20 miles north of Millbrook.',
  'The plants, a cluster of about 30 stems of the ghost-bell orchid, were spotted in late June by Rosa Delacroix, a retired high school biology ' +
    'teacher who helps lead the park’s weekly wildflower walks.',
  '“I almost walked right past them,” Delacroix said. “They are the same color as everything else down there. It was the little white bells that ' +
    'made ' +
    'me stop.”',
  'The last confirmed record of the orchid in the state was a pressed specimen collected in 1944 by a schoolteacher named Edith Marsh, now kept in the ' +
    'herbarium at Millbrook State University. Several searches since the 1980s had come up empty.',
];
const yhP2 = [
  'Delacroix took photographs and sent them to the state’s Natural Heritage Program, where botanist Samuel Oyelaran said he “nearly fell out of ' +
    'his chair.”',
  '“We get a lot of reports of rare plants, and most of them turn out to be something common,” Oyelaran said. “This one was the real thing. You ' +
    'could ' +
    'see the shape of the lip clearly in the very first picture.”',
  'Oyelaran and two colleagues visited the site in July and confirmed the find. They counted 31 flowering stems and about a dozen plants that had not ' +
    'bloomed this year, spread over an area roughly the size of a tennis court.',
  'The ghost-bell orchid grows in damp, acidic soil under hemlock and rhododendron, and depends on a fungus in the soil for much of its food. Oyelaran ' +
    'said that makes it almost impossible to grow in a nursery, so protecting the wild plants is the only real option.',
  'State park officials are not disclosing the exact location. A short section of a lightly used trail has been rerouted away from the creek, and ' +
    'rangers will check the site during the blooming season.',
  '“The biggest threat to a population this small is people,” said park manager Tyrell Banks. “Not on purpose, usually. Someone steps off the ' +
    'trail to ' +
    'get a better photo, and that is a quarter of the plants gone.”',
  'Botanists plan to return next summer to count the plants again and to collect a small amount of seed for a state seed bank, with permission from ' +
    'the park.',
  'Delacroix said she has been back once, with Oyelaran, and has no plans to go again until next June. “I know where they are,” she said. “That’s ' +
    'enough for me.”',
  'Visitors to Cedar Hollow State Park are asked to stay on marked trails and to report unusual plants to park staff rather than picking or digging them.',
];
const yhOrig =
  'This article originally appeared on Millbrook Gazette: <a href="https://www.millbrookgazette.com/story/news/2025/11/04/ghost-bell-orchid/">Lost ' +
  'orchid found in Cedar Hollow State Park after 80 years</a>';
const yhHeader = ['News', 'Finance', 'Sports', 'More', 'Mail', 'Sign in'];
const yhSub = ['Today’s news', 'US', 'Politics', 'World', 'Tech', 'Climate change', 'Health', 'Science', 'Originals', 'Newsletters'];
const yhCaption = 'Ghost-bell orchids flowering along a creek in Cedar Hollow State Park in late June.';
const yhCredit = 'Rosa Delacroix/Special to the Millbrook Gazette';
const yhTrending = [
  'Trending Now',
  'Powerball jackpot climbs past $600 million',
  'Storm brings first snow to northern plains',
  'Airline cancels hundreds of flights after system outage',
  'Museum returns stolen painting after 50 years',
  'Woman finds wedding ring in garden 16 years after losing it',
];
const yhRecommended = [
  'Recommended Stories',
  'Rare salamander turns up in backyard pond, stunning biologists',
  'How a retired teacher mapped every tree on her street',
  'Park rangers say selfie seekers are trampling wildflower meadows',
];
const yhFoot = ['Terms', 'Privacy', 'Your Privacy Choices', 'CA Privacy Notice', 'About Our Ads', 'Help', 'Sitemap', 'Feedback'];
const yhCopy = '© 2025 Yahoo. All rights reserved.';
const yhPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const yhAd = (id: string): string =>
  `<div class="caas-da"><div class="ad-label">Advertisement</div><div id="${id}" class="ad-slot" data-ad-loc="${id}"></div></div>`;
const yhHtml = `<!DOCTYPE html>
<html id="atomic" lang="en-US" class="NoJs desktop"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Botanists rediscover orchid not seen in the state for 80 years, hiding along a state park creek</title>
<meta name="description" content="A small, pale-green orchid that botanists had feared was gone from the state for good has turned up in Cedar Hollow
State Park.">
<meta property="og:site_name" content="Yahoo News"><meta property="og:type" content="article"><meta property="og:title" content="${yhTitle}">
<meta name="oath:guce:consent-host" content="guce.yahoo.com"><link rel="canonical"
href="https://www.millbrookgazette.com/story/news/2025/11/04/ghost-bell-orchid/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${yhTitle}","datePublished":"2025-11-05T11:14:22.000Z",
"author":{"@type":"Person","name":"Nora Pritchett"},"provider":{"@type":"Organization","name":"Millbrook Gazette"},
"publisher":{"@type":"Organization","name":"Yahoo News"}}</script>
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"news","region":"US","lang":"en-US","device":"desktop"};</script>
<link rel="stylesheet" href="https://s.yimg.com/aaq/c/5f2a1c8.min.css"></head>
<body><div id="ybar" class="_yb_1xvpc" role="banner"><div class="_yb_logo"><a href="https://news.yahoo.com/"><span class="_yb_logo_text">Yahoo
News</span></a></div>
<form class="_yb_search" role="search"><label for="ybar-sbq" class="_yb_sr">Search query</label><input id="ybar-sbq" type="text" placeholder="Search the web">
<button type="submit" aria-label="Search"></button></form><ul class="_yb_nav">${links(yhHeader, '_yb_nav_item')}</ul></div>
<nav class="news-subnav" aria-label="News"><ul>${links(yhSub, 'subnav-item')}</ul></nav>
<div id="YDC-Lead"></div><div id="YDC-Col1" class="YDC-Col1"><div id="module-article" class="caas-container"><article class="caas-container caas-body-wrapper"
data-uuid="6e3c1f0a-2b7d-3e55-9a41-0c8b7f2d1e44" role="article"><header class="caas-header"><h1 data-test-locator="headline">${yhTitle}</h1></header>
<div class="caas-attr"><div class="caas-logo"><a class="link caas-attr-provider-logo" href="https://www.millbrookgazette.com/"><img alt="Millbrook Gazette"
src="https://s.yimg.com/cv/apiv2/millbrook-gazette-logo.png"></a></div><div class="caas-attr-meta"><div class="caas-attr-item-author">
<span class="caas-author-byline-collapse">Nora Pritchett</span></div><div class="caas-attr-time-style"><time datetime="2025-11-05T11:14:22.000Z">Wed,
November 5,
2025 at 6:14 AM EST</time><span class="caas-attr-mins-read">4 min read</span></div></div>
<div class="caas-share-buttons"><button class="caas-share-button" aria-label="Share on Facebook"></button><button class="caas-share-button"
aria-label="Share on X">
</button><button class="caas-share-button" aria-label="Email"></button><button class="caas-share-button
caas-share-more"><span>Share</span></button></div></div>
<div class="caas-content-wrapper"><div class="caas-body"><figure class="caas-figure"><div class="caas-img-container"><img alt="Small white bell-shaped
flowers"
src="https://s.yimg.com/ny/api/res/1.2/orchid.jpg" class="caas-img"></div><figcaption class="caption-collapse"><p>${yhCaption} <span
class="caas-img-credit">${yhCredit}</span></p></figcaption></figure>
${yhPs(yhP1.slice(0, 2))}
${yhAd('sda-INARTICLE')}
${yhPs(yhP1.slice(2))}
<div class="caas-readmore caas-readmore-collapse"><button class="link caas-button collapse-button" title="">Story continues</button></div>
<div class="caas-body-collapse">
${yhPs(yhP2.slice(0, 4))}
${yhAd('sda-INARTICLE-2')}
${yhPs(yhP2.slice(4))}
<p><em>${yhOrig}</em></p></div></div></div>
<div class="caas-comments"><button class="caas-comment-button link"><span>View comments</span></button></div></article></div></div>
<div id="YDC-Col2" class="YDC-Col2"><div class="trending-list"><h3>${yhTrending[0]}</h3><ol>
${yhTrending
  .slice(1)
  .map((t, i) => `<li><a href="https://news.yahoo.com/trending-${i}.html"><span class="rank">${i + 1}</span><span class="title">${t}</span></a></li>`)
  .join('\n')}</ol></div>${yhAd('sda-LREC')}</div>
<div id="YDC-Bottom" class="recommended"><h2>${yhRecommended[0]}</h2><ul>
${yhRecommended
  .slice(1)
  .map((t, i) => `<li class="stream-item"><a href="/rec-${i}.html"><h3 class="stream-title">${t}</h3></a></li>`)
  .join('\n')}</ul></div>
<footer class="footer" role="contentinfo"><ul class="footer-links">${links(yhFoot, 'footer-link')}</ul><p class="footer-copy">${yhCopy}</p></footer>
<script src="https://s.yimg.com/aaq/c/caas-article.b3e9c1.min.js" defer></script></body></html>`;
const yahooStory: TestPage = {
  html: yhHtml,
  name: 'heldout89-yahoo-news-syndicated-news',
  kind: 'news',
  // the text below "Story continues" is body; the author, the time and "4 min read" are bylines; the partner logo is an
  // image; the header, sub-nav, share, caption, credit, ad labels, the "originally appeared on" line, "View comments",
  // Trending Now (with its rank numbers left out), Recommended Stories and the footer are furniture
  title: yhTitle,
  headings: [],
  body: texts([...yhP1, ...yhP2]),
  bylines: ['Nora Pritchett', 'Wed, November 5, 2025 at 6:14 AM EST', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Yahoo News', 'Search query', ...yhHeader, ...yhSub, 'Share', yhCaption, yhCredit, 'Advertisement', 'Story continues', ...texts([yhOrig]),
    'View comments', ...yhTrending, ...yhRecommended, ...yhFoot, yhCopy,
  ],
};

export const HELDOUT89_C: readonly TestPage[] = [yahooStory, tradeStory];
