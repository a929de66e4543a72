import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file f2: a grassroots football club's match preview on a Pitchero club site (Next.js with
 * "sc-" styled-components classes: the club header with crest, login and register links, the club menu, the "Match
 * Preview" category label, the author and date line, the share buttons, the hero image with its credit, the article with
 * a team-news list, an ad slot between paragraphs, the "Next match" widget, the league table widget, the sponsors strip,
 * "More news" cards and the Pitchero footer).
 */
const pcTitle = 'Preview: Harwood Athletic v Castleford Bridge Town';
const pcP1 = [
  'The Ath return to Mill Meadow on Saturday for a top-of-the-table meeting with Castleford Bridge Town, knowing that a win ' +
    'would lift them two points clear at the summit of the Pendle Valley League Premier Division with a game in hand.',
  'Town arrive in form, unbeaten in eight league matches and with the division’s meanest defence, having conceded just nine ' +
    'goals all season. Manager Gary Tolson described them this week as “the best-organised side we will face this year” and ' +
    'expects a tight, physical afternoon.',
];
const pcH1 = 'Team news';
const pcNews = [
  'Captain Reece Walmsley returns from a three-match suspension and is expected to go straight back into midfield.',
  'Striker Kwame Asante (hamstring) trained on Tuesday and Thursday and will be assessed on the morning of the game.',
  'Goalkeeper Dan Priestley misses out with a broken finger, so 17-year-old Owen Marsh keeps his place after an impressive debut.',
  'Full-back Lewis Hargreaves is unavailable for family reasons.',
];
const pcH2 = 'Form guide';
const pcP2 = [
  'Athletic have won five of their last six in all competitions, the only blemish a 2-2 draw away at Whitsby Rovers a fortnight ' +
    'ago. Last weekend’s 3-1 win over Dunmore United was built on a dominant first half, with Jordan Pickles scoring twice and ' +
    'setting up the third for Sam Ogunleye.',
  'Town’s run has been less spectacular but just as effective. Four of their last six wins have been by a single goal, and they ' +
    'have kept clean sheets in their last three away games.',
];
const pcH3 = 'Last time out';
const pcP3 = [
  'When the sides met at Brook Lane in September, Town won 1-0 thanks to a late header from a corner. It was Athletic’s only ' +
    'league defeat of the season so far, and Tolson admitted the players have had this fixture circled ever since.',
];
const pcH4 = 'Matchday information';
const pcP4 = [
  'Kick-off is at 3pm. Admission is £6 for adults, £3 for concessions and free for under-16s. The clubhouse opens from 12 noon ' +
    'with hot food from the tea bar, and the under-10s will be our guests of honour and form a guard of honour for the teams.',
  'Parking at Mill Meadow is limited, so please use the overflow car park at Harwood Primary School, a five-minute walk from the ground.',
];
const pcNav = ['Home', 'News', 'Teams', 'Fixtures & Results', 'Club Shop', 'Sponsors', 'Join Us'];
const pcShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Copy link'];
const pcNext = [
  'Next match',
  'Harwood Athletic',
  'Castleford Bridge Town',
  'Sat 6 Dec, 15:00',
  'Mill Meadow',
  'Pendle Valley League Premier Division',
  'Match centre',
];
const pcTable = [
  ['1', 'Castleford Bridge Town', '15', '34'],
  ['2', 'Harwood Athletic', '14', '33'],
  ['3', 'Whitsby Rovers', '15', '29'],
  ['4', 'Dunmore United', '15', '25'],
];
const pcMore = ['Under-12s lift the County Cup', 'Clubhouse Christmas quiz: book your table', 'Harwood Athletic 3-1 Dunmore United: report'];
const pcMoreDates = ['2 days ago', '5 days ago', '1 week ago'];
const pcSponsors = ['Club sponsors', 'Main sponsor: Hartley & Sons Builders', 'Kit sponsor: Moorside Motors'];
const pcFoot = ['Club privacy', 'Help', 'Cookie settings', 'Powered by Pitchero', 'Create your own club website', 'Terms of use', 'Privacy policy'];
const sc = (n: string): string => `sc-${n}`;
const pcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: Harwood Athletic v Castleford Bridge Town - News - Harwood Athletic FC</title>
<meta name="description" content="The Ath return to Mill Meadow on Saturday for a top-of-the-table meeting with Castleford Bridge Town.">
<meta property="og:type" content="article"><meta property="og:title" content="${pcTitle}">
<meta property="article:published_time" content="2025-12-04T18:42:10+00:00">
<link rel="canonical" href="https://www.harwoodathletic.example/news/preview-harwood-athletic-v-castleford-bridge-town-3189204.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pcTitle}","datePublished":"2025-12-04T18:42:10+00:00",
"author":{"@type":"Person","name":"Phil Greenhalgh"},"publisher":{"@type":"Organization","name":"Harwood Athletic FC"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script><link rel="stylesheet" href="/_next/static/css/8b2cf4a1.css"></head>
<body><div id="__next"><div class="${sc('gsDKAQ')} club-frame"><header class="${sc('hKgJUU')}"><div class="${sc('eCstZk')}">
<a href="/" class="${sc('crest')}"><img
src="https://img-res.pitchero.example/?url=crest.png" alt="Harwood Athletic FC crest"><span class="${sc('bZkfAO')}">Harwood Athletic FC</span></a>
<div class="${sc('iRbzmb')}"><a href="/login">Login</a><a href="/register">Register</a></div></div><nav class="${sc('jWBwVP')}" aria-label="Club menu"><ul>
${links(pcNav, sc('fzXfMv'))}</ul><button class="${sc('more')}" aria-expanded="false">More</button></nav></header>
<div class="${sc('ad-leaderboard')}" data-ad-slot="leaderboard"><span class="${sc('ad-label')}">Advertisement</span><div id="div-gpt-ad-leaderboard"></div>
</div>
<main class="${sc('kEYyzF')}"><div class="${sc('hmdomW')} article-layout"><article class="${sc('dIfPnN')}"><div class="${sc('category')}">
<a href="/news?category=match-preview">Match
Preview</a></div><h1 class="${sc('cSHVUG')}">${pcTitle}</h1><div class="${sc('byline')}"><span class="${sc('author')}">By Phil Greenhalgh</span>
<span class="${sc('sep')}"> • </span>
<time datetime="2025-12-04T18:42:10+00:00">Thu 4 Dec 2025</time></div><div class="${sc('share')}" aria-label="Share this article">
${pcShare.map((t) => `<button class="${sc('share-btn')}">${t}</button>`).join('')}</div>
<figure class="${sc('hero')}"><img src="https://img-res.pitchero.example/?url=preview-hero.jpg"
alt="Harwood players celebrate a goal"><figcaption>Photo: Hannah Lord
Photography</figcaption></figure>
<div class="${sc('article-body')} article-body">
${ps(pcP1)}
<h2>${pcH1}</h2>
<ul>${pcNews.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="${sc('ad-inline')}" data-ad-slot="mpu-1"><span class="${sc('ad-label')}">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<h2>${pcH2}</h2>
${ps(pcP2)}
<h2>${pcH3}</h2>
${ps(pcP3)}
<h2>${pcH4}</h2>
${ps(pcP4)}
</div></article>
<aside class="${sc('sidebar')}"><section class="${sc('widget')} next-match"><h2>${pcNext[0]}</h2><div class="${sc('teams')}"><span>${pcNext[1]}</span>
<span>v</span>
<span>${pcNext[2]}</span></div><p>${pcNext[3]}</p><p>${pcNext[4]}</p><p>${pcNext[5]}</p><a href="/match-centre/9912">${pcNext[6]}</a></section>
<section class="${sc('widget')} league-table"><h2>League table</h2><table><thead><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr></thead><tbody>
${pcTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}</tbody></table><a href="/teams/1/league-table">Full table</a></section>
<section class="${sc('widget')} sponsors"><h2>${pcSponsors[0]}</h2>${pcSponsors
  .slice(1)
  .map((t) => `<p>${t.replace('&', '&amp;')}</p>`)
  .join('')}</section></aside></div>
<section class="${sc('more-news')}"><h2>More news</h2><ul>${pcMore
  .map(
    (t, i) => `<li><a href="/news/${i}"><h3>${t}</h3><span>${pcMoreDates[i]}</span></a>
</li>`,
  )
  .join('\n')}
</ul><a href="/news">View all news</a></section></main>
<footer class="${sc('footer')}"><p>© Harwood Athletic FC 2025</p><ul>${pcFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"clubId":18221,"newsId":3189204}},
"page":"/club/news/[id]","buildId":"pitchero-web-4.118"}</script>
</body></html>`;
export const fixturePreview: TestPage = {
  html: pcHtml,
  name: 'heldout206-pitchero-fixture-preview',
  kind: 'news',
  // the author line and date are bylines; the category label, share buttons, photo credit, ad labels, the sidebar widgets
  // (next match, league table with its cells, sponsors), "More news" and the footer are furniture
  title: pcTitle,
  headings: [pcH1, pcH2, pcH3, pcH4],
  body: [...texts(pcP1), ...pcNews, ...pcP2, ...pcP3, ...pcP4],
  bylines: ['By Phil Greenhalgh', 'Thu 4 Dec 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harwood Athletic FC', 'Login', 'Register', ...pcNav, 'More', 'Advertisement', 'Match Preview', ...pcShare, 'Photo: Hannah Lord Photography',
    ...pcNext, 'League table', ...pcTable.flatMap((r) => r.slice(1)), 'Full table', ...pcSponsors, 'More news', ...pcMore, ...pcMoreDates,
    'View all news', '© Harwood Athletic FC 2025', ...pcFoot,
  ],
};
