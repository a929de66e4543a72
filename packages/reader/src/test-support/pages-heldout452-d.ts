import { links, type TestPage, texts } from './page-kit.js';
import { wpCategoryFeed } from './pages-heldout452-d2.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file d: a single entry open in a Feedly-style feed reader web app (the left navigation with Today, Read
 * Later, the feed folders and their unread counts, the entry toolbar, the entry header with source, author and age, the
 * full entry content with a figure and a "Read more" promo carried in the feed, the "Visit Website" button, "More from" the
 * same source, and the upgrade banner) and, from file d2, a WordPress category feed styled by a theme's XSLT.
 */
const rTitle = 'Tidal turbines off Skerrow Point pass their first winter';
const rParas = [
  j(
    'Two tidal turbines anchored in the channel off Skerrow Point have come through their first winter with no major faults, the',
    'cooperative that owns them said on Tuesday, clearing the way for a further six machines to be installed next year.',
  ),
  j(
    'The turbines, each the size of a small bus, sit on the seabed in about thirty metres of water and turn with the tide in both',
    'directions. Between them they produced enough electricity over the winter months to supply roughly nine hundred homes on the',
    'island and the neighbouring mainland villages.',
  ),
  j(
    'Skerrow Tidal Energy Cooperative, which has around 1,400 local members, had feared that the storms of January would damage',
    'the blades or the cables that carry power to shore. Engineers who inspected the machines with a remotely operated submarine in',
    'February found some marine growth and one worn bearing seal, but no structural damage.',
  ),
  j(
    '“Tidal power has always had a reputation for breaking in bad weather,” said the cooperative’s operations manager, Ffion',
    'Aldridge. “This winter was the real test, and the machines passed it. That matters for every small community that is looking',
    'at the sea and wondering whether it could work for them.”',
  ),
];
const rHead = 'What comes next';
const rParas2 = [
  j(
    'The six new turbines will be built at a yard in Port Camlin and towed to the site in the summer of 2027. The cooperative is',
    'raising part of the cost through a community share offer, which opens in May, with the rest coming from a regional',
    'development fund and a loan.',
  ),
  'Members will be asked to vote on three questions at the annual meeting in April:',
];
const rList = [
  'whether to open the share offer to people living outside the island,',
  'how much of the profit should go into a community fund for home insulation, and',
  'whether to test a battery store at the old ferry terminal.',
];
const rParas3 = [
  j(
    'Not everyone on the island is convinced. Some fishermen say the turbines have made one of the best crab grounds harder to',
    'reach, and a local wildlife group wants longer monitoring of seals and porpoises in the channel before any expansion. The',
    'cooperative has agreed to fund a second year of surveys by marine biologists from the college in Port Camlin.',
  ),
  j(
    'For now, the figures are encouraging. The turbines ran for ninety-four per cent of the time they were expected to, slightly',
    'better than the makers had predicted, and the cooperative expects to pay its first dividend to members in the autumn.',
  ),
];
const rNav = ['Today', 'Read Later', 'Recently Read', 'Feeds', 'All'];
const rFolders: [string, string][] = [
  ['Coast & Islands', '34'],
  ['Renewables', '12'],
  ['Science', '58'],
  ['Long Reads', '7'],
];
const rMore = [
  'Ferry timetable to change as new vessel enters service',
  'Island school wins national award for its kelp project',
  'Community buyout of Ardmhor estate completed',
];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${rTitle} | Feedly</title>
<meta name="theme-color" content="#ffffff"><link rel="manifest" href="/manifest.json">
<link rel="stylesheet" href="https://s3.feedly.example/production/head/main.c8a1f0.css">
<script>window.feedlyAppConfig={env:"production",version:"31.0.1877",locale:"en"};</script>
<script src="https://s3.feedly.example/production/head/main.4e2d7a.js" defer></script></head>
<body class="theme--light"><div id="root"><div class="App">
<nav class="LeftnavList" aria-label="Feeds"><div class="LeftnavList__header"><a class="Logo" href="/i/my">feedly</a></div>
<ul class="LeftnavList__primary">${links(rNav, 'LeftnavListRow')}</ul>
<ul class="LeftnavList__folders">${rFolders
  .map(
    ([f, n]) => `<li class="LeftnavListRow LeftnavListRow--folder"><a href="/i/collection/x"><span class="title">${f.replace('&', '&amp;')}</span>
<span class="LeftnavListRow__count">${n}</span></a></li>`,
  )
  .join('\n')}</ul>
<div class="LeftnavFooter"><a href="/i/discover">Follow New Sources</a><a class="upgrade" href="/i/pro">Upgrade to Pro</a></div></nav>
<main class="MainContainer"><div class="EntryToolbar" role="toolbar"><button class="EntryToolbar__button">Mark as read</button>
<button class="EntryToolbar__button">Save to Board</button><button class="EntryToolbar__button">Read Later</button>
<button class="EntryToolbar__button">Share</button><button class="EntryToolbar__button" aria-label="Close">Close</button></div>
<article class="entry entry--selected u100Entry" data-entryid="4f1c9e20:18e0a7" data-alternate-link="https://islandwire.example/tidal">
<header class="EntryHeader"><div class="EntryMetadataBasic"><a class="EntryMetadataSource" href="/i/subscription/feed/islandwire">The Island Wire</a>
<span class="EntryMetadataAuthor">by Sorcha Lindgren</span><span class="EntryMetadataAgo" title="Published: Tue, 03 Mar 2026 08:12:00 GMT">3h</span></div>
<a class="EntryTitleLink" href="https://islandwire.example/tidal" target="_blank"><h1 class="EntryTitle">${rTitle}</h1></a></header>
<div class="EntryBody"><div class="content">
<figure><img src="https://islandwire.example/wp-content/uploads/turbine.jpg" alt="" width="640">
<figcaption>One of the two turbines before it was lowered into the channel last spring. Photo: Skerrow Tidal Energy Cooperative</figcaption>
</figure>
${rParas.map((p) => `<p>${p}</p>`).join('\n')}
<p><strong>Read more: <a href="https://islandwire.example/ferry">Ferry timetable to change as new vessel enters service</a></strong></p>
<h2>${rHead}</h2>
${rParas2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${rList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${rParas3.map((p) => `<p>${p}</p>`).join('\n')}
<p>The post <a href="https://islandwire.example/tidal">${rTitle}</a> appeared first on <a href="https://islandwire.example">The Island Wire</a>.</p>
</div>
<a class="EntryVisitWebsiteButton button" href="https://islandwire.example/tidal" target="_blank">Visit Website</a></div>
</article>
<section class="MoreFrom"><h2 class="MoreFrom__title">More from The Island Wire</h2><ul>${links(rMore, 'MoreFrom__item')}</ul></section>
</main>
<div class="UpgradeBanner" role="dialog"><p>Follow up to 1,000 sources and hide the ads with Feedly Pro.</p><button>Try Pro free</button>
<button>Not now</button></div>
</div></div></body></html>`;
const feedlyEntry: TestPage = {
  name: 'heldout452-feedly-entry-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rHead],
  body: texts([...rParas, ...rParas2, ...rList, ...rParas3]),
  bylines: ['by Sorcha Lindgren'],
  furniture: [
    'feedly',
    ...rNav,
    ...rFolders.map(([f]) => f),
    'Follow New Sources',
    'Upgrade to Pro',
    'Mark as read',
    'Save to Board',
    'Share',
    'Close',
    'The Island Wire',
    'One of the two turbines before it was lowered into the channel last spring. Photo: Skerrow Tidal Energy Cooperative',
    'Read more: Ferry timetable to change as new vessel enters service',
    `The post ${rTitle} appeared first on The Island Wire.`,
    'Visit Website',
    'More from The Island Wire',
    ...rMore.slice(1),
    'Follow up to 1,000 sources and hide the ads with Feedly Pro.',
    'Try Pro free',
    'Not now',
  ],
};

export const HELDOUT452_D: readonly TestPage[] = [feedlyEntry, wpCategoryFeed];
