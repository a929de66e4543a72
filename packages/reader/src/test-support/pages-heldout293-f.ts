import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file f: an oral-history project's story page built with Next.js (div#__next, CSS-module class names,
 * narrator card with interviewer and recording date, audio player, transcript toggle, theme chips, "More stories" cards,
 * newsletter, __NEXT_DATA__) and a heritage trust's listed-building entry in the Historic England List template (official
 * list entry summary table, tabs, Summary / Reasons for Designation / History / Details sections, sources, map, "Was this
 * page helpful?" and the Civic Cookie Control banner).
 */
const nTitle = 'We Moved the Boats at Night';
const nStand = 'Edna was twelve when the sea came over the wall at Saltmere. She talked to us in 2019, in the same house.';
const nH = ['The night of the warning', 'Carrying the boats', 'Afterwards'];
const nS1 = [
  j(
    'My father was the harbour master’s mate, so we knew before most people. A boy came up on a bicycle about nine o’clock with a',
    'message from the coastguard, and Dad read it at the door and put his boots straight back on. He said the tide would be two feet',
    'over the mark and the wind was behind it. Mum started moving the chairs upstairs before he had even gone out.',
  ),
];
const nS2 = [
  j(
    'The fishing boats were pulled up on the hard, and the men reckoned they would be smashed against the sea wall if they stayed.',
    'So they decided to carry them up Chapel Lane to the top of the green. You have to understand these were heavy boats, clinker',
    'built, and there were no tractors in Saltmere then. Every man and most of the women went down with ropes.',
  ),
  j(
    'I was meant to be in bed. I wasn’t. I stood at the corner with my friend Peggy and held a storm lantern for them, and I can still',
    'hear the noise of the keels on the cobbles. It took six boats about three hours. The last one, the Good Intent, was still only',
    'halfway up when the water came round the corner behind them, and they ran with it the rest of the way.',
  ),
];
const nQuote = '“Nobody said a word the whole time. You just heard breathing, and the ropes creaking.”';
const nS3 = [
  j(
    'The water got into the bottom of every house on the quay. Ours was up to the third stair. We lived upstairs for two weeks while',
    'Dad and my uncle dug the mud out, and the smell stayed in the walls till the summer. But every one of the boats was saved, and',
    'they were back on the water within the month.',
  ),
  j(
    'People ask me if I was frightened. I don’t think I was, not at the time. It felt like the whole village was doing one thing',
    'together. I’ve never felt that since, not quite like that.',
  ),
];
const nNav = ['Stories', 'Map', 'Themes', 'Share Your Story', 'About'];
const nMore = ['The School on Stilts', 'Cockling Before Dawn', 'My Mother’s Post Office'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} · Voices of the Salt Marsh</title><meta name="description" content="${nStand}"/><meta property="og:type" content="article"/>
<meta property="og:title" content="${nTitle}"/><link rel="preload" href="/_next/static/css/3f1c2a9b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/3f1c2a9b.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/stories/%5Bslug%5D-2be1.js" defer=""></script>
</head><body><div id="__next"><div class="Layout_wrapper__kQ2n1"><header class="Header_header__Xr4hT"><a class="Header_logo__f9Wq2" href="/">Voices of the
Salt Marsh</a><nav class="Header_nav__3KpLm"><ul>${links(nNav, 'Header_item__pQ7xe')}</ul></nav></header>
<main class="StoryPage_main__Vb8sd"><article class="StoryPage_article__2Hq0c"><div class="StoryPage_hero__n4LwT"><span class="Chip_chip__Zt1xk">Flood of
1953</span><h1 class="StoryPage_title__aN6re">${nTitle}</h1><p class="StoryPage_standfirst__Qm3Pd">${nStand}</p></div>
<div class="NarratorCard_card__Jx7aa"><img alt="" loading="lazy" width="96" height="96" decoding="async" data-nimg="1" class="NarratorCard_photo__o1Tb0"
src="/_next/image?url=%2Fimages%2Fpilcher.jpg&amp;w=256&amp;q=75"/><div><p class="NarratorCard_label__u9cGe">Narrator</p>
<p class="NarratorCard_name__bd3Vf">Edna Pilcher</p><p class="NarratorCard_meta__XX2pS">Interviewed by Callum Reyes</p>
<p class="NarratorCard_meta__XX2pS">Recorded 14 August 2019, Saltmere</p></div></div>
<div class="AudioPlayer_player__k2PzR"><button class="AudioPlayer_play__d1ZzQ" aria-label="Play">Play interview excerpt</button><span
class="AudioPlayer_time__wW9mS">0:00 / 12:48</span></div><div class="StoryPage_body__x7Kq2"><h2>${nH[0]}</h2>${ps(nS1)}
<h2>${nH[1]}</h2>${ps(nS2)}<figure class="PullQuote_quote__Rt5Yc"><blockquote>${nQuote}</blockquote></figure><h2>${nH[2]}</h2>${ps(nS3)}</div>
<div class="StoryPage_note__Fe2jl"><p>This story has been edited from a longer interview for reading.</p><button class="Button_link__mD8rQ">Read full
transcript</button></div><ul class="StoryPage_themes__c1Vbx"><li><a class="Chip_chip__Zt1xk" href="/themes/floods">Floods</a></li><li><a
class="Chip_chip__Zt1xk" href="/themes/fishing">Fishing</a></li><li><a class="Chip_chip__Zt1xk" href="/themes/childhood">Childhood</a></li></ul>
<div class="ShareBar_bar__hh2Qa"><span>Share this story</span><button>Copy link</button><button>Email</button></div></article>
<section class="MoreStories_section__p0RtY"><h2 class="MoreStories_heading__y2Bn6">More stories</h2><ul class="MoreStories_grid__Gq8vL">${links(
  nMore,
  'StoryCard_card__e3Lq1',
)}</ul></section>
<section class="Newsletter_box__Q5mzu"><h2>Hear new stories first</h2><p>One email a month with new recordings from the marsh villages.</p><form><input
type="email" placeholder="Your email"/><button type="submit">Subscribe</button></form></section></main>
<footer class="Footer_footer__Ly6oq"><p>Voices of the Salt Marsh is a community project of the Saltmere and District Museum.</p><p>Recordings are shared
under CC BY-NC 4.0.</p><ul>${links(['Accessibility', 'Privacy', 'Contact us'])}</ul></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"slug":"we-moved-the-boats-at-night","title":"${nTitle}",
"narrator":"Edna Pilcher","recorded":"2019-08-14"}},"__N_SSG":true},"page":"/stories/[slug]","query":{"slug":"we-moved-the-boats-at-night"},
"buildId":"kq3Hn2Lw8","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextStory: TestPage = {
  name: 'heldout293-nextjs-oral-history-story',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nStand, ...nS1, ...nS2, nQuote, ...nS3]),
  bylines: ['Edna Pilcher', 'Interviewed by Callum Reyes', 'Recorded 14 August 2019, Saltmere'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Voices of the Salt Marsh', ...nNav, 'Flood of 1953', 'Narrator', 'Play interview excerpt', '0:00 / 12:48',
    'This story has been edited from a longer interview for reading.', 'Read full transcript', 'Floods', 'Fishing', 'Childhood', 'Share this story',
    'Copy link', 'Email', 'More stories', ...nMore, 'Hear new stories first', 'One email a month with new recordings from the marsh villages.', 'Subscribe',
    'Voices of the Salt Marsh is a community project of the Saltmere and District Museum.', 'Recordings are shared under CC BY-NC 4.0.', 'Accessibility',
    'Privacy', 'Contact us',
  ],
};

const hTitle = 'Old Ropewalk and Tarring House';
const hEntry = [
  'Heritage Category: Listed Building',
  'Grade: II',
  'List Entry Number: 1450221',
  'Date first listed: 22-Nov-1987',
  'Statutory Address: Old Ropewalk and Tarring House, Ferry Lane, Hallowby',
];
const hAmend = 'Date of most recent amendment: 03-Feb-2021';
const hH = ['Summary', 'Reasons for Designation', 'History', 'Details'];
const hSum = 'A rope works of about 1790, comprising a covered ropewalk 214 metres long and a two-storey tarring house, converted to workshops in 1996.';
const hReasons = [
  'Architectural interest: as a rare surviving covered ropewalk of the late C18, retaining its full length and much of its original roof structure;',
  'Historic interest: for its close association with the Hallowby shipyards, for which it made cordage for nearly 150 years;',
  'Group value: with the Grade II listed Ferry Lane warehouses and the harbour wall.',
];
const hHist = [
  j(
    'The ropewalk was built in about 1790 for the partnership of Jonas Meek and William Starling, rope makers, on land leased from',
    'the Hallowby Harbour Commissioners. It appears on the harbour plan of 1802 as a long narrow shed parallel to Ferry Lane, with a',
    'smaller building at its east end, the tarring house, where the yarn was drawn through heated tar before laying.',
  ),
  j(
    'The works passed to the Starling family alone in 1824 and remained in their hands until 1911, supplying the local shipyards',
    'and, after their decline, the fishing fleet. Rope making ceased in 1938. During the Second World War the ropewalk was used as a',
    'store by the Admiralty, and it later served as a timber yard. The buildings were converted to small workshops in 1996, when the',
    'roof was re-covered and the south wall partly rebuilt.',
  ),
];
const hDet = [
  j(
    'MATERIALS: the ropewalk is of brick in English garden wall bond with a pantile roof; the tarring house is of rubble stone with',
    'brick dressings and a slate roof.',
  ),
  j('PLAN: the ropewalk is a single long range of 52 bays running east to west, open internally, with the tarring house at right', 'angles at its east end.'),
  j(
    'EXTERIOR: the north elevation of the ropewalk has regularly spaced small windows with timber shutters, many renewed. The tarring',
    'house has a tall boiler chimney on its north gable and a loading door with a timber hoist beam above it.',
  ),
  j(
    'INTERIOR: the ropewalk retains its king-post roof trusses for almost its full length, and iron hooks for the laying gear survive',
    'on the tie beams of the eastern bays. The tarring house retains the brick base of its tar copper.',
  ),
];
const hSources = ['Pell, A, Rope and Sail: The Maritime Trades of Hallowby (1988), 41–57', 'Hallowby Harbour Commissioners, Plan of the Harbour, 1802'];
const hLegal = j(
  'This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as amended for its special',
  'architectural or historic interest.',
);
const hNav = ['Listing', 'Advice', 'Research', 'Get Involved', 'Images and Books'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${hTitle}, Hallowby - 1450221 | Marchland Heritage Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="List entry 1450221: ${hTitle}, Ferry Lane, Hallowby.">
<link rel="stylesheet" href="/Content/css/nhle.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LandmarksOrHistoricalBuildings",
"name":"${hTitle}","identifier":"1450221","address":"Ferry Lane, Hallowby"}</script>
<script>var CookieControlConfig = {apiKey: 'cc-8f1e', product: 'PRO', initialState: 'notify'};</script></head>
<body class="nhle-page"><a href="#main" class="skip-link">Skip to content</a><header class="site-header"><div class="container">
<a href="/" class="site-header__logo">Marchland Heritage Trust</a><nav class="site-header__nav" aria-label="Main">
<ul>${links(hNav, 'site-header__item')}</ul></nav>
<form class="site-header__search" action="/search"><input type="search" placeholder="Search"><button>Search</button></form></div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/listing/">Listing</a></li>
<li><a href="/listing/the-list/">Search the List</a></li><li aria-current="page">List entry 1450221</li></ol></nav>
<main id="main" class="nhle-list-entry"><div class="container"><div class="nhle-list-entry__header"><p class="nhle-list-entry__kicker">Official list entry</p>
<h1 class="nhle-list-entry__title">${hTitle}</h1><div class="nhle-list-entry__actions">
<a href="#" class="btn-print">Print</a> <a href="#" class="btn-share">Share</a>
</div></div><ul class="nhle-tabs" role="tablist"><li class="nhle-tabs__item is-active"><a href="#official-list-entry" role="tab">Official List Entry</a></li>
<li class="nhle-tabs__item"><a href="/listing/the-list/list-entry/1450221/map" role="tab">Map</a></li><li class="nhle-tabs__item"><a
href="/listing/the-list/list-entry/1450221/comments" role="tab">Comments and Photos (4)</a></li></ul>
<section id="official-list-entry" class="nhle-list-entry__body"><div class="nhle-list-entry__summary-table"><ul>
${hEntry.map((e) => `<li class="nhle-summary-row">${e}</li>`).join('\n')}
<li class="nhle-summary-row nhle-summary-row--amended">${hAmend}</li></ul></div>
<div class="nhle-list-entry__text"><h2 id="summary">${hH[0]}</h2><p>${hSum}</p><h2 id="reasons">${hH[1]}</h2>
<p class="nhle-lead">Old Ropewalk and Tarring House, Hallowby, is listed at Grade II for the following principal reasons:</p>
<ul>${hReasons.map((r) => `<li>${r}</li>`).join('\n')}</ul><h2 id="history">${hH[2]}</h2>${ps(hHist)}<h2 id="details">${hH[3]}</h2>${ps(hDet)}
<h3 class="nhle-sources__title">Sources</h3><div class="nhle-sources"><h4>Books and journals</h4><ul>${hSources.map((x) => `<li>${x}</li>`).join('')}</ul></div>
<div class="nhle-legal"><h3>Legal</h3>
<p>This building is listed under the Planning (Listed Buildings and Conservation Areas) Act 1990 as amended for its special
architectural or historic interest.</p></div><p class="nhle-end">End of official list entry</p></div></section>
<section class="nhle-map"><h2>Map</h2><div id="map" class="nhle-map__canvas" data-lat="53.612" data-lng="-0.204"></div><p class="nhle-map__note">This map is for
quick reference purposes only and may not be to scale.</p></section>
<aside class="nhle-feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button></aside></div></main>
<footer class="site-footer"><div class="container"><ul>${links(['About us', 'Contact us', 'Accessibility', 'Privacy and cookies', 'Terms and conditions'])}</ul>
<p>Marchland Heritage Trust is a charity registered in England and Wales, number 1160771.</p></div></footer>
<div id="ccc" role="region" aria-label="Cookie preferences"><div id="ccc-notify" class="ccc-notify-bar"><div class="ccc-notify-text">
<h3>This site uses cookies to
store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your experience.</p></div><div
class="ccc-notify-buttons"><button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button><button class="ccc-notify-button
ccc-link">Cookie preferences</button></div></div></div><script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script></body></html>`;
const heritage: TestPage = {
  name: 'heldout293-heritage-list-entry',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([
    ...hEntry,
    hSum,
    'Old Ropewalk and Tarring House, Hallowby, is listed at Grade II for the following principal reasons:',
    ...hReasons,
    ...hHist,
    ...hDet,
  ]),
  bylines: [hAmend],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Marchland Heritage Trust', ...hNav, 'Search', 'Home', 'Search the List', 'List entry 1450221', 'Official list entry', 'Print',
    'Share', 'Official List Entry', 'Map', 'Comments and Photos (4)', 'Sources', 'Books and journals', ...hSources, 'Legal',
    hLegal,
    'End of official list entry', 'This map is for quick reference purposes only and may not be to scale.', 'Was this page helpful?', 'Yes',
    'About us', 'Contact us', 'Accessibility', 'Privacy and cookies', 'Terms and conditions',
    'Marchland Heritage Trust is a charity registered in England and Wales, number 1160771.', 'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience.', 'Accept recommended settings', 'Cookie preferences',
  ],
};

export const HELDOUT293_F: readonly TestPage[] = [nextStory, heritage];
