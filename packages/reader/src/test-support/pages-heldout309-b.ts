import { type TestPage, texts } from './page-kit.js';
import { buddhist } from './pages-heldout309-b2.js';
import { anchors, j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file b: a synagogue's weekly Torah-portion commentary on a Wix Blog post page (Wix site header with
 * its menu, the post metadata with avatar, "time ago" and read time, the Ricos viewer body, post footer with share
 * buttons, views and likes, categories, Recent Posts, the comments box and the Wix footer) and, from file b2, a Buddhist
 * temple's teaching transcript on Ghost.
 */
const sTitle = 'Parashat Terumah: A sanctuary built from what was freely given';
const sP1 = [
  j(
    'This week’s portion turns from the thunder of Sinai to something that looks, at first glance, like an inventory. Acacia',
    'wood, blue and purple yarn, ram skins dyed red, oil for the lamp. Chapter after chapter, the Torah slows down to describe',
    'the building of the Mishkan, the portable sanctuary the Israelites carried through the wilderness.',
  ),
  j(
    'Many of us are tempted to skim. Yet the opening instruction is anything but technical: the materials are to be taken from',
    'every person whose heart moves them to give. Nothing is levied, nothing is demanded.',
  ),
];
const sH1 = 'The gift that cannot be commanded';
const sP2 = [
  j(
    'Our teachers noticed the oddity. A tax would have been simpler and fairer. Why build the holiest place in the camp out of',
    'voluntary offerings that might never arrive? One answer in our congregation’s study group last week was that a sanctuary',
    'built by obligation would belong to whoever enforced the obligation, while one built from gifts belongs to everyone who gave.',
  ),
  j(
    'Later in Exodus we learn that the people brought so much that the craftsmen had to ask Moses to stop them. It is one of the',
    'few times in the whole wilderness story that the Israelites are too generous rather than too fearful.',
  ),
];
const sH2 = 'Three questions for the Shabbat table';
const sList = [
  'What have you built, in your family or your work, that only exists because others chose to give?',
  'Is there a gift you hold back because no one has asked for it?',
  'Why might the text describe the sanctuary in such detail, when the people had already given everything needed?',
];
const sH3 = 'Our own Mishkan on Linden Street';
const sP3 = [
  j(
    'When our congregation bought the old print works in 1987, the building fund was short by almost a third. The ark was made',
    'by two members in a garage on Poplar Avenue, and the ner tamid above it was cast from candlesticks brought in by families',
    'who had carried them from Odessa, Tunis and Glasgow.',
  ),
  j('We rarely speak of this now, but it is worth remembering when we walk into the sanctuary on Friday night. The room was not', 'paid for. It was given.'),
  'Shabbat shalom.',
];
const sMenu = ['Home', 'About Us', 'Services', 'Learning', 'Youth', 'Calendar', 'Donate', 'Blog'];
const sRecent = ['Parashat Mishpatim: Laws for a people just freed', 'Tu BiShvat seder for families', 'Parashat Yitro: Standing together'];
const sCats = ['All Posts', 'Weekly Parashah', 'Rabbi’s Desk', 'Community News'];
const rid = (n: number): string => `viewer-${(n * 7919).toString(36)}`;
const rp = (t: string, n: number): string => `<p class="MUYGp _1j-51 _1FoOD _3M0Fe _2WrB- _1atvN public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" id="${rid(n)}"><span class="_2PHJq public-DraftStyleDefault-ltr"><span>${t}</span></span></p>`;
const rh = (t: string, n: number): string => `<h2 class="_1j-51 _1atvN _1FoOD _3M0Fe public-DraftStyleDefault-block-depth0 fixed-tab-size
public-DraftStyleDefault-text-ltr" id="${rid(n)}"><span class="_2PHJq public-DraftStyleDefault-ltr"><span>${t}</span></span></h2>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${sTitle}</title>
<meta name="description" content="This week’s portion turns from the thunder of Sinai to something that looks like an inventory.">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Beth Shalom Linden">
<meta property="article:author" content="Rabbi Naomi Felder"><meta property="article:published_time" content="2026-02-19T14:30:11.213Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Rabbi Naomi Felder"},"datePublished":"2026-02-19T14:30:11.213Z","publisher":{"@type":"Organization","name":"Beth Shalom Linden"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"9a1e2f44","siteId":"c7d0"},
"language":{"userLanguage":"en"},"requestUrl":"https://www.bethshalomlinden.example/post/terumah"}</script>
<script id="wix-warmup-data" type="application/json">{"appsWarmupData":{"14bcded7-0066-7c35-14d7-466cb3f09103":{"postPageSSR":true}}}</script>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div>
</div><div class="U4Bvut"><div class="G5K6X8"><div data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="mesh-container-content">
<div id="comp-kx1title" class="KcpHeO tz5f0K comp-kx1title wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.bethshalomlinden.example" target="_self" class="wixui-rich-text__text">Beth Shalom Linden</a></span>
</p></div>
<wix-dropdown-menu id="comp-kx1menu" class="XwCBRN NHM1d1 comp-kx1menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true"><nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="UGHfip" data-testid="menuItems">
${sMenu
  .map(
    (t, i) => `<li class="wixui-dropdown-menu__item" data-testid="menuItem-${i}"><a data-testid="linkElement" href="/${i}" class="UiHgGh"><div class="yRj2ms">
<div class="" style="text-align:left"><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="TPASection_ikqsvefy" class="TPASection_ikqsvefy"><div class="T7n0L6"><div data-hook="blog-post-page" class="blog-post-page-font">
<div class="post-content__wrapper"><article class="blog-post-page-font blog-card-background-color blog-card-border-color" data-hook="post">
<div class="_1HClD"><div class="blog-post-post-list-title-color"><div data-hook="post-metadata" class="_3xPTz"><div data-hook="avatar-image"
class="_1sPHC"><img src="https://static.wixstatic.example/media/felder.jpg" alt="Writer's picture"></div><div class="QBmPo"><span class="tQ0Q1A user-name
blog-link-hover-color" data-hook="user-name"><span class="iYG_V2">Rabbi Naomi Felder</span></span><ul class="NS7Ay"><li><span class="post-metadata__date
time-ago" data-hook="time-ago" title="Feb 19">Feb 19</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read
</span></li></ul></div></div></div>
<div class="_2JjjQ" data-hook="post-title"><h1 class="eQVtGV blog-post-title-font blog-post-title-color" data-hook="post-title">${sTitle}</h1></div>
<div class="_2HBhG" data-hook="post-description"><div class="post-content__body"><div class="moHCnT"><div data-rce-version="9.10.2" data-id="content-viewer"
class="_2QEaO post-content__body" dir="ltr"><div class="_2HlHP" data-hook="ricos-viewer"><div class="kvdbP _1rKDQ" data-hook="rcv-block-first">
${sP1.map((t, i) => rp(t, i + 1)).join('\n')}
${rh(sH1, 10)}
${sP2.map((t, i) => rp(t, i + 11)).join('\n')}
${rh(sH2, 20)}
<ol class="public-DraftStyleDefault-ol">${sList
  .map((t, i) => `<li class="_3K2i2 public-DraftStyleDefault-orderedListItem" id="${rid(i + 21)}">${t}</li>`)
  .join('\n')}</ol>
<div class="Cgi1q" data-hook="figure-IMAGE"><div class="_2kmzZ"><img src="https://static.wixstatic.example/media/ark-linden.jpg" alt=""></div>
<span dir="auto" class="_3HGCh" data-hook="imageViewerCaption">The ark of Beth Shalom Linden, built by members in 1988.</span></div>
${rh(sH3, 30)}
${sP3.map((t, i) => rp(t, i + 31)).join('\n')}
</div></div></div></div></div></div>
<div class="_3yYCx" data-hook="post-main-actions-desktop"><div class="I7yhG" data-hook="share-buttons"><button aria-label="Share via Facebook"
class="tRNP5 share-button" data-hook="share-button"><svg></svg></button><button aria-label="Share via X" class="tRNP5 share-button"><svg></svg></button>
<button aria-label="Share via LinkedIn" class="tRNP5 share-button"><svg></svg></button><button aria-label="Share via link" class="tRNP5"><svg></svg></button>
</div></div>
<div class="_6ZhGz" data-hook="post-categories-list"><ul><li><a href="/blog/categories/weekly-parashah" class="_1JpyV">Weekly Parashah</a></li></ul></div>
<div class="_1KnDm" data-hook="post-footer"><div class="Ov2qg"><span data-hook="view-count">41 views</span><span data-hook="comment-count">1 comment</span>
</div>
<div class="_3qcKb" data-hook="like-button-with-count"><span class="like-button-with-count__like-count" data-hook="like-button-with-count__like-count">9</span>
<button class="heart-button" aria-label="Post not marked as liked"></button></div></div></article></div>
<div data-hook="recent-posts" class="_2F3iA"><div class="Lk1q5"><h2 class="blog-post-page-font" data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" class="_3Tkqx" data-hook="see-all-link">See All</a></div>
<div class="Vi7pI">${sRecent
  .map(
    (t) => `<div data-hook="post-list-item"><h3 class="post-title blog-hover-container-element-color" data-hook="post-title">
<a href="/post/${t.length}" class="O16KGI">${t}</a></h3></div>`,
  )
  .join('\n')}</div></div>
<div data-hook="comments-root" class="_1OgY1"><div class="comments-header"><h2 data-hook="comments-title">Comments</h2></div>
<div data-hook="comment-box" class="_2nGUh"><div class="_3HYbP" role="textbox" aria-label="Write a comment...">Write a comment...</div></div>
<div data-hook="comment" class="comment-item"><div class="comment-header"><span data-hook="author-name" class="author-name">Eli Marcovitz</span>
<span data-hook="comment-date">Feb 20</span></div><div data-hook="comment-content"><p>Beautiful. I never knew the ner tamid was made from family candlesticks.
My grandmother’s pair must be in there somewhere.</p></div><div class="comment-actions"><button>Like</button><button>Reply</button></div></div></div>
<div data-hook="categories-menu" class="_3z1M8"><nav>
<ul>${sCats.map((t) => `<li><a href="/blog/c/${t.length}" class="categories-menu-item">${t}</a></li>`).join('\n')}</ul>
</nav></div></div></div></div></main>
<footer id="SITE_FOOTER" class="imK94d SITE_FOOTER wixui-footer" tabindex="-1"><div class="mesh-container">
<div id="comp-ft1" class="KcpHeO tz5f0K comp-ft1 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Beth Shalom Linden ·
412 Linden Street · Ashford Falls</p><p class="font_9 wixui-rich-text__text">Office hours Monday to Thursday, 9am to 3pm</p></div>
<div id="comp-ft2" class="comp-ft2 wixui-rich-text" data-testid="richTextElement">
<p class="font_9">© 2026 by Beth Shalom Linden. Proudly created with Wix.com</p>
</div><div class="ft-links">${anchors(['Accessibility Statement', 'Privacy Policy'], 'wixui-link')}</div></div></footer></div></div></div></div>
<div id="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner-root" class="Wf0yw" role="dialog"><p data-hook="consent-banner-text">
This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p>
<a data-hook="consent-banner-privacy-policy" href="/privacy">Privacy Policy</a><div class="Lq4cR"><button data-hook="consent-banner-settings-button">Settings
</button><button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
</body></html>`;
const synagogue: TestPage = {
  name: 'heldout309-wix-synagogue-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sP1, ...sP2, ...sList, ...sP3]),
  bylines: ['Rabbi Naomi Felder', 'Feb 19', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Beth Shalom Linden', ...sMenu, 'The ark of Beth Shalom Linden, built by members in 1988.', 'Weekly Parashah', '41 views', '1 comment',
    'Recent Posts', 'See All', ...sRecent, 'Comments', 'Write a comment...', 'Eli Marcovitz', 'Feb 20',
    'Beautiful. I never knew the ner tamid was made from family candlesticks. My grandmother’s pair must be in there somewhere.', 'Like', 'Reply',
    ...sCats, 'Beth Shalom Linden · 412 Linden Street · Ashford Falls', 'Office hours Monday to Thursday, 9am to 3pm',
    '© 2026 by Beth Shalom Linden. Proudly created with Wix.com', 'Accessibility Statement', 'Privacy Policy',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Settings',
    'Decline All', 'Accept',
  ],
};

export const HELDOUT309_B: readonly TestPage[] = [synagogue, buddhist];
