import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout469-kit.js';

/**
 * Held-out batch 469, file f: a thread on a county party's volunteer forum running Discourse (the crawler view served to
 * browsers without JavaScript), and a county party press release on WordPress with Elementor (Hello theme).
 */
const dTitle = 'Canvass turf for the Millbrook precincts, who has walked 12B?';
const dPosts = [
  {
    who: 'hkowalczyk',
    when: 'October 2, 2026, 8:14pm',
    text: [
      j(
        'Picking up the Saturday shift in Millbrook. MiniVAN shows precinct 12B as half done but the notes are blank. Did anyone',
        'walk the Orchard Lane side last weekend? I do not want to knock the same doors twice.',
      ),
    ],
  },
  {
    who: 'rosalind_t',
    when: 'October 2, 2026, 9:03pm',
    text: [
      j(
        'That was us on Sunday. We did Orchard Lane and Kestrel Court, about 60 doors. A lot of not-homes, so it might be worth a',
        'second pass in the evening. The dog at number 41 is friendly but loud.',
      ),
    ],
  },
  {
    who: 'Ben_Adeyemi',
    when: 'October 3, 2026, 7:30am',
    text: [
      'Staff here. I have cut a new list for 12B with only the not-homes from Sunday. It is in MiniVAN under "Millbrook 12B second pass".',
      'Please sync before you head out, and log literature drops as "Lit" so they do not count as contacts.',
    ],
  },
];
const dCrumbs = ['Field Organizing', 'Canvassing'];
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.who}"><span
itemprop="name">${p.who}</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/canvass-turf-millbrook/311"><span class="crawler-post-infos"><time itemprop="datePublished"
datetime="2026-10-02T20:14:00Z"
class="post-time">${p.when}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.text)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - i}">
<span class='post-likes'>${3 - i} ${3 - i === 1 ? 'Like' : 'Likes'}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Canvassing - Calder County Volunteers</title><meta name="description" content="Picking up the Saturday shift in Millbrook.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="canonical"
href="https://forum.calderdems.org/t/canvass-turf-millbrook/311">
<link href="/stylesheets/color_definitions_calder_2_3.css" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.calderdems.org","name":"Calder County
Volunteers"}</script>
<meta property="og:site_name" content="Calder County Volunteers"><meta property="og:title" content="${dTitle}"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Calder County Volunteers" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/canvass-turf-millbrook/311">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">${dCrumbs
  .map(
    (c, i) =>
      `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${c.toLowerCase().replace(/ /g, '-')}/${i + 4}"
class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'></span><span class='badge-category clear-badge'><span class='category-name'
itemprop='name'>${c}</span></span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</div>
<div class="topic-tags"><a href="/tag/millbrook" class="discourse-tag">millbrook</a> <a href="/tag/minivan" class="discourse-tag">minivan</a></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item"><td class="main-link"><a href="/t/phone-bank-scripts-october/298"
class="title raw-link raw-topic-link">Phone bank scripts for October</a></td>
<td class="replies">4</td><td class="views">88</td><td class="activity">Sep 28</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a
href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy"
itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout469-discourse-canvass',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.text),
  bylines: dPosts.flatMap((p) => [p.who, p.when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCrumbs, 'millbrook', 'minivan', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Phone bank scripts for October', '4', '88', 'Sep 28',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const pTitle = 'Calder County Democrats Condemn Closure of Two Eastside Polling Places';
const pBody = [
  j(
    '<strong>HARWICK</strong> — The Calder County Democratic Committee today called on the County Board of Elections to reverse',
    'its decision to close the polling places at the Eastside Recreation Center and St. Brendan’s Hall, which together served',
    'more than 6,800 registered voters in 2024.',
  ),
  j(
    'Under the plan approved on Monday, voters from both locations would be sent to a single site at the Harwick Technical',
    'Institute, nearly three miles away and not served by any bus route on Election Day.',
  ),
  j(
    '"Moving a polling place out of a neighborhood where a third of households do not own a car is not a logistics decision. It is',
    'a decision about who gets to vote," said committee chair Lorraine Achterberg.',
  ),
  j(
    'The committee has asked the board to hold a public hearing before the change takes effect and to publish the turnout and',
    'wait-time data it relied on. The board next meets on Thursday, August 6, at 6 p.m. in the County Office Building.',
  ),
  'Voters who want to comment can write to the Board of Elections at elections@caldercounty.gov before August 5.',
];
const pAbout = j(
  'The Calder County Democratic Committee is the county organization of the Democratic Party, with 142 precinct committee',
  'members and six ward branches.',
);
const pNav = ['Home', 'About', 'Elected Officials', 'News', 'Get Involved', 'Contact'];
const pHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} &#8211; Calder County Democrats</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://calderdems.org/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://calderdems.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3'
media='all'>
<link rel='stylesheet' id='elementor-post-1204-css' href='https://calderdems.org/wp-content/uploads/elementor/css/post-1204.css?ver=1722' media='all'>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="post-template-default single single-post postid-2210 single-format-standard elementor-default elementor-kit-6 elementor-page-1204">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4c1a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://calderdems.org"><img width="240" height="80" src="https://calderdems.org/wp-content/uploads/2024/02/ccdc-logo.png"
alt="Calder County Democrats"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul id="menu-1-4d2b"
class="elementor-nav-menu">${links(pNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul
class="elementor-nav-menu">${links(pNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="https://secure.actblue.com/donate/calderdems"><span
class="elementor-button-content-wrapper">
<span class="elementor-button-text">Donate</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1204"
class="elementor elementor-1204 elementor-location-single post-2210 post type-post status-publish category-press-releases">
<div class="elementor-element elementor-element-7e21 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div
class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${pTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul
class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="datePublished"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">July 29, 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="about"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
<span class="elementor-post-info__terms-list"><a href="https://calderdems.org/category/press-releases/"
class="elementor-post-info__terms-list-item">Press Releases</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><p><strong>FOR IMMEDIATE RELEASE</strong><br>Contact: Dev Ramaswamy, press@calderdems.org</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(pBody)}
<p style="text-align:center">###</p>
<p><em>${pAbout}</em></p></div></div>
<div class="elementor-element elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"><div
class="elementor-widget-container"><div class="elementor-grid">
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0"
aria-label="Share on facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook" aria-hidden="true"></i></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email" role="button" tabindex="0" aria-label="Share on email"><span
class="elementor-share-btn__icon"><i class="fas fa-envelope" aria-hidden="true"></i></span></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="https://calderdems.org/2026/07/summer-picnic/" rel="prev"><span
class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Join us at the Summer Picnic on August 15</span></a></div></div></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer"><div
class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><p>Paid for by the Calder County Democratic Committee and not authorized by any candidate or candidate’s
committee.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><p>© 2026 Calder County Democrats. All rights reserved.</p></div></div></div></div></div>
<script src="https://calderdems.org/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout469-elementor-press-release',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['July 29, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, 'Donate', 'Press Releases', 'FOR IMMEDIATE RELEASE', 'Contact: Dev Ramaswamy, press@calderdems.org', '###', pAbout,
    'Previous', 'Join us at the Summer Picnic on August 15',
    'Paid for by the Calder County Democratic Committee and not authorized by any candidate or candidate’s committee.',
    '© 2026 Calder County Democrats. All rights reserved.',
  ],
};

export const HELDOUT469_F: readonly TestPage[] = [discourse, elementor];
