import { links, ps, type TestPage, texts } from './page-kit.js';
import { beehiivPost } from './pages-heldout80-a2.js';

/**
 * Held-out batch 80, file a: a Substack post cut by the paywall (the navbar with the publication's name as an h1, the
 * publication tabs, the subtitle, the byline with the "Paid" label, the like/comment/restack/share bar, a captioned image,
 * a subscribe widget inside the post body, the "This post is for paid subscribers" box, the discussion header, the
 * "Ready for more?" box and the Substack footer), and a Beehiiv newsletter web post (file a2).
 */
const ssTitle = 'Why the 07:40 ferry always leaves full';
const ssSub = 'A small timetable change on the Skerrow crossing shows how a schedule can rearrange a whole town';
const ss1 = [
  'Every weekday at 07:40 the Skerrow ferry pulls away from Calder Quay with, by the crew’s own count, somewhere between 180 and 210 ' +
    'passengers on a boat licensed for 220. The 08:25 that follows it carries fewer than sixty. Nobody on the island finds this ' +
    'strange, and that is exactly what caught my interest when I started spending my mornings on the quay with a notebook.',
  'The timetable has looked roughly like this since 2011, when the council’s transport office merged two early sailings into one to ' +
    'save fuel. What nobody planned was what happened next: the secondary school on the mainland moved its first bell to 08:30, the ' +
    'fish auction moved to 08:15, and the bakery on Pier Street started opening at 06:50 so that commuters could buy rolls on their ' +
    'way down the hill.',
];
const ss2 = [
  'In other words, the town reorganised itself around a single boat. When I asked Dougie Ferran, who has worked the car deck on ' +
    'the crossing for nineteen years, whether the 07:40 was ever quiet, he laughed and said only on Christmas Eve, and only because ' +
    'there is no 07:40 on Christmas Eve.',
];
const ssH1 = 'A timetable is a map of habits';
const ss3 = [
  'Transport planners have a phrase for this: <em>induced demand</em>. It usually comes up when someone widens a motorway and finds ' +
    'the new lane full within a year. But it works in the other direction too. A single convenient departure does not just serve ' +
    'the people who already travel at that hour; it gathers people who would otherwise have spread themselves across the morning.',
  'I spent three weeks counting. On an average Tuesday, 61 per cent of the day’s outbound foot passengers were on the first two ' +
    'sailings, and nearly all of those were on the 07:40. Vehicle traffic was flatter, because lorries follow the auction and the ' +
    'building trade rather than the school bell, but even there the early boat was the busiest of the day.',
];
const ss4 = [
  'The obvious fix would be another sailing at 07:10. The council costed one in 2022 and shelved it, and the reason says a lot about ' +
    'how small places are run. Below, I go through the costing paper line by line, talk to the two councillors who voted against it, ' +
    'and explain why I think the real obstacle was never money at all.',
];
const ssCaption = 'The 07:40 leaving Calder Quay on a grey Tuesday in August. Photo: Imogen Achterberg';
const ssWidget = 'Harbour Lines is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
const ssTabs = ['Home', 'Notes', 'Archive', 'About'];
const ssFoot = ['Privacy', 'Terms', 'Collection notice'];
const ssUfi = (n: { likes: string; comments: string; restacks: string }): string => `<div class="pencraft pc-display-flex pc-gap-8 pc-reset">
<div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button" aria-label="Like (${n.likes})" aria-pressed="false"
class="pencraft pc-reset pencraft post-ufi-button state-disabled has-label with-border"><svg role="img" width="20" height="20" viewBox="0 0 24 24"
fill="none" stroke="currentColor"><g><title></title><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0"></path></g></svg><div class="label">${n.likes}</div>
</button></div>
<a class="post-ufi-button style-button post-ufi-comment-button has-label with-border" href="https://harbourlines.substack.com/p/ferry-0740/comments"
aria-label="View comments (${n.comments})"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title>
<path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8"></path></g></svg><div class="label">${n.comments}</div></a>
<button tabindex="0" type="button" aria-label="View repost options" class="pencraft pc-reset pencraft post-ufi-button style-button has-label with-border">
<svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M17 1l4 4-4 4"></path></g></svg><div class="label">${n.restacks}</div>
</button>
<button tabindex="0" type="button" aria-label="View share options" class="pencraft pc-reset pencraft post-ufi-button style-button has-label with-border">
<svg role="img" width="20" height="20" viewBox="0 0 24 24"><g><title></title><path d="M4 12v8a2 2 0 0 0 2 2h12"></path></g></svg>
<div class="label">Share</div></button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0,
viewport-fit=cover">
<title>${ssTitle} - by Imogen Achterberg</title>
<meta name="description" content="${ssSub}"><meta property="og:url" content="https://harbourlines.substack.com/p/ferry-0740">
<meta property="og:type" content="article"><meta property="og:title" content="${ssTitle}"><meta property="og:description" content="${ssSub}">
<meta property="og:image"
content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F7c1d.jpeg">
<meta name="twitter:card" content="summary_large_image"><meta name="author" content="Imogen Achterberg">
<link rel="canonical" href="https://harbourlines.substack.com/p/ferry-0740">
<link rel="alternate" type="application/rss+xml" href="https://harbourlines.substack.com/feed" title="Harbour Lines">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://harbourlines.substack.com/p/ferry-0740",
"mainEntityOfPage":"https://harbourlines.substack.com/p/ferry-0740","headline":"${ssTitle}","description":"${ssSub}",
"datePublished":"2025-09-14T06:02:11+00:00","dateModified":"2025-09-14T06:02:11+00:00","isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},
"author":[{"@type":"Person","name":"Imogen Achterberg","url":"https://substack.com/@imogenachterberg"}],
"publisher":{"@type":"Organization","name":"Harbour Lines","url":"https://harbourlines.substack.com"}}</script>
<link rel="preload" as="style" href="https://substackcdn.com/bundle/theme/main.0a4c2f1b.css">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.0a4c2f1b.css">
<style>:root{--web_bg_color:#fdfaf5;--background_pop:#1f5f8b;--cover_bg_color:#FFFFFF}</style>
</head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="main-menu"><div class="topbar-content"><div class="topbar-spacer"></div>
<div class="navbar-logo-container"><a href="/" native="true"><img class="navbar-logo" alt=""
src="https://substackcdn.com/image/fetch/w_80,h_80/logo.png"></a></div>
<h1 class="pencraft pc-reset font-display-redH3w size-20-P_cSRT weight-bold-DmI9lw reset-IxiVJZ navbar-title">
<a class="navbar-title-link" href="/">Harbour Lines</a></h1>
<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK priority_primary-RfbeYt
size_sm-G3LciD subscribe-btn">Subscribe</button>
<div class="user-indicator"><button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M priority_tertiary-rlke8z size_sm-G3LciD
sign-in-link">Sign in</button></div></div></div></div>
<div class="pencraft pc-display-flex pc-justifyContent-center pc-reset topbar-tabs"><nav aria-label="Publication navigation">
<ul class="pencraft pc-display-flex pc-gap-24 pc-reset">${links(ssTabs, 'pencraft pc-reset')}</ul></nav></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center
border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center byline-wrapper">
<div class="pencraft pc-display-flex pc-reset"><a href="https://substack.com/@imogenachterberg" class="pencraft pc-reset">
<img src="https://substackcdn.com/image/fetch/w_72,h_72,c_fill/avatar.jpg" width="36" height="36" alt="Imogen Achterberg's avatar"></a></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<div class="pencraft pc-reset color-pri-k0Scbq line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-medium-fw81nC reset-IxiVJZ">
<span class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.com/@imogenachterberg" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">Imogen Achterberg</a>
</div></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset">
<div class="pencraft pc-reset color-pri-k0Scbq line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq
reset-IxiVJZ meta-EgzBVA">Sep 14, 2025</div>
<div class="pencraft pc-reset color-pri-k0Scbq line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq
reset-IxiVJZ meta-EgzBVA">∙ Paid</div></div></div></div>
${ssUfi({ likes: '48', comments: '12', restacks: '5' })}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(ss1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/f_auto/q.jpeg"
data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_1456/q.webp 1456w">
<img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_auto,q_auto:good/q.jpeg" width="1456" height="971" class="sizing-normal" alt=""
title="" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset">
<button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image"><svg role="img" width="20" height="20"><g><title></title>
</g></svg></button><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container view-image"><svg role="img" width="20"
height="20"><g><title></title></g></svg></button></div></div></div></a>
<figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
${ps(ss2)}
<h2 class="header-anchor-post">${ssH1}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§a-timetable-is-a-map-of-habits" class="pencraft pc-reset header-anchor
offset-top">
</div><button tabindex="0" type="button" aria-label="Link" data-href="https://harbourlines.substack.com/i/173002219/a-timetable-is-a-map-of-habits"
class="pencraft pc-reset pencraft copyAnchor-Ctg3aT"><svg width="18" height="18"><path d="M10 13a5 5 0 0 0 7.54.54l3-3"></path></svg></button></div></div></h2>
${ps(ss3)}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://harbourlines.substack.com/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssWidget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>
${ps(ss4)}
</div></div>
<div class="paywall-jump" data-component-name="PaywallToDOM"></div>
<div class="paywall"><div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-alignItems-center pc-reset paywall-inner">
<h2 class="paywall-title">This post is for paid subscribers</h2>
<div class="paywall-cta"><a class="button primary subscribe-cta"
href="https://harbourlines.substack.com/subscribe?simple=true&amp;next=%2Fp%2Fferry-0740">Subscribe</a>
</div><div class="paywall-login"><span>Already a paid subscriber? </span><a class="button plain sign-in-link"
href="/account/login?redirect=%2Fp%2Fferry-0740">Sign in</a>
</div></div></div>
<div class="visibility-check"></div>
<div class="post-footer use-separators">${ssUfi({ likes: '48', comments: '12', restacks: '5' })}</div>
</article>
<div class="comments-section" id="discussion"><div class="container"><div class="comments-page">
<h4 class="pencraft pc-reset color-pri-k0Scbq line-height-24-jnGwiv font-text-qe4AeH size-17-JHHggF weight-semibold-uqA4FV reset-IxiVJZ">Discussion about
this post</h4>
<div class="pencraft pc-display-flex pc-gap-16 pc-reset tabs" role="tablist"><button role="tab" aria-selected="true" class="pencraft pc-reset
tab">Comments</button>
<button role="tab" aria-selected="false" class="pencraft pc-reset tab">Restacks</button></div>
<div class="comments-paywall"><p>Comments on this post are for paid subscribers</p></div></div></div></div>
<div class="subscribe-footer"><h3 class="pencraft pc-reset">Ready for more?</h3><form class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary"
value="Subscribe"></form></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="container"><div class="footer-terms"><span class="copyright">© 2025 Imogen Achterberg</span>
<ul class="footer-links">${links(ssFoot, 'footer-link')}</ul></div>
<div class="footer-substack"><a class="footer-substack-cta" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web">Start writing</a>
<a class="footer-substack-cta" href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing">Get the app</a>
<div class="footer-substack-text"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":173002219,\\"audience\\":\\"only_paid\\"}}")</script>
<script src="https://substackcdn.com/bundle/static/js/main.5d1f3b2c.js" charset="utf-8"></script>
</body></html>`;
const substack: TestPage = {
  html: ssHtml,
  name: 'heldout80-substack-paywall-blog',
  kind: 'blog',
  // the body is the free part above the paywall; the subtitle under the title is in neither list (nor is the anchor-link
  // button inside the h2); the subscribe widget inside the post body, the image caption, the paywall box and its buttons
  // are furniture; "Sep 14, 2025" and the author are bylines, "∙ Paid" is furniture; the like/comment/restack counts are
  // furniture
  title: ssTitle,
  headings: [ssH1],
  body: [...ss1, ...ss2, ...texts(ss3), ...ss4],
  bylines: ['Imogen Achterberg', 'Sep 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbour Lines', 'Subscribe', 'Sign in', ...ssTabs, '∙ Paid', '48', '12', '5', 'Share', ssCaption, ssWidget, 'This post is for paid subscribers',
    'Already a paid subscriber?', 'Discussion about this post', 'Comments', 'Restacks', 'Comments on this post are for paid subscribers', 'Ready for more?',
    '© 2025 Imogen Achterberg', ...ssFoot, 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT80_A: readonly TestPage[] = [substack, beehiivPost];
