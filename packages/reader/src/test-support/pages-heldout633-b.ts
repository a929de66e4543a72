import { type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout633-kit.js';

/**
 * Held-out batch 633, file b: a pet photography session page built with Wix (Thunderbolt renderer), and a drone pilots'
 * Discourse thread.
 */
const wTitle = 'Pet Portrait Sessions';
const wDek = 'Relaxed, unhurried photography for dogs, cats, rabbits and the occasional tortoise.';
const wBody = [
  j(
    'Every session starts with time for your pet to get to know me. I bring treats, squeakers and a lot of patience, and we only',
    'pick up the camera once everyone is comfortable. Most sessions take place outdoors at a location you choose within 15 miles',
    'of Harrowby, or at your home if your pet is elderly or nervous.',
  ),
  'What’s included',
  'A 90-minute session at a location of your choice',
  'A private online gallery of 40 or more edited images, ready two weeks after the shoot',
  'A viewing appointment to choose prints, albums and wall art',
  'Session fee',
  j(
    'The session fee is £95 and is paid when you book. Prints and digital files are bought separately, with collections starting',
    'at £250. Sessions for three or more pets from the same household are £120.',
  ),
  'Before your session',
  j(
    'Give your dog a good walk a couple of hours before we meet, and bring their favourite toy and lead. Please don’t worry about',
    'mud or bad manners. Some of my favourite photographs have been taken in the rain.',
  ),
];
const wHeadIdx = [1, 5, 7];
const wNav = ['Home', 'Sessions', 'Portfolio', 'Reviews', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Pet Portrait Sessions | Bramble &amp; Bone Pet Photography</title>
<meta name="description" content="Relaxed pet photography sessions in Harrowby and the surrounding villages.">
<meta property="og:title" content="Pet Portrait Sessions | Bramble &amp; Bone Pet Photography"><meta property="og:site_name" content="Bramble &amp; Bone">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness",
"name":"Bramble & Bone Pet Photography","address":{"addressLocality":"Harrowby"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"3e8a14f2","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_0{font:normal normal normal 44px/1.2em playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mruUb">&nbsp;</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-lk2h0g1x" class="KcpHeO tz5f0K comp-lk2h0g1x wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><a href="https://www.brambleandbone.co.uk" target="_self" class="wixui-rich-text__text">Bramble &amp; Bone</a></p></div>
<nav id="comp-lk2h0g2b" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="/${t.toLowerCase()}">
<div class="itemLabel"><span class="label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lk2hbx5q" tabindex="-1" class="Oqnisf comp-lk2hbx5q wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lk2hbx61" class="comp-lk2hbx61 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
<div id="comp-lk2hc0a3" class="KcpHeO tz5f0K comp-lk2hc0a3 wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text" style="font-size:44px;"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lk2hc0b8" class="KcpHeO tz5f0K comp-lk2hc0b8 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text" style="font-style:italic;">${wDek}</span></p></div>
<div id="comp-lk2hc0c2" class="comp-lk2hc0c2 R6ex7N wixui-image" data-testid="imageX">
<img src="https://static.wixstatic.com/media/3e8a14_b2f1~mv2.jpg/v1/fill/w_640,h_427/spaniel.jpg" alt="Spaniel in a bluebell wood"></div>
<div id="comp-lk2hc0d5" class="KcpHeO tz5f0K comp-lk2hc0d5 wixui-rich-text" data-testid="richTextElement">
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[0]}</span></p>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[1]}</span></h2>
<ul class="font_8 wixui-rich-text__text">${wBody
  .slice(2, 5)
  .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
  .join('\n')}</ul>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[5]}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[6]}</span></p>
<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[7]}</span></h2>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[8]}</span></p></div>
<div class="comp-lk2hc0e9 FubTgk" id="comp-lk2hc0e9" aria-disabled="false"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book Your Session</span></a></div>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
<div id="comp-lk2h0g5r" class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Bramble &amp; Bone Pet Photography · Harrowby, North Yorkshire</p>
<p class="font_9 wixui-rich-text__text">© 2024 by Bramble &amp; Bone. Proudly created with Wix.com</p></div>
<ul class="social-bar wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.instagram.com/brambleandbone"><img alt="Instagram" src="/ig.png">
</a></li></ul>
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="alertdialog" aria-label="Cookie banner">
<p class="consent-banner__text">This website uses cookies. We use cookies to ensure you get the best experience.</p>
<button class="consent-banner__button">Settings</button><button class="consent-banner__button">Decline All</button>
<button class="consent-banner__button consent-banner__button--primary">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.fe3c8a2b.bundle.min.js" async></script></body></html>`;
const wixPets: TestPage = {
  name: 'heldout633-wix-pet-sessions',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeadIdx.map((i) => wBody[i] ?? ''),
  body: texts([wDek, ...wBody.filter((_, i) => !wHeadIdx.includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Bramble & Bone', ...wNav, 'Book Your Session', 'Bramble & Bone Pet Photography · Harrowby, North Yorkshire',
    '© 2024 by Bramble & Bone. Proudly created with Wix.com', 'This website uses cookies. We use cookies to ensure you get the best experience.',
    'Settings', 'Decline All', 'Accept',
  ],
};

const dTitle = 'Roof inspection at dusk: does a 249 g drone still need a night risk assessment?';
interface DPost {
  user: string;
  date: string;
  likes: string;
  paras: string[];
}
const dPosts: DPost[] = [
  {
    user: 'kestrel_kev',
    date: 'Mar 4',
    likes: '2',
    paras: [
      j(
        'A client wants a thermal roof inspection on a warehouse, and the only useful window for thermal contrast is about an hour',
        'after sunset. I fly a sub-250 g drone with a small thermal camera bolted on, which takes it to 312 g.',
      ),
      'Does the added payload push me into a different category, and do I need a separate night procedure in my ops manual?',
    ],
  },
  {
    user: 'Moorland_Maps',
    date: 'Mar 4',
    likes: '7',
    paras: [
      j(
        'The weight is the thing. Once the payload is on, you are flying a 312 g aircraft and the sub-250 g allowances no longer apply,',
        'whatever the box says. Treat it as the heavier class for everything, including the remote ID and the insurance.',
      ),
      j(
        'For night work I wrote a one-page annex: a daylight site walk first, a green flashing light on the airframe, a lit landing',
        'pad and a second person as observer. Our insurer asked to see it before they added night cover.',
      ),
    ],
  },
  {
    user: 'kestrel_kev',
    date: 'Mar 5',
    likes: '1',
    paras: ['That’s really helpful, thanks. Did your insurer charge extra for the night cover?'],
  },
  {
    user: 'Moorland_Maps',
    date: 'Mar 5',
    likes: '3',
    paras: ['About £40 a year on top of the main policy. They were more interested in the observer than in the light.'],
  },
];
const dPostHtml = (p: DPost, n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${4410 + n}" data-topic-id="1187" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/forum.skyworkpilots.org/${p.user.toLowerCase()}/96/88_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/roof-inspection-at-dusk/1187/${n}" title="Post date">
<span title="${p.date}, 2024 9:14 pm" data-time="1709543640000" data-format="tiny" class="relative-date">${p.date}</span></a></div>
<div class="read-state read" title="Post is unread"><svg class="fa d-icon d-icon-circle svg-icon" aria-hidden="true"><use href="#circle"></use></svg></div>
</div></div>
<div class="regular contents"><div class="cooked">
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div><section class="post-menu-area clearfix"><nav class="post-controls collapsed-replies"><div class="actions">
<div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="2 people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post">
<svg class="fa d-icon d-icon-far-heart svg-icon" aria-hidden="true"><use href="#far-heart"></use></svg></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard">
<svg class="fa d-icon d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const dSuggested = ['Insurance for thermal survey work: who are you using?', 'Best landing pad lights for night ops', 'Remote ID modules on older airframes'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Operations &amp; Permissions - SkyWork Pilots Forum</title>
<meta name="description" content="A client wants a thermal roof inspection on a warehouse, and the only useful window for thermal contrast is about an hour
after sunset.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.skyworkpilots.org/t/roof-inspection-at-dusk/1187">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"kestrel_kev"}}</script>
<link href="/stylesheets/desktop_7b9f.css?__ws=forum.skyworkpilots.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="https://sjc1.discourse-cdn.com/skywork"></head>
<body class="crawler ember-application docs category-operations-permissions"><div class="ember-view" id="ember3"><div id="main" class="ember-view">
<a href="#main-container" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/skywork-logo.png" alt="SkyWork Pilots Forum"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text">
<span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" class="icon btn-flat" aria-label="Search">
<svg class="fa d-icon d-icon-search svg-icon" aria-hidden="true"><use href="#search"></use></svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet" class="">
<div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1187">
<a href="/t/roof-inspection-at-dusk/1187" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/operations-permissions/6">
<span data-category-id="6" class="badge-category --style-square" title="Flight permissions, ops manuals and risk assessments.">
<span class="badge-category__name">Operations &amp; Permissions</span></span></a></div>
<div class="list-tags"><a href="/tag/night-flying" class="discourse-tag box">night-flying</a><a href="/tag/thermal" class="discourse-tag box">thermal</a>
</div></div></div></div>
<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4>
<span class="relative-date">Mar 4</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Mar 5</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4>
</li>
<li class="secondary"><span class="number">412</span><h4 role="presentation">views</h4></li><li class="secondary"><span class="number">2</span>
<h4 role="presentation">users</h4></li>
</ul></section></div>
<section class="topic-area" id="topic" data-topic-id="1187"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}
</div></div></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists">
<div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics" class="more-topics__list">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${1150 + i}" class="title raw-link raw-topic-link">${esc(t)}</a>
</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></div>
<footer class="footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></div></div>
<script defer src="/assets/ember_jquery-4a7f.js"></script></body></html>`;
const discourseDrone: TestPage = {
  name: 'heldout633-discourse-drone-night',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['kestrel_kev', 'Moorland_Maps', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Operations & Permissions', 'night-flying', 'thermal', 'created', 'last reply', '3', 'replies', '412',
    'views', '2', 'users', '7', '1', 'Reply', 'Suggested Topics', ...dSuggested, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT633_B: readonly TestPage[] = [wixPets, discourseDrone];
