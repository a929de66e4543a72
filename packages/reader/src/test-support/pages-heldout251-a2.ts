import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file a2: a DVIDS news story (site header and search, the story header with "Story by" and unit,
 * dateline, the lead photo with its caption and "(U.S. Army photo by ...)" credit, the asset info box with views and
 * downloads, the license line, tags, the "More Like This" rail, the unit's Top Stories, and the footer).
 */
const dTitle = 'Sustainment Soldiers rehearse river crossing resupply at Camp Vellner';
const dBody = [
  j(
    'CAMP VELLNER, Ostmark – Soldiers with the 418th Combat Sustainment Support Battalion spent four days on the banks of the Tarrow River this',
    'month, moving fuel, water and ammunition across a floating bridge under the conditions they would face in a contested crossing.',
  ),
  j(
    'The exercise, called Iron Ferry, paired the battalion’s transportation and petroleum companies with engineers from the 72nd Multi-Role',
    'Bridge Company. Planners built the scenario around a single question: how long can a brigade keep moving if its supply line depends on',
    'one bridge that may be targeted at any moment?',
  ),
  j(
    '“A crossing is the most dangerous place for a convoy to be,” said Lt. Col. Marisa Fenwick, the battalion commander. “Every minute a truck',
    'spends waiting on the near bank is a minute it is visible. We wanted our drivers and our planners to feel that pressure.”',
  ),
  j(
    'Convoys were released to the bridge in small serials of four to six vehicles. Each serial had a fixed window to cross, and observer',
    'controllers closed the bridge without warning to simulate indirect fire, forcing the teams to reroute to a holding area and wait.',
  ),
  j(
    'Spc. Dante Kowalczyk, a petroleum supply specialist, drove a fuel tanker across the span nine times over the four days. “The first night',
    'we bunched up at the release point and got called out for it,” he said. “By the last night we were spacing ourselves without anyone',
    'telling us to.”',
  ),
  j(
    'The battalion also tested a new way of tracking loads. Instead of radio reports at each checkpoint, drivers scanned a code at the bridge',
    'entrance and exit, giving the support operations cell a live count of what had crossed. Capt. Hollis Ameche, the support operations',
    'officer, said the system cut reporting time from about twenty minutes to under two.',
  ),
  j(
    'Engineers used the exercise to train new bridge crews as well. Sgt. 1st Class Renata Oyelaran, a bridge platoon sergeant, said half of',
    'her boat operators had never worked a night crossing before Iron Ferry. “Current on the Tarrow is faster than most of our training',
    'sites,” she said. “Holding the bridge steady while a tanker rolls over it at night is a skill you only get by doing it.”',
  ),
  j(
    'By the end of the exercise, the battalion had moved more than 180,000 gallons of fuel and 60 pallets of simulated ammunition across the',
    'river. Leaders will use the results to update the brigade’s crossing standard operating procedure before a larger field exercise',
    'planned for the summer.',
  ),
];
const dCap = j(
  'A fuel tanker assigned to the 418th Combat Sustainment Support Battalion crosses a floating bridge on the Tarrow River during exercise',
  'Iron Ferry at Camp Vellner, Ostmark, Feb. 24, 2026.',
);
const dCredit = '(U.S. Army photo by Sgt. Imani Trudeau)';
const dNav = ['News', 'Images', 'Video', 'Audio', 'Publications', 'Units', 'Search'];
const dTags = ['IronFerry26', 'sustainment', 'river crossing', 'bridging', 'logistics'];
const dMore = [
  'Engineers certify new bridge crews ahead of spring exercises',
  'Petroleum specialists test rapid refuel points',
  'Brigade tests cold weather convoy procedures',
];
const dTop = ['418th CSSB welcomes new command sergeant major', 'Transportation company earns safety streamer'];
const dFoot = ['About DVIDS', 'Contact Us', 'Privacy & Security', 'Accessibility', 'FOIA', 'Link Disclaimer'];
const dInfo = ['Date Taken:', '02.24.2026', 'Date Posted:', '03.02.2026 09:41', 'Story ID:', '488213', 'Location:', 'CAMP VELLNER, OS, US'];
const dStats = ['Web Views:', '1,204', 'Downloads:', '143'];
const dLicense = j(
  'This work, Sustainment Soldiers rehearse river crossing resupply at Camp Vellner, by SGT Imani Trudeau, identified by DVIDS, must',
  'comply with the restrictions shown on https://www.dvidshub.net/about/copyright.',
);
const dHtml = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://ogp.me/ns#"><head><meta charset="utf-8"><title>DVIDS - News - ${dTitle}</title>
<meta name="description" content="Soldiers with the 418th Combat Sustainment Support Battalion spent four days moving fuel across a floating bridge.">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}"><meta property="og:image"
content="https://d1ldvf68ux039x.cloudfront.example/thumbs/photos/2602/9012771/1000w_q95.jpg">
<meta name="twitter:site" content="@DVIDSHub"><link rel="canonical" href="https://www.dvidshub.net/news/488213/sustainment-soldiers-rehearse-river-crossing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-03-02T09:41:00-05:00",
"author":{"@type":"Person","name":"Sgt. Imani Trudeau"},"publisher":{"@type":"Organization","name":"DVIDS"}}</script>
<script>var dvids = {asset_id: 488213, asset_type: 'news', unit_id: 10442};</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-DVIDS"></script></head>
<body class="news_view"><div id="wrapper"><header id="header" class="uk-background-secondary"><div class="uk-container">
<a href="/" class="logo"><img src="/images/dvids_logo.png" alt="DVIDS"></a><nav class="main-nav uk-navbar"><ul class="uk-navbar-nav">${links(dNav)}</ul></nav>
<form class="header-search" action="/search"><input type="text" name="q" placeholder="Search DVIDS"></form></div></header>
<div id="content" class="uk-container"><div class="uk-grid"><div class="uk-width-2-3@m"><div class="asset-news">
<div class="asset-header"><h1 class="asset-title">${dTitle}</h1>
<div class="asset-credit"><span class="asset-credit-label">Story by</span> <a href="/portfolio/1137742/sgt-imani-trudeau">Sgt. Imani Trudeau</a></div>
<div class="asset-unit"><a href="/unit/418CSSB">418th Combat Sustainment Support Battalion</a></div></div>
<div class="asset-image uk-inline"><figure><img src="https://d1ldvf68ux039x.cloudfront.example/thumbs/photos/2602/9012771/1000w_q95.jpg"
alt="Fuel tanker crossing a floating bridge">
<figcaption class="caption"><span class="caption-title">Iron Ferry river crossing</span> <span class="caption-text">${dCap}</span>
<span class="caption-credit">${dCredit}</span></figcaption></figure><a href="/image/9012771" class="view-hires">View Image Page</a></div>
<div class="asset-body uk-article"><div class="news-body">
${ps(dBody)}
</div></div>
<div class="asset-info uk-card uk-card-default"><h3 class="uk-card-title">Story Info</h3><dl class="uk-description-list">
${dInfo.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl>
<h3 class="uk-card-title">Story Stats</h3><dl>${dStats.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('')}</dl>
<div class="share-tools"><span class="share-label">Share</span> <a class="share-facebook" href="#">Facebook</a> <a class="share-x" href="#">X</a>
<a class="share-email" href="#">Email</a></div></div>
<div class="asset-license"><h4>PUBLIC DOMAIN</h4><p class="license-text">${dLicense}</p></div>
<div class="asset-tags"><h4>Tags</h4><ul class="tag-list">${links(dTags, 'tag')}</ul></div></div>
<section class="more-like-this"><h2>More Like This</h2><ul class="asset-grid">${links(dMore, 'asset-grid-item')}</ul></section></div>
<aside class="uk-width-1-3@m sidebar"><div class="unit-widget"><h3>418th Combat Sustainment Support Battalion</h3><a href="/unit/418CSSB/subscribe"
class="uk-button">Subscribe</a>
<h4>Top Stories</h4><ul>${links(dTop)}</ul></div></aside></div></div>
<footer id="footer"><div class="uk-container"><ul class="footer-links">${links(dFoot)}</ul>
<p class="footer-note">DVIDS is operated by the Defense Media Activity. The appearance of hyperlinks does not constitute endorsement.</p></div></footer></div>
<script src="/js/uikit.min.js"></script><script>dvids.trackView(488213);</script></body></html>`;
export const dvids: TestPage = {
  name: 'heldout251-dvids-news-story',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dBody),
  bylines: ['Sgt. Imani Trudeau', '02.24.2026', '03.02.2026 09:41'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Story by', 'Iron Ferry river crossing', dCap, dCredit, 'View Image Page', 'Story Info',
    'Date Taken:', 'Date Posted:', 'Story ID:', '488213', 'Location:', 'CAMP VELLNER, OS, US', 'Story Stats', ...dStats, 'Share', 'Facebook', 'Email',
    'PUBLIC DOMAIN', dLicense, 'Tags', ...dTags, 'More Like This', ...dMore, 'Subscribe', 'Top Stories', ...dTop, ...dFoot,
    'DVIDS is operated by the Defense Media Activity. The appearance of hyperlinks does not constitute endorsement.',
  ],
};
