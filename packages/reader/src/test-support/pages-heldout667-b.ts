import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file b: a childminder's settling-in guide posted on a Wix blog (Ricos rich content, post stats,
 * recent posts and an empty comment box, the free-plan Wix banner), and an after-school club's half-term newsletter on
 * Ghost (Casper theme, member signup, read-more cards).
 */
const wTitle = 'Settling in: how we help your little one feel at home';
const wBody = [
  j(
    'Starting with a new childminder is a big step for the whole family, not just for your child. Over the last nine years I have',
    'settled more than forty children, and the thing I have learned is that there is no single right way to do it. Here is how I',
    'usually approach it, and what you can do at home to help.',
  ),
  'Before the first visit',
  j(
    'I will send you an “All About Me” booklet a couple of weeks before your start date. It asks about sleep, food, favourite',
    'songs, comforters and the words your child uses for things like drinks and nappies. The more you can tell me, the quicker',
    'I can make the day feel familiar.',
  ),
  j('It also helps to talk about me and my house at home. Some parents print the photo of my playroom from the welcome pack and', 'stick it on the fridge.'),
  'The settling-in sessions',
  'Most children have three or four short sessions before their first full day:',
  'Session one: an hour together, with you staying in the room the whole time.',
  'Session two: an hour, with you popping into the kitchen for a cup of tea for ten minutes.',
  'Session three: two hours, and you leave for an hour.',
  'Session four: a morning including lunch, so your child sees the rhythm of the day.',
  j('Settling-in sessions are free. If your child needs more, we simply add another one; I would always rather take a little', 'longer than rush things.'),
  'Saying goodbye',
  j(
    'It is tempting to slip out while your child is busy, but in my experience a short, cheerful goodbye works much better. Tell',
    'them you are going and that you will be back after lunch, give them a cuddle, and go. Tears at the door usually stop within a',
    'few minutes, and I will always send you a photo once they are playing.',
  ),
  'The first few weeks',
  j(
    'Expect your child to be more tired than usual, and perhaps a little clingy at home. This is completely normal. Keep evenings',
    'quiet if you can, and try not to plan anything big for the first two weekends.',
  ),
  j(
    'I will message you through the day on the app for the first fortnight, and we will have a proper chat at the end of week',
    'four about how things are going.',
  ),
];
const wNav = ['Home', 'About Me', 'A Day With Us', 'Blog', 'Contact'];
const wRecent = ['Our garden project: growing sunflowers', 'What goes in the bag? A packing list', 'Funded hours with a childminder'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta name="description" content="Starting with a new childminder is a big step for the whole family, not just for your child.">
<link rel="canonical" href="https://busybeeschildminding.example/post/settling-in"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Sian Bellweather"},"datePublished":"2027-01-08T10:22:00.000Z","publisher":{"name":"Busy Bees at Number Nine"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8a4e2f0c-1f31-4b7e-9c52-d9a5e7f6b3a1","isPremium":false},"language":{"userLanguage":"en"}};</script>
<style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
.Tj01hh{display:block}.KaEeLN{position:relative}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="VczJMk ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" class="dAGOZp"><span class="U4Bvut">
This site was designed with the </span><span class="tXPhJ1"><span class="bUT0y0">Wix</span><span class="U4Bvut">.com</span></span><span class="U4Bvut">
 website builder. Create your website today.</span><span class="Hqi1Kn">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><a id="skip-to-content" class="LHrbPP" href="#PAGES_CONTAINER" tabindex="0">Skip to Main Content</a>
<div id="comp-lk2x9a1" class="KaEeLN comp-lk2x9a1 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">
<span class="wixui-rich-text__text">Busy Bees at Number Nine</span></h2></div>
<nav id="comp-lk2x9b4" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="post-page" data-hook="post-page">
<div data-hook="post" class="blog-post-page-font"><div class="post-metadata"><div data-hook="avatar-image" class="avatar"></div>
<span data-hook="user-name" class="user-name">Sian Bellweather</span><ul class="post-metadata__list"><li><span data-hook="time-ago" title="8 Jan 2027">
8 Jan 2027</span></li><li><span data-hook="time-to-read">4 min read</span></li></ul>
<button data-hook="more-button" aria-label="More actions" class="more-button"><svg viewBox="0 0 19 19"></svg></button></div>
<h1 data-hook="post-title" class="blog-post-title-font post-title"><span class="post-title__text">${wTitle}</span></h1>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT"><div data-rce-version="9.2.1" class="rce-viewer"><div
data-id="rich-content-viewer" class="ricos-viewer" dir="ltr" data-hook="ricos-viewer"><div class="_1HuQv public-DraftEditor-content" data-testid="richContent">
${wBody
  .map((t, i) => {
    const id = `viewer-${(9300 + i).toString(36)}`;
    if ([1, 4, 11, 13].includes(i)) return `<h2 class="ZcNlc _3_ixh" id="${id}" dir="auto"><span class="public-DraftStyleDefault-ltr">${t}</span></h2>`;
    if (i >= 6 && i <= 9)
      return i === 6 ? `<ol class="_1Vd3k public-DraftStyleDefault-ol">${lis(wBody.slice(6, 10).map((x) => `<p class="mm8Nw">${x}</p>`))}</ol>` : '';
    return `<p class="mm8Nw _1j-51 public-DraftStyleDefault-block-depth0" id="${id}" dir="auto"><span class="public-DraftStyleDefault-ltr">${t}</span></p>`;
  })
  .join('\n')}
<div class="ImageViewer" data-hook="imageViewer"><figure><img alt="Toys laid out in the playroom" src="https://static.wixstatic.com/media/5b1e0f_9c.jpg">
<figcaption class="_2NeRn" data-hook="imageViewerCaption">The playroom, ready for a new starter</figcaption></figure></div>
</div></div></div></div>
<div class="post-footer"><ul class="post-tags" aria-label="Tags"><li><a class="tag-link" href="/blog/tags/settling-in">settling in</a></li>
<li><a class="tag-link" href="/blog/tags/parents">parents</a></li></ul><div class="share-buttons" data-hook="share-buttons"><button
aria-label="Share via Facebook"></button><button aria-label="Share via X"></button><button aria-label="Share via LinkedIn"></button><button
aria-label="Share via link"></button></div><div class="post-stats" data-hook="post-stats"><span data-hook="view-count">57 views</span>
<span data-hook="comment-count">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">3</span>
</button></div></div></div>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a data-hook="see-all-link" href="/blog">See All</a></div><ul>${links(wRecent)}</ul></section>
<section class="comments" data-hook="comments-widget"><h2 data-hook="comments-title">Comments</h2><div class="comment-box"><button
data-hook="comment-box-placeholder">Write a comment...</button></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="wixui-rich-text"><p class="font_8">Busy Bees at Number Nine
· Registered childminder, Harrowfield</p><p class="font_8">© 2027 by Sian Bellweather. Proudly created with Wix.com</p></div></footer></div></div></div>
<div id="ccsu-banner-container"><section class="consent-banner" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By using the site you
agree to our use of cookies.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button>
</section></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout667-wix-settling-in',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[4] ?? '', wBody[11] ?? '', wBody[13] ?? ''],
  body: texts(wBody.filter((_, i) => ![1, 4, 11, 13].includes(i))),
  bylines: ['Sian Bellweather', '8 Jan 2027', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    'Busy Bees at Number Nine', 'A Day With Us', 'Blog', 'Contact', 'The playroom, ready for a new starter', '57 views', '0 comments', 'Recent Posts',
    'See All',
    ...wRecent, 'Comments', 'Write a comment...', 'Busy Bees at Number Nine · Registered childminder, Harrowfield',
    '© 2027 by Sian Bellweather. Proudly created with Wix.com', 'This website uses cookies. By using the site you agree to our use of cookies.',
    'Settings', 'Accept',
  ],
};

const gTitle = 'Kestrel Club news: autumn half-term';
const gDek = 'Holiday club dates, a new pick-up from Fernlea Primary and a reminder about late collection.';
const gBody = [
  j(
    'What a first half-term it has been! Forty-two children are now booked in across the week, and the den in the corner of the',
    'hall has been rebuilt at least six times. Thank you to everyone who sent in cardboard boxes.',
  ),
  'Holiday club',
  j(
    'Kestrel Holiday Club runs from Monday 27 to Friday 31 October, 8am to 6pm, at St Aldhelm’s church hall. This time the theme',
    'is <em>Under the Sea</em>, with a visit from the Marlcombe rock-pool rangers on the Wednesday.',
  ),
  'Days cost £38, or £34 for siblings.',
  'Bring a packed lunch and a named water bottle; we provide breakfast and an afternoon snack.',
  'Book by Friday 17 October so we can plan staffing.',
  'New pick-up from Fernlea Primary',
  j(
    'From 3 November we will collect children from Fernlea Primary as well as from St Aldhelm’s and Brookside. Two of our staff',
    'will walk the Fernlea children across the park in hi-vis vests, arriving at the hall by 3:30pm. We have space for eight',
    'Fernlea children on each day, so please get in touch soon if you are interested.',
  ),
  'Late collection',
  j(
    'The club closes at 6pm. Our staff have families to get home to as well, so we charge £10 for every fifteen minutes after',
    'closing time. If you are running late, please ring the club phone on 07700 900 264 so we can reassure your child.',
  ),
  '<strong>Reminder:</strong> only the adults named on your booking form can collect your child. Tell us in writing if this changes.',
  'Have a lovely half-term, and see you all in November.',
];
const gNav = ['Home', 'Sessions', 'Holiday Club', 'Newsletter', 'Book'];
const gRead = [
  ['Kestrel Club news: summer term', 'Sports day, the end-of-year picnic and our goodbye to Year 6.'],
  ['Welcome to Kestrel Club', 'Everything new families need to know before the first session.'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b4c1e7a9f"><link rel="canonical" href="https://kestrelclub.example/autumn-half-term/">
<meta name="description" content="${gDek}"><meta property="og:site_name" content="Kestrel Club"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-10-10T15:40:12.000Z"><meta property="article:tag" content="Newsletter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kestrel Club"},
"author":{"@type":"Person","name":"Dan Okafor-Reeve"},"headline":"${gTitle}","datePublished":"2027-10-10T15:40:12.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://kestrelclub.example/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta{display:flex}</style>
</head><body class="post-template tag-newsletter is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">Kestrel
Club</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search
this site" data-ghost-search><svg></svg></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign
in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-newsletter">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/newsletter/">Newsletter</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/dan/"
class="author-avatar"><img class="author-profile-image" src="/content/images/2027/01/dan.jpg" alt="Dan Okafor-Reeve"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dan/">Dan Okafor-Reeve</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-10-10">Oct 10, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min
read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/10/den.jpg 300w" src="/content/images/size/w2000/2027/10/den.jpg"
alt="A den made from cardboard boxes"><figcaption>The den, version six.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([gBody[0] ?? ''])}
<h2 id="holiday-club">${gBody[1]}</h2>${ps([gBody[2] ?? ''])}<ul>${lis(gBody.slice(3, 6))}</ul>
<h2 id="new-pick-up-from-fernlea-primary">${gBody[6]}</h2>${ps([gBody[7] ?? ''])}
<div class="kg-card kg-button-card kg-align-left"><a href="https://kestrelclub.example/book/" class="kg-btn kg-btn-accent">Book holiday club</a></div>
<h2 id="late-collection">${gBody[8]}</h2>${ps([gBody[9] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gBody[10]}</div></div>
${ps([gBody[11] ?? ''])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, e]) => `<article class="post-card post"><a class="post-card-image-link"
href="#"><img class="post-card-image" src="/content/images/2027/07/card.jpg" alt="${t}"></a><div class="post-card-content"><a class="post-card-content-link"
href="#"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Newsletter</span></div><h2 class="post-card-title">
${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2027-07-18">Jul 18, 2027</time><span class="post-card-meta-length">1 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Kestrel Club</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b4c1e7a9f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout667-ghost-club-newsletter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[6] ?? '', gBody[8] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 6, 8].includes(i))]),
  bylines: ['Dan Okafor-Reeve', 'Oct 10, 2027', '2 min read', 'Jul 18, 2027', '1 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sessions', 'Newsletter', 'Sign in', 'Subscribe', 'The den, version six.', 'Book holiday club',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Sign up', 'Privacy', 'Kestrel Club © 2027', 'Powered by Ghost',
  ],
};

export const HELDOUT667_B: readonly TestPage[] = [wix, ghost];
