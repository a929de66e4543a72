import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';

/**
 * Held-out batch 400, file f: a union's know-your-rights explainer on Ghost with the Casper theme (gh-head navigation,
 * article tag and excerpt, byline with reading time, feature image caption, a kg-callout card, a kg-toggle card, the
 * Portal sign-up CTA, "Read more" related cards, footer) and an association's annual conference report on a Wix blog
 * (Wix header and menu, post header with author, date and read time, image caption, share buttons, "Recent Posts" rail,
 * likes and the comments box, cookie banner, footer).
 */
const gTitle = 'Your rights when you are off sick';
const gExcerpt = 'What your employer can and cannot ask for, and what you are entitled to be paid.';
const gBody = [
  j(
    'Being unwell is stressful enough without worrying about your job. This guide sets out the basic rights every worker has',
    'when they are off sick, and the extra protection that often comes with a union agreement.',
  ),
  j(
    'For the first seven calendar days of sickness, you can certify yourself. Your employer may ask you to fill in a',
    'self-certification form when you return, but they cannot insist on a doctor’s note for this period.',
  ),
  j(
    'After seven days, you will usually need a fit note from a GP or hospital doctor. A fit note can say you are not fit for',
    'work, or that you may be fit for work with some changes, such as shorter hours or lighter duties.',
  ),
];
const gPay = [
  'Statutory sick pay is paid from the fourth day of sickness, for up to 28 weeks.',
  'Many contracts give more than the statutory minimum. Check your written statement or staff handbook.',
  'Where a union agreement covers your workplace, sick pay terms are often better again, and may include full pay for a set period.',
];
const gBody2 = [
  j(
    'Your employer can keep in reasonable contact while you are off, for example to ask how you are and when you might return.',
    'Contact should not be so frequent that it puts you under pressure, and you should not be asked to work.',
  ),
  j(
    'If your employer asks you to attend an occupational health appointment, you should normally go. Occupational health',
    'gives advice to your employer about adjustments, but you have the right to see any report before it is sent.',
  ),
];
const gCallout = 'If your illness is likely to last more than twelve months, you may be protected as a disabled worker. Speak to your rep early.';
const gBody3 = [
  j(
    'Many employers have an absence policy with “trigger points”, such as three absences in six months, that lead to a formal',
    'meeting. You have the right to be accompanied at a formal absence meeting if it could lead to a warning.',
  ),
  'Before the meeting, ask for a copy of the absence policy and the record of absences your employer is relying on.',
];
const gToggle = 'No. Your employer is entitled to know you are unfit for work, not your medical details, unless you choose to share them.';
const gNav = ['Home', 'Know your rights', 'Campaigns', 'Branches', 'Join'];
const gRead = ['Flexible working: how to make a request', 'What counts as a fair dismissal?', 'Holiday pay explained'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6b1c0f4a2e"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://rights.fwu.example/off-sick/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"FWU Rights Hub"},
"author":{"@type":"Person","name":"Nadia Orrell"},"headline":"${gTitle}","datePublished":"2026-02-18T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://rights.fwu.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-know-your-rights is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://rights.fwu.example">
FWU Rights Hub</a></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}">
<a href="/">${n}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-know-your-rights featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/know-your-rights/">Know your
rights</a></span><span class="post-card-featured">Featured</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/nadia/" class="author-avatar"><img class="author-profile-image" src="/content/images/nadia.jpg" alt="Nadia Orrell"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Orrell</a></h4><div class="byline-meta-content"><time
class="byline-meta-date" datetime="2026-02-18">Feb 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/sick-leave.jpg 600w" src="/content/images/sick-leave.jpg" alt="A calendar and a mug">
<figcaption><span style="white-space: pre-wrap;">Keep a note of every day you are off. Photo by Ilka Sorensen</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody)}
<h2 id="sick-pay">Sick pay</h2>
<ul>${lis(gPay)}</ul>
<h2 id="keeping-in-touch">Keeping in touch while you are off</h2>
${ps(gBody2)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="absence-meetings">Absence meetings</h2>
${ps(gBody3)}
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span
style="white-space: pre-wrap;">Do I have to tell my manager what is wrong with me?</span></h4>
<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content">
</button></div><div class="kg-toggle-content"><p>${gToggle}</p></div></div>
</section>
<section class="article-comments gh-canvas"></section>
<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #c8102e"><h2>Get new guides in your inbox</h2>
<p>Free for members and non-members alike. Unsubscribe at any time.</p>
<a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe now</a></div></aside>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>
${gRead
  .map(
    (r, i) => `<article class="post-card post"><a class="post-card-image-link" href="/guide-${i}/"></a><div class="post-card-content">
<a class="post-card-content-link"
href="/guide-${i}/"><header class="post-card-header"><h2 class="post-card-title">${r}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date"
datetime="2026-01-2${i}">Jan 2${i}, 2026</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://rights.fwu.example">FWU Rights Hub</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact us</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6b1c0f4a2e"></script></body></html>`;
const rights: TestPage = {
  name: 'heldout400-ghost-casper-rights-explainer',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['Sick pay', 'Keeping in touch while you are off', 'Absence meetings', 'Do I have to tell my manager what is wrong with me?'],
  body: texts([gExcerpt, ...gBody, ...gPay, ...gBody2, gCallout, ...gBody3, gToggle]),
  bylines: ['Nadia Orrell', 'Feb 18, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FWU Rights Hub', 'Know your rights', 'Campaigns', 'Branches', 'Sign in', 'Subscribe', 'Featured',
    'Keep a note of every day you are off. Photo by Ilka Sorensen',
    'Get new guides in your inbox', 'Free for members and non-members alike. Unsubscribe at any time.', 'Subscribe now', 'Read more', ...gRead,
    'Jan 20, 2026', 'Jan 21, 2026', 'Privacy', 'Contact us', 'Powered by Ghost',
  ],
};

const xTitle = 'Conference 2026: five things we learned in Harrowgate';
const xBody = [
  j(
    'More than 600 members gathered at the Harrowgate Exchange for the APM annual conference',
    'on 6 and 7 March, our biggest attendance since the event returned to an in-person format.',
  ),
  'For anyone who could not make it, here are the five themes that came up again and again across the two days.',
];
const xThemes = [
  [
    '1. Workforce planning is now the top priority',
    j(
      'In the opening session, delegates voted on their biggest challenge for the year ahead. Recruitment and retention came',
      'first by a wide margin, ahead of funding and digital systems. The workshop on flexible rotas was so full that it was',
      'repeated on the second afternoon.',
    ),
  ],
  [
    '2. Members want shorter, practical training',
    j(
      'Feedback from the learning zone was clear: members value short sessions that leave them with a template or checklist',
      'they can use the following week. The education committee will pilot a series of 45-minute online clinics from May.',
    ),
  ],
  [
    '3. Motions passed on pay transparency and wellbeing',
    j(
      'Conference passed four of the five motions debated. The most closely fought, calling for published salary bands in all',
      'job advertisements for practice managers, was carried by 58 per cent to 42 per cent.',
    ),
  ],
  [
    '4. A new mentoring scheme',
    j(
      'The Association launched its mentoring scheme, which will match newly appointed managers with experienced colleagues',
      'for a year. Forty mentors signed up during the conference itself.',
    ),
  ],
  [
    '5. Next year, we go north',
    j(
      'The 2027 conference will be held in Aldbridge on 4 and 5 March. Early-bird registration opens in October, and the call',
      'for workshop proposals will be published in the summer newsletter.',
    ),
  ],
] as const;
const xQuote = '“The people in this room hold their practices together. Our job is to make sure they are not doing it alone.”';
const xOutro = j(
  'Thank you to every speaker, volunteer and exhibitor who made this year’s conference possible, and to the members who',
  'travelled from every region to take part. Slides from the main sessions are available in the members’ area.',
);
const xMenu = ['Home', 'About', 'Membership', 'Events', 'Blog', 'Contact'];
const xRecent = ['Meet the new chair of the Association', 'Call for motions: conference 2026', 'Regional networking evenings return'];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title><meta property="og:type" content="article">
<meta property="article:author" content="Association of Practice Managers"><meta property="article:published_time" content="2026-03-12T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}",
"datePublished":"2026-03-12T09:30:00.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b6c1e0a8","siteId":"ae91"},"language":{"userLanguage":"en"},"fleetConfig":{"code":0}};</script>
<script id="wix-viewer-model" type="application/json">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"appsSpecData":{}}}}}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lt8b1" class="wixui-rich-text"><p
class="font_6 wixui-rich-text__text"><a href="/">Association of Practice Managers</a></p></div>
<nav id="comp-lt8b2" class="wixui-dropdown-menu" aria-label="Site"><ul class="R_TAzU">${xMenu
  .map(
    (m) => `<li class="wixui-dropdown-menu__item"><a
href="/${m.toLowerCase()}" class="UiHgGh"><div class="wQYUw-"><p class="zKbzSQ">${m}</p></div></a></li>`,
  )
  .join('')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><section id="comp-blogpost" class="wixui-section"><div data-hook="post-page">
<article data-hook="post" class="blog-post-page-font"><div data-hook="post-header"><div data-hook="post-author-and-date"><span data-hook="user-name"
class="user-name">APM Communications</span><ul data-hook="post-metadata"><li><span data-hook="time-ago" title="12 Mar 2026">12 Mar 2026</span></li>
<li><span data-hook="time-to-read">3 min read</span></li></ul></div></div>
<h1 data-hook="post-title" class="blog-post-title-font post-title">${xTitle}</h1>
<div data-hook="post-description" class="post-content__body"><div data-id="rich-content-viewer" class="rich-content-viewer">
<div type="paragraph" class="_1cdSy"><p class="mm8Nw" dir="auto">${xBody[0]}</p></div>
<figure data-hook="figure-IMAGE" class="_3Zp2A"><div data-hook="imageViewer"><img src="https://static.wixstatic.example/media/conf-hall.jpg" alt=""></div>
<figcaption data-hook="imageViewerCaption" class="_3kVpS">Delegates in the main hall on day one.</figcaption></figure>
<div type="paragraph" class="_1cdSy"><p class="mm8Nw" dir="auto">${xBody[1]}</p></div>
${xThemes
  .map(
    ([h, p]) => `<h2 class="_2h5Dj" dir="auto"><span>${h}</span></h2>\n<div type="paragraph" class="_1cdSy">
<p class="mm8Nw" dir="auto">${p}</p></div>`,
  )
  .join('\n')}
<blockquote class="_3bCuZ" dir="auto"><span>${xQuote}</span></blockquote>
<div type="paragraph" class="_1cdSy"><p class="mm8Nw" dir="auto">${xOutro}</p></div></div></div>
<div data-hook="post-footer"><div data-hook="post-categories-list"><a href="/blog/categories/conference" class="post-categories">Conference news</a></div>
<div data-hook="post-main-actions"><div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook">Facebook</button>
<button aria-label="Share via LinkedIn">LinkedIn</button><button aria-label="Share via Link">Copy link</button></div></div>
<div data-hook="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">1 comment</span>
<button data-hook="like-button"><span data-hook="like-button-counter">19</span> likes. Post not marked as liked</button></div></div></article>
<section data-hook="recent-posts"><div class="rOvDH"><h2 data-hook="recent-posts__title">Recent Posts</h2><a href="/blog">See All</a></div>
${xRecent
  .map(
    (r) => `<div data-hook="post-list-item"><h3 data-hook="post-title">${r}</h3><span data-hook="view-count">98 views</span>
</div>`,
  )
  .join('\n')}</section>
<section data-hook="comments-widget"><h2>Comments</h2><div data-hook="comment-input-placeholder">Write a comment...</div>
<div data-hook="comment"><span data-hook="comment-author">Priya Venn</span><span data-hook="comment-date">Mar 13</span>
<p data-hook="comment-content">The mentoring launch was the highlight for me. Already signed up as a mentee!</p></div></section></div></section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text"><p>© 2026 Association of Practice Managers. Proudly created with Wix.com</p>
<p>Registered office: 9 Lantern Row, Aldbridge</p></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="Ttd4Bi" role="dialog"><p data-hook="ccsu-banner-text">This website uses
cookies. We use cookies to give you the best experience on our site.</p><button data-hook="ccsu-banner-decline-all">Decline All</button>
<button data-hook="ccsu-banner-accept-button">Accept All</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js" defer></script></body></html>`;
const conference: TestPage = {
  name: 'heldout400-wix-blog-conference-report',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xThemes.map(([h]) => h),
  body: texts([...xBody, ...xThemes.map(([, p]) => p), xQuote, xOutro]),
  bylines: ['APM Communications', '12 Mar 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Association of Practice Managers', ...xMenu, 'Delegates in the main hall on day one.', 'Conference news', 'Facebook', 'LinkedIn', 'Copy link',
    '214 views', '1 comment', 'likes. Post not marked as liked', 'Recent Posts', 'See All', ...xRecent, '98 views', 'Comments', 'Write a comment...',
    'Priya Venn', 'Mar 13', 'The mentoring launch was the highlight for me. Already signed up as a mentee!',
    '© 2026 Association of Practice Managers. Proudly created with Wix.com', 'Registered office: 9 Lantern Row, Aldbridge',
    'cookies. We use cookies to give you the best experience on our site.', 'Decline All', 'Accept All',
  ],
};

export const HELDOUT400_F: readonly TestPage[] = [rights, conference];
