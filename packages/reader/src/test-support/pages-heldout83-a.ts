import { links, ps, type TestPage, texts } from './page-kit.js';
import { wiredFeature } from './pages-heldout83-a2.js';

/**
 * Held-out batch 83, file a: a local TV station's news story on a Hearst Television site (skip link, the header with the
 * weather temperature and alert bar, the nav, the lead video with its hidden transcript and "Show Transcript" toggle, the
 * byline and "Updated:" line, the share bar, the dateline in the first paragraph, "Advertisement" slots and a related-story
 * box between the paragraphs, the affiliate disclosure, the "Top Stories" rail, the OneTrust cookie banner and the FCC-heavy
 * footer) and, from file a2, a magazine feature on a Condé Nast (Wired-shape) site.
 */
const tvTitle = 'Calder Falls closes Mill Street covered bridge after inspectors find rotted beams';
const tvP1 = [
  'CALDER FALLS — The Mill Street covered bridge, which has carried traffic over the Ossick River since 1931, was closed to cars and trucks ' +
    'on Tuesday after state inspectors found rot in two of the beams that hold up its deck.',
  'Town officials put concrete barriers at both ends of the span by mid-afternoon. Pedestrians and cyclists can still cross on a walkway ' +
    'along the north side, but drivers now face a detour of about four miles through the village of East Ledham.',
  '“We did not take this decision lightly,” Select Board chair Denise Arroway said at an emergency meeting Tuesday night. “That bridge is ' +
    'on the town seal. But the engineers were very clear with us that it cannot take the weight of a loaded pickup any longer, never mind ' +
    'a school bus.”',
  'The inspection was part of a routine review that the state transportation department carries out every two years on bridges of its ' +
    'age. According to a summary released by the town, inspectors found that two of the eight floor beams had lost more than a third of ' +
    'their strength to rot where they rest on the stone abutment at the eastern end.',
];
const tvH1 = 'What happens to school buses';
const tvP2 = [
  'The closure matters most for the Calder Falls school district, whose buses used the bridge about 40 times a day. Superintendent Marcus ' +
    'Bell said buses would be rerouted through East Ledham starting Wednesday morning, and that some pickups on the east side of the river ' +
    'would be up to 15 minutes earlier.',
  '“Families should check the district website tonight for their new times,” Bell said. “We are asking for patience for the first few days ' +
    'while drivers learn the new route.”',
  'Fire Chief Lorraine Tuck said the department had moved one engine to the substation on Quarry Road so that crews could still reach the ' +
    'east side quickly.',
];
const tvH2 = 'How long will it be closed?';
const tvP3 = [
  'Town officials said it was too early to say. A preliminary estimate from the engineering firm hired by the town put the cost of replacing ' +
    'the two beams at between $380,000 and $450,000, and the work would need approval from the state historic preservation office because ' +
    'the bridge is listed as a historic structure.',
  'Arroway said the town would apply for emergency state bridge aid, which can cover up to 80% of the cost of repairs. Voters may also be ' +
    'asked to approve the town’s share at a special town meeting in the spring.',
  'Some residents who live near the bridge said they were not surprised. “You could feel it bounce when the oil truck went over,” said Gary ' +
    'Poulin, whose family has lived on Mill Street for three generations. “Everybody knew it needed work. I just hope they fix it instead ' +
    'of putting up a steel one.”',
  'The town said it would post updates on the closure and the repair timeline on its <a href="https://www.calderfalls.example/bridge">website</a> ' +
    'and social media pages.',
];
const tvNav = ['Local News', 'Weather', 'Closings', 'Traffic', 'Sports', 'Investigations', 'Politics', 'Community', 'Contests', 'Watch Live'];
const tvAlert = ['2 Weather Alerts', 'Frost Advisory until 9 AM'];
const tvVideo = 'Mill Street covered bridge closed to traffic';
const tvTranscript =
  'THE MILL STREET BRIDGE IS NOW CLOSED TO DRIVERS. INSPECTORS SAY TWO BEAMS UNDER THE DECK HAVE ROTTED. OUR TESSA MARLOW IS LIVE IN CALDER ' +
  'FALLS WITH WHAT THIS MEANS FOR YOUR COMMUTE.';
const tvShare = ['Share', 'Facebook', 'X', 'Email', 'Copy Link', 'Link Copied'];
const tvRelated = ['RELATED', 'Covered bridge festival draws record crowd to Calder Falls'];
const tvAffiliate =
  'Harwell Television participates in various affiliate marketing programs, which means we may get paid commissions on editorially ' +
  'chosen products purchased through our links to retailer sites.';
const tvTop = [
  'Frost advisory issued for the valley overnight as temperatures drop into the 20s',
  'East Ledham man charged after police chase ends in cornfield',
  'Ossick River cleanup pulls 300 tires from riverbed',
  'State police: Route 9 crash leaves one seriously hurt',
  'High school band heads to national parade for first time',
];
const tvCookie =
  'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ' +
  'ads, analyze site traffic, and understand where our audiences come from.';
const tvFoot = [
  'Contact Us',
  'News Team',
  'Careers',
  'Advertise',
  'EEO Report',
  'FCC Public File',
  'FCC Applications',
  'Closed Captioning',
  'Privacy Notice',
  'Terms of Use',
  'Your State Privacy Rights',
  'Do Not Sell or Share My Personal Information',
];
const tvAd = `<div class="ad-container ad-container--article-body" data-ad-container="true"><div class="ad-label">Advertisement</div>
<div class="ad-slot" id="div-gpt-ad-in-article" data-ad-position="in-article" data-ad-sizes="[[300,250],[320,50]]"></div></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Calder Falls closes Mill Street covered bridge after inspectors find rotted beams</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="The Mill Street covered bridge was closed on Tuesday.">
<meta property="og:site_name" content="KXRT"><meta property="og:type" content="article"><meta property="og:title" content="${tvTitle}">
<meta name="twitter:site" content="@KXRT9"><link rel="canonical"
href="https://www.kxrt9.example/article/calder-falls-mill-street-covered-bridge-closed/65128811">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tvTitle}","datePublished":"2025-11-18T16:05:00Z",
"dateModified":"2025-11-19T00:42:00Z","author":[{"@type":"Person","name":"Tessa Marlow"}],"publisher":{"@type":"Organization","name":"KXRT",
"logo":{"@type":"ImageObject","url":"https://kubrick.htvapps.example/kxrt/img/logo.png"}}}</script>
<script>window.HTV = {"market":"calder","callsign":"KXRT","contentId":"65128811","section":"local-news","adUnit":"/6785150/KXRT/local-news"};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://kubrick.htvapps.example/htv-prod-media/static/css/article.5fa01c.css"></head>
<body class="article-page site-kxrt" data-theme="local-news"><div class="site-wrapper">
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="weather-alerts-bar" data-weather-alerts="true"><a href="/weather/alerts" class="weather-alerts-bar--link">
<span class="weather-alerts-bar--count">${tvAlert[0]}</span><span class="weather-alerts-bar--headline">${tvAlert[1]}</span></a></div>
<header class="site-header" role="banner"><div class="site-header-container">
<button class="site-header-nav-toggle" aria-label="Open Navigation" aria-expanded="false"><span class="hamburger-icon"></span></button>
<a class="site-header-logo" href="/"><svg class="site-header-logo--svg" role="img"><title>KXRT 9</title><use href="#logo"></use></svg></a>
<div class="header-weather"><a class="header-weather--link" href="/weather"><span class="header-weather--city">Calder Falls, NH</span>
<span class="header-weather--temp">38°</span><img class="header-weather--icon" alt="Cloudy" src="https://kubrick.htvapps.example/weather/cloudy.svg"></a></div>
<nav class="site-header-nav" aria-label="Main"><ul class="site-header-nav-list">
${links(tvNav, 'site-header-nav-item')}
</ul></nav><a class="site-header-search" href="/search" aria-label="Search"><svg class="icon-search"></svg></a></div></header>
<main id="main-content" class="article-page-content" role="main"><div class="article-content--container">
<article class="article-content" data-content-id="65128811" data-content-type="article">
<header class="article-header"><div class="article-headline"><h1 class="article-headline--title">${tvTitle}</h1></div>
<div class="article-headline--byline"><div class="byline"><div class="byline-authors"><div class="byline-author">
<a class="byline-name" href="/author/tessa-marlow/41880127">Tessa Marlow</a><div class="byline-title">Reporter</div></div></div>
<div class="article-date"><span class="published-date">Updated: 7:42 PM EST Nov 18, 2025</span></div></div></div>
<div class="article-content--share social-share" data-share="true"><button class="social-share--toggle" aria-haspopup="true">${tvShare[0]}</button>
<ul class="social-share--menu"><li><a class="social-share--facebook" href="https://www.facebook.example/sharer/sharer.php?u=kxrt">${tvShare[1]}</a></li>
<li><a class="social-share--twitter" href="https://x.example/intent/tweet?url=kxrt">${tvShare[2]}</a></li>
<li><a class="social-share--email" href="mailto:?subject=${encodeURIComponent(tvTitle)}">${tvShare[3]}</a></li>
<li><button class="social-share--copy" data-copy-link="true">${tvShare[4]}</button><span class="social-share--copied"
hidden>${tvShare[5]}</span></li></ul></div>
</header>
<div class="article-content--lead-media"><div class="video-player" data-video-id="65130442" data-autoplay="true">
<div class="video-player--poster"><img alt="" src="https://kubrick.htvapps.example/htv-prod-media/images/bridge-poster.jpg"></div>
<div class="video-player--title">${tvVideo}</div></div>
<div class="video-transcript" data-transcript="true"><button class="video-transcript--toggle" aria-expanded="false">
<span class="video-transcript--show">Show Transcript</span><span class="video-transcript--hide" hidden>Hide Transcript</span></button>
<div class="video-transcript--text" hidden><p>${tvTranscript}</p></div></div></div>
<div class="article-content--body-wrapper"><div class="article-content--body-text">
${ps(tvP1.slice(0, 2))}
${tvAd}
${ps(tvP1.slice(2))}
<div class="article-content--related-content related-content"><strong class="related-content--label">${tvRelated[0]}</strong>
<a class="related-content--link" href="/article/covered-bridge-festival-record-crowd/64011822">${tvRelated[1]}</a></div>
<h2>${tvH1}</h2>
${ps(tvP2)}
${tvAd}
<h2>${tvH2}</h2>
${ps(tvP3)}
</div><div class="article-content--body-wrapper-side-floater">${tvAd}</div></div>
<div class="article-affiliate-disclosure"><p><em>${tvAffiliate}</em></p></div>
</article>
<aside class="top-stories" aria-labelledby="top-stories-title"><h2 class="top-stories--title" id="top-stories-title">Top Stories</h2>
<ul class="top-stories--list">${tvTop
  .map(
    (t, i) => `<li class="top-stories--item"><a href="/article/top-${i}"><span
class="top-stories--headline">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></aside>${tvAd}</div></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer--logo"><svg role="img"><title>KXRT 9</title></svg></div>
<ul class="site-footer--links">
${links(tvFoot, 'site-footer--item')}
</ul><p class="site-footer--copyright">©2025, Harwell Television Inc. on behalf of KXRT-TV.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${tvCookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://kubrick.htvapps.example/htv-prod-media/static/js/article.8e21c4.js" defer></script></body></html>`;

const tvPage: TestPage = {
  name: 'heldout83-hearst-tv-news',
  kind: 'news',
  html: tvHtml,
  // the dateline opens the first paragraph, as on the station sites: body; the lead video, its title and its hidden
  // transcript are furniture, as is the "RELATED" box between paragraphs
  title: tvTitle,
  headings: [tvH1, tvH2],
  body: [...tvP1, ...tvP2, ...texts(tvP3)],
  bylines: ['Tessa Marlow', 'Reporter', 'Updated: 7:42 PM EST Nov 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...tvAlert, 'Calder Falls, NH', '38°', ...tvNav, tvVideo, 'Show Transcript', 'Hide Transcript', tvTranscript, ...tvShare,
    'Advertisement', ...tvRelated, tvAffiliate, 'Top Stories', ...tvTop, ...tvFoot, '©2025, Harwell Television Inc. on behalf of KXRT-TV.', tvCookie,
    'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT83_A: readonly TestPage[] = [tvPage, wiredFeature];
