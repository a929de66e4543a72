import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupalBlog } from './pages-heldout437-d2.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file d: a biotech news article on a Newspack (WordPress) news site in the Endpoints / Fierce style (top
 * ticker, masthead menu, category link, subtitle, byline with avatar and posted-on time, Jetpack sharing, an inline "Read more"
 * promo, a pull quote, a newsletter subscribe block, an author bio, Jetpack related posts, a Newspack pop-up and footer) and,
 * from file d2, a company blog post on Drupal's Olivero theme.
 */
const nTitle = 'Ardent Pharma bets $140M upfront on Lysander’s oral amylin pill, joining the obesity combo race';
const nSub = 'The deal could be worth up to $2.1B if the once-daily tablet makes it through Phase 3';
const nBody = [
  j(
    'Ardent Pharma is paying Lysander Therapeutics $140 million in cash to license a once-daily oral amylin analog that has not yet',
    'finished a Phase 1 study, the latest sign that big drugmakers are no longer willing to wait for obesity data before they deal.',
  ),
  j(
    'Under the agreement announced Monday, Ardent gets worldwide rights to LYS-88 outside of China, where Lysander will keep rights. The',
    'San Diego biotech is eligible for up to $1.96 billion more in development, regulatory and sales milestones, plus tiered royalties',
    'that top out in the low teens.',
  ),
  j(
    'Amylin, a hormone made alongside insulin in the pancreas, slows stomach emptying and signals fullness to the brain. Injectable amylin',
    'drugs, often paired with a GLP-1, have produced some of the largest weight losses seen in trials. A pill that does the same would be',
    'easier to make at scale and, drug companies hope, easier to sell to payers.',
  ),
  j(
    'Lysander CEO Priya Anand told reporters that LYS-88 has shown “pharmacokinetics consistent with once-daily dosing” in the first',
    'cohorts of its single-ascending-dose study, though the company has not released any weight data. Multiple-dose results are expected',
    'by the end of the year.',
  ),
  j(
    'Ardent has been open about wanting a combination partner for its own oral GLP-1, ARD-410, which is in Phase 2. Head of R&amp;D Colm',
    'Ferris said during a January investor call that the company would “look hard at every mechanism that stacks with GLP-1.”',
  ),
  j(
    '“We are not going to win obesity with one molecule. We want the pill that patients stay on for years, and that probably means',
    'two mechanisms in one tablet.”',
  ),
  j(
    'The upfront payment is large for an asset this early. By comparison, oral small-molecule GLP-1 programs licensed over the past 18',
    'months have drawn upfronts between $50 million and $300 million, most of them with Phase 1 weight data in hand.',
  ),
  j(
    'Analysts at Corbel Securities said the deal values LYS-88 mostly on its potential to pair with ARD-410 and noted that amylin pills',
    'have had trouble with nausea at higher doses. “The tolerability window is the whole story here,” they wrote.',
  ),
  j(
    'Lysander, which raised a $95 million Series B last spring, said the cash will extend its runway into 2029 and fund a second program',
    'aimed at preserving muscle during weight loss.',
  ),
];
const nQuoteIdx = 5;
const nCats = ['News', 'Deals', 'Obesity'];
const nMenu = ['Biotech', 'Big Pharma', 'Research', 'Deals', 'FDA', 'Manufacturing', 'Events'];
const nTicker = ['Trending:', 'FDA panel backs gene therapy for rare liver disorder', 'Layoffs tracker: who cut jobs this week'];
const nShare = [
  'Share this:',
  'Click to share on X (Opens in new window)',
  'Click to share on LinkedIn (Opens in new window)',
  'Click to email a link to a friend',
];
const nRel = [
  'Two obesity biotechs merge in all-stock deal to pool oral GLP-1 programs',
  'Why amylin is the hottest target in metabolic drug development',
  'Ardent Pharma restructures R&D, trims early oncology work',
];
const nFoot = ['About Us', 'Advertise', 'Subscribe', 'Contact', 'Privacy Policy', 'Terms of Use'];
const nHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ardent Pharma bets $140M upfront on Lysander’s oral amylin pill &#8211; BioLedger</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T13:05:00+00:00">
<meta property="article:section" content="Deals"><meta name="author" content="Hana Okonkwo">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Ardent Pharma bets $140M upfront on Lysander’s oral amylin pill",
"author":[{"@type":"Person","name":"Hana Okonkwo"}],"datePublished":"2026-03-02T13:05:00+00:00"}</script>
<link rel='stylesheet' id='newspack-style-css' href='https://bioledger.example/wp-content/themes/newspack-theme/style.css?ver=2.8.1' media='all'></head>
<body class="post-template-default single single-post postid-58213 single-format-standard wp-custom-logo h-nsub h-sh h-dh h-cl single-featured-image-default">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="page" class="site">
<div class="top-header-contain desktop-only"><div class="wrapper"><ul class="trending">${nTicker.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/02/bioledger-logo.png" class="custom-logo" alt="BioLedger"></a></div>
<div class="nav-wrapper desktop-only"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">
${links(nMenu, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div>
<a class="button subscribe-button" href="/subscribe">Get the newsletter</a></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-58213" class="post-58213 post type-post status-publish format-standard has-post-thumbnail category-deals entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>${nCats
  .map((c) => `<a href="/category/${c.toLowerCase()}/" rel="category tag">${c}</a>`)
  .join(' ')}</span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/2024/05/hokonkwo-80x80.jpg"
class="avatar avatar-80"></span><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="/author/hokonkwo/">Hana
Okonkwo</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-03-02T13:05:00+00:00">March 2, 2026 8:05 am ET</time>
<time class="updated" datetime="2026-03-02T15:40:00+00:00">Updated March 2, 2026 10:40 am ET</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button share-icon no-text" href="#">
<span class="screen-reader-text">${nShare[1]}</span></a></li>
<li class="share-linkedin"><a class="share-linkedin sd-button share-icon no-text" href="#"><span class="screen-reader-text">${nShare[2]}</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon no-text" href="#"><span class="screen-reader-text">${nShare[3]}</span></a></li></ul>
</div></div></div>
</div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/03/pills-1200x800.jpg" class="attachment-newspack-featured-image wp-post-image" alt="">
<figcaption><span class="image-caption">Oral obesity drugs are drawing record deal terms.</span><span class="image-credit">
<span class="credit-label-wrapper">Credit:
</span>Shutterstock</span></figcaption></figure>
<div class="entry-content">
${ps(nBody.slice(0, 3))}
<p class="has-background"><strong>Read more:</strong> <a href="/2026/02/obesity-oral-glp1-deal-tracker/">The oral GLP-1 deal tracker, updated for 2026</a></p>
${ps(nBody.slice(3, nQuoteIdx))}
<figure class="wp-block-pullquote"><blockquote><p>${nBody[nQuoteIdx] ?? ''}</p><cite>Colm Ferris, Ardent Pharma</cite></blockquote></figure>
${ps(nBody.slice(nQuoteIdx + 1, 8))}
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><h3>Get BioLedger Daily</h3>
<p>The biotech news you need, in your inbox every weekday morning.</p><form><input type="email" placeholder="Enter your email address">
<input type="submit" value="Sign up"></form></div>
${ps(nBody.slice(8))}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/amylin/" rel="tag">amylin</a>, <a href="/tag/licensing/"
rel="tag">licensing</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Hana Okonkwo</h2></div>
<p>Hana covers biotech dealmaking and metabolic disease for BioLedger. Send tips to hana@bioledger.example.</p>
<a class="author-link" href="/author/hokonkwo/">More by Hana Okonkwo</a></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${nRel
  .map((r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${r}</a></h4></div>`)
  .join('\n')}</div></div>
</article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><div class="wrapper"><ul class="secondary-menu">${links(nFoot)}</ul>
<div class="site-info"><span class="copyright">© 2026 BioLedger Media LLC.</span> <a href="https://newspack.example" class="imprint">Proudly powered by
Newspack</a>
</div></div></div></footer></div>
<div class="newspack-popup-container newspack-popup newspack-lightbox newspack-lightbox-placement-center" role="dialog"><div class="newspack-popup__content">
<p>Join 60,000 biotech professionals who read BioLedger Daily.</p><button class="newspack-lightbox__close">I’m not interested</button></div></div>
<script src='https://bioledger.example/wp-content/themes/newspack-theme/js/dist/amp-fallback.js?ver=2.8.1' id='newspack-amp-fallback-js'></script>
</body></html>`;
const newspackNews: TestPage = {
  name: 'heldout437-newspack-biotech-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nSub, ...nBody]),
  bylines: ['Hana Okonkwo', 'March 2, 2026 8:05 am ET', 'Updated March 2, 2026 10:40 am ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nTicker, ...nMenu.filter((m) => m !== 'Deals'), 'Get the newsletter', 'Posted in', ...nCats, ...nShare,
    'Oral obesity drugs are drawing record deal terms.', 'Shutterstock', 'Read more:', 'The oral GLP-1 deal tracker, updated for 2026',
    'Colm Ferris, Ardent Pharma',
    'Get BioLedger Daily', 'The biotech news you need, in your inbox every weekday morning.', 'Tagged:', 'amylin, licensing',
    'Hana covers biotech dealmaking and metabolic disease for BioLedger. Send tips to hana@bioledger.example.', 'More by Hana Okonkwo', 'Related', ...nRel,
    ...nFoot, '© 2026 BioLedger Media LLC.', 'Proudly powered by Newspack', 'Join 60,000 biotech professionals who read BioLedger Daily.',
    'I’m not interested',
  ],
};

export const HELDOUT437_D: readonly TestPage[] = [newspackNews, drupalBlog];
