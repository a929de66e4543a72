import { links, type TestPage, texts } from './page-kit.js';
import { shopifyProduct } from './pages-heldout43-c2.js';

/**
 * Held-out batch 43, file c: a EurekAlert! news release (the OneTrust-style consent banner, the AAAS header with topic menu,
 * language menu, login and search, the "News Release" tag with date, the title and subtitle, the institution and
 * "Peer-Reviewed Publication" lines, the lead image with caption, credit, usage and license lines, the release text with its
 * dateline, quotes and "About" boilerplate, the journal information list, the disclaimer, the share bar, the media contact,
 * keywords, multimedia and trending rails and the footer).
 */
const euTitle = 'Wild bees favour city allotments over parks, four-year survey finds';
const euSub = 'Vegetable plots with untidy margins supported almost twice as many bee species as mown parkland nearby';
const euBody = [
  'LEEDS, England — Allotments in northern English cities support almost twice as many species of wild bee as the parks next to them, ' +
    'according to a four-year survey led by ecologists at Kestrel Valley University. The study, published today in the <em>Journal of ' +
    'Applied Urban Ecology</em>, counted bees on 46 allotment sites and 46 nearby parks in Leeds, Sheffield and Bradford between 2021 and 2024.',
  'Volunteers walked fixed routes at each site once a fortnight from April to September, netting and identifying every bee they found. ' +
    'In all, they recorded 18,204 bees belonging to 97 species, including eleven species that are listed as scarce in the north of England.',
  'Allotments averaged 31 species per site, compared with 17 in parks. The difference was largest for solitary bees that nest in bare ' +
    'soil, such as mining bees, which appeared to benefit from the patches of dug earth, compost heaps and unmown edges that are common ' +
    'on allotment plots.',
  '“We expected allotments to do well because they are full of flowering crops, but we were surprised by how much the untidy parts ' +
    'mattered,” said Dr Priya Ramaswamy, senior lecturer in ecology at Kestrel Valley University and the study’s lead author. “The sites ' +
    'with the most species were not the ones with the most flowers. They were the ones where people left a strip of nettles, a pile of ' +
    'logs or a bit of bare ground along the path.”',
  'The team also found that bee numbers on allotments held up better during the hot, dry summer of 2022, when counts in parks fell by ' +
    'more than a third. The researchers think that watering kept crops and weeds in flower on allotments after the grass in parks had ' +
    'turned brown.',
  'The authors suggest that councils could do more for pollinators by protecting allotment land and by borrowing some allotment habits ' +
    'for parks, such as leaving some areas unmown until late summer. Several of the plot holders who took part have since sown wildflower ' +
    'strips along their paths, and Leeds City Council is trialling reduced mowing on two park sites next to allotments in the study.',
  '“Allotment holders are already doing a lot of conservation work without calling it that,” said co-author Tom Ellery, a PhD researcher ' +
    'who coordinated the volunteer surveys. “More than 120 people gave up their Sunday mornings to count bees for this project, and many ' +
    'of them now know more about solitary bees than most ecologists.”',
  'The research was funded by the Northern Green Spaces Fund and the Allotment Growers’ Federation.',
];
const euAboutH = 'About Kestrel Valley University';
const euAbout =
  'Kestrel Valley University is a public research university in West Yorkshire with more than 24,000 students. Its Institute for Urban ' +
  'Nature works with councils, charities and community groups to study and improve green space in towns and cities.';
const euInfo = [
  'Journal',
  'Journal of Applied Urban Ecology',
  'DOI',
  '10.1093/jaue/juaf012',
  'Method of Research',
  'Observational study',
  'Subject of Research',
  'Animals',
  'Article Title',
  'Allotment gardens support higher wild bee richness than urban parks in three northern English cities',
  'Article Publication Date',
  '9-Mar-2026',
  'COI Statement',
  'The authors declare no competing interests.',
];
const euTopics = [
  'Agriculture',
  'Archaeology',
  'Atmospheric Science',
  'Biology',
  'Business & Economics',
  'Chemistry & Physics',
  'Earth Science',
  'Medicine & Health',
  'Policy & Ethics',
  'Social & Behavioral Science',
  'Space & Planetary',
  'Technology & Engineering',
];
const euKeywords = ['/Life sciences/Organismal biology/Zoology/Entomology', '/Life sciences/Ecology/Urban ecology', '/Social sciences/Geography/Urban areas'];
const euTrending = [
  'Ancient river channels found beneath the Sahel may hold groundwater for centuries',
  'A protein switch that lets hibernating squirrels keep their muscles',
  'Heat pumps cut winter bills in older terraced houses, field trial shows',
  'Why some coral larvae choose the wrong reef',
];
const euCaption = 'A red mason bee on a broad bean flower at one of the allotment sites surveyed in Leeds.';
const euShare = ['Facebook', 'X', 'LinkedIn', 'Bluesky', 'Email', 'Print'];
const euFoot = ['About us', 'Contact us', 'Help', 'Privacy policy', 'Terms and conditions', 'Accessibility'];
const euHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${euTitle} | EurekAlert!</title>
<meta name="description" content="${euSub}"><meta property="og:site_name" content="EurekAlert!"><meta property="og:type" content="article">
<link rel="stylesheet" href="/css/main.min.css?v=1.8.12"><script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q3E0Z1X5W"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7Q3E0Z1X5W');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${euTitle}","datePublished":"2026-03-09T00:05:00-05:00",
"publisher":{"@type":"Organization","name":"EurekAlert!"},"sourceOrganization":{"@type":"Organization","name":"Kestrel Valley University"}}</script></head>
<body class="release page-release">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to improve your experience on our website, to
analyse traffic
and to personalise content. You can change which cookies are set at any time.<a class="ot-cookie-policy-link" href="https://www.aaas.org/privacy-policy"
aria-label="More information about your privacy, opens in a new tab">Privacy Policy</a></div></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button></div></div></div></div></div></div>
<header class="header"><div class="header-top"><div class="container"><a href="https://www.aaas.org/" class="aaas-logo"><img src="/img/aaas-logo.svg"
alt="AAAS"></a>
<ul class="utility-nav"><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li><li class="dropdown"><button class="dropdown-toggle"
aria-expanded="false">English</button>
<ul class="dropdown-menu">${links(['简体中文', '日本語', 'Español', 'Français', 'Português'])}</ul></li></ul></div></div>
<div class="header-main"><div class="container"><a class="logo" href="/"><img src="/img/EurekAlert-Logo.svg" alt="EurekAlert!"></a>
<p class="tagline">The Global Source for Science News</p>
<nav class="main-nav" aria-label="Main"><ul><li><a href="/news-releases/browse">News Releases</a></li><li class="dropdown"><button
class="dropdown-toggle">Topics</button>
<ul class="dropdown-menu">${links(euTopics)}</ul></li><li><a href="/multimedia">Multimedia</a></li><li><a href="/meetings">Meetings</a></li><li><a
href="/trending">Trending</a></li></ul></nav>
<form class="search-form" action="/news-releases/search" role="search"><label class="sr-only" for="kw">Search EurekAlert!</label>
<input id="kw" type="search" name="kwd" placeholder="Search Site"><button type="submit" class="btn btn-search"><span class="sr-only">Submit
search</span></button></form></div></div></header>
<main id="main" class="container"><div class="row">
<article class="col-lg-8 main-content" itemscope itemtype="https://schema.org/NewsArticle">
<div class="release_tag"><span class="type">NEWS RELEASE</span> <time datetime="2026-03-09">9-Mar-2026</time></div>
<h1 class="page_title" itemprop="headline">${euTitle}</h1>
<h2 class="subtitle">${euSub}</h2>
<p class="meta_institute" itemprop="sourceOrganization">Kestrel Valley University</p>
<div class="peer_reviewed"><img src="/img/peer-reviewed.svg" alt="" aria-hidden="true"> <span>Peer-Reviewed Publication</span></div>
<div class="main-image"><figure class="release-image"><a href="/multimedia/1104219" class="image-link"><img src="/multimedia/1104219/thumbnail.jpg"
alt="Red mason bee on a bean flower"></a><figcaption><p class="caption">${euCaption}</p>
<p class="credit"><strong>Credit:</strong> Tom Ellery / Kestrel Valley University</p><p class="usage"><strong>Usage Restrictions:</strong> Credit must be
given to the creator.</p>
<p class="license"><strong>License:</strong> Original content</p></figcaption></figure><a href="/multimedia/1104219" class="view-more">view more</a></div>
<div class="entry" itemprop="articleBody">
${euBody.map((p) => `<p>${p}</p>`).join('\n')}
<p>###</p>
<p><strong>${euAboutH}</strong><br>${euAbout}</p>
</div>
<div class="article_info"><dl>${euInfo.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl></div>
<p class="disclaimer"><strong>Disclaimer:</strong> AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by
contributing
institutions or for the use of any information through the EurekAlert system.</p>
<div class="share-bar" aria-label="Share this news release"><span class="share-label">Share</span><ul>${links(euShare, 'share-item')}</ul></div></article>
<aside class="col-lg-4 sidebar">
<section class="widget media-contacts"><h2>Media Contact</h2><p class="name">Rhiannon Price</p><p>Kestrel Valley University</p>
<p><a href="mailto:r.price@kvu.example">r.price@kvu.example</a></p><p>Office: 0113 496 0417</p></section>
<section class="widget more-on"><h2>More on this News Release</h2><h3><a href="#">${euTitle}</a></h3><p>Kestrel Valley University</p>
<h4>Journal</h4><p>Journal of Applied Urban Ecology</p><h4>Funder</h4><p>Northern Green Spaces Fund, Allotment Growers’ Federation</p>
<h4>Keywords</h4><ul class="keywords">${euKeywords
  .map((k) => `<li><a href="/news-releases/browse/all/${k.split('/').pop()!.toLowerCase().replace(/ /g, '-')}">${k}</a></li>`)
  .join('')}</ul></section>
<section class="widget multimedia"><h2>Multimedia</h2><figure><img src="/multimedia/1104220/thumbnail.jpg" alt="">
<figcaption>Volunteers netting bees on a Sheffield allotment (IMAGE)</figcaption></figure><p class="credit">Kestrel Valley University</p></section>
<section class="widget trending"><h2>Trending Science News</h2><ol>${links(euTrending)}</ol></section>
<section class="widget"><h2>Related Journal Article</h2><a href="https://doi.org/10.1093/jaue/juaf012">Allotment gardens support higher wild bee richness than
urban parks in three
northern English cities</a></section></aside></div></main>
<footer class="footer"><div class="container"><ul class="footer-nav">${links(euFoot)}</ul>
<p class="copyright">Copyright © 2026 by the American Association for the Advancement of Science (AAAS)</p></div></footer>
<script src="/js/main.min.js?v=1.8.12"></script></body></html>`;
const eurekalert: TestPage = {
  html: euHtml,
  name: 'heldout43-eurekalert-news-release',
  kind: 'news',
  // the subtitle is body (a dek); the release text is body with its dateline ("LEEDS, England —", as press releases keep it)
  // and its closing funding line; the "###" end mark is in neither; the "About Kestrel Valley University" boilerplate is
  // furniture (the batch convention for a release's "About <company>"); the release date is the byline; the institution line
  // is the release's author line but its words are body words ("at Kestrel Valley University"): in neither; the "News
  // Release" tag, "Peer-Reviewed Publication", the caption with credit, usage and license lines, the journal information list
  // (its "Journal" label and name are body words: left out), disclaimer, share bar, media contact, "More on this News Release" (its title repeat in
  // neither), keywords, multimedia, trending, related article, consent banner, header menus and footer are furniture (the
  // language menu's "English" is a body word: left out)
  title: euTitle,
  headings: [],
  body: [euSub, ...texts(euBody)],
  bylines: ['9-Mar-2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience on our website, to analyse traffic and to personalise content.',
    'You can change which cookies are set at any time.', 'Privacy Policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies', 'AAAS', 'Login', 'Register',
    '简体中文', '日本語', 'Español', 'Français',
    'Português', 'The Global Source for Science News', 'News Releases', 'Topics', ...euTopics, 'Multimedia', 'Meetings', 'Trending', 'Search EurekAlert!',
    'Submit search', 'NEWS RELEASE', 'Peer-Reviewed Publication', euCaption, 'Credit:', 'Tom Ellery / Kestrel Valley University', 'Usage Restrictions:',
    'Credit must be given to the creator.', 'License:', 'Original content', 'view more', euAboutH, euAbout,
    ...euInfo.filter((t) => !['9-Mar-2026', 'Journal', 'Journal of Applied Urban Ecology'].includes(t)), 'Disclaimer:',
    'AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions',
    'or for the use of any information through the EurekAlert system.',
    'Share', ...euShare, 'Media Contact', 'Rhiannon Price', 'r.price@kvu.example', 'Office: 0113 496 0417', 'More on this News Release', 'Funder',
    'Northern Green Spaces Fund, Allotment Growers’ Federation', 'Keywords', ...euKeywords, 'Volunteers netting bees on a Sheffield allotment (IMAGE)',
    'Trending Science News', ...euTrending, 'Related Journal Article', ...euFoot,
    'Copyright © 2026 by the American Association for the Advancement of Science (AAAS)',
  ],
};

export const HELDOUT43_C: readonly TestPage[] = [eurekalert, shopifyProduct];
