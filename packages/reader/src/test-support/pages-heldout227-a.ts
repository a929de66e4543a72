import { links, ps, type TestPage, texts } from './page-kit.js';
import { cyclingnewsReport } from './pages-heldout227-a2.js';

/**
 * Held-out batch 227, file a: an ESPNcricinfo County Championship match report (the Next.js "ds-" design-system template:
 * the top nav with the edition switch, the match header strip with the result and the match tabs, the story's dek, author
 * and date line, the lead image with its caption and credit, an inline "Read more" promo, the author bio line at the end,
 * the scorecard-summary embed, tags, the "Related" rail, ad slots, the OneTrust banner and the footer) and, from file a2, a
 * Cyclingnews race report.
 */
const ciTitle = 'Hollins five-for hands Pennington the edge as Ridgefield fold on final morning';
const ciDek = 'Left-armer takes 5 for 38 before Dawar’s unbeaten 61 steers the chase home with four wickets to spare';
const ciP = [
  'For three days this looked like a match that would be settled by the weather or by nobody at all. Then Callum Hollins took ' +
    'the second new ball on the final morning at Larchfield Road, and in 53 deliveries Ridgefield went from 201 for 4, a lead of ' +
    '142 and talk of a declaration, to 239 all out.',
  'Hollins, a 26-year-old left-arm seamer who began the season as Pennington’s fourth choice, finished with 5 for 38. He did ' +
    'it with the old-fashioned virtues: a full length, a little shape back into the right-handers, and a refusal to offer anything ' +
    'to cut. Three of his five were lbw and the other two were bowled.',
  'That left Pennington 181 to win in a minimum of 52 overs on a pitch that had flattened out after a green first day. They ' +
    'wobbled to 88 for 5, but Imran Dawar batted through the afternoon for an unbeaten 61 and the hosts got there with 9.2 overs to ' +
    'spare and four wickets in hand.',
];
const ciH1 = 'The morning that changed it';
const ciP2 = [
  'Ridgefield had resumed on 164 for 3, with Jonah Pickard 71 not out and the captain, Ed Varley, settled alongside him. Pickard ' +
    'was the first to go, pinned on the crease by one that nipped back from around the wicket. Varley followed three overs later, ' +
    'playing across a full ball that would have hit middle.',
  '“You don’t plan for that,” Hollins said afterwards. “We just wanted to bowl six dots an over at them and make them do ' +
    'something. The ball was swinging a bit more than it had all game, and once Picks went the tail came in with the lead still ' +
    'not big enough.”',
  'The last five wickets fell for 19. Ridgefield’s lower order has now been dismissed for under 40 in four of their six innings ' +
    'this season, a pattern their coach, Sunil Bhatt, admitted had become a problem.',
];
const ciH2 = 'Dawar holds the chase together';
const ciP3 = [
  'A target of 181 should have been straightforward, but Pennington have made hard work of fourth-innings chases for two ' +
    'seasons. When Tom Akers edged Varley to second slip and Rhys Morland was run out by a direct hit from cover, the home dressing ' +
    'room went very quiet.',
  'Dawar, who had made only 14 runs in his previous three innings, was patient. He left well outside off stump, waited for the ' +
    'spinner Arjun Mehra to drop short, and added 63 for the sixth wicket with the wicketkeeper, Ollie Brent. Brent fell with 30 ' +
    'still needed; Dawar finished it by driving Mehra through extra cover for his eighth four.',
  'The win lifts Pennington to third in Division One, 11 points behind the leaders, Eastmarsh. Ridgefield stay seventh and ' + 'travel to Eastmarsh next week.',
];
const ciBio = 'Mark Ainsworth is a county cricket correspondent for ESPNcricinfo';
const ciNav = ['Live Scores', 'Series', 'Teams', 'News', 'Features', 'Videos', 'Stats', 'Fantasy'];
const ciTabs = ['Summary', 'Scorecard', 'Report', 'Commentary', 'Stats', 'Overs', 'Table', 'Photos'];
const ciRelated = [
  'Eastmarsh stretch lead at the top with innings win over Colderwell',
  'Akers ruled out for six weeks with side strain',
  'Ridgefield sign South African seamer Botha for second half of season',
  'County Championship 2025: fixtures, results and table',
];
const ciTags = ['Pennington', 'Ridgefield', 'County Championship Division One'];
const ciFoot = [
  'About Us',
  'Help',
  'Advertise',
  'Contact Us',
  'Terms of Use',
  'Privacy Policy',
  'Interest-Based Ads',
  'Do Not Sell or Share My Personal Information',
  'Feedback',
];
const ciCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze ' +
  'site usage, and assist in our marketing efforts.';
const ciReadMore = 'Eastmarsh stretch lead at the top with innings win over Colderwell';
const ciHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Pennington vs Ridgefield, County Championship Division One: Hollins five-for hands Pennington the edge | ESPNcricinfo</title>
<meta name="description" content="${ciDek}"><meta property="og:site_name" content="ESPNcricinfo"><meta property="og:type" content="article">
<meta property="og:title" content="${ciTitle}"><meta name="twitter:site" content="@ESPNcricinfo">
<link rel="canonical" href="https://www.espncricinfo.com/series/cc-div1-2025-1459876/pen-vs-rid-34th-1459912/match-report">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ciTitle}","datePublished":"2025-07-16T16:58:00Z",
"author":[{"@type":"Person","name":"Mark Ainsworth"}],"publisher":{"@type":"Organization","name":"ESPNcricinfo"}}</script>
<link rel="preload" href="https://wassets.hscicdn.example/static/fonts/Roboto-Regular.woff2" as="font" crossorigin="anonymous">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5d7d3d2b-2a8e" async></script></head>
<body><div id="__next"><div class="ds-flex ds-flex-col ds-min-h-screen">
<div class="ds-bg-fill-content-prime ds-text-center"><div id="ad-top-banner" class="ds-min-h-[90px]"><span
class="ds-text-tight-xs ds-text-typo-mid3">Advertisement</span>
<div id="div-gpt-ad-1" data-slot="leaderboard"></div></div></div>
<header class="ds-bg-fill-navbar ds-sticky ds-top-0 ds-z-50"><div class="ds-container ds-flex ds-items-center ds-h-14">
<a href="/" title="ESPNcricinfo Home" class="ds-flex"><img src="https://wassets.hscicdn.example/static/images/logo.png" alt="ESPNcricinfo"></a>
<nav class="ds-flex ds-items-center" aria-label="Main"><ul class="ds-flex ds-space-x-4 ds-text-title-s ds-font-bold ds-text-raw-white">
${links(ciNav, 'ds-px-2')}</ul></nav>
<div class="ds-flex ds-items-center ds-ml-auto"><button class="ds-text-tight-s ds-text-raw-white" aria-label="Edition">Edition IN</button>
<a class="ds-text-tight-s ds-text-raw-white" href="/login">Sign in</a></div></div></header>
<div class="ds-container"><div class="ds-bg-fill-content-prime ds-rounded-xl ds-mt-2" data-testid="match-header">
<div class="ds-text-tight-s ds-font-regular ds-text-typo-mid3">34th Match, Larchfield Road, July 13 - 16, 2025, County Championship Division One</div>
<div class="ci-team-score ds-flex ds-justify-between"><span class="ds-text-tight-l ds-font-bold">Ridgefield</span>
<span class="ds-text-compact-m ds-font-bold">287 &amp; 239</span></div>
<div class="ci-team-score ds-flex ds-justify-between"><span class="ds-text-tight-l ds-font-bold">Pennington</span>
<span class="ds-text-compact-m ds-font-bold">(T:181) 346 &amp; 181/6</span></div>
<p class="ds-text-tight-s ds-font-medium ds-truncate ds-text-typo"><span>Pennington won by 4 wickets</span></p>
<div class="ds-flex ds-overflow-x-auto" role="tablist">${ciTabs
  .map((t) => `<a role="tab" class="ds-px-3 ds-py-2${t === 'Report' ? ' ds-border-b-2 ds-font-bold' : ''}" href="/${t.toLowerCase()}">${t}</a>`)
  .join('')}</div></div>
<div class="ds-flex ds-space-x-5"><div class="ds-grow"><article class="ds-bg-fill-content-prime ds-p-4 ds-rounded-xl">
<div class="ds-text-tight-xs ds-uppercase ds-font-bold ds-text-typo-primary">Report</div>
<h1 class="ds-text-title-l ds-font-bold ds-mb-2">${ciTitle}</h1>
<p class="ds-text-comfortable-l ds-text-typo-mid2 ds-mb-3">${ciDek}</p>
<div class="ds-flex ds-items-center ds-text-tight-s"><a href="/author/mark-ainsworth-7712" class="ds-font-bold ds-text-typo">Mark Ainsworth</a>
<span class="ds-text-typo-mid3 ds-ml-2">16-Jul-2025</span><span class="ds-mx-1">•</span><span class="ds-text-typo-mid3">4 hrs ago</span></div>
<div class="ds-flex ds-space-x-2 ds-my-3" aria-label="Share"><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Share on X">Twitter</button><button aria-label="Share on WhatsApp">WhatsApp</button><button aria-label="Copy link">Copy link</button></div>
<figure class="ds-my-4"><img src="https://img1.hscicdn.example/image/upload/f_auto/lsci/db/PICTURES/CMS/401200/401277.jpg"
alt="Callum Hollins celebrates a wicket"><figcaption class="ds-text-tight-s ds-text-typo-mid3 ds-mt-1">
<span>Callum Hollins took four wickets in 23 balls on the final morning</span><span> • </span><span>Getty Images</span></figcaption></figure>
<div class="ci-story-body ds-text-comfortable-l">
${ps(ciP)}
<p class="ds-text-tight-s"><strong>Read more:</strong> <a href="/story/eastmarsh-innings-win">${ciReadMore}</a></p>
<h2>${ciH1}</h2>
${ps(ciP2)}
<div class="ds-text-center ds-my-4"><span class="ds-text-tight-xs ds-text-typo-mid3">Advertisement</span><div id="div-gpt-ad-2"
data-slot="incontent"></div></div>
<h2>${ciH2}</h2>
${ps(ciP3)}
<p><i>${ciBio}</i></p></div>
<div class="ds-mt-4 ds-border ds-rounded-lg" data-testid="scorecard-summary"><h3 class="ds-text-title-s ds-font-bold">Scorecard summary</h3>
<p class="ds-text-tight-s">Ridgefield 287 &amp; 239 (Pickard 84, Hollins 5-38)</p><p class="ds-text-tight-s">Pennington 346 &amp; 181/6 (Dawar 61*, Mehra
3-55)</p>
<a href="/full-scorecard" class="ds-text-tight-s ds-font-bold">Full scorecard</a></div>
<div class="ds-flex ds-flex-wrap ds-mt-4">${ciTags.map((t) => `<a class="ds-inline-flex ds-mr-2 ds-text-tight-s" href="/tag">${t}</a>`).join('')}</div>
<div class="ds-text-tight-xs ds-text-typo-mid3 ds-mt-2">Language: English</div></article></div>
<aside class="ds-w-[300px] ds-shrink-0"><div class="ds-text-center"><span class="ds-text-tight-xs ds-text-typo-mid3">Advertisement</span>
<div id="div-gpt-ad-3" data-slot="mpu"></div></div><div class="ds-bg-fill-content-prime ds-rounded-xl ds-p-4"><h2
class="ds-text-title-s ds-font-bold">Related</h2>
<ul class="ds-space-y-3">${links(ciRelated, 'ds-text-tight-m ds-font-bold')}</ul></div></aside></div></div>
<footer class="ds-bg-fill-navbar ds-text-raw-white ds-mt-8"><div class="ds-container"><ul class="ds-flex ds-flex-wrap ds-text-tight-s">${links(ciFoot)}</ul>
<p class="ds-text-tight-xs">© 2025 ESPN Sports Media Ltd. All rights reserved</p></div></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${ciCookie}</p></div><div id="onetrust-button-group-parent">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"appPageProps":{"data":{"story":{"id":1496221,"objectId":1496221,"type":"REPORT"}}}},
"page":"/series/[seriesSlug]/[matchSlug]/match-report","buildId":"k1ZbRt0xq3"}</script>
<script src="/_next/static/chunks/main-5a2b7e.js" defer></script></body></html>`;
const cricinfo: TestPage = {
  html: ciHtml,
  name: 'heldout227-espncricinfo-match-report',
  kind: 'news',
  // the dek is body; the "Read more" promo inside the story body, the author bio line, the scorecard-summary embed (its lines
  // are not the story's prose), the match header strip and tabs are furniture
  title: ciTitle,
  headings: [ciH1, ciH2],
  body: [ciDek, ...texts(ciP), ...texts(ciP2), ...texts(ciP3)],
  bylines: ['Mark Ainsworth', '16-Jul-2025', '4 hrs ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', ...ciNav, 'Edition IN', 'Sign in', '34th Match, Larchfield Road, July 13 - 16, 2025, County Championship Division One',
    '287 & 239', '(T:181) 346 & 181/6', 'Pennington won by 4 wickets', ...ciTabs, 'Facebook', 'Twitter', 'WhatsApp',
    'Copy link', 'Callum Hollins took four wickets in 23 balls on the final morning', 'Getty Images', 'Read more:', ciReadMore, ciBio,
    'Scorecard summary', 'Ridgefield 287 & 239 (Pickard 84, Hollins 5-38)', 'Pennington 346 & 181/6 (Dawar 61*, Mehra 3-55)', 'Full scorecard',
    ...ciTags, 'Language: English', 'Related', ...ciRelated.slice(1), ...ciFoot, '© 2025 ESPN Sports Media Ltd. All rights reserved', ciCookie,
    'Cookies Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT227_A: readonly TestPage[] = [cricinfo, cyclingnewsReport];
