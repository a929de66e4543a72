import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file a2: a primary school's weekly newsletter on a Wix blog (Thunderbolt markup: the site header with the
 * line menu, the post header with the writer's name, date and "2 min read", the rich-content viewer with headings, a list and a
 * table, the post footer with share icons, view / comment counts and likes, "Recent Posts", the comments widget and the footer).
 */
const wTitle = 'Newsletter – Spring Term, Week 9';
const wHeads = ['A message from Mrs Okonedo', 'Dates for your diary', 'Attendance this week', 'Reminders'];
const wHead = [
  j(
    'What a busy week it has been at Hollin Brook! On Thursday the whole school dressed up for World Book Day, and I was very',
    'impressed by the number of home-made costumes. Year 2 turned their classroom into a reading den, and the Year 6 book swap',
    'raised £63 for the new library shelves.',
  ),
  j(
    'Thank you also to the families who came to our phonics workshop on Tuesday. The slides are now on the Parents page of the',
    'website, along with the sound mats that the children use in class.',
  ),
  j(
    'Finally, a warm welcome to Miss Harcastle, who joins us as a teaching assistant in Willow class after half-term. Many of you',
    'will already know her from the after-school club, and the children are delighted that she is staying with us.',
  ),
];
const wDiary = [
  'Monday 9 March – Year 4 trip to Corran Castle (packed lunch needed)',
  'Wednesday 11 March – Parents’ evening, 3.30pm to 7pm',
  'Friday 13 March – Red Nose Day: non-uniform for a donation of £1',
  'Thursday 26 March – Easter service at St Hild’s Church, 2pm',
  'Friday 27 March – Last day of term, school closes at 2pm',
];
const wAttIntro = 'Our whole-school attendance this week was 95.8%. Well done to Hawthorn class, who win the attendance bear!';
const wRows = [
  ['Rowan (Reception)', '94.1%'],
  ['Willow (Year 1)', '96.4%'],
  ['Hawthorn (Year 3)', '99.2%'],
  ['Alder (Year 5)', '93.7%'],
];
const wRem = [
  j(
    'Please make sure that every item of uniform is named. Our lost property box is overflowing and anything unnamed at the end of',
    'term will be washed and given to the PTA’s second-hand uniform sale.',
  ),
  j(
    'The car park at the front of school is for staff and blue badge holders only. Please use the village hall car park at drop-off',
    'and pick-up times and walk the last few metres with your children.',
  ),
  'Have a lovely weekend, Mrs A. Okonedo, Headteacher',
];
const wNav = ['Home', 'About Us', 'Classes', 'Parent Info', 'Newsletters', 'Policies', 'Contact'];
const wRecent = ['Newsletter – Spring Term, Week 8', 'Year 5 visit the Wendle Science Centre', 'Newsletter – Spring Term, Week 7'];
const wp = (t: string): string =>
  `<p class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa _3M0Fe" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe" dir="auto" id="viewer-${t.length}"><span>${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/><title>${wTitle}</title>
<meta name="description" content="What a busy week it has been at Hollin Brook! On Thursday the whole school dressed up for World Book Day."/>
<link rel="canonical" href="https://www.hollinbrookprimary.org.uk/post/newsletter-spring-term-week-9"/>
<meta property="og:title" content="${wTitle}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Hollin Brook Primary School"/>
<meta property="article:author" content="Hollin Brook Office"/><meta property="article:published_time" content="2026-03-06T15:12:48.104Z"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-03-06T15:12:48.104Z",
"author":{"@type":"Person","name":"Hollin Brook Office"},"publisher":{"@type":"Organization","name":"Hollin Brook Primary School"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"0f4e1c2a","siteId":"77be2a10"},"language":{"userLanguage":"en"},
"requestUrl":"https://www.hollinbrookprimary.org.uk/post/newsletter-spring-term-week-9"};</script>
<script id="wix-essential-viewer-model" type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-seo-renderer","type":"Rollout","code":1}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255,1;} .font_8{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style>
</head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="BACKGROUND_GROUP"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
<div id="comp-k3dt5" class="KaEeLN wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">
<span>Hollin Brook Primary School</span></h1></div>
<div id="comp-k3dt6" class="KaEeLN wixui-rich-text" data-testid="richTextElement"><p class="font_8"><span>Learning, growing and caring together</span></p></div>
<nav id="comp-k3dt7" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper" data-testid="lineMenuItem"><a data-testid="linkElement"
href="https://www.hollinbrookprimary.org.uk/${t.toLowerCase().replace(/ /g, '-')}" class="itemDepth02233374943__root"><div
class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="TPAMultiSection_ky9" class="TPAMultiSection_ky9">
<div data-hook="post-page" class="blog-post-page-font"><article data-hook="post" class="blog-post-page-font _9Z9Ka">
<div class="_8pF2x"><div data-hook="post-header" class="_2CKmv"><div class="post-metadata__author"><div data-hook="avatar-image" class="_3nC9F"></div>
<div class="_2YCHa"><span data-hook="user-name" class="tQ0Q1A user-name dlINDG blog-post-text-color">Hollin Brook Office</span>
<span class="_1OXoh" data-hook="badge-icon">Admin</span></div>
<ul class="pu51Xe"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 6">Mar 6</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">2 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="_2LzoQ"></button></div>
<div data-hook="post-title" class="_1MjIw"><h1 class="H3vOVf fsw7CA blog-post-title-font blog-post-title-color" data-hook="post-title">${wTitle}</h1></div>
<div class="_6SyeS" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer"><div class="kvdbP">
${wh(wHeads[0] ?? '')}
${wHead.map(wp).join('\n')}
${wh(wHeads[1] ?? '')}
<ul class="_8lRc8 public-DraftStyleDefault-ul">${wDiary.map((t) => `<li class="_3uTBo _2OJSj" dir="auto">${wp(t)}</li>`).join('\n')}</ul>
${wh(wHeads[2] ?? '')}
${wp(wAttIntro)}
<div data-hook="tableViewer" class="_1h2Kx"><table class="_2r9tA"><thead><tr><th><p>Class</p></th> <th><p>Attendance</p></th></tr></thead><tbody>
${wRows.map((r) => `<tr>${r.map((c) => `<td class="_3eVrp">${wp(c)}</td>`).join(' ')}</tr>`).join('\n')}
</tbody></table></div>
<div data-hook="imageViewer" class="_3J3kw"><figure><img src="https://static.wixstatic.example/media/book-day.jpg" alt="Children in costumes"/>
<figcaption data-hook="imageViewerCaption" class="_2Oj7s">Year 2’s reading den, with Mr Sowerby as the Gruffalo</figcaption></figure></div>
${wh(wHeads[3] ?? '')}
${wRem.map(wp).join('\n')}
</div></div></div></div>
<div class="_5Sr3c" data-hook="post-footer"><div data-hook="share-buttons" class="_1P0gT"><button aria-label="Share on Facebook" class="_3dbFz">
<span class="_1oYkP">Facebook</span></button><button aria-label="Share on X" class="_3dbFz"><span class="_1oYkP">X (Twitter)</span></button>
<button aria-label="Copy link" class="_3dbFz"><span class="_1oYkP">Copy link</span></button></div>
<div class="_3n0tG" data-hook="post-main-actions"><span data-hook="view-count">143 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-button-with-count__like-count">12</span></button></div></div>
</article>
<section data-hook="recent-posts" class="_9tRpM"><div class="_2CvYs"><h2 class="_3W2tW" data-hook="recent-posts-title">Recent Posts</h2>
<a href="https://www.hollinbrookprimary.org.uk/blog" data-hook="see-all-posts-link">See All</a></div>
<div class="_1Q1Oe">${wRecent
  .map(
    (t) => `<div data-hook="post-list-item" class="_2ma6b"><a href="https://www.hollinbrookprimary.org.uk/post/${t.length}"
class="_3hg8V"><h3 data-hook="post-title" class="_1Bfvb">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></section>
<section data-hook="comments-widget" class="_2NXlY"><h2 data-hook="comments-header">Comments</h2>
<div data-hook="comment-box-placeholder"><span>Write a comment...</span></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="_fHCz wixui-footer" tabindex="-1"><div class="KaEeLN wixui-rich-text"><p class="font_8">Hollin Brook Primary School, Mill Lane,
Hollinford HF2 7RS</p><p class="font_8">Tel: 01632 960 418</p><p class="font_8">© 2026 Hollin Brook Primary School. Proudly created with Wix.com</p></div>
</footer></div></div></div></div>
<div id="consentBanner" data-hook="ccsu-banner-wrapper" class="_2Idrx"><div data-hook="ccsu-banner-text"
class="_3XNKa">This website uses cookies. By continuing to
browse you accept our use of cookies.</div><button data-hook="ccsu-banner-decline-all">Decline All</button><button
data-hook="ccsu-banner-accept-all">Accept</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></div></body></html>`;
export const wixSchool: TestPage = {
  name: 'heldout288-wix-school-newsletter',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [...[...wHead, ...wDiary, wAttIntro], ...wRows.map((r) => r.join(' ')), ...wRem],
  bylines: ['Hollin Brook Office', 'Mar 6', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollin Brook Primary School', 'Learning, growing and caring together', ...wNav, 'Admin', 'Year 2’s reading den, with Mr Sowerby as the Gruffalo',
    'Facebook', 'X (Twitter)', 'Copy link', '143 views', '0 comments', 'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'Hollin Brook Primary School, Mill Lane, Hollinford HF2 7RS', 'Tel: 01632 960 418', '© 2026 Hollin Brook Primary School. Proudly created with Wix.com',
    'This website uses cookies. By continuing to browse you accept our use of cookies.', 'Decline All', 'Accept',
  ],
};
