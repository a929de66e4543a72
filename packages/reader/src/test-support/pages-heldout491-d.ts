import { type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file d: a Brownie unit's page on Wix (free plan banner, column strip, contact form, cookie bar),
 * and a leaders' forum thread on winter camp sleeping kit on Discourse (its crawler view, related topics table).
 */
const xTitle = '2nd Tollbridge Brownies';
const xIntro = j(
  'Brownies is for girls aged 7 to 10. We are a friendly unit of 24 Brownies and we meet in term time at Tollbridge',
  'Village Hall. We play games, learn new skills, go on trips and have sleepovers, and every Brownie gets a say in what we do.',
);
const xCols: readonly (readonly [string, string])[] = [
  ['When we meet', 'Thursdays, 5.30pm to 7pm, in term time only.'],
  ['Where', 'Tollbridge Village Hall, Church Street. Please drop off and collect at the side door.'],
  ['What it costs', 'Subs are £40 a term. Your first two sessions are free, so your daughter can try us out.'],
];
const xJoin = j(
  'All places are offered through the Girlguiding join form, so please register your interest there and not by email. We',
  'offer places in order of date of birth when a space comes up. Once your daughter has a place, we will send you a welcome pack.',
);
const xNav = ['Home', 'Rainbows', 'Brownies', 'Guides', 'Volunteer with us', 'Contact'];
const xForm = ['Get in touch', 'First Name', 'Email', 'Message', 'Submit'];
const xRich = (
  id: string,
  inner: string,
): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">
${inner}</div>`;
const xP = (t: string, font = 'font_8'): string =>
  `<p class="${font} wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${t}</span></p>`;
const xCol = ([h, p]: readonly [string, string], i: number): string => `<div id="comp-lt4a1c${i}" class="comp-lt4a1c${i} YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lt4a1c${i}inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lt4a1c${i}inlineContent-gridContainer"
data-testid="mesh-container-content">${xRich(`lt4a1d${i}`, `<h3 class="font_3 wixui-rich-text__text">${h}</h3>${xP(p)}`)}</div></div></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://www.wix.com/favicon.ico" type="image/x-icon"><title>Brownies | 2nd Tollbridge Girlguiding</title>
<meta name="description" content="Brownies for girls aged 7 to 10 in Tollbridge."><meta property="og:site_name" content="2nd Tollbridge Girlguiding">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"site":{"metaSiteId":"3c9a1f"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_CONTAINER{--pinned-layer-in-container:51;}#comp-kx8k2l1a{--min-height:31px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mrJJ6N">top of page</span></div>
<div id="WIX_ADS" class="CwWq6O ytGGBw WIX_ADS"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" class="LnHXr8">
<span class="TXjfkK">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span><span
class="YVKj9X">Start Now</span>
</a></div><div id="SKIP_TO_CONTENT_BTN" tabindex="-1" class="LHrbPP"><button class="LHrbPP">Skip to Main Content</button></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${xRich('kx8k2l1a', '<p class="font_6 wixui-rich-text__text">2nd Tollbridge Girlguiding</p>')}
<nav id="comp-kx8k3m2b" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx8k3m2b wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.2ndtollbridge.org/${t.toLowerCase()}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__itemWrapper"><span
class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span>
</div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer"
data-testid="mesh-container-content">
<section id="comp-lt4a1b2c" tabindex="-1" class="Oqnisf comp-lt4a1b2c wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lt4a1b2c" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay"
class="LWbAav Kv1aVt"></div></div>
<div data-mesh-id="comp-lt4a1b2cinlineContent" data-testid="inline-content" class="">
${xRich('lt4a1b2e', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${xRich('lt4a1b2f', xP(xIntro, 'font_7'))}
<wix-image id="img_comp-lt4a1b2g" class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.com/media/3c9a1f_brownies.jpg/v1/fill/w_640,h_360/brownies.jpg"
alt="Brownies at the summer fun day" style="width:640px;height:360px;object-fit:cover"></wix-image></div></section>
<section id="comp-lt4a1c" tabindex="-1" class="Oqnisf comp-lt4a1c wixui-section"><div data-testid="columns" class="V5AUxf">
${xCols.map(xCol).join('\n')}</div></section>
<section id="comp-lt4a1e" tabindex="-1" class="Oqnisf comp-lt4a1e wixui-section"><div data-mesh-id="comp-lt4a1einlineContent" data-testid="inline-content">
${xRich('lt4a1e1', `<h2 class="font_2 wixui-rich-text__text">Joining</h2>${xP(xJoin)}`)}
<div class="comp-lt4a1e2 R6ex7N" id="comp-lt4a1e2" aria-disabled="false"><a data-testid="linkElement" href="https://www.girlguiding.example/join"
target="_blank" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Register your interest</span></a></div>
<form id="comp-lt4a1e3" class="JVi7i2 comp-lt4a1e3 wixui-form"><h2 class="font_5 wixui-rich-text__text">${xForm[0]}</h2>
${xForm
  .slice(1, 4)
  .map((l) => `<div class="wixui-text-input"><label class="wixui-text-input__label">${l}</label><input class="KvoMHf has-custom-focus" type="text"></div>`)
  .join('\n')}
<button aria-disabled="false" data-testid="buttonElement" class="wixui-button"><span class="wixui-button__label">${xForm[4]}</span></button>
<p class="wixui-form__success" style="display:none">Thanks for submitting!</p></form></div></section>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
${xRich('kx8k4n5c', xP('2nd Tollbridge Girlguiding is part of Girlguiding Wessex. Registered charity 306016.', 'font_9'))}
${xRich('kx8k4n5d', xP('© 2026 by 2nd Tollbridge Girlguiding. Proudly created with Wix.com', 'font_9'))}</div></div></footer>
</div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mrJJ6N">bottom of page</span></div></div></div>
<div id="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="ccsu-banner"><p data-hook="ccsu-banner-text">This website uses cookies. By
using this site,
you agree to our use of cookies.</p><button data-hook="consent-banner-settings-button">Settings</button><button
data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout491-wix-brownies-unit',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [...xCols.map(([h]) => h), 'Joining'],
  body: [xIntro, ...xCols.map(([, p]) => p), xJoin],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    '2nd Tollbridge Girlguiding', ...xNav, 'Register your interest', ...xForm,
    '2nd Tollbridge Girlguiding is part of Girlguiding Wessex. Registered charity 306016.',
    '© 2026 by 2nd Tollbridge Girlguiding. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. By using this site, you agree to our use of cookies.', 'Settings', 'Accept',
  ],
});

const fTitle = 'Winter camp: how do you keep first-year Scouts warm at night?';
const fPosts: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    'moss_t',
    'Tamsin Moss',
    'January 8, 2026,  8:14pm',
    '2 Likes',
    [
      j(
        'We are taking the troop to a hut-and-tent weekend in early February, and about half of them are first years who have only',
        'camped in summer. Last year two of them were so cold on the first night that we had to move them into the hut at 2am.',
      ),
      'What do you tell parents about sleeping bags, and what do you do on the night itself? Any tips welcome.',
    ],
  ],
  [
    'graham.b',
    'Graham Birtles',
    'January 8, 2026,  9:02pm',
    '5 Likes',
    [
      j(
        'Insulation underneath matters more than the bag. Most cold kids we see are on a thin foam mat or, worse, an airbed. We',
        'put a foam mat under a self-inflating one for anyone who looks cold, and keep a box of spare mats in the trailer.',
      ),
      j('The other thing is a hot drink and a snack just before bed, and a trip to the toilet. A full bladder keeps you awake', 'and cold.'),
    ],
  ],
  [
    'hollyhockcubs',
    'Ann-Marie Lusk',
    'January 9, 2026,  7:40am',
    '1 Like',
    [
      j(
        'We send a kit list home with a line in bold: a sleeping bag rated to 0°C or lower, or two summer bags one inside the',
        'other. We also say no sleeping in the clothes they wore all day, because they will be damp. Fresh socks and a hat for bed.',
      ),
    ],
  ],
  [
    'moss_t',
    'Tamsin Moss',
    'January 9, 2026, 10:15am',
    '',
    [
      j(
        'Thanks both, this is really useful. We will do the double mat and the bedtime hot chocolate, and I will add the clean',
        'socks line to our kit list. I will report back after the weekend.',
      ),
    ],
  ],
];
const fRelated: readonly (readonly [string, string])[] = [
  ['Best stoves for a troop of 30?', 'December 2025'],
  ['Hut bookings for 2026: who has space in March', 'January 2026'],
  ['Sleeping bag liners, worth it?', 'November 2025'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = ([user, full, when, likes, paras]: (typeof fPosts)[number], i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? '' : 'comment'}'
${i === 0 ? '' : "itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href='https://forum.leaderscampfire.org/u/${user}'>
<span itemprop='name'>${user}</span></a>
(${full})
</span><link itemprop="mainEntityOfPage" href="https://forum.leaderscampfire.org/t/winter-camp-keeping-warm/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-01-08T20:14:03Z' class='post-time'>${when}</time>
<meta itemprop='dateModified' content='2026-01-08T20:14:03Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post row' itemprop='text'>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="2" /><span class='post-likes'>${likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} - Camping - Leaders' Campfire</title>
<meta name="description" content="We are taking the troop to a hut-and-tent weekend in early February">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.leaderscampfire.org/t/winter-camp-keeping-warm/4821"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.leaderscampfire.org/opensearch.xml" title="Leaders' Campfire Search">
<link href="/stylesheets/color_definitions_light_2_3_5f1.css?__ws=forum.leaderscampfire.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_3c0.css?__ws=forum.leaderscampfire.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Leaders' Campfire"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${fTitle}"><meta property="article:published_time" content="2026-01-08T20:14:03+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.leaderscampfire.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.leaderscampfire.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;${fTitle}&#39;"
href="https://forum.leaderscampfire.org/t/winter-camp-keeping-warm/4821.rss">
</head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Leaders&#39; Campfire" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/winter-camp-keeping-warm/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/camping/12" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Camping</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-list-tags"><a href='https://forum.leaderscampfire.org/tag/winter' class='discourse-tag'>winter</a>
<a href='https://forum.leaderscampfire.org/tag/sleeping-bags' class='discourse-tag'>sleeping-bags</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.leaderscampfire.org/t/winter-camp-keeping-warm/4821'><meta itemprop='datePublished' content='2026-01-08T20:14:03Z'>
<meta itemprop='articleSection' content='Camping'><meta itemprop='keywords' content='winter, sleeping-bags'>
${fPosts.map(fPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, d], i) => `<tr class="topic-list-item" id="topic-list-item-45${i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${i}'
class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/camping/12' class='badge-wrapper bullet'>
<span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name'>Camping</span>
</span></a></div></td><td class="replies"><span class='posts' title='posts'>${12 + i}</span></td><td class="views"><span class='views'
title='views'>${840 + i}</span></td><td>${d}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase()}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<div class="buttons"></div><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</body></html>`;
const forum: TestPage = gold({
  name: 'heldout491-discourse-winter-camp',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , , , paras]) => paras)),
  bylines: fPosts.flatMap(([user, full, when]) => [user, `(${full})`, when.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Camping', 'winter', 'sleeping-bags', ...fPosts.map(([, , , likes]) => likes).filter((l) => l !== ''), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...fRelated.flat(), ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT491_D: readonly TestPage[] = [wix, forum];
