import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file a: a football club's match preview on a Drupal 10 site (consent banner, utility bar, main menu,
 * breadcrumb, node header with byline / date / reading time, share bar, hero figure with caption and credit, an inline
 * "Read more" promo, a sponsor slot, a related-news block and the footer) and a player profile page built with Next.js.
 */
const dTitle = 'Preview: Brackenford Town v Saltmere United';
const dLead = [
  j(
    'Brackenford Town return to Holloway Lane on Saturday looking to extend an unbeaten home run that now stretches to nine league matches,',
    'with Saltmere United arriving in fourth place and only three points behind.',
  ),
  j(
    'Kick-off is at 3pm and the turnstiles open at 1.30pm. Supporters are reminded that the Mill Road car park is closed for resurfacing,',
    'so the park-and-ride from the Eastgate retail park will run every ten minutes from noon.',
  ),
];
const dTeam = [
  j(
    'Head coach Ruth Ellacombe confirmed on Thursday that captain Joel Amberley has recovered from the hamstring tightness that kept him',
    'out of the midweek draw at Portwick, and he trained fully with the group on Wednesday and Thursday.',
  ),
  j(
    'Winger Kofi Danvers is suspended after collecting his fifth booking of the season, which is likely to mean a start on the left for',
    'nineteen-year-old academy graduate Harvey Lusk, who scored his first senior goal in the FA Trophy last month.',
  ),
  'Long-term absentees Callum Rees (knee) and Ossian Pike (ankle) remain in rehabilitation and are not expected back before April.',
];
const dOpp = [
  j(
    "Saltmere have been the division's most improved side since the turn of the year, winning six of their last eight. Their manager,",
    'Gareth Blayney, has switched to a back three and the change has made them hard to break down: they have conceded only four goals in that run.',
  ),
  j(
    'Their threat comes mainly from set pieces. Centre-back Idris Mwangi has five headed goals this season, and the coaching staff have',
    'spent part of the week working on defending the near post.',
  ),
];
const dForm = [
  'Brackenford Town: W D W W D (last five league matches)',
  'Saltmere United: W W L W W (last five league matches)',
  'Last meeting: Saltmere United 1-2 Brackenford Town, 27 September 2025',
];
const dQuote = j(
  'We know how good they are at the moment, and we respect that. But this is our ground and our supporters have been brilliant',
  'all season. If we play with the same intensity as we did in the second half on Tuesday, we will give ourselves every chance.',
);
const dOfficials = ['Referee: Simon Garrow', 'Assistants: Leah Tombs and Marcus Fell', 'Fourth official: Dean Okonedo'];
const dUtility = ['Tickets', 'Shop', 'Hospitality', 'BTFC TV'];
const dMenu = ['News', 'Fixtures & Results', 'First Team', 'Women', 'Academy', 'Community', 'Club'];
const dCrumbs = ['Home', 'News', 'First Team'];
const dRelated = [
  'Amberley: "The dressing room believes we can go up"',
  'Lusk signs first professional contract',
  'Park-and-ride times confirmed for March home games',
];
const dFooter = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Careers', 'Club documents'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${dTitle} | Brackenford Town FC</title>
<meta name="description" content="Team news, form and match officials ahead of Saturday's home game against Saltmere United.">
<link rel="canonical" href="https://www.brackenfordtownfc.example/news/preview-brackenford-town-v-saltmere-united">
<meta property="og:site_name" content="Brackenford Town FC"><meta property="og:type" content="article"><meta property="og:title" content="${dTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-03-12T17:30:00+0000","author":{"@type":"Person","name":"Martha Quill"},
"publisher":{"@type":"Organization","name":"Brackenford Town FC"}}]}</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({"drupalLanguage":"en","drupalCountry":"GB","entityBundle":"article"});</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hk3aQ0v.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog" aria-describedby="popup-text">
<div class="eu-cookie-compliance-banner-info"><div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header class="site-header" role="banner"><div class="region region-utility"><nav aria-label="Utility"><ul class="menu menu--utility">
${links(dUtility, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/btfc/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(dMenu, 'menu-item menu-item--expanded')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/news/preview-brackenford-town-v-saltmere-united" class="node node--type-article node--view-mode-full">
<header class="node__header"><span class="node__category"><a href="/news/first-team">First Team</a></span>
<h1 class="page-title"><span class="field field--name-title field--type-string">${dTitle}</span></h1>
<div class="node__meta"><span class="node__author">By <span class="field field--name-uid"><a href="/user/42">Martha Quill</a></span></span>
<span class="node__submitted"><time datetime="2026-03-12T17:30:00Z">Thursday 12 March 2026, 17:30</time></span>
<span class="node__reading-time">4 min read</span></div></header>
<div class="social-share"><span class="social-share__label">Share this article</span><ul class="social-share__list">
<li><a href="https://www.facebook.com/sharer/sharer.php" class="share--facebook">Facebook</a></li>
<li><a href="https://x.com/intent/post" class="share--x">Post on X</a></li><li><a href="https://wa.me/" class="share--whatsapp">WhatsApp</a></li>
<li><button class="share--copy" data-clipboard>Copy link</button></li></ul></div>
<div class="field field--name-field-hero-image field--type-image"><figure class="media media--type-image">
<img src="/sites/default/files/styles/hero/public/2026-03/amberley-training.jpg" alt="Joel Amberley in training" width="1600" height="900">
<figcaption class="media__caption">Joel Amberley returned to full training this week</figcaption>
<span class="media__credit">Photo: Nadia Fenwick / BTFC</span></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(dLead)}
<h2>Team news</h2>
${ps(dTeam)}
<div class="inline-promo"><p class="inline-promo__text"><strong>Read more:</strong> <a
href="/news/lusk-signs">Lusk signs first professional contract</a></p></div>
<h2>The opposition</h2>
${ps(dOpp)}
<h2>Form guide</h2>
<ul>${lis(dForm)}</ul>
<h2>Head coach's view</h2>
<blockquote><p>${dQuote}</p></blockquote>
<h2>Match officials</h2>
<ul>${lis(dOfficials)}</ul>
</div>
<div class="block-sponsor"><span class="block-sponsor__label">Advertisement</span><a href="https://ads.example/click?id=88">
<img src="/sites/default/files/ads/harwell-motors.jpg" alt="Harwell Motors"></a><span>Matchday partner: Harwell Motors</span></div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items">
<div class="field__item"><a href="/tags/match-preview">Match preview</a></div><div class="field__item"><a
href="/tags/national-league-north">National League North</a></div>
</div></div></article>
<div class="views-element-container block block-views"><h2 class="block__title">Related news</h2><div class="view view-related-news">
<ul class="view-content">${links(dRelated, 'views-row')}</ul></div></div></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="region region-footer"><nav aria-label="Footer"><ul
class="menu">${links(dFooter, 'menu-item')}</ul></nav>
<p class="site-footer__copyright">© 2026 Brackenford Town Football Club Ltd. Registered in England No. 00481172.</p></div></footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5120"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
<script src="/sites/default/files/js/js_8cJ2aPq.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout379-drupal-match-preview',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['Team news', 'The opposition', 'Form guide', "Head coach's view", 'Match officials'],
  body: texts([...dLead, ...dTeam, ...dOpp, ...dForm, dQuote, ...dOfficials]),
  bylines: ['By Martha Quill', 'Thursday 12 March 2026, 17:30', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site to enhance your user experience',
    'By clicking any link on this page you are giving your consent for us to set cookies.', 'Accept', 'No, thanks', ...dUtility, ...dMenu,
    ...dCrumbs, 'Share this article', 'Facebook', 'Post on X', 'WhatsApp', 'Copy link', 'Joel Amberley returned to full training this week',
    'Photo: Nadia Fenwick / BTFC', 'Read more: Lusk signs first professional contract', 'Advertisement', 'Matchday partner: Harwell Motors',
    'Match preview', 'National League North', 'Related news', ...dRelated, ...dFooter,
    '© 2026 Brackenford Town Football Club Ltd. Registered in England No. 00481172.',
  ],
};

/**
 * A player profile on a Next.js club site: hashed CSS-module class names, a `__next` root, the profile hero with squad number
 * and position, a stats strip, the biography with its sections, a career table, a "More players" carousel, the newsletter
 * form, the footer and the `__NEXT_DATA__` script.
 */
const nTitle = 'Ines Carvalho-Webb';
const nBio = [
  j(
    'Ines Carvalho-Webb joined Kestrel Park Rangers from Lisbon side Atlético Ribeira in the summer of 2024 and has since become one of',
    'the most dependable central midfielders in the league, starting 61 of a possible 68 matches across all competitions.',
  ),
  j(
    'Born in Porto and raised in Coventry, she came through the youth system at Midland Harriers before moving to Portugal at nineteen.',
    'Three seasons there turned a tidy passer into a midfielder who wins the ball back as well as she moves it on.',
  ),
];
const nStyle = [
  j(
    'Coaches at Rangers point to her reading of the game as her biggest strength. She is rarely caught out of position and has made',
    'more interceptions than any other midfielder in the league this season, often stepping in front of a forward before the pass arrives.',
  ),
  j(
    'Carvalho-Webb usually plays as the deeper of two central midfielders. She completes more passes per ninety minutes than any other',
    'Rangers player and is the first option for the goalkeeper when the team builds from the back.',
  ),
  j("Her long diagonal to the right wing has become a recognisable pattern in the side's play, and she takes most of the team's", 'corners from the left.'),
];
const nHonours = ['Portuguese Cup winner, 2023', 'Rangers Player of the Season, 2024/25', 'Capped at under-23 level for Portugal'];
const nOff = [
  j(
    'She was appointed vice-captain at the start of this season and wears the armband whenever the captain, Maeve Kinsella, is',
    'absent. Team-mates describe her as the loudest voice in the dressing room before a match and the quietest after one.',
  ),
  j(
    'Away from football she is studying for a degree in sports science through the Open University and is an ambassador for the Rangers',
    "Foundation's Girls Kick On programme, which runs free weekly sessions at six primary schools in Kestrel Park.",
  ),
];
const nMenu = ['Latest', 'Fixtures', 'Squad', 'Tickets', 'Store', 'Community'];
const nMore = ['Aoife Brannigan', 'Lotte Verhaegen', 'Shanice Morrow', 'Priya Halden'];
const nFoot = ['About the club', 'Contact', 'Privacy', 'Terms of use', 'Modern slavery statement'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Squad | Kestrel Park Rangers</title><meta name="description" content="Profile, statistics and career history of Ines Carvalho-Webb."/>
<meta property="og:type" content="profile"/><meta property="og:title" content="${nTitle}"/><link rel="canonical"
href="https://www.kprangers.example/squad/ines-carvalho-webb"/>
<meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/4b1c0e2a9d.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/4b1c0e2a9d.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"${nTitle}","jobTitle":"Footballer",
"memberOf":{"@type":"SportsTeam","name":"Kestrel Park Rangers Women"}}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-9a2f1c.js" defer=""></script><script src="/_next/static/chunks/main-1d2e3f.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__x8Pq2">
<header class="Header_header__3kLmZ"><a class="Header_logo__aQ1b7" href="/" aria-label="Kestrel Park Rangers home"><svg viewBox="0 0 40 40"></svg></a>
<nav class="Header_nav__Zr5tY" aria-label="Primary"><ul class="Header_list__Qw2e1">${links(nMenu, 'Header_item__p0Lm3')}</ul></nav>
<button class="Header_burger__T9xv0" aria-label="Open menu"><span></span></button></header>
<main class="PlayerProfile_main__Vb6Ke"><section class="PlayerHero_hero__k2Jd8"><div class="PlayerHero_number__Ue4Qa" aria-hidden="true">8</div>
<div class="PlayerHero_text__Nn0Ls"><p class="PlayerHero_position__Y7hGt">Midfielder</p><h1 class="PlayerHero_name__c3RfS">${nTitle}</h1>
<p class="PlayerHero_meta__Q0aWe">Squad number 8 · Portugal</p></div>
<picture class="PlayerHero_image__e9Wb1"><img alt="Ines Carvalho-Webb" src="/_next/image?url=%2Fplayers%2Fcarvalho-webb.png&amp;w=1080&amp;q=75"
loading="eager"/></picture>
</section>
<section class="StatsStrip_strip__Lx7oP" aria-label="Season statistics"><h2 class="StatsStrip_title__a1Z0m">2025/26 season</h2><dl
class="StatsStrip_list__W3e4R">
<div class="StatsStrip_item__H5t6Y"><dt>Appearances</dt><dd>27</dd></div><div class="StatsStrip_item__H5t6Y"><dt>Goals</dt><dd>4</dd></div>
<div class="StatsStrip_item__H5t6Y"><dt>Assists</dt><dd>9</dd></div><div class="StatsStrip_item__H5t6Y"><dt>Pass accuracy</dt><dd>88%</dd></div></dl></section>
<div class="PlayerProfile_tabs__Gg2Hh" role="tablist"><button role="tab" aria-selected="true">Biography</button><button role="tab"
aria-selected="false">Stats</button>
<button role="tab" aria-selected="false">Gallery</button></div>
<article class="RichText_richText__R5y6U">
${ps(nBio)}
<h2>Playing style</h2>
${ps(nStyle)}
<h2>Honours</h2>
<ul>${lis(nHonours)}</ul>
<h2>Off the pitch</h2>
${ps(nOff)}
<h2>Career history</h2>
<table class="RichText_table__b8Nm2"><thead><tr><th>Season</th><th>Club</th><th>Apps</th><th>Goals</th></tr></thead>
<tbody><tr><td>2020/21 – 2023/24</td><td>Atlético Ribeira</td><td>74</td><td>9</td></tr>
<tr><td>2024/25 – present</td><td>Kestrel Park Rangers</td><td>61</td><td>7</td></tr></tbody></table>
</article>
<section class="MorePlayers_section__Df3Gh"><h2 class="MorePlayers_title__Jk4Lz">More midfielders</h2><ul class="MorePlayers_list__Xc5Vb">
${links(nMore, 'MorePlayers_card__Nm6Qw')}</ul><a class="MorePlayers_all__Po7As" href="/squad">View full squad</a></section>
<section class="Newsletter_box__Tr8Yu"><h2>Never miss a Rangers story</h2><p>Get team news, ticket alerts and exclusive offers in your inbox every week.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign me up</button></form></section></main>
<footer class="Footer_footer__Ez9Rt"><ul class="Footer_links__Qa0Sd">${links(nFoot)}</ul>
<p class="Footer_legal__Ws1Xe">© Kestrel Park Rangers Football Club 2026. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"player":{"slug":"ines-carvalho-webb","number":8,"position":"Midfielder"}}},
"page":"/squad/[slug]","query":{"slug":"ines-carvalho-webb"},"buildId":"Xk2pL0aQ9","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextProfile: TestPage = {
  name: 'heldout379-nextjs-player-profile',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Playing style', 'Honours', 'Off the pitch', 'Career history'],
  body: texts([...nBio, ...nStyle, ...nHonours, ...nOff]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nMenu, 'Midfielder', 'Squad number 8 · Portugal', '2025/26 season', 'Appearances', 'Assists', 'Pass accuracy', 'Biography', 'Gallery',
    'More midfielders', ...nMore, 'View full squad', 'Never miss a Rangers story',
    'Get team news, ticket alerts and exclusive offers in your inbox every week.',
    'Email address', 'Sign me up', ...nFoot, '© Kestrel Park Rangers Football Club 2026. All rights reserved.',
  ],
};

export const HELDOUT379_A: readonly TestPage[] = [drupal, nextProfile];
