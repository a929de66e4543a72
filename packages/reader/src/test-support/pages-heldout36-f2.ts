import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 36, file f2: a post on a Substack-hosted local news site served from its own domain (the publication's top
 * bar with "Subscribe" and "Sign in", post title and subtitle, the author and date in pencraft classes, the like, comment and
 * restack row, the "body markup" with an in-post subscription widget, a captioned image, two anchored h2 sections and a
 * "Share" button, the post footer row again, "Discussion about this post" with reader comments, "Ready for more?", the
 * Substack footer and the _preloads script).
 */
const sbTitle = 'Council delays short-term rental cap after three-hour hearing';
const sbSub = 'Most speakers opposed the cap. The housing numbers tell a more complicated story.';
const sbBody1 = [
  'The Cedar Hollow Town Council on Tuesday night put off a vote on capping short-term rentals, after more than three hours ' +
    'of public comment that ran past 11 p.m. and filled the council chambers and the hallway outside.',
  'Mayor Ruth Abernathy said the council would take the question up again on Feb. 24, once staff had answered questions ' +
    'raised during the hearing about how the cap would be enforced and what it would cost.',
  'Of the 41 people who spoke, 29 opposed the cap. Most of them said they own a single rental, often a cabin or a converted ' +
    'garage, and rely on the income to pay their own mortgages or property taxes.',
];
const sbH1 = 'What the cap would do';
const sbBody2 = [
  'The proposal, drafted by the planning commission over the summer, would limit whole-home short-term rentals to 120 permits ' +
    'across town, down from the 212 currently registered. Existing permit holders would be allowed to renew until they sell the ' +
    'property, so the number would fall slowly, through sales, over several years.',
  'Rentals of a room or an accessory unit in a home where the owner lives would not count toward the cap.',
  'Planning director Owen Takahashi told the council that the town had lost about 90 long-term rentals since 2019, based on ' +
    'utility records, while the number of registered short-term rentals had nearly doubled. Over the same period, the school ' +
    'district has reported a drop of 64 students, which it partly attributes to families who could not find housing.',
  '“We are not saying every vacation rental used to be a family home,” Takahashi said. “But enough of them were that it shows ' + 'up in the data.”',
];
const sbH2 = 'What happens next';
const sbBody3 = [
  'Council member Priya Natarajan asked staff to come back with an option that would exempt owners who live in Cedar Hollow ' +
    'year-round, which several speakers had suggested. Council member Dale Whitcomb said he wanted to see what other mountain ' +
    'towns had done before voting on any version.',
  'If the council approves a cap in February, it would take effect on July 1. I will be at the meeting and will report back ' + 'here.',
];
const sbWidget = 'Thanks for reading Cedar Hollow Current! Subscribe for free to receive new posts and support my work.';
const sbCaption = 'Residents lined the hallway outside council chambers on Tuesday night. (Photo by Rosa Delgado)';
const sbComments: [string, string, string][] = [
  ['Mark Henley', 'Feb 1', 'Thank you for staying until the end. The Courier didn’t even send anyone.'],
  ['Janet O.', 'Feb 1', 'The exemption for full-time residents seems like the obvious compromise. Hope they take it.'],
  ['Cedar Hollow Current', 'Feb 1', 'Janet, staff said they would have the numbers on that option for the Feb. 24 meeting.'],
];
const sbPre = JSON.stringify({
  base_url: 'https://www.cedarhollowcurrent.com',
  pub: { name: 'Cedar Hollow Current', subdomain: 'cedarhollowcurrent', custom_domain: 'www.cedarhollowcurrent.com' },
  post: { title: sbTitle, subtitle: sbSub, post_date: '2026-01-31T15:02:11.000Z', audience: 'everyone', reactions: { '❤': 37 } },
});
const sbUfi = (where: string): string => `<div class="post-ufi style-${where}">
<div class="like-button-container post-ufi-button"><a role="button" class="post-ufi-button style-${where} has-label with-border"><svg></svg>
<div class="label">37</div></a></div>
<a role="button" href="https://www.cedarhollowcurrent.com/p/council-delays-short-term-rental-cap/comments"
 class="post-ufi-button style-${where} post-ufi-comment-button has-label with-border"><svg></svg><div class="label">12</div></a>
<a role="button" class="post-ufi-button style-${where} has-label with-border"><svg></svg><div class="label">3</div></a>
<div class="post-ufi-button style-${where} post-ufi-share-button with-border"><svg></svg><div class="label">Share</div></div>
</div>`;
const sbComment = ([who, when, what]: [string, string, string]): string =>
  `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name">
<a href="https://substack.com/@${who.replace(/\W/g, '')}">` +
  `${who}</a></span><a class="comment-date" href="#"><span>${when}</span></a></div><div class="comment-body"><p>${what}</p></div>` +
  '<div class="comment-actions"><a class="comment-reply">Reply</a><a class="comment-share">Share</a></div></div></div>';
const sbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sbTitle} - by Rosa Delgado</title>
<meta name="description" content="${sbSub}"><meta property="og:url" content="https://www.cedarhollowcurrent.com/p/council-delays-short-term-rental-cap">
<link rel="alternate" type="application/rss+xml" href="https://www.cedarhollowcurrent.com/feed" title="Cedar Hollow Current">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://www.cedarhollowcurrent.com/p/council-delays-short-term-rental-cap",
"headline":"${sbTitle}","description":"${sbSub}","datePublished":"2026-01-31T15:02:11+00:00","author":[{"@type":"Person","name":"Rosa Delgado"}]}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.5b2f0e1c9a.css">
<style>:root{--print_on_web_bg_color:#fdfcf7;--web_bg_color:#fdfcf7;--cover_bg_color:#fdfcf7}</style></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-logo-container">
<img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80/logo.png" alt=""></a>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">Cedar Hollow Current</a></h1>
<div class="navbar-buttons"><button class="button subscribe-btn primary">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
</div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sbTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${sbSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-reset"><div class="pencraft pc-display-flex pc-reset">
<a href="https://substack.com/@rosadelgado" class="pencraft pc-reset"><div class="pencraft pc-reset user-indicator">
<img src="https://substackcdn.com/image/fetch/w_36/rosa.jpg" alt="Rosa Delgado's avatar"></div></a></div>
<div class="pencraft pc-display-flex flex-column pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw font-meta-MWBumP profile-hover-card-target">
<a href="https://substack.com/@rosadelgado" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Rosa Delgado</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP transform-uppercase-yKDgcq meta-EgzBVA">Jan 31, 2026</div></div></div>
${sbUfi('top')}
</div>
<div class="available-content"><div dir="auto" class="body markup">
${sbBody1.map((p) => `<p>${p}</p>`).join('')}
<div class="subscription-widget-wrap-editor"
 data-attrs="{&quot;url&quot;:&quot;https://www.cedarhollowcurrent.com/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
 data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sbWidget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>
<div class="captioned-image-container"><figure>
<a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto/hallway.jpeg">
<div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_1456/hallway.webp 1456w">
<img src="https://substackcdn.com/image/fetch/w_1456/hallway.jpeg"
width="1456" height="971" alt="" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset">
<button class="pencraft pc-reset pencraft icon-container restack-image"><svg></svg></button>
<button class="pencraft pc-reset pencraft icon-container view-image"><svg></svg></button>
</div></div></div></a><figcaption class="image-caption">${sbCaption}</figcaption></figure></div>
<h2 class="header-anchor-post">${sbH1}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§what-the-cap-would-do" class="pencraft pc-reset header-anchor offset-top"></div>
<button aria-label="Link" class="pencraft pc-reset pencraft copy-button"><svg></svg></button></div></div></h2>
${sbBody2.map((p) => `<p>${p}</p>`).join('')}
<h2 class="header-anchor-post">${sbH2}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§what-happens-next" class="pencraft pc-reset header-anchor offset-top"></div>
<button aria-label="Link" class="pencraft pc-reset pencraft copy-button"><svg></svg></button></div></div></h2>
${sbBody3.map((p) => `<p>${p}</p>`).join('')}
<p class="button-wrapper"
 data-attrs="{&quot;url&quot;:&quot;https://www.cedarhollowcurrent.com/p/council-delays?utm_source=substack&amp;utm_medium=email&amp;action=share&quot;}">
<a class="button primary"
 href="https://www.cedarhollowcurrent.com/p/council-delays?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share">
<span>Share Cedar Hollow Current</span></a></p>
</div></div>
<div class="post-footer">${sbUfi('bottom')}</div>
</article></div></div>
<div class="comments-section"><div class="comments-section-title"><h4>Discussion about this post</h4></div>
<div class="comments-tabs"><button class="tab selected">Comments</button><button class="tab">Restacks</button></div>
<div class="comment-input-wrapper"><textarea placeholder="Write a comment..."></textarea></div>
<div class="comments-list">${sbComments.map(sbComment).join('\n')}</div></div>
<div class="ready-for-more"><h2>Ready for more?</h2><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form>
</div>
</div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Rosa Delgado</div>
<div class="footer-terms">
<a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙
<a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<a class="footer-substack-cta" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start your Substack</a>
<a class="footer-app-cta" href="https://substack.com/app/app-store-redirect">Get the app</a></div>
<p class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</p></div></div>
<script>window._preloads = JSON.parse(${JSON.stringify(sbPre)})</script>
<script src="https://substackcdn.com/bundle/static/js/main.0a1b2c3d.js" charset="utf-8"></script>
</body></html>`;
export const substackLocal: TestPage = {
  html: sbHtml,
  name: 'heldout36-substack-local-news',
  kind: 'news',
  // the subtitle is the dek (body); the two header-anchor h2s are the headings; the closing "I will be at the meeting" line is
  // the reporter's own text: body; the author and date are the bylines (the "© 2026 Rosa Delgado" footer and the photo credit
  // in the caption are furniture); the like, comment and restack counts (numbers, in neither), the "Share" labels, the
  // subscription widget, caption, the "Share Cedar Hollow Current" button, the reader comments (names, dates, text, "Reply"),
  // the comment tabs, "Ready for more?", top bar and the Substack footer are furniture; the publication's own reply in the
  // comments is a comment too
  title: sbTitle,
  headings: [sbH1, sbH2],
  body: [sbSub, ...texts(sbBody1), ...texts(sbBody2), ...texts(sbBody3)],
  bylines: ['Rosa Delgado', 'Jan 31, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cedar Hollow Current', 'Subscribe', 'Sign in', 'Share', sbWidget, sbCaption, 'Share Cedar Hollow Current', 'Discussion about this post',
    'Comments', 'Restacks', ...new Set(sbComments.flatMap((c) => c.slice(0, 3)).filter((t) => t !== 'Cedar Hollow Current')), 'Reply', 'Ready for more?',
    '© 2026 Rosa Delgado', 'Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app', 'Substack is the home for great culture',
  ],
};
