import { links, ps, type TestPage, texts } from './page-kit.js';
import { semanticScholarPaper } from './pages-heldout186-a2.js';

/**
 * Held-out batch 186, file a: a EurekAlert! news release as a visitor saves it (OneTrust cookie banner, the header with
 * its main nav and "Login" / "Register", the release type and date, headline, dek, "Peer-Reviewed Publication" label and
 * institution, the release text with an image figure (caption and credit), the "###" end mark, the metadata block
 * (Journal, DOI, method, subject, article title and date, COI statement), the disclaimer, the right rail with the media
 * contact, keywords, share links and "Trending science news", and the AAAS footer) and, from file a2, a Semantic Scholar
 * paper page.
 */
const euTitle = 'Seagrass meadows recover faster when urchins have predators, long-term survey finds';
const euDek = 'Fourteen years of dive records from the Calder Sound show otters and wrasse keep grazers in check';
const euP1 = [
  'Seagrass meadows that lost more than half their cover during a marine heatwave grew back within four years at sites where ' +
    'urchin predators were common, but barely recovered at all where predators were scarce, according to a study published ' +
    'today in <em>Journal of Coastal Ecology</em>.',
  'The research, led by marine ecologists at the Trelawney Institute of Marine Science, draws on fourteen years of monthly dive ' +
    'surveys at 38 sites in the Calder Sound. It is one of the longest continuous records of seagrass condition anywhere in the ' +
    'northern hemisphere.',
  '“We went in expecting water temperature to explain almost everything,” said Dr. Halima Okonjo, the study’s lead author and ' +
    'a research fellow at the institute. “Temperature certainly caused the damage. But whether a meadow came back depended much ' +
    'more on who was eating whom.”',
];
const euP2 = [
  'During the 2019 heatwave, surface temperatures in the sound stayed more than three degrees above the seasonal average for ' +
    'seven weeks. Seagrass cover at the survey sites fell by an average of 56 percent. In the following years, purple urchins ' +
    'moved into the thinned meadows and grazed the new shoots as fast as they appeared.',
  'At sites where sea otters had recolonised the shoreline, or where ballan wrasse were abundant, urchin numbers stayed low. ' +
    'Those meadows regained 90 percent of their former cover by 2023. At sites without either predator, cover was still below ' +
    '40 percent of its pre-heatwave level at the end of the survey.',
  'The team used a statistical model that separated the effects of temperature, water clarity, nutrient levels and grazing. ' +
    'Predator presence alone explained about 60 percent of the difference in recovery between sites.',
  '“This matters for how we spend restoration money,” said co-author Professor Anders Lindqvist of Norrvik University. “Planting ' +
    'seagrass where urchins are unchecked is a bit like planting a vegetable patch in a field of rabbits. Protecting predators ' +
    'may be the cheaper and more lasting option.”',
  'The authors caution that otters and wrasse are not a cure-all. Several sites with healthy predator populations also suffered ' +
    'from cloudy water after heavy rainfall, which slowed regrowth. The study did not look at the effect of boat moorings or ' +
    'dredging, both of which are known to damage meadows locally.',
  'The survey was run largely by volunteer divers from three local clubs, trained and supervised by institute staff. Okonjo said ' +
    'the long record would not exist without them. The team plans to extend the work to four more inlets along the coast next year.',
  'The study was funded by the Calder Coastal Trust and the Northern Seas Research Council.',
];
const euAbout =
  'The Trelawney Institute of Marine Science is an independent research centre founded in 1962. Its 140 scientists study ' +
  'coastal ecosystems, fisheries and ocean change from laboratories in Port Calder and Inverbrae.';
const euNav = ['News Releases', 'Multimedia', 'Meetings', 'Trending', 'Breaking News', 'Science Business'];
const euCaption = 'A volunteer diver records shoot density in a recovering meadow near Skerray Point in 2023.';
const euCredit = 'Credit: Trelawney Institute of Marine Science';
const euMeta: [string, string][] = [
  ['Journal', 'Journal of Coastal Ecology'],
  ['DOI', '10.5555/jce.2026.0412'],
  ['Method of Research', 'Observational study'],
  ['Subject of Research', 'Animals'],
  ['Article Title', 'Predator presence governs seagrass recovery after a marine heatwave'],
  ['Article Publication Date', '12-Mar-2026'],
  ['COI Statement', 'The authors declare no competing interests.'],
];
const euDisclaimer =
  'Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing ' +
  'institutions or for the use of any information through the EurekAlert system.';
const euContact = ['Media Contact', 'Fiona Drummond', 'Trelawney Institute of Marine Science', 'press@trelawney.example', 'Office: 44-1632-960-412'];
const euKeywords = ['/Life sciences/Ecology/Marine ecology', '/Earth sciences/Oceanography/Marine heatwaves', '/Life sciences/Organisms/Seagrass'];
const euShare = ['Print', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky'];
const euTrending = [
  'Deep-sea sponges filter more carbon than expected',
  'Children who nap remember new words better, study suggests',
  'A cheaper catalyst for green hydrogen',
  'Ancient grain stores reveal early trade routes',
];
const euFoot = ['About EurekAlert!', 'Contact Us', 'Subscribe', 'Help', 'Privacy Policy', 'Terms & Conditions', 'Accessibility'];
const euCookie = 'We use cookies to ensure that we give you the best experience on our website. By continuing to use the site you agree to our use of cookies.';
const euHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${euTitle} | EurekAlert!</title>
<meta name="description" content="${euDek}"><meta property="og:title" content="${euTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="EurekAlert!"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@EurekAlert">
<link rel="canonical" href="https://www.eurekalert.org/news-releases/1076412">
<link rel="stylesheet" href="/css/main.css?v=3.8.2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${euTitle}","datePublished":"2026-03-12T14:00:00-04:00",
"publisher":{"@type":"Organization","name":"EurekAlert!","logo":{"@type":"ImageObject","url":"https://www.eurekalert.org/images/logo.png"}},
"author":{"@type":"Organization","name":"Trelawney Institute of Marine Science"}}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EA12345"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-EA12345');</script>
</head>
<body class="page-news-release release-1076412">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><p id="onetrust-policy-text">${euCookie}</p></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div></div>
<a class="skip-link visually-hidden-focusable" href="#main">Skip to main content</a>
<header class="header" role="banner"><div class="container"><div class="header__top">
<a class="logo" href="/"><img src="/images/eurekalert-logo.svg" alt="EurekAlert! The Global Source for Science News"></a>
<a class="aaas-logo" href="https://www.aaas.org"><img src="/images/aaas-logo.svg" alt="AAAS"></a>
<ul class="header__account"><li><a href="/login">Login</a></li><li><a href="/register">Register</a></li></ul></div>
<nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">${links(euNav, 'main-nav__item')}</ul>
<form class="header__search" action="/search" role="search"><label class="visually-hidden" for="q">Search EurekAlert!</label>
<input id="q" name="q" type="search" placeholder="Search"><button type="submit"><span class="visually-hidden">Go</span></button></form></nav></div></header>
<main id="main"><div class="container"><div class="row"><div class="main-content col-lg-8">
<article class="news-release"><header class="page-header">
<p class="type">NEWS RELEASE</p><time datetime="2026-03-12">12-Mar-2026</time>
<h1 class="page_title">${euTitle}</h1>
<h2 class="subtitle">${euDek}</h2>
<p class="meta">Peer-Reviewed Publication</p>
<p class="institution"><strong>Trelawney Institute of Marine Science</strong></p></header>
<div class="article-body"><div class="entry">
${ps(euP1)}
<figure class="thumbnail"><a href="/multimedia/1022931"><img src="/multimedia/1022931/thumb.jpg" alt="Diver over seagrass"></a>
<figcaption><p class="caption">${euCaption}</p><p class="credit">${euCredit}</p></figcaption>
<a class="view-more" href="/multimedia/1022931">view more</a></figure>
${ps(euP2)}
<p><strong>About the Trelawney Institute of Marine Science</strong></p>
<p>${euAbout}</p>
<p class="text-center">###</p>
</div>
<div class="article-meta"><dl>${euMeta.map(([k, v]) => `<dt>${k}</dt>\n<dd>${v}</dd>`).join('\n')}</dl></div>
<p class="disclaimer"><em>${euDisclaimer}</em></p></div>
</article></div>
<aside class="sidebar col-lg-4" aria-label="Release details">
<section class="widget media-contact"><h3>${euContact[0]}</h3><p class="name">${euContact[1]}</p><p>${euContact[2]}</p>
<p><a href="mailto:${euContact[3]}">${euContact[3]}</a></p><p>${euContact[4]}</p></section>
<section class="widget original-source"><h3>Original Source</h3><p><a href="https://doi.example/10.5555/jce.2026.0412">Journal article</a></p></section>
<section class="widget keywords"><h3>Keywords</h3><ul>${links(euKeywords)}</ul></section>
<section class="widget share"><h3>Share</h3><ul class="share-links">${links(euShare)}</ul></section>
<section class="widget trending"><h3>Trending science news</h3><ol>${links(euTrending)}</ol></section>
<div class="ad-slot" id="div-gpt-ad-sidebar"><span class="ad-label">Advertisement</span></div></aside></div></div></main>
<footer class="footer"><div class="container"><ul class="footer__links">${links(euFoot)}</ul>
<p class="copyright">Copyright © 2026 by the American Association for the Advancement of Science (AAAS)</p></div></footer>
<script src="/js/main.js?v=3.8.2"></script><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="ea-0a1b"></script>
</body></html>`;
const eurekalert: TestPage = {
  html: euHtml,
  name: 'heldout186-eurekalert-news-release',
  kind: 'news',
  // the dek and the institution's "About" boilerplate are part of the release: body ("About the ..." label and "###" in
  // neither list); the release date and the issuing institution are bylines; the metadata block, disclaimer, caption,
  // credit, rail and footer are furniture
  title: euTitle,
  headings: [],
  body: [euDek, ...texts(euP1), ...euP2, euAbout],
  bylines: ['12-Mar-2026', 'Trelawney Institute of Marine Science'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    euCookie, 'Cookie Settings', 'Accept All Cookies', 'Skip to main content', 'Login', 'Register', ...euNav, 'Search EurekAlert!', 'NEWS RELEASE',
    'Peer-Reviewed Publication', euCaption, euCredit, 'view more', ...euMeta.flatMap(([k, v]) => (k === 'Article Publication Date' ? [k] : [k, v])),
    euDisclaimer, ...euContact.slice(0, 2), euContact[3] as string, euContact[4] as string, 'Original Source', 'Journal article', 'Keywords',
    ...euKeywords, 'Share', ...euShare, 'Trending science news', ...euTrending, 'Advertisement', ...euFoot,
    'Copyright © 2026 by the American Association for the Advancement of Science (AAAS)',
  ],
};

export const HELDOUT186_A: readonly TestPage[] = [eurekalert, semanticScholarPaper];
