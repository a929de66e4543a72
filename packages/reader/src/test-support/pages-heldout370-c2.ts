import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file c2: a sports recap in a student paper on Newspack (site header and menus, category link,
 * subtitle, byline with avatar, posted and updated dates, Jetpack share buttons, a line score table, a photo with caption
 * and credit, inline newsletter sign-up block, author bio, Jetpack related posts, footer with the Newspack credit).
 */
const nTitle = 'Otters rally past Granite Falls in overtime to reach conference semifinal';
const nSub = 'Junior guard Keziah Amundsen scored 11 of her 24 points after the third quarter.';
const nBody1 = [
  j(
    'For three quarters on Saturday night, the Brennan College women’s basketball team looked like it was playing with borrowed',
    'legs. The Otters missed their first nine three-point attempts, trailed by 13 midway through the third quarter, and heard',
    'their own gym go quiet.',
  ),
  j(
    'Then Keziah Amundsen found the range. The junior guard hit back-to-back threes to start a 14-2 run, and the Otters went on',
    'to beat Granite Falls 71-66 in overtime in the conference quarterfinal at Dunmore Fieldhouse.',
  ),
  j(
    '“At halftime, coach told us nobody was going to hand us anything,” Amundsen said. “We stopped waiting for the shots to fall',
    'and started getting to the rim, and then the outside shots opened up.”',
  ),
];
const nH1 = 'A defensive switch';
const nBody2 = [
  j(
    'Head coach Marisol Vantongeren moved to a zone defense early in the fourth quarter, and Granite Falls scored only eight points',
    'in the period. Senior forward Abigail Stroud, who finished with 12 rebounds, blocked a layup with 20 seconds left in',
    'regulation that would have put the Lynx up by four.',
  ),
  j(
    'Amundsen tied the game at 60 with a free throw with 4.1 seconds remaining. In overtime, the Otters made all six of their free',
    'throws, and first-year Tova Lindgren sealed the win with a steal on Granite Falls’ final possession.',
  ),
];
const nH2 = 'Up next';
const nBody3 = [
  j(
    'Brennan (19-9) will face top-seeded St. Aldric in the semifinal on Friday at 6 p.m. in Carver City. The Otters lost both',
    'regular-season meetings, by seven and by three points. Tickets for the student section are free with a college ID at the',
    'fieldhouse box office until Thursday.',
  ),
  j('The game will be streamed on the conference network and called on the student radio station, with pregame coverage starting', 'at 5:30 p.m.'),
];
const nMenu = ['News', 'Sports', 'Arts & Culture', 'Opinion', 'Photo', 'Donate'];
const nRelated = ['Men’s team falls in first round to Kessler', 'Stroud named conference defensive player of the week', 'Swim team sets three records'];
const nBio = 'Rowan Pettigrew is the sports editor of The Brennan Current. He covers women’s basketball and track and field.';
const nHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} &#8211; The Brennan Current</title><meta name="description" content="${nSub}">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta property="article:section" content="Sports">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2026-03-01T02:15:00+00:00","dateModified":"2026-03-01T15:30:00+00:00","author":{"name":"Rowan Pettigrew"}}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://brennancurrent.example/wp-content/themes/newspack-theme/style.css?ver=2.3.1" media="all">
<script>window.newspack_analytics = {"ajax_url":"https:\\/\\/brennancurrent.example\\/wp-admin\\/admin-ajax.php"};</script></head>
<body class="post-template-default single single-post postid-22914 newspack-theme header-default single-featured-image-default">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<div id="secondary-nav-contain"><ul id="menu-secondary" class="secondary-menu">${links(['About', 'Advertise', 'Tips'])}</ul></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Brennan Current</a></p>
<p class="site-description">Student news at Brennan College</p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(nMenu, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/sports/"
rel="category tag">Sports</a></span>
<h1 class="entry-title">${nTitle}</h1>
<div class="newspack-post-subtitle">${nSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/rowan.jpg" class="avatar avatar-80"></span>
<span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="/author/rowanp/">Rowan Pettigrew</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-01T02:15:00+00:00">February 28, 2026</time>
<time class="updated" datetime="2026-03-01T15:30:00+00:00">Updated March 1, 2026</time></span></div>
<div class="newspack-sharing"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon">
<h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="#"><span>Share on X</span></a></li>
<li class="share-email"><a class="share-email sd-button" href="#"><span>Email</span></a></li></ul></div></div></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/02/amundsen.jpg" alt="Keziah Amundsen shoots a three">
<figcaption><span class="caption">Keziah Amundsen shoots over a Granite Falls defender in the fourth quarter.</span>
<span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Imani Castellanos / The Brennan Current</span></figcaption></figure>
<article id="post-22914" class="post-22914 post type-post status-publish format-standard category-sports entry">
<div class="entry-content">
${ps(nBody1)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Team</th><th>1</th><th>2</th><th>3</th><th>4</th><th>OT</th><th>F</th></tr></thead>
<tbody><tr><td>Granite Falls</td><td>18</td><td>17</td><td>15</td><td>10</td><td>6</td><td>66</td></tr>
<tr><td>Brennan</td><td>12</td><td>14</td><td>20</td><td>14</td><td>11</td><td>71</td></tr></tbody></table></figure>
<h2 class="wp-block-heading">${nH1}</h2>
${ps(nBody2)}
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__title">Never miss a game
recap</p><form><input type="email" placeholder="Enter your email address"><input type="submit" value="Sign up"></form>
<p class="newspack-newsletters-subscribe__message">Get Current Sports every Monday during the season.</p></div>
<h2 class="wp-block-heading">${nH2}</h2>
${ps(nBody3)}
</div>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header"><span>Rowan Pettigrew</span></h2></div>
<p>${nBio}</p><a class="author-link" href="/author/rowanp/">More by Rowan Pettigrew</a></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
${nRelated.map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/x/">${t}</a></h4></div>`).join('\n')}
</div></div></article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><div class="wrapper"><div class="site-info">
<span class="copyright">© 2026 The Brennan Current.</span> <a class="imprint" href="https://newspack.example/">Proudly powered by Newspack by Automattic</a>
<a class="privacy-policy-link" href="/privacy/">Privacy Policy</a></div></div></div></footer>
<script src="https://brennancurrent.example/wp-content/themes/newspack-theme/js/build/amp-fallback.js?ver=2.3.1"></script></body></html>`;
export const sports: TestPage = {
  name: 'heldout370-newspack-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nSub, ...nBody1, ...nBody2, ...nBody3]),
  bylines: ['Rowan Pettigrew', 'February 28, 2026', 'Updated March 1, 2026'],
  furniture: [
    'Skip to content',
    'About',
    'Advertise',
    'Tips',
    'The Brennan Current',
    'Student news at Brennan College',
    ...texts(nMenu),
    'Posted in',
    'Share this:',
    'Facebook',
    'Share on X',
    'Email',
    'Keziah Amundsen shoots over a Granite Falls defender in the fourth quarter.',
    'Credit: Imani Castellanos / The Brennan Current',
    'Never miss a game recap',
    'Get Current Sports every Monday during the season.',
    nBio,
    'More by Rowan Pettigrew',
    'Related',
    ...nRelated,
    '© 2026 The Brennan Current.',
    'Proudly powered by Newspack by Automattic',
    'Privacy Policy',
  ],
};
