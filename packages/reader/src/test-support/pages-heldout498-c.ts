import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout498-kit.js';

/**
 * Held-out batch 498, file c: a community gym's induction page built with Wix (rich-text components, a Wix Forms booking
 * form, the free-plan ad banner), and a swimmers' forum thread on Discourse as served to a browser without JavaScript.
 */
const wTitle = 'Gym inductions';
const wIntro = [
  j(
    'Before you use the gym at Marlow Street Community Sports Hall on your own, you need a free induction with one of our',
    'instructors. It takes about 45 minutes and is open to anyone aged 14 or over.',
  ),
  'Inductions run on Tuesday and Thursday evenings and Saturday mornings, with up to four people in each group.',
];
const wSteps = [
  'A short health questionnaire and a chat about what you want to get out of the gym.',
  'A tour of the cardio machines, with how to adjust the seats and use the emergency stop.',
  'A walk through the resistance machines and the free weights area, including how to re-rack plates.',
  'Our house rules, how to book a slot and what to do if you feel unwell.',
];
const wBring = ['Clean indoor trainers', 'A towel and a bottle of water', 'Your membership card or booking email'];
const wBook = [
  j(
    'Fill in the form below and we will email you with the next free date. If you are under 16, a parent or carer must come to the',
    'induction with you and sign the consent form.',
  ),
];
const wNav = ['Home', 'Timetable', 'Gym', 'Sports Hall Hire', 'Prices', 'Contact'];
const wRich = (
  id: string,
  inner: string,
): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">
${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wField = (id: string, label: string): string => `<div class="comp-${id} wixui-text-input"><div class="pUnTVX wixui-text-input__label">
<label for="input_comp-${id}" class="wPeA6j wixui-text-input__label">${label}</label></div><input type="text" id="input_comp-${id}"
class="KvoMHf has-custom-focus
wixui-text-input__input" aria-required="true"></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder"/>
<title>Gym Inductions | Marlow Street Sports Hall</title><link rel="canonical" href="https://marlowstreethall.wixsite.com/sports/gym-inductions"/>
<meta property="og:title" content="Gym Inductions | Marlow Street Sports Hall"/><meta property="og:site_name" content="Marlow Street Sports Hall"/>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["dynamicPages","forms"],"site":{"metaSiteId":"4e1b2d8a","isPremium":false}}</script>
<style>#SITE_CONTAINER{min-height:100vh}.comp-lq2x81 .wixui-rich-text{line-height:1.6}</style></head>
<body class=""><div id="WIX_ADS" class="uQ3kNS ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
class="Tj01hh"><span class="_NB1pT">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="q0r3Jn">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBgCenter"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0"
aria-label="skip to content" data-testid="skipToContentButton">Skip to Main Content</button>
${wRich('lq2x5a', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">MARLOW STREET SPORTS HALL</span></p>')}
<nav id="comp-lq2x5c" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://marlowstreethall.wixsite.com/sports/${t.toLowerCase().replace(/ /g, '-')}"
class="wixui-horizontal-menu__item-label"><span class="label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="kv3p1" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerkv3p1"
class="Containerkv3p1 SPY_vo">
<section id="comp-lq2x7f" tabindex="-1" class="Oqnisf comp-lq2x7f wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-lq2x7finlineContent">
${wRich('lq2x81', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lq2x83', wIntro.map(wP).join('\n'))}
<div id="comp-lq2x85" class="MazNVa comp-lq2x85 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq2x85"
class="HlRz5e BI8PVQ">
<img src="https://static.wixstatic.com/media/3c1a7d_9f2e.jpg/v1/fill/w_480,h_320,al_c,q_80/gym-floor.jpg" alt="gym-floor.jpg"></wow-image></div></div>
${wRich('lq2x87', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">What happens at your induction</span></h2>')}
${wRich(
  'lq2x89',
  `<ol class="font_8 wixui-rich-text__text">${lis(
    wSteps.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ol>`,
)}
${wRich('lq2x8b', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">What to bring</span></h2>')}
${wRich(
  'lq2x8d',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wBring.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
</div></section>
<section id="comp-lq2x9a" tabindex="-1" class="Oqnisf comp-lq2x9a wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-lq2x9ainlineContent">
${wRich('lq2x9c', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Book your induction</span></h2>')}
${wRich('lq2x9e', wBook.map(wP).join('\n'))}
<div id="comp-lq2xa1" class="comp-lq2xa1 wixui-form"><form class="JVi7i2"><div class="_7TqcGP">
${wField('lq2xa3', 'First name')}${wField('lq2xa5', 'Last name')}${wField('lq2xa7', 'Email')}
<div class="comp-lq2xa9 wixui-dropdown"><label for="collection_comp-lq2xa9" class="wixui-dropdown__label">Preferred session</label>
<select id="collection_comp-lq2xa9" class="wixui-dropdown__input"><option value="" disabled selected>Choose a session</option><option>Tuesday 6pm</option>
<option>Thursday 6pm</option><option>Saturday 10am</option></select></div>
<div class="comp-lq2xab wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Submit</span>
</button></div><div class="comp-lq2xad" style="display:none" aria-hidden="true"><p class="font_8">Thanks for submitting! We’ll be in touch soon.</p></div>
</div></form></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${wRich('lq2xc1', `${wP('Marlow Street Community Sports Hall, 18 Marlow Street, Ashbury AB3 7QL')}${wP('Tel: 01632 960 772')}`)}
${wRich('lq2xc3', wP('© 2026 by Marlow Street Community Association. Proudly created with Wix.com'))}</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6e1f3.bundle.min.js" async></script></body></html>`;
const induction: TestPage = {
  name: 'heldout498-wix-gym-induction',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['What happens at your induction', 'What to bring', 'Book your induction'],
  body: texts([...wIntro, ...wSteps, ...wBring, ...wBook]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'top of page', 'Skip to Main Content',
    'MARLOW STREET SPORTS HALL', ...wNav, 'First name', 'Last name', 'Email', 'Preferred session', 'Submit',
    'Marlow Street Community Sports Hall, 18 Marlow Street, Ashbury AB3 7QL', 'Tel: 01632 960 772',
    '© 2026 by Marlow Street Community Association. Proudly created with Wix.com',
  ],
};

const dTitle = 'Two people swimming side by side in the slow lane – is that OK?';
const dPosts: [string, string, string, string[], string][] = [
  [
    'paddlepete',
    '2026-11-14T07:02:41Z',
    'November 14, 2026,  7:02am',
    [
      j(
        'At the Monday 7am lane session at Ashgrove this week there were two friends doing breaststroke side by side, chatting, in the',
        'slow lane. Nobody could get past them and the lane ended up with four of us stuck behind.',
      ),
      'Am I being grumpy or is this against the rules? The sign only says “swim clockwise”.',
    ],
    '',
  ],
  [
    'swimmerkat',
    '2026-11-14T07:22:13Z',
    'November 14, 2026,  7:22am',
    [
      j(
        'Not grumpy. Ashgrove’s own rules say you should swim in single file during lane sessions. It’s on the board by the',
        'lifeguard chair, just in tiny print. Next time I’d have a polite word with the lifeguard rather than the swimmers.',
      ),
    ],
    '3 Likes',
  ],
  [
    'moira_h',
    '2026-11-14T09:48:55Z',
    'November 14, 2026,  9:48am',
    [
      'It’s on the board by the lifeguard chair, just in tiny print.',
      j(
        'They reprinted it last month after a few of us complained, it’s A3 now. To be fair to the chatting pair, the slow lane is',
        'the only place some older swimmers feel comfortable, and the 7am session is the busiest of the week.',
      ),
      'Maybe the answer is a fourth lane on Mondays. I’ve asked the centre manager and will report back.',
    ],
    '5 Likes',
  ],
  [
    'paddlepete',
    '2026-11-16T18:30:02Z',
    'November 16, 2026,  6:30pm',
    ['Thanks both. Spoke to the lifeguard on Wednesday and she had a quiet word. Single file since then.'],
    '1 Like',
  ],
];
const dRel: [string, string, string, string][] = [
  ['Lane ropes missing at Ashgrove on Sundays?', '6', '214', 'Oct 2026'],
  ['Best goggles that don’t fog – 2026 edition', '23', '1.1k', 'Nov 2026'],
  ['Hallam Baths 50m session times', '4', '98', 'Sep 2026'],
];
const dPost = (p: [string, string, string, string[], string], i: number): string => {
  const text =
    i === 2
      ? `<aside class="quote no-group" data-username="swimmerkat" data-post="2" data-topic="3811"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.northgateswimmers.org/swimmerkat/48/812_2.png" class="avatar"> swimmerkat:</div>
<blockquote><p>${p[3][0]}</p></blockquote></aside>\n${ps(p[3].slice(1))}`
      : ps(p[3]);
  const likes =
    p[4] === ''
      ? ''
      : `<span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p[4].split(' ')[0]}" />
<span class='post-likes'>${p[4]}</span></span>`;
  return `<div id='post_${i + 1}' ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href='https://forum.northgateswimmers.org/u/${p[0]}'><span itemprop='name'>${p[0]}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.northgateswimmers.org/t/two-people-swimming-side-by-side-in-the-slow-lane/3811">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${p[1]}' class='post-time'>${p[2]}</time>
<meta itemprop='position' content='${i + 1}'>${likes}</span></div><div class='post' itemprop='text'>
${text}</div></div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Two people swimming side by side in the slow lane – is that OK? - Pool Talk - Northgate Swimmers Forum</title>
<meta name="description" content="At the Monday 7am lane session at Ashgrove this week there were two friends doing breaststroke side by side">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 5e1f0a"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta property="og:site_name" content="Northgate Swimmers Forum" /><meta property="og:type" content="website" /><meta property="og:title" content="${dTitle}" />
<link rel="canonical" href="https://forum.northgateswimmers.org/t/two-people-swimming-side-by-side-in-the-slow-lane/3811" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.northgateswimmers.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.northgateswimmers.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link href="/stylesheets/desktop_8a5e.css?__ws=forum.northgateswimmers.org" media="all" rel="stylesheet" data-target="desktop" />
<link href="/stylesheets/crawler_8a5e.css" media="all" rel="stylesheet" data-target="crawler" /></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/ngs-logo.png" alt="Northgate Swimmers Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/two-people-swimming-side-by-side-in-the-slow-lane/3811">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/pool-talk/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Pool Talk</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-list-tags">${['etiquette', 'lane-swimming'].map((t) => `<a href='/tag/${t}' class='discourse-tag'>${t}</a>`).join('\n')}</div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.northgateswimmers.org/t/two-people-swimming-side-by-side-in-the-slow-lane/3811'>
<meta itemprop='datePublished' content='2026-11-14T07:02:41Z'><meta itemprop='articleSection' content='Pool Talk'><meta itemprop='keywords'
content='etiquette, lane-swimming'>
<meta itemprop='text' content='At the Monday 7am lane session at Ashgrove this week'>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta
itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${3790 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${3790 + i}'
class='title raw-link raw-topic-link'>${r[0]}</a></span>
<div class="link-bottom-line"><a href='/c/pool-talk/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Pool Talk</span></span></a></div></td><td class="replies"><span class='posts'
title='posts'>${r[1]}</span></td>
<td class="views"><span class='views' title='views'>${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope
itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><footer id='noscript-footer' class="container wrap"><div class="footer-nav"></div>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const thread: TestPage = {
  name: 'heldout498-discourse-slow-lane-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[3])),
  bylines: ['paddlepete', 'swimmerkat', 'moira_h', 'swimmerkat:', ...dPosts.map((p) => p[2].replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pool Talk', 'etiquette', 'lane-swimming', '3 Likes', 'Topic', 'Replies', 'Views', 'Activity',
    '5 Likes', '1 Like', 'Related topics', ...dRel.flatMap((r) => [r[0], r[1], r[2], r[3]]),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT498_C: readonly TestPage[] = [induction, thread].map(tidy);
