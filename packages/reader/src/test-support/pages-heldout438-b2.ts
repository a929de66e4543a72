import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout438-kit.js';

/**
 * Held-out batch 438, file b2: a supply-chain trade news article on Arc XP's themes blocks (Fusion app shell, header nav chain
 * with sections, overline, headline, byline and dates, lead art with caption and credit, an interstitial link, an ad slot, the
 * share bar, tags, a "Most read" results list, the newsletter sign-up block, the TrustArc banner and the footer).
 */
const nTitle = 'Rhine barge operators warn of second summer of low water as forwarders shift boxes to rail';
const nP1 = [
  j(
    'Barge operators on the Rhine have told shippers to expect reduced loads again this summer, after the river authority\u2019s',
    'long-range outlook put the chance of a prolonged low-water period above fifty per cent for the second year running.',
  ),
  j(
    'At the gauge at Kaub, the narrowest stretch for container traffic, levels below 80 centimetres cut the number of',
    'containers a typical inland vessel can carry by roughly half. Operators then add a low-water surcharge, which last',
    'August reached EUR 190 per container on some services from Rotterdam to Basel.',
  ),
];
const nH = ['Rail capacity is the bottleneck', 'Shippers hedge with inventory'];
const nP2 = [
  j(
    'Several forwarders said they had already moved part of their hinterland volume to rail for the summer months. "We signed',
    'our rail slots in January, which is earlier than ever," said Henrike Vossberg, head of inland logistics at the Duisburg',
    'forwarder Kranich Spedition. "If you wait for the river to drop, the trains are already full."',
  ),
  j(
    'Rail operators confirmed strong demand but warned that track works on the main line along the right bank of the Rhine',
    'will limit the number of extra train paths available between June and September. One operator said it could add three',
    'round trips a week at most.',
  ),
];
const nP3 = [
  j(
    'For importers in southern Germany and Switzerland, the answer has been to hold more stock. A survey of 140 shippers by the',
    'inland terminal association found that 38 per cent planned to raise safety stock for the third quarter, up from 22 per',
    'cent a year earlier.',
  ),
  j(
    'Barge operators, for their part, are investing in shallower vessels. Two new low-draught push boats are due to enter',
    'service on the Upper Rhine in July, each able to carry a full load at water levels that would strand a conventional ship.',
  ),
  j(
    '"Low water is not an exception any more, it is a season," said Luuk Terbraak, managing director of the barge operator',
    'Rijnlijn Container Transport. "We have to plan for it the way ferries plan for winter."',
  ),
];
const nCaption = 'A container barge passes the Lorelei rock at low water last August.';
const nCredit = 'Photo: Rijnlijn Container Transport';
const nSections = ['Ocean', 'Air', 'Rail & Road', 'Ports', 'Logistics Tech', 'Policy', 'Events'];
const nMost = [
  'Carrier alliance reshuffle: who sails with whom from April',
  'Air cargo rates fall for sixth straight week',
  'Truck driver shortage eases in Poland, survey finds',
  'The warehouse robots that actually paid off',
];
const nTags = ['Inland waterways', 'Intermodal', 'Rail freight', 'Europe'];
const nFoot = ['About us', 'Advertise', 'Subscriptions', 'Terms of use', 'Privacy policy', 'Cookie preferences'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Freightline Weekly</title><meta name="description" content="Forwarders shift Rhine hinterland volumes to rail ahead of summer.">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Freightline Weekly"><meta name="article:section" content="Rail & Road">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-09T06:30:00Z",
"dateModified":"2026-03-09T10:05:00Z","author":[{"@type":"Person","name":"Saskia Oldenhove"}]}</script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){
googletag.defineSlot('/2231/fw/rail','[300,250]','arcad_right_rail');});</script>
<link rel="stylesheet" href="/pf/resources/dist/freightline/css/style.css?d=418"></head>
<body><div id="fusion-app" class="layout-section"><div class="b-right-rail"><header class="b-right-rail__navigation"><nav id="main-nav"
class="b-header-nav-chain b-header-nav-chain--dark" aria-label="Sections Menu"><div class="b-header-nav-chain__top-layout"><div
class="b-header-nav-chain__nav-left"><button class="c-button b-header-nav-chain__sections-button" aria-label="Sections">Sections</button></div>
<a href="/" class="b-header-nav-chain__logo" title="Freightline Weekly"><img src="/pf/resources/images/logo.svg" alt="Freightline Weekly"></a>
<div class="b-header-nav-chain__nav-right"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a><a class="c-button" href="/account/">Sign
In</a></div></div><div class="b-header-nav-chain__links-list"><ul class="c-stack">${links(nSections, 'b-header-nav-chain__links-list-item')}</ul></div></nav>
</header><section role="main" id="main" class="b-right-rail__main"><div class="b-right-rail__full-width-1"><div class="c-stack b-article-header">
<div class="b-overline"><a class="c-link b-overline__link" href="/rail-road/">Rail &amp; Road</a></div><h1 class="b-headline">${nTitle}</h1>
<div class="b-byline"><span class="b-byline__by">By</span> <a class="c-link" href="/authors/saskia-oldenhove/">Saskia Oldenhove</a></div>
<div class="c-stack b-date-wrapper"><time class="c-date b-date" datetime="2026-03-09T06:30:00Z">March 9, 2026 at 7:30 a.m. CET</time>
<span class="c-date b-date b-date--updated">Updated March 9, 2026 at 11:05 a.m. CET</span></div></div>
<figure class="c-media-item b-lead-art"><img src="/resizer/v2/barge-lorelei.jpg?auth=9f0&amp;width=1200" alt="Container barge on the Rhine" width="1200"
height="675"><figcaption><span class="c-media-item__caption">${nCaption}</span> <span class="c-attribution">${nCredit}</span></figcaption></figure></div>
<div class="b-right-rail__main-interior-item"><article class="b-article-body">
${ps(nP1, ' class="c-paragraph"')}
<div class="c-interstitial-link"><p>Read more: <a href="/ports/rotterdam-hinterland-2025/">How Rotterdam\u2019s hinterland survived last year\u2019s
drought</a></p></div>
<h2 class="c-heading">${nH[0]}</h2>
${ps(nP2, ' class="c-paragraph"')}
<div class="arcad b-ads-block" id="arcad_inline_1"><div class="b-ads-block__label">Advertisement</div><div class="arcad_feature"></div></div>
<h2 class="c-heading">${nH[1]}</h2>
${ps(nP3, ' class="c-paragraph"')}
</article><div class="b-share-bar"><span class="b-share-bar__label">Share this article</span><button aria-label="Share on LinkedIn"
class="c-button">LinkedIn</button><button aria-label="Share on X" class="c-button">Post</button><button aria-label="Share via Email"
class="c-button">Email</button></div><div class="c-stack b-tag"><span class="b-tag__label">Topics</span>${nTags
  .map((t) => `<a class="c-link b-tag__item" href="/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join('\n')}</div></div></div></section>
<aside class="b-right-rail__rail"><div class="arcad b-ads-block" id="arcad_right_rail"><div class="b-ads-block__label">Advertisement</div></div>
<div class="b-results-list"><h2 class="b-header">Most read</h2><ol class="c-stack">${links(nMost, 'b-results-list__item')}</ol></div>
<div class="b-newsletter"><h2 class="b-newsletter__title">Freightline Daily</h2><p class="b-newsletter__text">The supply-chain news that matters,
every weekday at 6 a.m.</p><form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign up</button></form>
</div></aside>
<footer class="b-right-rail__footer"><div class="b-footer"><ul class="b-footer__links">${links(nFoot, 'b-footer__links-item')}</ul>
<p class="b-footer__copyright">© 2026 Freightline Media Group. All rights reserved.</p></div></footer></div></div>
<div id="truste-consent-track" class="truste-banner"><div id="truste-consent-content"><p id="truste-consent-text">This site uses cookies and related
technologies for site operation, analytics and third-party advertising.</p><div id="truste-consent-buttons"><button id="truste-consent-button"
class="truste-button1">Agree and proceed</button><button id="truste-show-consent" class="truste-button2">Cookie Preferences</button></div></div></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="freightline";Fusion.deployment="418";
Fusion.globalContent={"_id":"XK2FQ7RHINE","type":"story","headlines":{"basic":"${nTitle}"}};</script>
<script defer src="/pf/dist/engine/react.js?d=418"></script></body></html>`;
export const tradeNews: TestPage = {
  name: 'heldout438-arc-xp-trade-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nP1, ...nP2, ...nP3]),
  bylines: ['Saskia Oldenhove', 'March 9, 2026 at 7:30 a.m. CET', 'Updated March 9, 2026 at 11:05 a.m. CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sections', 'Subscribe', 'Sign In', ...nSections, 'Rail & Road', nCaption, nCredit, 'Read more:',
    'How Rotterdam\u2019s hinterland survived last year\u2019s drought', 'Advertisement', 'Share this article', 'LinkedIn', 'Post', 'Email', 'Topics',
    ...nTags, 'Most read', ...nMost, 'Freightline Daily', 'The supply-chain news that matters, every weekday at 6 a.m.', 'Sign up', ...nFoot,
    '© 2026 Freightline Media Group. All rights reserved.',
    'This site uses cookies and related technologies for site operation, analytics and third-party advertising.', 'Agree and proceed',
    'Cookie Preferences',
  ],
};
