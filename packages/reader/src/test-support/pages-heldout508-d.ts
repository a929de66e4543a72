import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file d: a Muay Thai gym's fight-night report on WordPress with Elementor Pro (Hello Elementor theme,
 * a theme-builder single-post template with post info, share buttons and post navigation) and a Discourse forum thread on
 * a karate association's community site, as Discourse serves it to a browser without JavaScript (the crawler view).
 */
const eTitle = 'Fight Night 14 Report: Four Wins From Five for the Saenkaew Team';
const eBody = [
  j(
    'Saturday night at the Drill Hall in Kestwick was loud from the first bell. Saenkaew Muay Thai had five fighters on a',
    'twelve-bout card, and four of them had their hands raised, including two stoppages.',
  ),
  'Bout by bout',
  j(
    '<strong>Leah Conroy</strong> opened the night for us in a 54kg B-class bout and set the tone, walking her opponent onto',
    'the teep all night and winning every round on the cards.',
  ),
  j(
    '<strong>Tomasz Wierzba</strong> had the toughest draw of the evening against the northern area champion. After a close first',
    'round he was caught by a clinch knee in the second and lost a unanimous decision. He fought hard, and he will be back.',
  ),
  j(
    '<strong>Jade Ferreira</strong> stopped her opponent in round two with a body kick that was drilled in every session of her',
    'camp. It was her first fight at 60kg and her first stoppage.',
  ),
  j(
    '<strong>Marcus Bellamy</strong> won a split decision in a C-class 71kg bout that could have gone either way; his coaches',
    'felt his output in the last round made the difference.',
  ),
  j(
    'In the main event, <strong>Kofi Mensah-Reid</strong> took the vacant regional 67kg belt with a third-round elbow stoppage.',
    'He becomes the gym\u2019s third regional champion and will now look for a national title shot in the autumn.',
  ),
  'Thanks',
  j(
    'Huge thanks to our corner team, to promoter Lanna Events for a well-run show, and to everyone who bought a ticket and made',
    'the trip. The next show is Fight Night 15 on 21 June; fighters who want a spot on the card should speak to Kru Anong.',
  ),
];
const eNav = ['Home', 'Classes', 'Timetable', 'Fight Team', 'Kids', 'News', 'Contact'];
const eShare = ['Share on facebook', 'Share on x-twitter', 'Share on whatsapp'];
const eHeading = (t: string, tag: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-heading" data-id="${id}" data-element_type="widget"
data-widget_type="heading.default"><div
class="elementor-widget-container"><${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}></div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fight Night 14 Report: Four Wins From Five for the Saenkaew Team &#8211; Saenkaew Muay Thai</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://saenkaewmuaythai.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://saenkaewmuaythai.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://saenkaewmuaythai.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1714312011"
media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${eTitle}","datePublished":"2027-04-14T11:02:18+01:00",
"author":{"@type":"Person","name":"Anong Saenkaew"}}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external">
</head>
<body class="post-template-default single single-post postid-1187 single-format-standard elementor-default elementor-template-full-width elementor-kit-5
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3b1f2c0 e-flex e-con-boxed e-con e-parent" data-id="3b1f2c0" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-5c2ad11 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="5c2ad11"
data-element_type="widget"><div class="elementor-widget-container">
<a href="https://saenkaewmuaythai.co.uk">
<img width="220" height="64" src="https://saenkaewmuaythai.co.uk/wp-content/uploads/2023/02/saenkaew-logo.png" class="attachment-full size-full"
alt="Saenkaew Muay Thai"></a></div></div>
<div class="elementor-element elementor-element-7d2e4a9 elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget
elementor-widget-nav-menu" data-id="7d2e4a9" data-element_type="widget">
<div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-7d2e4a9" class="elementor-nav-menu">${eNav
  .map(
    (n) => `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="https://saenkaewmuaythai.co.uk/${n.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${n}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div></div></div>
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="412"
class="elementor elementor-412 elementor-location-single post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-fight-team"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1a9e0f3 e-flex e-con-boxed e-con e-parent" data-id="1a9e0f3" data-element_type="container">
<div class="e-con-inner">
${eHeading(eTitle, 'h1', '4e8b2d1')}
<div class="elementor-element elementor-element-9f01c3e elementor-widget elementor-widget-post-info" data-id="9f01c3e" data-element_type="widget"
data-widget_type="post-info.default"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Anong Saenkaew</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>14 April 2027</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item" itemprop="about">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">
<a href="https://saenkaewmuaythai.co.uk/category/fight-team/" class="elementor-post-info__terms-list-item">Fight Team</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-element-2c6f7a0 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="2c6f7a0"
data-element_type="widget"><div class="elementor-widget-container">
<figure class="wp-caption">
<img width="1024" height="683" src="https://saenkaewmuaythai.co.uk/wp-content/uploads/2027/04/fn14-kofi-1024x683.jpg" alt="" loading="lazy">
<figcaption class="widget-image-caption wp-caption-text">Kofi Mensah-Reid with the regional 67kg belt</figcaption></figure></div></div>
<div class="elementor-element elementor-element-6d3f8b2 elementor-widget elementor-widget-theme-post-content" data-id="6d3f8b2" data-element_type="widget"
data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
${ps([eBody[0] ?? ''])}
<h2 class="wp-block-heading">${eBody[1]}</h2>
${ps(eBody.slice(2, 7))}
<h2 class="wp-block-heading">${eBody[7]}</h2>
${ps([eBody[8] ?? ''])}
</div></div>
<div class="elementor-element elementor-element-0b7e5c4 elementor-share-buttons--view-icon elementor-share-buttons--skin-minimal elementor-widget
elementor-widget-share-buttons" data-id="0b7e5c4" data-element_type="widget"><div class="elementor-widget-container">
<div class="elementor-grid">${eShare
  .map(
    (s) => `<div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_${s.split(' ').pop()}" role="button" tabindex="0" aria-label="${s}"><span class="elementor-share-btn__icon">
<span class="elementor-screen-only">${s}</span></span></div></div>`,
  )
  .join('')}</div></div></div>
<div class="elementor-element elementor-element-8a1d0f6 elementor-widget elementor-widget-post-navigation" data-id="8a1d0f6" data-element_type="widget">
<div class="elementor-widget-container">
<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="https://saenkaewmuaythai.co.uk/new-kids-timetable-from-april/" rel="prev">
<span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i>
<span class="elementor-screen-only">Prev</span></span>
<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">New kids timetable from April</span></span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"></div></div></div></div>
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-f02a7c1 e-flex e-con-boxed e-con e-parent" data-id="f02a7c1" data-element_type="container">
<div class="e-con-inner">
${eHeading('Train with us', 'h4', 'c1d2e3f')}
<div class="elementor-element elementor-element-aa41b2c elementor-widget elementor-widget-text-editor" data-id="aa41b2c" data-element_type="widget">
<div class="elementor-widget-container">
<p>Unit 9, Brindle Works, Kestwick KW2 7PL<br>07700 900 318</p></div></div>
<div class="elementor-element elementor-element-bb52c3d elementor-widget elementor-widget-text-editor" data-id="bb52c3d" data-element_type="widget">
<div class="elementor-widget-container">
<p>© 2027 Saenkaew Muay Thai. All rights reserved.</p></div></div></div></div></div>
<script src="https://saenkaewmuaythai.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = gold({
  name: 'heldout508-elementor-muaythai-fight-night',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eBody[1] ?? '', eBody[7] ?? ''],
  body: texts(eBody.filter((_, i) => i !== 1 && i !== 7)),
  bylines: ['Anong Saenkaew', '14 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Kofi Mensah-Reid with the regional 67kg belt', ...eShare, 'Prev', 'Previous', 'New kids timetable from April',
    'Train with us', 'Unit 9, Brindle Works, Kestwick KW2 7PL', '07700 900 318', '© 2027 Saenkaew Muay Thai. All rights reserved.',
  ],
});

const cTitle = 'First dan grading in six weeks: how did you prepare?';
const cPosts: { user: string; when: string; iso: string; paras: string[]; likes: number }[] = [
  {
    user: 'ferncliff_sensei',
    when: 'March 2, 2027, 8:41pm',
    iso: '2027-03-02T20:41:07Z',
    likes: 4,
    paras: [
      j(
        'I take my shodan grading at the regional centre on 13 April. My sensei says I am ready technically, but I keep running out',
        'of gas in the kumite section of our mock gradings, and my kata falls apart when I am tired.',
      ),
      'For those of you who have been through it: what did the last six weeks look like for you? Anything you wish you had done differently?',
    ],
  },
  {
    user: 'Dai_Holloway',
    when: 'March 2, 2027, 10:15pm',
    iso: '2027-03-02T22:15:33Z',
    likes: 9,
    paras: [
      j(
        'Do your full grading, start to finish, once a week from now on, with someone calling the techniques. That was the single most',
        'useful thing for me. The first run-through I was wrecked by the kata; by the fourth I had enough left for kumite.',
      ),
      'Also sleep. Everybody says it, nobody does it.',
    ],
  },
  {
    user: 'kimura.r',
    when: 'March 3, 2027, 7:02am',
    iso: '2027-03-03T07:02:48Z',
    likes: 6,
    paras: [
      j(
        'Intervals on a bike twice a week helped my kumite more than extra sparring did. Thirty seconds hard, thirty easy, ten rounds.',
        'And film your kata. What feels sharp when you are tired usually looks sloppy on video.',
      ),
    ],
  },
  {
    user: 'ferncliff_sensei',
    when: 'March 3, 2027, 6:30pm',
    iso: '2027-03-03T18:30:12Z',
    likes: 2,
    paras: ['Thank you both. Weekly full run-throughs starting Sunday, and I have borrowed a spin bike. Will report back after the 13th!'],
  },
];
const cRelated = ['What do examiners look for in kihon at shodan?', 'Knee pain in kiba-dachi: any advice?', 'Regional grading dates 2027'];
const cCrawlerFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const cPost = (
  p: (typeof cPosts)[number],
  n: number,
): string => `<div id="post_${n}" ${n === 1 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://community.unitedkarate.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.unitedkarate.org/t/first-dan-grading-in-six-weeks-how-did-you-prepare/3318">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.when}</time>
<meta itemprop="position" content="${n}"></span></div>
<div class="post" itemprop="text">
${ps(p.paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes}">
<span class='post-likes'>${p.likes} Likes</span></div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>First dan grading in six weeks: how did you prepare? - Gradings - United Karate Community</title>
<meta name="description"
content="I take my shodan grading at the regional centre on 13 April. My sensei says I am ready technically, but I keep running out of gas...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://community.unitedkarate.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.unitedkarate.org/t/first-dan-grading-in-six-weeks-how-did-you-prepare/3318">
<link href="https://community.unitedkarate.org/stylesheets/desktop_4a1b2c.css?__ws=community.unitedkarate.org" media="all" rel="stylesheet"
data-target="desktop">
<meta property="og:site_name" content="United Karate Community"><meta property="og:type" content="website">
<meta property="article:published_time" content="2027-03-02T20:41:07+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${cTitle}",
"datePublished":"2027-03-02T20:41:07Z","author":{"@type":"Person","name":"ferncliff_sensei"}}</script>
<link rel="preload" href="/assets/start-discourse-2b2c4d.js" as="script"></head>
<body class="crawler "><header><a href="/">
<img src="https://community.unitedkarate.org/uploads/default/original/1X/uk-logo.png" alt="United Karate Community" id="site-logo" style="max-width: 150px;">
</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-dan-grading-in-six-weeks-how-did-you-prepare/3318">${cTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/training/gradings/12" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #BF1E2E'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Gradings</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-tags">
<a href='https://community.unitedkarate.org/tag/shodan' class='discourse-tag' rel="tag">shodan</a> <a href='https://community.unitedkarate.org/tag/fitness'
class='discourse-tag' rel="tag">fitness</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${cTitle}">
<meta itemprop="articleSection" content="Gradings">
<meta itemprop="keywords" content="shodan, fitness">
${cPosts.map((p, i) => cPost(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${cRelated
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${3300 + i}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='/t/x/${3300 + i}' class='title raw-link raw-topic-link'>${r}</a></span></td><td class="replies">
<span class='posts' title='posts'>${4 + i * 3}</span></td><td class="views"><span class='views' title='views'>${120 + i * 41}</span></td><td>Feb 2027</td>
</tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${cCrawlerFoot
  .map(
    (f) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${f.toLowerCase().replace(/ /g, '-')}' itemprop="url">${f}</a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout508-discourse-karate-dan-grading',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts(cPosts.flatMap((p) => p.paras)),
  bylines: cPosts.flatMap((p) => [p.user, p.when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gradings', 'shodan', 'fitness', ...cPosts.map((p) => `${p.likes} Likes`), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...cRelated, 'Feb 2027', '4', '7', '10', '120', '161', '202',
    ...cCrawlerFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT508_D: readonly TestPage[] = [elementor, discourse];
