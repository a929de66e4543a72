import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page c2: an RTÉ News shape story ("RNÉ News"): the masthead with the network menu and the news
 * sub-menu, the "Updated / <day, date time>" line with author and role, the lead image caption, share links, "Read more:"
 * paragraphs with links inside the article text, an embedded video with its caption, the topic tags, "Most Read" and
 * "Latest" rails, the footer with RNÉ's note on external sites and the cookie banner.
 */
export const title = 'Hosepipe ban and night-time cuts extended in Kilbrannagh as reservoir stays low';
export const blocks: readonly Block[] = [
  [
    'p',
    'Uisce Náisiúnta has extended night-time water restrictions across Kilbrannagh and its surrounding area for at least three more ' +
      'weeks, after a dry autumn left the main reservoir at just over half its normal level for the time of year.',
  ],
  [
    'p',
    'The utility said supply would continue to be reduced between 11pm and 7am each night, affecting around 18,000 homes and businesses ' +
      'in the town and in the villages of Drumcarra, Lisheen and Ballinure.',
  ],
  ['p', 'A hosepipe ban, which was introduced in September, will also stay in place. Under the ban, people are prohibited from:'],
  [
    'ul',
    [
      'watering gardens or allotments with a hosepipe',
      'washing cars, boats or patios with a hosepipe or power washer',
      'filling paddling pools, ponds or ornamental fountains',
    ],
  ],
  [
    'p',
    'Uisce Náisiúnta’s regional operations manager, Declan Furlong, said rainfall in the catchment over the past three months had been ' +
      '42% below the long-term average.',
  ],
  [
    'p',
    '"We know the night-time restrictions are causing real difficulty for people, particularly shift workers and families with young ' +
      'children, and we are sorry for that," he said. "But without them we would be looking at daytime outages within a fortnight."',
  ],
  [
    'p',
    'He said leakage in the town’s network, much of which dates from the 1950s, remained a serious problem, with an estimated 37% of ' +
      'treated water lost before it reached customers.',
  ],
  [
    'p',
    'Work on replacing 11km of old mains in the town centre is due to begin in the new year, and a new pipeline linking Kilbrannagh to ' +
      'the larger Lough Arrow supply is at design stage.',
  ],
  [
    'p',
    'Local councillors have criticised the pace of the upgrades. Cllr Aoife Brennan said businesses in the town, including two hotels ' +
      'and a food processing plant, had been "left in limbo" by repeated restrictions over the past three summers.',
  ],
  ['p', '"This is the third year in a row. It is not a once-off drought any more, it is a network that is not fit for purpose," she told RNÉ ' + 'News.'],
  [
    'p',
    'Met Éireann Nua has forecast a return to more unsettled weather from next week, but the utility said several weeks of sustained ' +
      'rain would be needed before the reservoir recovered.',
  ],
  ['p', 'Customers can check the status of their supply and the times of planned restrictions on the Uisce Náisiúnta website.'],
];
export const skip = 'Skip to main content';
export const network = ['News', 'Sport', 'Entertainment', 'Business', 'Lifestyle', 'Culture', 'Player', 'TV', 'Radio', 'Weather'];
export const newsNav = ['Ireland', 'World', 'Politics', 'Courts', 'Health', 'Education', 'Environment', 'Regional', 'Investigations Unit'];
export const header = ['Sign In', 'Search'];
export const caption = 'Levels at the Kilbrannagh reservoir are at just over half of normal for the time of year';
export const share = ['Share this article', 'Facebook', 'X', 'WhatsApp', 'Email'];
export const readMore = ['Read more:', 'Why is Ireland losing so much treated water?', 'Night-time water cuts to continue in Kilbrannagh'];
export const video = 'Restrictions have been in place in Kilbrannagh since September';
export const tags = ['Kilbrannagh', 'Uisce Náisiúnta', 'Water Supply'];
export const mostRead = [
  'Most Read',
  'Gardaí investigate after man found injured in Drumcarra',
  'Budget surplus larger than expected, department figures show',
  'Storm warning issued for western counties',
];
export const latest = ['Latest', 'Minister to bring housing memo to Cabinet', 'Three-car collision closes N24 for several hours'];
export const footer = ['About RNÉ', 'Contact', 'Careers', 'Privacy Notice', 'Cookie Policy', 'Accessibility', 'Terms of Use', 'Complaints'];
export const footNote =
  'RNÉ.ie is the website of Raidió Náisiúnta Éireann, Ireland’s National Public Service Media. RNÉ is not responsible for the content of ' +
  'external internet sites.';
export const cookie = [
  'RNÉ uses cookies and similar technologies to give you the best experience, to show you relevant content and to analyse our traffic.',
  'Accept All Cookies',
  'Cookie Settings',
];
export const bylines = ['Updated / Wednesday, 12 Nov 2025 14:39', 'Niamh Ó Ceallaigh', 'South East Correspondent'];

const readMoreP = `<p class="read-more"><strong>${readMore[0]}</strong><br><a href="/news/ireland/2025/0704/water-leakage/">${readMore[1]}</a><br>
<a href="/news/regional/2025/0918/kilbrannagh-water/">${readMore[2]}</a></p>`;
const videoBox = `<div class="article-video-container"><div class="rte-player-embed" data-clip-id="22608123"><div class="video-placeholder">
<button class="play-button" aria-label="Play video"></button></div></div><p class="video-caption">${video}</p></div>`;

export const html = `<!DOCTYPE html>
<html lang="en-IE" class="no-js"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Night-time restrictions and a hosepipe ban extended.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="RNÉ.ie"><meta property="article:section" content="Regional">
<link rel="canonical" href="https://www.rne.ie/news/regional/2025/1112/1543920-kilbrannagh-water/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T12:02:00+00:00",
"dateModified":"2025-11-12T14:39:00+00:00","author":{"@type":"Person","name":"Niamh Ó Ceallaigh"},"publisher":{"@type":"Organization","name":"RNÉ"}}</script>
<script>var rne_page = {section: "news", subsection: "regional", id: 1543920};</script><link rel="stylesheet" href="/static/css/news.min.css?v=91"></head>
<body class="news-article"><a class="skip-link" href="#main">${skip}</a>
<header id="rne-masthead" class="masthead"><div class="masthead-top"><a class="rne-logo" href="/"><img src="/static/images/rne-logo.svg" alt="RNÉ"></a>
<nav class="network-nav" aria-label="RNÉ"><ul>${links(network, 'network-nav-item')}</ul></nav>
<div class="masthead-tools"><a class="sign-in" href="/account/">${header[0]}</a><button class="search-toggle">${header[1]}</button></div></div>
<nav class="section-nav" aria-label="News"><ul>${links(newsNav, 'section-nav-item')}</ul></nav></header>
<main id="main" class="container"><div class="row"><div class="col-lg-8">
<article class="article-body-container" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article-header"><h1 itemprop="headline">${title}</h1></header>
<figure class="article-lead-image"><img src="https://img.rasset.ie/0021a8f4-800.jpg" alt="Reservoir with low water"><figcaption>${caption}</figcaption></figure>
<section class="article-meta"><div class="article-meta-byline"><time class="modified-date" datetime="2025-11-12T14:39:00">${bylines[0]}</time></div>
<div class="article-meta-author"><span class="name" itemprop="author"><a href="/news/author/niamh-o-ceallaigh/">${bylines[1]}</a></span>
<span class="role">${bylines[2]}</span></div></section>
<div class="share-links"><span class="share-title">${share[0]}</span><ul>${links(share.slice(1), 'share-item')}</ul></div>
<section class="article-body" itemprop="articleBody">
${render(blocks, {}, { 4: readMoreP, 8: videoBox })}
</section>
<section class="article-tags"><ul class="tag-list">${links(tags, 'tag')}</ul></section></article></div>
<aside class="col-lg-4 sidebar"><div class="ad-slot ad-mpu" id="dfp-mpu-1"></div>
<section class="most-read"><h2 class="section-title">${mostRead[0]}</h2><ol>${links(mostRead.slice(1), 'most-read-item')}</ol></section>
<section class="latest-news"><h2 class="section-title">${latest[0]}</h2><ul>${links(latest.slice(1), 'latest-item')}</ul></section></aside></div></main>
<footer class="site-footer"><ul class="footer-links">${links(footer, 'footer-link')}</ul><p class="footer-note">${footNote}</p></footer>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>${cookie[0]}</p><button class="btn-accept">${cookie[1]}</button>
<button class="btn-settings">${cookie[2]}</button></div>
<script src="/static/js/news.min.js?v=91" defer></script></body></html>`;
