import { links, type TestPage, texts } from './page-kit.js';
import { esc, paras } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file e2: a BoardGameGeek game page as the browser stores the rendered GeekUI (Angular) page for a
 * signed-out visitor (the header menus, "Sign In" / "Join (it's free)!", the game header with rank, rating, year, tagline,
 * the players / time / age / weight panel and credits, the "Add to Collection" and "Rate" buttons, the game tabs, the
 * description written as text with `<br>` breaks and its "description from the publisher" line, "Read More", the
 * classification sidebar, "The Hotness" rail, ad slots with "Advertisement" and the "Remove ads" offer, the GDPR cookie
 * notice and the footer).
 */
const bgTitle = 'Ferrowind';
const bgTagline = 'Lay track across a storm-battered archipelago and keep the ferries running.';
const bgDesc = paras(`
In Ferrowind, each player runs a small railway company on the Skerrin Islands, a chain of rocky islands connected by ferries that
only sail when the weather allows. Over six seasons you lay track, build harbours, buy ferry rights and deliver goods between
towns. The company that has earned the most prestige when the last storm blows through wins.

Every round begins by revealing the weather. The weather deck decides which ferry routes are open and which are closed, and
whether a storm damages track on the exposed western coasts. Players then take turns placing their four engineers on the action
board to claim actions: laying track, building a harbour, buying a ferry licence, taking goods from a town's market, or moving a
train. Each action space can only be used by one engineer per round, so the order you play in matters a great deal.

Trains carry goods along connected track and may cross the water on any open ferry route, paying a toll to the player who holds
the licence for it. Delivering goods earns money and prestige, and completes contracts that give larger bonuses at the end of
the game. A town that receives every type of goods it wants becomes a boom town, scoring extra prestige for everyone who helped
supply it.

Storms are the heart of the game. A well-protected railway in the sheltered east is safe but slow, while the western lines are
quick and profitable until the weather turns. Repairing damaged track costs an action, and an unlucky storm can cut a company in
half at the worst moment. Reading the weather deck, and knowing how many storm cards are still to come, is the skill that separates
good players from great ones.

Ferrowind includes a solo mode with an automated rival company, the Crown Line, which follows its own deck of priorities and is
tuned at four levels of difficulty.`);
const bgCredit = '\u2014description from the publisher';
const bgHeader = ['Browse', 'Forums', 'GeekMarket', 'Help', 'Sign In', 'Join (it\u2019s free)!'];
const bgRank = ['Rank: Overall 812', 'Strategy 421'];
const bgButtons = ['Add to Collection', 'Rate', 'Play Logged', '1.4K Ratings & 318 Comments', '2.6K Plays'];
const bgTabs = ['Overview', 'Images', 'Videos', 'Files', 'Forums', 'Versions', 'Expansions', 'Lists', 'Stats', 'Credits', 'Marketplace', 'Linked Items'];
const bgSide = ['Classification', 'Type', 'Strategy', 'Category', 'Trains', 'Nautical', 'Mechanism', 'Worker Placement', 'Route/Network Building', 'Family'];
const bgHot = ['The Hotness', 'Harbour Lights', 'Stoneward', 'The Gilded Loom', 'Mothwing Meadow', 'Tidecaller'];
const bgAds = ['Advertisement', 'Remove ads with GeekGold'];
const bgCookie = ['We use cookies and similar technologies to operate the site, remember your preferences and show advertising.', 'Accept', 'Manage Settings'];
const bgFoot = ['About', 'Advertise', 'Contact', 'Community Rules', 'Privacy', 'Terms of Service', 'Cookie Settings', 'Support BGG'];
const bgHtml = `<!DOCTYPE html>
<html lang="en" ng-app="GeekApp" class="ng-scope"><head><meta charset="utf-8"><title>Ferrowind | Board Game | BoardGameGeek</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${bgTagline}">
<meta property="og:title" content="Ferrowind"><meta property="og:site_name" content="BoardGameGeek"><meta property="og:type" content="website">
<link rel="canonical" href="https://boardgamegeek.com/boardgame/418127/ferrowind">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Game","name":"Ferrowind","description":"${bgTagline}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"7.6","reviewCount":"318","ratingCount":"1412"}}</script>
<link rel="stylesheet" href="https://cf.geekdo-static.example/frontend/css/main.3b8a.css">
<script>var GEEK = GEEK || {}; GEEK.geekitemPreload = {"item":{"objectid":"418127","name":"Ferrowind","yearpublished":"2024"}};</script></head>
<body class="geek-body"><gg-app class="ng-scope"><gg-header><header class="global-header"><nav class="global-header-nav"><a class="navbar-brand" href="/">
<img alt="BoardGameGeek" src="/images/bgg-logo.svg"></a><ul class="global-header-nav-menu">${links(bgHeader.slice(0, 4), 'global-header-nav-item')}</ul>
<div class="global-header-user"><a class="btn btn-link" href="/login">${bgHeader[4]}</a><a class="btn btn-primary"
href="/join">${esc(bgHeader[5] ?? '')}</a></div>
</nav></header></gg-header>
<div class="global-body-content-container"><div class="global-body-content"><gg-ad class="gg-ad-leaderboard"><div class="ad-label">${bgAds[0]}</div>
<div id="bgg-ad-leaderboard"></div></gg-ad>
<div class="game-header" ng-controller="GeekitemController"><div class="game-header-body"><div class="game-header-rank"><ul><li>${bgRank[0]}</li>
<li>${bgRank[1]}</li></ul></div><div class="rating-overall"><span class="rating-overall-callout">7.6</span></div>
<div class="game-header-title-info"><div class="game-header-title-container"><h1><a href="/boardgame/418127/ferrowind"><span
itemprop="name">${bgTitle}</span></a>
<span class="game-year">(2024)</span></h1><p class="game-header-subtitle" ng-if="geekitemctrl.geekitem.data.item.short_description">${bgTagline}</p></div>
<ul class="gameplay"><li class="gameplay-item"><div class="gameplay-item-primary">2–4 Players</div><div
class="gameplay-item-secondary">Community: 2–4 — Best: 3</div>
</li><li class="gameplay-item"><div class="gameplay-item-primary">60–120 Min</div><div class="gameplay-item-secondary">Playing Time</div></li>
<li class="gameplay-item"><div class="gameplay-item-primary">Age: 12+</div><div class="gameplay-item-secondary">Community: 12+</div></li>
<li class="gameplay-item"><div class="gameplay-item-primary">Weight: 3.12 / 5</div><div class="gameplay-item-secondary">Complexity Rating</div></li></ul>
<ul class="game-header-credits"><li><strong>Designer:</strong> <a href="/boardgamedesigner/20117/">Marit Haugland</a></li><li><strong>Artist:</strong>
<a href="/boardgameartist/88410/">Teo Castellane</a></li><li><strong>Publisher:</strong> <a href="/boardgamepublisher/9921/">Gullstone Games</a></li></ul></div>
<div class="game-header-linkedbar"><ul class="game-header-linkedbar-list"><li><a href="/boardgame/418127/ferrowind/ratings">${bgButtons[3]}</a></li>
<li><a href="/boardgame/418127/ferrowind/plays">${bgButtons[4]}</a></li></ul></div>
<div class="game-header-actions"><button class="btn btn-primary" type="button">${bgButtons[0]}</button><button class="btn"
type="button">${bgButtons[1]}</button>
<button class="btn" type="button">${bgButtons[2]}</button></div></div></div>
<nav class="game-tabs"><ul class="nav nav-tabs">${links(bgTabs, 'nav-item')}</ul></nav>
<div class="row game-overview"><div class="col-md-8"><section class="panel game-description"><div class="panel-header"><h2
class="panel-title">Description</h2></div>
<div class="panel-body"><article class="game-description-body" ng-bind-html="::geekitemctrl.geekitem.data.item.description|to_trusted">
${bgDesc.join('<br><br>\n')}<br><br>\n${bgCredit}</article><button class="btn btn-link btn-readmore" type="button">Read More</button></div></section></div>
<div class="col-md-4"><section class="panel game-classification"><h2 class="panel-title">${bgSide[0]}</h2><ul class="features">${[1, 3, 6, 9]
  .map((i) => {
    const end = i === 1 ? 3 : i === 3 ? 6 : i === 6 ? 9 : 10;
    const vals = i === 9 ? ['Theme: Islands'] : bgSide.slice(i + 1, end);
    return `<li class="feature"><div class="feature-title">${bgSide[i]}</div><div class="feature-description">${vals
      .map(
        (v) => `<a
href="#">${v}</a>`,
      )
      .join(', ')}</div></li>`;
  })
  .join('')}</ul></section>
<gg-ad class="gg-ad-sidebar"><div class="ad-label">${bgAds[0]}</div><div id="bgg-ad-sidebar"></div><a class="ad-remove" href="/geekgold">${bgAds[1]}</a></gg-ad>
<section class="panel hotness"><h2 class="panel-title">${bgHot[0]}</h2><ol>${links(bgHot.slice(1), 'hotness-item')}</ol></section></div></div></div></div>
<div class="gdpr-notice" role="dialog" aria-label="Cookie notice"><p>${bgCookie[0]}</p><button class="btn btn-primary">${bgCookie[1]}</button>
<button class="btn btn-link">${bgCookie[2]}</button></div>
<footer class="global-footer"><ul class="global-footer-links">${links(bgFoot)}</ul><p class="global-footer-copyright">© 2025 BoardGameGeek, LLC</p></footer>
</gg-app><script src="https://cf.geekdo-static.example/frontend/main.3b8a.js" defer></script></body></html>`;
export const bggPage: TestPage = {
  html: bgHtml,
  name: 'heldout201-boardgamegeek-game',
  kind: 'wiki',
  // the tagline (a dek) and the description are the article; the "description from the publisher" line is a byline; the
  // rank, rating, year, players / time / age / weight panel and the credits are in neither list; the classification labels
  // and values are furniture
  title: bgTitle,
  headings: [],
  body: texts([bgTagline, ...bgDesc]),
  bylines: [bgCredit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bgHeader.filter((t) => t !== 'Forums'), ...bgRank, ...bgButtons, ...bgTabs, 'Description', 'Read More', ...bgSide, 'Theme: Islands', ...bgHot, ...bgAds,
    ...bgCookie, ...bgFoot, '© 2025 BoardGameGeek, LLC',
  ],
};
