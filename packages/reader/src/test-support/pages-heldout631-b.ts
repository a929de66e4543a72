import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file b: a counsellor's blog post on Ghost (Casper theme) with a members sign-up box and native comments,
 * and an acupuncturist's blog post on Wix Blog with a related posts rail.
 */
const gTitle = 'Why I ask about sleep in our first session';
const gDek = 'It can feel like an odd question when you came to talk about something else. Here is why it matters to me.';
const gParas = [
  j(
    'Almost every first session I hold includes the same question, usually about twenty minutes in: “How have you been sleeping?”',
    'Clients sometimes laugh, or look puzzled. They came to talk about a break-up, or a job they dread, or a parent who is ill.',
    'Sleep seems beside the point.',
  ),
  j(
    'I ask because sleep is one of the clearest windows I have into how someone is really coping. People are often skilled at',
    'describing their days in a way that sounds manageable. Nights are harder to tidy up.',
  ),
  j(
    'Lying awake at 3am going over a conversation, waking long before the alarm with a racing heart, or sleeping eleven hours',
    'and still feeling flat: each of these tells me something different, and none of them is a diagnosis on its own.',
  ),
  j(
    'Sleep also affects everything else we might work on. It is very hard to practise a new way of responding to a difficult',
    'colleague when you are running on four hours a night. Sometimes the most useful early step is simply to protect rest,',
    'before we go any deeper.',
  ),
  'If you notice that your sleep has changed over a few weeks, here are a few things worth jotting down before we meet:',
  'what time you go to bed and get up, including at weekends',
  'whether you struggle to fall asleep, stay asleep, or both',
  'what tends to be on your mind when you are awake',
  'how you feel in the first hour after waking',
  j(
    'None of this is homework, and you do not need to track anything if it would add to the pressure. But bringing even a rough',
    'picture can help us understand what your body is carrying alongside your thoughts.',
  ),
  j(
    'If your sleep has been badly disrupted for months, it is also worth speaking to your GP, who can rule out physical causes.',
    'Counselling and medical support work well side by side.',
  ),
];
const gCrisis = j(
  'If you are in crisis or worried about your safety, please call Samaritans on 116 123 or go to your nearest A&E.',
  'I am not able to respond to messages urgently.',
);
const gHeads = ['What sleep tells me', 'What you can notice before we meet'];
const gNav = ['Home', 'About', 'Working with me', 'Writing'];
const gRel = ['Saying no without a speech', 'The first five minutes of counselling', 'When a friendship ends quietly'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2b4b3d7c9f"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://talkwithrosa.com/why-i-ask-about-sleep/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Rosa Achterberg Counselling"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2025-02-11T08:30:00.000Z"><meta name="generator" content="Ghost 5.79">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rosa Achterberg Counselling"},
"author":{"@type":"Person","name":"Rosa Achterberg"},"headline":"${gTitle}","datePublished":"2025-02-11T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://talkwithrosa.com/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://talkwithrosa.com">Rosa Achterberg Counselling</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-first-sessions tag-sleep">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/first-sessions/">First sessions</a></span><span class="post-card-featured"></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rosa/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/09/rosa.jpg"
alt="Rosa Achterberg"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosa/">Rosa Achterberg</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-02-11">Feb 11, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/02/bedside.jpg 300w" src="/content/images/size/w2000/2025/02/bedside.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">Photo by Imke Vos on Unsplash</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas.slice(0, 1))}
<h2 id="what-sleep-tells-me">${gHeads[0]}</h2>
${ps(gParas.slice(1, 4))}
<h2 id="what-you-can-notice-before-we-meet">${gHeads[1]}</h2>
${ps(gParas.slice(4, 5))}<ul>${gParas
  .slice(5, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(gParas.slice(9))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💬</div><div
class="kg-callout-text">${gCrisis.replace('&', '&amp;')}</div></div></section>
<section class="article-comments gh-canvas"><div class="gh-comments-count">2 comments</div>
<div id="ghost-comments-root"><div class="gh-comment"><p class="gh-comment-author">Hannelore P.</p><p class="gh-comment-date">3 days ago</p>
<p>This was really reassuring to read before my first appointment next week.</p><button class="gh-comment-reply">Reply</button></div>
<div class="gh-comment"><p class="gh-comment-author">Dev</p><p class="gh-comment-date">1 week ago</p>
<p>I never connected my 4am wake-ups with how stressed I was at work. Thank you.</p></div></div></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRel
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link"
href="/p/"><img class="post-card-image" src="/content/images/2024/x.jpg" alt="${t}"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://talkwithrosa.com">Rosa Achterberg Counselling</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Sign up'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=2b4b3d7c9f"></script></body></html>`;
const ghostSleep: TestPage = {
  name: 'heldout631-counsellor-ghost-sleep',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gParas, gCrisis],
  bylines: ['Rosa Achterberg', 'Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rosa Achterberg Counselling', ...gNav, 'Sign in', 'Subscribe', 'First sessions', '• 3 min read', 'Photo by Imke Vos on Unsplash',
    '2 comments', 'Hannelore P.', '3 days ago', 'This was really reassuring to read before my first appointment next week.', 'Reply', 'Dev', '1 week ago',
    'I never connected my 4am wake-ups with how stressed I was at work. Thank you.', 'Sign up for more like this.', 'Enter your email', ...gRel,
    '4 min read', 'Rosa Achterberg Counselling © 2025', 'Privacy', 'Sign up', 'Powered by Ghost',
  ],
};

const wTitle = 'Acupuncture and hay fever: what the studies say (and what they don’t)';
const wParas = [
  j(
    'Every April my diary fills up with people who are tired of sneezing. Many have already tried antihistamines and nasal sprays',
    'and want to know whether acupuncture is worth a go. It is a fair question, and I would rather give you an honest answer than a',
    'sales pitch.',
  ),
  j(
    'Several randomised trials have compared real acupuncture with sham acupuncture in people with seasonal allergic rhinitis.',
    'Taken together, they suggest a modest improvement in symptoms and quality of life for the real treatment, alongside usual',
    'medication rather than instead of it.',
  ),
  j(
    'What the studies do not show is that acupuncture cures hay fever, or that the benefit lasts once the season is over. The',
    'trials were also fairly small, and blinding is difficult when the person giving the treatment knows which kind they are giving.',
  ),
  j(
    'I usually suggest starting four to six weeks before your symptoms normally begin, with weekly sessions for five or six',
    'weeks. Keep taking any medication your GP or pharmacist has recommended. If nothing has changed after four sessions, I will',
    'tell you so, and we can stop.',
  ),
  j(
    'If you have asthma that gets worse in the pollen season, please mention it when you book. Acupuncture is not a treatment for',
    'asthma attacks, and I will want to know your plan for managing them.',
  ),
];
const wHeads = ['What the research found', 'What it doesn’t tell us', 'How I treat hay fever'];
const wNav = ['Home', 'Treatments', 'About Lin', 'Blog', 'Book Online', 'Contact'];
const wRel = ['Can acupuncture help with tension headaches?', 'Five questions to ask an acupuncturist', 'Why do my ears get needled?'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder">
<title>${wTitle}</title><meta name="description" content="An honest look at the research on acupuncture for seasonal allergies.">
<link rel="canonical" href="https://www.linmorrowacupuncture.com/post/acupuncture-and-hay-fever"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Lin Morrow"},
"datePublished":"2025-03-20T09:12:44.000Z","publisher":{"@type":"Organization","name":"Lin Morrow Acupuncture"}}</script>
<script type="text/javascript">window.viewerModel = {"site":{"metaSiteId":"5e0f1a2b","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style>#SITE_HEADER{--bg:255,255,255;}#comp-lkx2b9{--shd:none}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="BACKGROUND_GROUP"></div>
<div class="SkipToContentButton"><button class="LHrbPP" tabindex="0" data-testid="skip-to-content-button">Skip to Main Content</button></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lkx2a1" class="comp-lkx2a1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">Lin Morrow Acupuncture</span></p></div>
<nav id="comp-lkx2b9" aria-label="Site" class="comp-lkx2b9 wixui-horizontal-menu"><ul class="itemsContainer">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="_pfxlW"><p class="zui1C4">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_ikqwx3"
class="TPASection_ikqwx3"><div class="blog-post-page-font"><div data-hook="post-page"><article class="blog-post-page-font" data-hook="post">
<div class="post-header"><div data-hook="post-metadata" class="post-metadata"><div data-hook="avatar-name"><span data-hook="user-name"
class="user-name blog-post-text-color">Lin Morrow</span></div><ul class="post-metadata__list"><li><span data-hook="time-ago"
title="Mar 20, 2025">Mar 20, 2025</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<h1 class="blog-post-title-font post-title blog-post-title-color" data-hook="post-title"><span class="post-title__text">${wTitle}</span></h1>
<div class="post-content" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer"><div data-hook="rcv-block1"></div>
<p dir="auto" class="MtzDF _3RfZd public-DraftStyleDefault-ltr" id="viewer-a1b2c">${wParas[0]}</p>
<h2 dir="auto" class="ewb6d _1FoOD" id="viewer-d3e4f"><span class="_2fwY3">${wHeads[0]}</span></h2>
<p dir="auto" class="MtzDF _3RfZd" id="viewer-g5h6i">${wParas[1]}</p>
<h2 dir="auto" class="ewb6d _1FoOD" id="viewer-j7k8l"><span class="_2fwY3">${wHeads[1]}</span></h2>
<p dir="auto" class="MtzDF _3RfZd" id="viewer-m9n0o">${wParas[2]}</p>
<div data-hook="imageViewer" class="_3uvrW"><div class="image-container"><img
src="https://static.wixstatic.com/media/9c1e2d_meadow.jpg/v1/fill/w_740,h_493/meadow.jpg"
alt="Meadow grasses in flower"></div><span dir="auto" class="_1kHo1 image-caption">Grass pollen peaks from late May in most of the country.</span></div>
<h2 dir="auto" class="ewb6d _1FoOD" id="viewer-p1q2r"><span class="_2fwY3">${wHeads[2]}</span></h2>
${ps(wParas.slice(3), ' dir="auto" class="MtzDF _3RfZd"')}
</div></div>
<div class="post-footer"><div class="post-tags"><ul aria-label="Tags"><li><a href="/blog/tags/hay-fever">hay fever</a></li>
<li><a href="/blog/tags/research">research</a></li></ul></div><div class="share-buttons" data-hook="share-buttons"><button
aria-label="Share via Facebook"></button>
<button aria-label="Share via X"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats"><span data-hook="post-stats-views">48 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">3</span></button></div></div></article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts-header"><h2 class="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><div class="recent-posts-list">${wRel
  .map(
    (t) => `<div data-hook="post-list-item"
class="post-list-item"><a href="/post/x"><h3 data-hook="post-title" class="post-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></section>
<section class="comments" data-hook="comments"><h2 class="comments-title">Comments</h2><div data-hook="comment-box"><button>Write a comment...</button></div>
</section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-lkx2c4" class="wixui-rich-text"><p class="font_9">
<span>14 Quayside Row, Dunmarsh · 07700 900 362</span></p><p class="font_9"><span>© 2025 by Lin Morrow Acupuncture. Proudly created with Wix.com</span></p>
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.88d7f2c2.bundle.min.js" async></script></body></html>`;
const wixHay: TestPage = {
  name: 'heldout631-acupuncture-wix-hayfever',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts(wParas),
  bylines: ['Lin Morrow', 'Mar 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Lin Morrow Acupuncture', ...wNav, '3 min read', 'Grass pollen peaks from late May in most of the country.',
    '48 views', '0 comments', 'Recent Posts', 'See All', ...wRel, 'Comments', 'Write a comment...', '14 Quayside Row, Dunmarsh · 07700 900 362',
    '© 2025 by Lin Morrow Acupuncture. Proudly created with Wix.com',
  ],
};

export const HELDOUT631_B: readonly TestPage[] = [ghostSleep, wixHay];
