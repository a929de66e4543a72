import { type TestPage, texts } from './page-kit.js';
import { engineeringPost } from './pages-heldout76-c2.js';

/**
 * Held-out batch 76, file c: a Wix Blog post on a physiotherapy clinic's site (the "top of page" / "bottom of page" anchors,
 * the rich-text site title, the dropdown menu with its "More" item, "Log In", the writer's picture, name, date, read time
 * and "Updated" line, the "More actions" button, Ricos viewer paragraphs, headings, list and image with caption, the
 * category and tags, view, comment and like counts, "Recent Posts" with "See All", the comments box, the footer strip
 * with booking button and address, and the consent banner) and, from file c2, a company engineering blog post.
 */
const wxTitle = 'Five mistakes runners make when coming back from injury';
const wxIntro = [
  'Most of the runners we see in the clinic are not here because of their first injury. They are here because of their second one, ' +
    'the one that happened three weeks after they felt ready to go again. After nine years of treating runners in Northbank, these ' +
    'are the mistakes we see most often, and what to do instead.',
];
const wxSections: [string, string[]][] = [
  [
    '1. Going back to your old mileage',
    [
      'It is tempting to pick up where you left off. But after even two weeks off, your tendons and bones have lost some of their ' +
        'tolerance to load, even if your fitness feels fine. Start at about half your previous weekly distance and build from there.',
    ],
  ],
  [
    '2. Treating pain as all or nothing',
    [
      'Some discomfort during a return to running is normal. We use a simple scale with our patients: pain up to three out of ten ' +
        'during a run is acceptable, as long as it settles by the next morning and does not build from week to week. If it does, ' +
        'drop back to the previous week’s plan.',
    ],
  ],
  [
    '3. Skipping the strength work',
    [
      'Rest lets an injury calm down, but it does not make the tissue stronger. The exercises your physio gives you are what prepare ' +
        'your body for running again. The ones we prescribe most often are:',
    ],
  ],
  [
    '4. Adding speed and hills at the same time',
    [
      'Change one thing at a time. Build your distance first on flat ground at an easy pace. Once that feels comfortable for two weeks, ' +
        'add one session of hills or intervals, never both in the same week.',
    ],
  ],
  [
    '5. Ignoring sleep and food',
    [
      'Tissue repairs while you rest. Runners coming back from bone stress injuries in particular need enough energy and enough sleep, ' +
        'and cutting back on food to make up for running less can slow healing. If you are not sure you are eating enough, ask us ' +
        'about a referral to a sports dietitian.',
      'If you are recovering from an injury and want a plan for getting back out there, you can book a running assessment with any of ' +
        'our physiotherapists.',
    ],
  ],
];
const wxList = [
  'Calf raises on a step, slowly, three sets of fifteen',
  'Single-leg squats to a chair',
  'Side-lying hip abduction with a resistance band',
  'Hopping on the spot, once the first three are easy',
];
const wxCaption = 'Calf raises on a step are one of the simplest ways to rebuild tendon strength.';
const wxNav = ['Home', 'About', 'Treatments', 'Our Team', 'Blog', 'More'];
const wxRecent = ['Desk posture: what actually matters', 'Is it a sprain or a fracture?', 'Our new Saturday clinic'];
const wxTags = ['running', 'injury', 'rehab'];
const wxFoot = ['Book Online', 'Northbank Physio, 4 Quay Street, Northbank', '01632 960 718', 'Privacy Policy', 'Accessibility Statement'];
const wxCookie = 'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.';
const wxP = (t: string, id: string): string =>
  `<p class="MwFt- _3LMfg cwdeK _4sMNa" dir="auto"
id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr"><span class="_5T0kU">${t}</span></span></p>`;
const wxH = (t: string, id: string): string =>
  `<h2 class="NoJxE _3LMfg cwdeK" dir="auto" id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const wxBody = [
  ...wxIntro.map((t, i) => wxP(t, `a${i}`)),
  ...wxSections.flatMap(([h, ps], i) => [
    wxH(h, `h${i}`),
    ...ps.map((t, j) => wxP(t, `p${i}${j}`)),
    ...(i === 2
      ? [
          `<ul class="_1ma3y _1w0vD">${wxList.map((t, j) => `<li aria-level="1" class="M6sxP">${wxP(t, `l${j}`)}</li>`).join('\n')}</ul>`,
          `<div class="_3CWa- _1JiRk" data-hook="figure-IMAGE"><div data-hook="imageViewer" class="_2bRbx" role="button" tabindex="-1">
<div class="OSiJZ" style="padding-bottom:66.66%"><img src="https://static.wixstatic.example/media/calf-raise.jpg/v1/fill/w_740,h_493/calf-raise.jpg"
alt="" loading="lazy"></div></div><span dir="auto" class="_2Ud4I" data-hook="imageCaption">${wxCaption}</span></div>`,
        ]
      : []),
  ]),
].join('\n');
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>Five mistakes runners make when coming back from injury</title><meta name="description" content="${wxIntro[0]!.slice(0, 120)}">
<link rel="canonical" href="https://www.northbankphysio.example/post/five-mistakes-runners-make-when-coming-back-from-injury">
<meta property="og:title" content="${wxTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Northbank Physio">
<meta property="article:author" content="Eilidh Grant"><meta property="article:published_time" content="2025-11-12T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":"@type":"WebPage",
"@id":"https://www.northbankphysio.example/post/five-mistakes","headline":"${wxTitle}","author":"@type":"Person","name":"Eilidh Grant",
"datePublished":"2025-11-12T08:30:00.000Z","dateModified":"2025-11-14T16:05:00.000Z","publisher":"@type":"Organization","name":"Northbank Physio"}</script>
<script type="application/json" id="wix-viewer-model">{"site":"metaSiteId":"b8f1","siteId":"5d3a","language":"userLanguage":"en"}</script>
<style id="css_masterPage">#masterPage{--pinned-layer-in-container:51;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content"><div id="comp-lfx1a2b" class="KcpHeO tz5f0K comp-lfx1a2b wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text" style="font-size:24px;"><span class="wixui-rich-text__text"><a href="https://www.northbankphysio.example"
target="_self" class="wixui-rich-text__text">Northbank Physio</a></span></h2></div>
<wix-dropdown-menu id="comp-lfx1a3c" class="XwCBRN NHM1d1 comp-lfx1a3c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="6" data-dropalign="center"><nav class="R_TAzU"
id="comp-lfx1a3cnavContainer"
aria-label="Site"><ul class="y7qwii" id="comp-lfx1a3citemsContainer" style="text-align:right" data-marginallchildren="true">
${wxNav
  .map(
    (t, i) => `<li id="comp-lfx1a3c${i}" data-direction="ltr" data-listposition="${i === 0 ? 'left' : 'center'}" data-data-id="dataItem-lfx${i}"
data-state="${t === 'Blog' ? 'menu selected link' : 'menu false  link'}" data-index="${i}" class="Ory1vf wixui-dropdown-menu__item xs4P2A">
<a data-testid="linkElement" href="https://www.northbankphysio.example/${t.toLowerCase()}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class="">
<p class="zKbzSQ" style="text-align:right;line-height:50px">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu>
<div id="comp-lfx1a4d" class="comp-lfx1a4d"><div class="sOSjF_"><div data-testid="handle-button-wrapper"><button class="Q9NW7p" data-testid="handle-button"
aria-label="Log In"><span class="zOq9Ll">Log In</span></button></div></div></div></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="tmmaf" class="dBAkHi theme-vars tmmaf"><div class="HT5ybB"><div id="Containertmmaf" class="Containertmmaf SPY_vo">
<section id="comp-lfx2post" class="Oqnisf comp-lfx2post wixui-section" data-block-level-container="ClassicSection">
<div id="TPAMultiSection_lfx2post" class="TPAMultiSection_lfx2post"><div class="OQ8Tzd"><div class="post-page-root" data-hook="post-page">
<article class="blog-post-page-font blog-text-color post-container" data-hook="post"><div class="post-header" data-hook="post-header">
<div class="post-metadata"><div data-hook="avatar-image" class="avatar"><img alt="Writer's picture" src="https://static.wixstatic.example/media/eilidh.jpg"
width="32" height="32"></div><div class="post-metadata-text"><span class="user-name" data-hook="user-name"><a href="/profile/eilidhgrant/profile"
aria-label="Eilidh Grant">Eilidh Grant</a></span><ul class="post-metadata__list"><li><span data-hook="time-ago" title="Nov 12, 2025">Nov 12, 2025</span></li>
<li><span data-hook="time-to-read" title="4 min read">4 min read</span></li></ul><span class="updated-date"
data-hook="updated-date">Updated: Nov 14, 2025</span>
</div><button data-hook="more-button" aria-label="More actions" class="more-button"><span class="visually-hidden">More actions</span></button></div>
<h1 class="blog-post-title-font blog-post-title-color post-title" data-hook="post-title"><span class="post-title__text">${wxTitle}</span></h1></div>
<div class="post-content" data-hook="post-description"><div class="rich-content-viewer" data-id="content-viewer" dir="ltr">
<div type="first" data-hook="rcv-block-first"></div>
${wxBody}
<div type="last" data-hook="rcv-block-last"></div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="post-categories"><a data-hook="category-label-list__item" href="/blog/categories/running">
Running injuries</a></div><nav aria-label="Tags" class="post-tags"><ul>${wxTags
  .map((t) => `<li><a data-hook="tag" href="/blog/tags/${t}" class="tag-link">${t}</a></li>`)
  .join('')}</ul></nav>
<div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via X"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">57 views</span><span data-hook="comment-count">0 comments</span>
<button class="like-button" data-hook="like-button-with-count"><span class="visually-hidden">Post not marked as liked</span>
<span data-hook="like-button-with-count__like-count">3</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts__list">
${wxRecent
  .map(
    (t, i) => `<div class="post-list-item" data-hook="post-list-item"><a href="/post/${i}"
data-hook="post-list-item__title"><h3 class="post-title__text">${t}</h3></a>
<div class="post-footer"><span data-hook="view-count">${[12, 31, 8][i]}</span><span data-hook="comment-count">0</span></div></div>`,
  )
  .join('\n')}</div></section>
<section class="comments-section" data-hook="comments-root"><h2 class="comments-header">Comments</h2>
<div class="comment-box" data-hook="comment-box"><div role="textbox" aria-label="Write a comment..." data-placeholder="Write a comment...">
<span class="placeholder">Write a comment...</span></div></div></section></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="footer-strip"><a class="StylableButton2545352419__root"
href="/book-online" data-testid="linkElement"><span class="StylableButton2545352419__label">${wxFoot[0]}</span></a>
${wxFoot
  .slice(1)
  .map((t) => `<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">${t}</p></div>`)
  .join('\n')}
<p class="font_9 wixui-rich-text__text">© 2025 by Northbank Physio. Powered and secured by Wix</p></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner" role="dialog" aria-label="Cookie banner"><p data-hook="consent-banner-text">${wxCookie}
<a href="/privacy-policy">Privacy Policy</a></p><div class="consent-banner__buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/unpkg/@wix/wix-thunderbolt/dist/main.1f3a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  html: wxHtml,
  name: 'heldout76-wix-blog-post',
  kind: 'blog',
  // the writer's name, date, read time and "Updated" line are bylines; the category, tags, counts, "Post not marked as
  // liked", recent posts, the comments box, menu, footer strip, anchors and consent banner are furniture; the share buttons
  // have no text (aria-labels only); the like count "3" is a word of a numbered heading and the bare "0" counts carry
  // nothing: left out
  title: wxTitle,
  headings: wxSections.map(([h]) => h),
  body: [...texts(wxIntro), ...wxSections.flatMap(([, ps], i) => (i === 2 ? [...ps, ...wxList] : ps))],
  bylines: ['Eilidh Grant', 'Nov 12, 2025', '4 min read', 'Updated: Nov 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Northbank Physio', ...wxNav, 'Log In', 'More actions', wxCaption, 'Running injuries', ...wxTags, '57 views', '0 comments',
    'Post not marked as liked', 'Recent Posts', 'See All', ...wxRecent, '12', '31', 'Comments', 'Write a comment...', ...wxFoot,
    '© 2025 by Northbank Physio. Powered and secured by Wix', 'bottom of page', wxCookie, 'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT76_C: readonly TestPage[] = [wix, engineeringPost];
