import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 227, file d2: a national swimming federation's results news on its WordPress site (the utility bar with
 * "Find a club" and "Members' login", the mega-menu nav whose hidden panels hold their own headings and links, the
 * breadcrumb, the post's date and category, a "Live results" notice box at the top of the post content, section h2s with
 * a winners list, the "Related news" cards, the sponsor logos, the Complianz consent box and the footer).
 */
const swTitle = 'Norland Open Championships day three: Halvorsen breaks national record in 200m butterfly';
const swP = [
  'Ingrid Halvorsen lowered her own national record in the women’s 200m butterfly on the third night of the Norland Open ' +
    'Championships at the Vesterbro Aquatic Centre, touching in 2:06.41 to take almost half a second off the mark she set in ' +
    'April.',
  'The time is inside the qualifying standard for the World Championships in August and all but confirms the 22-year-old’s ' +
    'place on the team, which will be announced after the final day of racing on Sunday.',
];
const swNotice = 'Live results, start lists and heat sheets are available on our results portal.';
const swH1 = 'Halvorsen: “I wanted it tonight”';
const swP2 = [
  'Halvorsen was under record pace from the first turn and turned for home 0.6 seconds ahead of her split from April. ' +
    '“I wanted it tonight,” she said. “My coach told me to swim the third 50 with my head, not my heart, and to save everything ' +
    'for the last length. I did exactly that.”',
  'Behind her, the 16-year-old Marte Skaug of Bryne Svømmeklubb took silver in a personal best of 2:10.88, with Elise Dahl ' + 'third in 2:11.30.',
];
const swH2 = 'Fast times in the men’s 100m freestyle';
const swP3 = [
  'The men’s 100m freestyle final was the closest race of the meet so far. Jonas Birkeland and Aksel Moe were level at the ' +
    'turn and could not be separated by eye at the finish; the scoreboard gave it to Birkeland by 0.03 in 48.97, the first time ' +
    'a Norland swimmer has gone under 49 seconds in a domestic meet.',
  'Both men now hold the individual qualifying time, and with two places available in the event, the selectors will also ' +
    'consider times from the 4x100m freestyle relay on Sunday.',
];
const swH3 = 'Para-swimming';
const swP4 = [
  'In the multi-class events, Sindre Lunde (S9) won the men’s 100m backstroke with 1:04.12, scoring 912 points, and Hanna ' +
    'Ødegaard (SB6) set a Championship record in the women’s 100m breaststroke.',
];
const swH4 = 'Day three winners';
const swWinners = [
  'Women’s 200m butterfly: Ingrid Halvorsen (Vesterbro SK) 2:06.41 NR',
  'Men’s 100m freestyle: Jonas Birkeland (Bergen Sentrum) 48.97',
  'Women’s 50m backstroke: Thea Lindahl (Trondheim Kappsvømming) 28.64',
  'Men’s 400m individual medley: Oskar Vik (Stavanger Svømmeklubb) 4:19.80',
  'Men’s MC 100m backstroke: Sindre Lunde (S9, Ålesund) 1:04.12',
  'Women’s MC 100m breaststroke: Hanna Ødegaard (SB6, Bodø) 1:38.55 CR',
];
const swP5 = ['Finals on Saturday start at 17:30 and are streamed live on the federation’s YouTube channel.'];
const swUtility = ['Find a club', 'Members’ login', 'Join us'];
const swNav = ['Learn to Swim', 'Clubs', 'Competitions', 'Performance', 'Coaching', 'Officials', 'News', 'About'];
const swMega = ['Competition calendar', 'Rankings', 'Records', 'Qualifying times', 'Rules and regulations'];
const swRelated = [
  'Norland Open Championships day two: Moe and Lindahl lead the way',
  'Team selection policy for the 2025 World Championships',
  'Volunteers wanted for the Youth Nationals in Bodø',
];
const swRelatedDates = ['11 July 2025', '2 June 2025', '27 June 2025'];
const swSponsors = ['Fjord Energi', 'Nordlys Bank', 'Havbris Water'];
const swFoot = ['Contact us', 'Safeguarding', 'Governance', 'Jobs', 'Privacy notice', 'Accessibility'];
const swCookie =
  'To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to ' +
  'these technologies will allow us to process data such as browsing behaviour or unique IDs on this site.';
const swHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${swTitle} - Swim Norland</title>
<meta name="description" content="Ingrid Halvorsen lowered her own national record in the women’s 200m butterfly."><meta property="og:type" content="article">
<meta property="og:title" content="${swTitle}"><meta property="article:published_time" content="2025-07-12T21:40:00+00:00">
<link rel="canonical" href="https://www.swimnorland.example/news/norland-open-day-three/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${swTitle}",
"datePublished":"2025-07-12T21:40:00+00:00","author":{"name":"Swim Norland Communications"}}]}</script>
<link rel="stylesheet" href="https://www.swimnorland.example/wp-content/themes/swimnorland/style.css?ver=2.8.0"></head>
<body class="post-template-default single single-post postid-9914 wp-embed-responsive">
<div class="utility-bar"><ul>${links(swUtility, 'utility-bar__item')}</ul></div>
<header class="site-header"><a class="custom-logo-link" href="/" rel="home"><img class="custom-logo" src="/wp-content/uploads/logo.svg" alt="Swim Norland"></a>
<nav id="site-navigation" class="main-navigation" aria-label="Primary menu"><ul id="primary-menu" class="menu">
${swNav
  .map(
    (t) =>
      `<li class="menu-item${t === 'Competitions' ? ' menu-item-has-children' : ''}"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>${
        t === 'Competitions'
          ? `<div class="mega-menu" hidden><h4 class="mega-menu__heading">Competitions</h4><ul class="sub-menu">${links(swMega, 'menu-item')}</ul></div>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></nav><button class="search-toggle" aria-label="Search">Search</button></header>
<div class="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/news/">News</a></span> » <span class="breadcrumb_last">Norland Open day
three</span></div>
<main id="primary" class="site-main"><article id="post-9914" class="post-9914 post type-post status-publish category-competitions">
<header class="entry-header"><span class="cat-links"><a href="/category/competitions/" rel="category tag">Competitions</a></span>
<h1 class="entry-title">${swTitle}</h1><div class="entry-meta"><span class="posted-on">Published <time class="entry-date published"
datetime="2025-07-12T21:40:00+00:00">12 July 2025</time></span></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2025/07/halvorsen-200fly.jpg" alt="Ingrid Halvorsen">
<figcaption>Ingrid Halvorsen after her record swim. Photo: Kjell Aune / Swim Norland</figcaption></figure>
<div class="entry-content">
<div class="wp-block-group notice-box has-light-blue-background-color"><p>${swNotice} <a href="https://results.swimnorland.example">View results</a></p></div>
${ps(swP)}
<h2 class="wp-block-heading">${swH1}</h2>
${ps(swP2)}
<h2 class="wp-block-heading">${swH2}</h2>
${ps(swP3)}
<h2 class="wp-block-heading">${swH3}</h2>
${ps(swP4)}
<h2 class="wp-block-heading">${swH4}</h2>
<ul class="wp-block-list">${swWinners.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(swP5)}
</div>
<footer class="entry-footer"><div class="share-this"><span>Share this</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a></div></footer>
</article>
<section class="related-news"><h2>Related news</h2>${swRelated
  .map(
    (t, i) =>
      `<article class="news-card"><h3 class="news-card__title"><a href="/news/${i}">${t}</a></h3><span
class="news-card__date">${swRelatedDates[i]}</span></article>`,
  )
  .join('\n')}</section></main>
<section class="sponsors"><h2 class="screen-reader-text">Our partners</h2>${swSponsors.map((t) => `<img src="/sponsors/${t.length}.png" alt="${t}">`).join('')}
<ul class="sponsor-names">${swSponsors.map((t) => `<li>${t}</li>`).join('')}</ul></section>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(swFoot)}</ul>
<p class="site-info">© 2025 Swim Norland. Registered charity no. 0845521.</p></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${swCookie}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://www.swimnorland.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"
id="cmplz-cookiebanner-js"></script></body></html>`;
export const swimmingResults: TestPage = {
  html: swHtml,
  name: 'heldout227-swimming-federation-results-news',
  kind: 'news',
  // the winners list is body; the "Live results" notice box at the top of the post content and the hidden mega-menu panel
  // are furniture
  title: swTitle,
  headings: [swH1, swH2, swH3, swH4],
  body: [...texts(swP), ...texts(swP2), ...texts(swP3), ...texts(swP4), ...swWinners, ...texts(swP5)],
  bylines: ['Published 12 July 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...swUtility, ...swNav, ...swMega, 'Search', 'Home', 'Norland Open day three', swNotice, 'View results',
    'Ingrid Halvorsen after her record swim. Photo: Kjell Aune / Swim Norland', 'Share this', 'Facebook', 'X', 'LinkedIn', 'Related news', ...swRelated,
    ...swRelatedDates, 'Our partners', ...swSponsors, ...swFoot, '© 2025 Swim Norland. Registered charity no. 0845521.', 'Manage Cookie Consent', swCookie,
    'Accept', 'Deny', 'View preferences',
  ],
};
