import { links, type TestPage, texts } from './page-kit.js';
import { politicoStory } from './pages-heldout72-e2.js';

/**
 * Held-out batch 72, file e: a local TV station story on the Gray (Arc XP) template (the weather alert bar, header with the
 * station nav, "Watch Live" and the temperature, the headline, "By" byline, "Published:"/"Updated:" times, the share buttons,
 * the lead video player with its title, caption and "Video Ad Feedback", body paragraphs with an inline "Click here to
 * download the ... app" paragraph, the closing "Copyright 2025 ... All rights reserved." paragraph and "Click here to report a
 * typo.", "Most Read" and "Latest News" rails and the station footer with the FCC file links); and a Politico story (file e2).
 */
const gyTitle = 'Sinkhole swallows part of Route 9 in Carver Mills; detour could last weeks';
const gyBody1 = [
  'CARVER MILLS, Ohio (WSKT) - A section of Route 9 just south of downtown Carver Mills is closed indefinitely after a ' +
    'sinkhole opened beneath the southbound lanes early Monday morning.',
  'A driver heading to work called 911 around 4:45 a.m. after spotting a dip in the road near the intersection with Quarry ' +
    'Lane, according to the Carver Mills Police Department. By the time officers arrived, part of the pavement had collapsed, ' +
    'leaving a hole roughly 20 feet wide and 12 feet deep.',
  'No one was hurt and no vehicles went into the hole, police said.',
  'Crews from the Ohio Department of Transportation spent the day inspecting the site. District spokesperson Amber Kowalczyk ' +
    'said a storm drain under the road appears to have failed, washing away the soil that supported the pavement.',
];
const gyApp = 'Click here to download the WSKT News 6 app for breaking news alerts on your phone.';
const gyBody2 = [
  '“Right now our priority is making sure the rest of the roadway is stable,” Kowalczyk said. “We won’t reopen any lanes ' +
    'until engineers are confident it is safe.”',
  'She said repairs could take three to five weeks, depending on how much of the drainage system needs to be replaced.',
  'Southbound traffic is being detoured onto Mill Street and Harmon Road. Northbound lanes remain open but are reduced to ' +
    'one lane near the site. Drivers should expect delays during the morning and evening commutes.',
  'Dale Fritsch, who owns a hardware store a block from the closure, said customers had already struggled to reach him. “We ' +
    'had maybe half our normal Monday traffic,” he said. “People see the barrels and just turn around.”',
  'City officials said Carver Mills Elementary School buses would use the detour route starting Tuesday and asked parents to ' +
    'allow extra time for drop-off.',
  'It is the second sinkhole in Carver County this year. In February, a smaller hole forced the closure of a parking lot at ' + 'the county fairgrounds.',
  'ODOT said it would post updates on the closure on its traffic website and asked drivers to avoid the area when possible. ' +
    'Anyone who notices cracks or dips in a road surface is asked to report them to the city’s public works department.',
];
const gyCopy = 'Copyright 2025 WSKT. All rights reserved.';
const gyTypo = 'Click here to report a typo.';
const gyAlert = ['Weather Alert', 'Flood Watch in effect until 8 PM for Carver and Lennox counties'];
const gyNav = ['News', 'First Alert Weather', 'Sports', 'Investigates', 'Community', 'Contests', 'Station Info'];
const gyShare = ['Share on Facebook', 'Email This Link', 'Share on X (formerly Twitter)', 'Share on Pinterest', 'Share on LinkedIn'];
const gyVideo = 'ODOT: Route 9 repairs could take weeks';
const gyCaption = 'A sinkhole opened under the southbound lanes of Route 9 early Monday. (WSKT)';
const gyMost = [
  'Man charged after police chase ends in cornfield',
  'Beloved diner closing after 62 years',
  'Coroner identifies woman killed in Lennox County crash',
  'First Alert Weather Day: Strong storms possible Wednesday',
];
const gyLatest = ['County commissioners approve new 911 center', 'High school robotics team heads to nationals', 'Gas prices dip ahead of spring break'];
const gyLatestTimes = ['Updated: 2 hours ago', 'Updated: 3 hours ago', 'Updated: 5 hours ago'];
const gyFoot = [
  'Contact Us',
  'Advertise with Us',
  'FCC Public File',
  'Public Inspection File',
  'EEO Report',
  'FCC Applications',
  'Closed Captioning/Audio Description',
  'Terms of Service',
  'Privacy Policy',
  'Do Not Sell My Info',
];
const gyStation = ['WSKT', '1470 Industrial Parkway', 'Carver Mills, OH 44890', '(419) 555-0166'];
const gyAi =
  'At Gray, our journalists report, write, edit and produce the news content that informs the communities we serve. Click here ' +
  'to learn more about our approach to artificial intelligence.';
const gyGray = 'A Gray Local Media Station © 2002-2025 Gray Television, Inc.';
const gyP = (a: readonly string[]): string =>
  a.map((p) => `<p class="default__StyledText-sc-1wxyvyl-0 dyGmBG body-paragraph" data-testid="body-paragraph">${p}</p>`).join('\n');
const gyHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sinkhole swallows part of Route 9 in Carver Mills; detour could last weeks</title>
<meta name="description" content="A section of Route 9 is closed indefinitely after a sinkhole opened beneath the southbound lanes.">
<meta property="og:site_name" content="https://www.wsktnews6.com"><meta property="og:title" content="${gyTitle}"><meta name="author" content="Megan Sato">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gyTitle}","datePublished":"2025-03-03T22:12:40.201Z",
"dateModified":"2025-03-03T23:40:12.515Z","author":[{"@type":"Person","name":"Megan Sato"}],"publisher":{"@type":"Organization","name":"WSKT"}}</script>
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="gray-wskt";</script>
<link rel="stylesheet" href="/pf/resources/dist/gray/css/style.css?d=1012"></head>
<body><div id="fusion-app" class="layout-section">
<div class="weather-alert-bar" role="alert"><a href="/weather/alerts/" class="alert-bar__link"><span class="alert-bar__label">${gyAlert[0]}</span>
<span class="alert-bar__text">${gyAlert[1]}</span></a></div>
<header class="site-header"><a href="/" class="site-header__logo" aria-label="WSKT News 6 Homepage"><img src="/pf/resources/images/wskt-logo.svg"
alt="WSKT"></a>
<nav class="site-header__nav" aria-label="Sections Menu"><ul>${links(gyNav, 'nav-item')}</ul></nav>
<a href="/livestream/" class="site-header__watch-live">Watch Live</a><a href="/weather/" class="site-header__weather"><span class="temp">47°</span></a>
</header>
<main class="main-content"><article class="article default__ArticleBody-sc-1mncpzl-2"><div class="article-header">
<h1 class="headline__StyledHeadline-sc-1l0d6ju-0 headline">${gyTitle}</h1>
<div class="byline__Byline-sc-1h5g6m3-0 byline"><div class="author-name-container"><span class="byline__prefix">By </span><a href="/author/megan-sato/"
class="author-name">Megan Sato</a></div>
<span class="published-date">Published: Mar. 3, 2025 at 5:12 PM EST</span><span class="updated-date">Updated: Mar. 3, 2025 at 6:40 PM EST</span></div>
<div class="share-bar">${gyShare.map((t) => `<button type="button" class="share-button" aria-label="${t}"><span class="sr-only">${t}</span></button>`).join('')}
</div></div>
<div class="lead-art-wrapper"><div class="video-player" data-video-uuid="6c3d3b5a-2f0e-4a1f-9d63-0b1a7d1c0c7e"><div class="powa" data-org="gray"
data-aspect-ratio="0.5625"><div class="powa-shot-title">${gyVideo}</div><video preload="none" poster="/resizer/route9-poster.jpg"></video></div>
<div class="video-ad-feedback">Video Ad Feedback</div></div><div class="lead-caption">${gyCaption}</div></div>
<div class="article-body">
${gyP(gyBody1)}
<p class="default__StyledText-sc-1wxyvyl-0 dyGmBG body-paragraph"><i><a href="https://www.wsktnews6.com/page/apps/">Click here</a> to download the WSKT News 6
app for
breaking news alerts on your phone.</i></p>
<div class="ad-container" data-ad-slot="article-mid"><div class="ad-label">Advertisement</div></div>
${gyP(gyBody2)}
<p class="default__StyledText-sc-1wxyvyl-0 dyGmBG body-paragraph copyright">${gyCopy}</p>
</div>
<div class="report-typo"><a href="/report-a-typo/">${gyTypo}</a></div></article>
<aside class="right-rail"><section class="chain"><h2 class="chain-title">Most Read</h2><ol>${links(gyMost, 'chain-item')}</ol></section>
<section class="chain"><h2 class="chain-title">Latest News</h2><ul>${gyLatest
  .map((t, i) => `<li class="chain-item"><a href="/2025/03/03/latest-${i}/">${t}</a><span class="card-date">${gyLatestTimes[i]}</span></li>`)
  .join('\n')}</ul></section></aside></main>
<footer class="site-footer"><div class="site-footer__station"><address>${gyStation.join('<br>')}</address></div>
<ul class="site-footer__links">${links(gyFoot, 'footer-link')}</ul>
<p class="site-footer__ai">${gyAi}</p><p class="site-footer__copyright">${gyGray}</p></footer></div>
<script src="/pf/dist/engine/react.js?d=1012" defer></script></body></html>`;
const localTv: TestPage = {
  html: gyHtml,
  name: 'heldout72-gray-localtv-news',
  kind: 'news',
  // the "CARVER MILLS, Ohio (WSKT) -" dateline opens the first paragraph and stays body; the inline "Click here to download the
  // ... app" paragraph and the closing "Copyright 2025 ..." paragraph are furniture though they sit in the article body, as are
  // the typo link, the alert bar, the video title, caption and "Video Ad Feedback", "Advertisement", rails and footer
  title: gyTitle,
  headings: [],
  body: [...texts(gyBody1), ...texts(gyBody2)],
  bylines: ['By Megan Sato', 'Published: Mar. 3, 2025 at 5:12 PM EST', 'Updated: Mar. 3, 2025 at 6:40 PM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gyAlert, ...gyNav, 'Watch Live', '47°', ...gyShare, gyVideo, 'Video Ad Feedback', gyCaption, gyApp, 'Advertisement', gyCopy, gyTypo,
    'Most Read', ...gyMost, 'Latest News', ...gyLatest, ...gyLatestTimes, ...gyStation, ...gyFoot, gyAi, gyGray,
  ],
};

export const HELDOUT72_E: readonly TestPage[] = [localTv, politicoStory];
