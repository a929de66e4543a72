import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file f3: an RTÉ News story on rte.ie: the RTÉ-wide top bar, the News sub-navigation, the "Sign In"
 * link, the headline, the "Updated / date" meta and the correspondent byline, the share links, the lead image with caption,
 * the body with a "Read more:" links paragraph and an embedded video with its fallback text, the "Most Read" and "Latest"
 * rails, the OneTrust banner and the footer with the external-sites notice.
 */
export const rtTitle = 'Status orange wind warning issued for four western counties ahead of Storm Ailbhe';
export const rtP = paras(`
A status orange wind warning has been issued for Galway, Mayo, Clare and Kerry ahead of the arrival of Storm Ailbhe, with gusts
of up to 130km/h expected along exposed coasts on Thursday night.

The national forecaster said the warning would come into effect at 8pm on Thursday and remain in place until 6am on Friday. A
status yellow warning for wind and rain is in place for the rest of the country from 4pm on Thursday.

Forecasters said the combination of high winds, high tides and large waves could lead to coastal flooding, particularly in low
lying parts of Galway city and along the Shannon estuary. Fallen trees and damage to power lines were also likely, they said.

The National Emergency Coordination Group met this afternoon to review preparations. Its chairman, Declan Whelan, urged people
in the warning areas to avoid unnecessary travel during the height of the storm and to stay away from coastal areas.

"This is a dangerous storm for the west coast. Please do not go out to look at the waves. Every year we see people put
themselves and the emergency services at risk," he said.

Local authorities in the four counties have placed crews on standby and sandbags are available at council depots. Galway City
Council said the Salthill promenade would be closed from 6pm on Thursday.

The electricity network operator said it had additional crews ready to respond to outages and advised customers not to approach
fallen wires under any circumstances. It said customers could check the status of faults on its website.

Several ferry sailings to the Aran Islands on Thursday evening have been cancelled, while airports in the west said passengers
should check with their airline before travelling.

Schools in the orange warning areas will not be required to close, the Department of Education said, as the warning period is
overnight. However, it said school management should assess any damage to buildings before reopening on Friday.
`);
export const rtReadMore = [
  '<strong>Read more:</strong><br><a href="/news/weather/2025/0115/storm-ailbhe-latest/">Storm Ailbhe: Latest updates</a><br>' +
    '<a href="/news/ireland/2025/0114/how-storms-are-named/">Why storms are named and who picks the names</a>',
];
export const rtTop = lines(`
RTÉ.ie
News
Sport
Entertainment
Business
Lifestyle
Culture
RTÉ Player
TV
Radio
`);
export const rtSub = lines(`
Ireland
World
Politics
Courts
Health
Climate
Regional
Analysis
Weather
Your Money
`);
export const rtShare = ['Share', 'Facebook', 'X', 'Email', 'WhatsApp'];
export const rtCaption = 'Waves hit the promenade at Salthill during a storm last winter (file image)';
export const rtVideo = ['Storm Ailbhe is expected to bring gusts of up to 130km/h to western coasts', 'Your browser does not support HTML5 video.'];
export const rtMost = lines(`
Most Read
Man arrested after cash-in-transit robbery in Co Meath
Government to extend energy credit scheme into spring
Five things we learned from the first week of the Six Nations camp
Housing starts down 12% on last year, new figures show
`);
export const rtLatest = lines(`
Latest
Hospital trolley numbers ease slightly, says INMO
Rail services between Dublin and Cork restored after fault
`);
export const rtCookie = [
  'We use cookies and similar technologies to run our services, to understand how they are used and, with your consent, to ' + 'personalise content and ads.',
  'Accept All Cookies',
  'Cookie Settings',
];
export const rtFoot = lines(`
About RTÉ
Contact RTÉ
Jobs
Accessibility
Privacy Notice
Cookie Policy
Terms of Use
`);
export const rtExternal = 'RTÉ is not responsible for the content of external websites.';
export const rtCopy = '© RTÉ 2025';
const para = (p: string): string => `<p>${p}</p>`;
const video = `<div class="video-embed"><div class="rte-player" data-clip-id="22471102"><video controls preload="none" poster="/images/poster-22471102.jpg">
<source src="https://vod.rte.example/22471102.mp4" type="video/mp4"><p>${rtVideo[1]}</p></video>
<p class="video-caption">${rtVideo[0]}</p></div></div>`;
const rail = (items: readonly string[], cls: string): string => `<section class="${cls}"><h3 class="rail-heading">${items[0]}</h3><ol>
${items
  .slice(1)
  .map((t) => `<li><a href="/news/ireland/2025/0115/${slugify(t)}/"><span class="headline">${t}</span></a></li>`)
  .join('\n')}</ol></section>`;
export const rtHtml = `<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Status orange wind warning issued for four western counties</title>
<meta name="description" content="Gusts of up to 130km/h are expected along exposed coasts on Thursday night."><meta property="og:title" content="${rtTitle}">
<meta property="og:site_name" content="RTÉ.ie"><meta name="rte:section" content="news/ireland"><meta name="rte:article-id" content="1489912">
<link rel="canonical" href="https://www.rte.example/news/ireland/2025/0115/1489912-storm-ailbhe-warning/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rtTitle}",
"datePublished":"2025-01-15T11:58:00+00:00","dateModified":"2025-01-15T16:21:00+00:00","author":[{"@type":"Person","name":"Ciarán Moloney"}],
"publisher":{"@type":"Organization","name":"RTÉ"}}</script>
<link rel="stylesheet" href="https://www.rte.example/djstatic/news/css/rte-news.min.css?v=2025.1.3">
<script>var rte_gtm = {"section":"news","subsection":"ireland","article_id":"1489912"};</script></head>
<body class="news article"><div id="rte-masthead" class="rte-header"><a class="rte-logo" href="/" aria-label="RTÉ homepage"></a><ul class="rte-nav">
${rtTop.map((t) => `<li><a href="/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul><a class="rte-sign-in" href="/account/signin">Sign In</a></div>
<nav class="news-subnav" aria-label="News sections"><ul>${rtSub.map((t) => `<li><a href="/news/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul></nav>
<div id="main-content" class="container"><div class="row"><div class="col-lg-8"><article class="article" id="article-1489912">
<header class="article-header"><h1 class="headline">${rtTitle}</h1>
<div class="article-meta"><span class="modified-date">Updated / <time datetime="2025-01-15T16:21:00">Wednesday, 15 Jan 2025 16:21</time></span></div>
<div class="byline"><span class="name"><a href="/news/author/ciaran-moloney/">Ciarán Moloney</a></span><span class="job">Western Correspondent</span></div>
<div class="share-links"><span class="share-label">${rtShare[0]}</span>${rtShare
  .slice(1)
  .map((t) => `<a class="share-${slugify(t)}" href="#" title="${t}"><span class="sr-only">${t}</span></a>`)
  .join('')}</div></header>
<figure class="article-image"><img src="https://img.rasset.example/001f1a2b-800.jpg" alt="Waves at Salthill"><figcaption>${rtCaption}</figcaption></figure>
<section class="article-body">
${[...rtP.slice(0, 3).map(para), para(rtReadMore[0] ?? ''), ...rtP.slice(3, 6).map(para), video, ...rtP.slice(6).map(para)].join('\n')}
</section></article></div>
<aside class="col-lg-4 sidebar"><div class="ad-slot"><span class="ad-label">Advertisement</span><div id="dfp-mpu-1"></div></div>
${rail(rtMost, 'most-read')}${rail(rtLatest, 'latest-news')}</aside></div></div>
<footer class="rte-footer"><ul>${rtFoot.map((t) => `<li><a href="/about/${slugify(t)}/">${esc(t)}</a></li>`).join('\n')}</ul>
<p class="external">${rtExternal}</p><p class="copyright">${rtCopy}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${rtCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${rtCookie[1]}</button><button id="onetrust-pc-btn-handler">${rtCookie[2]}</button></div></div>
<script src="https://www.rte.example/djstatic/news/js/rte-news.min.js?v=2025.1.3" defer></script></body></html>`;
