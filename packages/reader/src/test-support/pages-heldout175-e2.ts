import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file e2: a CALS Encyclopedia of Arkansas entry (the CALS header, the menu with "Donate", the search
 * box, the h1, the entry text, "For additional information:", the author block with city, the "Last Updated" date, the
 * media gallery with captions, the "Entry Category" sidebar with county links, the "Support the Encyclopedia" appeal, the
 * "Latest Entries" rail, the "Contribute" prompt and the CALS footer).
 */
const arTitle = 'Tolliver\u2019s Mill Strike of 1927';
const arP = [
  'The Tolliver\u2019s Mill Strike of 1927 was a walkout by more than three hundred workers at the Tolliver Lumber Company sawmill ' +
    'at Pine Bluff Junction (Cleveland County). It lasted eleven weeks and was one of the few labor actions in Arkansas in the 1920s ' +
    'in which Black and white workers struck together.',
  'The Tolliver Lumber Company was founded in 1904 by Ezra Tolliver, a timber buyer from Michigan, and by the 1920s operated a ' +
    'double band mill, a planing mill and some sixty miles of logging railroad. The company owned the town of Pine Bluff Junction, ' +
    'including its houses, commissary and school, and paid wages partly in scrip that could be spent only at the commissary.',
  'In the spring of 1927, with lumber prices falling, the company cut wages by fifteen percent and lengthened the working day from ' +
    'ten to eleven hours. On April 18, workers in the planing mill walked out, and by the end of the week the band mill and woods ' +
    'crews had joined them. The strikers, led by a white sawyer, Leland Pruitt, and a Black log-pond worker, Samuel Hargis, ' +
    'demanded the restoration of the old wage, a ten-hour day and payment in cash.',
  'The company evicted strikers from company houses and brought in replacement workers by train from Louisiana. Several strikers\u2019 ' +
    'families camped in tents on land lent by a sympathetic farmer outside the town. In late May, after a replacement worker was ' +
    'beaten near the mill gate, Governor John E. Martineau sent a detachment of the National Guard to Pine Bluff Junction, and it ' +
    'remained for three weeks.',
  'The strike ended on July 5, 1927, with a compromise negotiated by a Methodist minister from Rison. The company restored the ten-hour ' +
    'day and half of the wage cut and agreed to pay wages in cash, but refused to rehire Pruitt, Hargis and about forty other ' +
    'strikers. The mill closed in 1931, and the town was largely abandoned by the end of the decade.',
  'The strike was little remembered until the 1990s, when the oral histories of former mill families collected by the Cleveland ' +
    'County Historical Society drew attention to it. A historical marker was placed near the site of the mill in 2017.',
];
const arMoreH = 'For additional information:';
const arMore = [
  'Gaddy, Ruth Ann. \u201cScrip and Sawdust: The Tolliver\u2019s Mill Strike.\u201d <i>Arkansas Historical Quarterly</i> 58 (Summer 1999): 141-163.',
  'Cleveland County Historical Society Oral History Collection. Rison, Arkansas.',
];
const arAuthor = 'Dwight L. Carrow';
const arCity = 'University of Arkansas at Monticello';
const arUpd = 'Last Updated: 06/17/2024';
const arMenu = ['Entries', 'Media', 'Timeline', 'Browse', 'Contribute', 'Educators', 'About', 'Donate'];
const arCaps = ['Tolliver Lumber Company band mill; circa 1920.', 'Courtesy of the Cleveland County Historical Society', 'Strikers\u2019 tent camp; 1927.'];
const arCat = ['Entry Category:', 'Early Twentieth Century, 1901 through 1940', 'Labor', 'Related Counties:', 'Cleveland'];
const arSupport = [
  'Support the Encyclopedia',
  'The CALS Encyclopedia of Arkansas is free for all to use. Please consider a gift to help keep it that way.',
  'Give Now',
];
const arLatest = ['Latest Entries', 'Rison (Cleveland County)', 'Hargis, Samuel (1889\u20131958)', 'Arkansas Lumber Workers\u2019 Union'];
const arContrib = 'Do you know something about this entry that we don\u2019t? Contribute to the Encyclopedia of Arkansas.';
const arFoot = ['Central Arkansas Library System', '100 Rock Street, Little Rock, AR 72201', 'Privacy Policy', 'Contact Us', '© 2025 CALS'];
const arHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tolliver\u2019s Mill Strike of 1927 - Encyclopedia of Arkansas</title>
<meta name="description" content="The Tolliver's Mill Strike of 1927 was a walkout by more than three hundred workers at the Tolliver Lumber Company sawmill.">
<meta property="og:site_name" content="Encyclopedia of Arkansas"><meta property="article:modified_time" content="2024-06-17T15:03:44+00:00">
<link rel="stylesheet" href="https://encyclopediaofarkansas.net/wp-content/themes/eoa/assets/css/main.min.css?ver=3.2">
<script src="https://www.googletagmanager.com/gtag/js?id=G-EOA2020" async></script></head>
<body class="entries-template-default single single-entries">
<header class="header"><div class="header__top"><a class="header__cals" href="https://cals.org">${arFoot[0]}</a></div>
<a class="header__logo" href="/"><img src="/wp-content/themes/eoa/assets/img/logo.svg" alt="CALS Encyclopedia of Arkansas"></a>
<nav class="header__nav" aria-label="Primary"><ul>${links(arMenu, 'menu-item')}</ul></nav>
<form class="header__search" action="/"><label class="screen-reader-text" for="s">Search the Encyclopedia</label><input id="s" type="search" name="s">
<button type="submit">Search</button></form></header>
<main class="main entry-page"><div class="container"><div class="row">
<article class="col-md-8 entry"><h1 class="entry__title">${arTitle}</h1>
<div class="entry__content">
${ps(arP)}
<p class="entry__additional"><strong>${arMoreH}</strong></p>
${ps(arMore, ' class="entry__additional"')}
</div>
<div class="entry__author"><p class="author-name">${arAuthor}</p><p class="author-city">${arCity}</p></div>
<p class="entry__updated">${arUpd}</p>
<section class="entry__media"><h2>Media</h2><div class="media-grid">${arCaps
  .filter((_, i) => i !== 1)
  .map((c, i) => `<figure><img src="/wp-content/uploads/tolliver-${i}.jpg" alt=""><figcaption>${c}</figcaption></figure>`)
  .join('')}<p class="media-credit">${arCaps[1]}</p></div></section></article>
<aside class="col-md-4 sidebar"><div class="sidebar__box">
<dl>${arCat.map((t) => (t.endsWith(':') ? `<dt>${t}</dt>` : `<dd><a href="#">${t}</a></dd>`)).join('')}</dl></div>
<div class="sidebar__box support"><h3>${arSupport[0]}</h3><p>${arSupport[1]}</p><a class="btn" href="/donate">${arSupport[2]}</a></div>
<div class="sidebar__box latest"><h3>${arLatest[0]}</h3><ul>${links(arLatest.slice(1))}</ul></div>
<div class="sidebar__box contribute"><p>${arContrib}</p></div></aside></div></div></main>
<footer class="footer"><ul>${links(arFoot.slice(1))}</ul></footer>
<script src="/wp-content/themes/eoa/assets/js/main.min.js?ver=3.2"></script></body></html>`;
export const arkansasPage: TestPage = {
  html: arHtml,
  name: 'heldout175-encyclopediaofarkansas-entry',
  kind: 'wiki',
  // "For additional information:" is the entry's sources heading (a heading here, its items body); the author's name and
  // institution after the entry and the "Last Updated" line are bylines
  title: arTitle,
  headings: [arMoreH],
  body: texts([...arP, ...arMore]),
  bylines: [arAuthor, arCity, arUpd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    arFoot[0] ?? '', ...arMenu, 'Search the Encyclopedia', 'Search', 'Media', ...arCaps, ...arCat, ...arSupport, ...arLatest, arContrib, ...arFoot.slice(1),
  ],
};
