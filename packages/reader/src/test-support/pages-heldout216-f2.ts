import { ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file f2: a sports-science blog post on Substack (the publication navbar with "Subscribe" and "Sign in",
 * the title, subtitle, author and date, the like / comment / restack / share row above and below the text, a subscription
 * widget inside the post, a captioned chart, a footnote, the "Discussion about this post" comments with "Like" and "Reply",
 * "Ready for more?" and the Substack footer).
 */
const title = 'Is the “anabolic window” real? What twenty years of trials actually show';
const subtitle = 'Why the timing of your post-workout shake matters much less than you were told, and when it might still count.';
const p1 = paras(`
When I started lifting in the early 2000s, the rule was simple. You had 30 minutes after your last set to get protein in, or the
session was partly wasted. People carried shakers into the changing rooms and drank them before they had even showered.
`);
const h1 = 'Where the idea came from';
const p2 = paras(`
The anabolic window grew out of a handful of short studies that measured muscle protein synthesis for a few hours after exercise.
Feeding protein soon after training did raise synthesis more than feeding nothing, and the gap was largest when the participants
had trained fasted. That last detail turned out to matter a great deal.
`);
const h2 = 'What longer trials found';
const p3 = paras(`
The better test is not what happens to synthesis over three hours but what happens to muscle size and strength over months. When
researchers pooled the training studies that compared protein taken immediately after a session with protein taken hours later,
the advantage of early timing largely disappeared once total daily protein was the same in both groups.<sup><a href="#footnote-1"
class="footnote-anchor" id="footnote-anchor-1">1</a></sup>

In other words, the window is real but wide. If you ate a meal with protein in it a couple of hours before training, you are still
well supplied afterwards, and another meal within the next few hours does the job.
`);
const cap = 'Change in lean mass by protein timing, pooled trials (illustrative). Figure: Oskar Lund';
const h3 = 'When timing might still matter';
const list = [
  'Training fasted, first thing in the morning, when your last meal was ten or more hours ago.',
  'Two sessions on the same day, where recovery time between them is short.',
  'Older lifters, who seem to need a larger dose of protein per meal to get the same response.',
] as const;
const p4 = paras(`
For everyone else, the practical advice is boring but reliable: get enough protein across the day, spread it over three or four
meals, and stop worrying about the clock. Your shaker can wait until after your shower.
`);
const footnote = 'Pooled analyses of this kind are limited by short study durations and mostly young, male, untrained participants.';
const nav = ['Home', 'Archive', 'About'] as const;
const pub = 'The Recovery Lab';
const widget = [`Thanks for reading ${pub}! Subscribe for free to receive new posts and support my work.`, 'Type your email…', 'Subscribe'] as const;
const comments = [
  { who: 'Dana Whitcombe', when: 'Nov 26', text: 'Really clear, thank you. I train at 6am before breakfast so the fasted point is useful.' },
  { who: 'Pieter van Aalst', when: 'Nov 27', text: 'Would be interested in a follow-up on the older lifters point. Any idea what dose per meal?' },
] as const;
const modal = [
  `Discover more from ${pub}`,
  'Evidence-based notes on training and recovery, from a sports scientist.',
  'Already have an account? Sign in',
] as const;
const foot = [
  'Ready for more?',
  '© 2026 Oskar Lund',
  'Privacy',
  'Terms',
  'Collection notice',
  'Start writing',
  'Get the app',
  'Substack is the home for great culture',
] as const;
const actions = (likes: string, c: string): string => `<div class="post-ufi style-button"><div class="like-button-container post-ufi-button">
<button class="post-ufi-button style-button" aria-label="Like (${likes})"><span class="label">${likes}</span></button></div>
<a class="post-ufi-button style-button post-ufi-comment-button" href="#comments"><span class="label">${c}</span></a>
<button class="post-ufi-button style-button" aria-label="Restack"><span class="label">Restack</span></button>
<button class="post-ufi-button style-button" aria-label="Share"><span class="label">Share</span></button></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta property="og:title" content="${title}"><meta property="og:description" content="${subtitle}"><meta name="author" content="Oskar Lund">
<link rel="canonical" href="https://therecoverylab.substack.com/p/is-the-anabolic-window-real">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://therecoverylab.substack.com/p/is-the-anabolic-window-real",
"headline":"${title.replace(/“|”/g, '')}","datePublished":"2026-11-25T12:02:14+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Oskar Lund","url":"https://substack.com/@oskarlund"}],"publisher":{"@type":"Organization","name":"${pub}"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.e1c8.css"><script>window._preloads = JSON.parse("{\\"isEU\\":true}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-left"><a class="navbar-title-link" href="/">${pub}</a></div>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a><a class="button sign-in-link"
href="/sign-in">Sign in</a></div></div>
<div class="topbar-tabs"><ul>${nav.map((n) => `<li><a class="tab" href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw">${title}</h1><h3 class="subtitle">${subtitle}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@oskarlund">Oskar Lund</a></div>
<div class="pencraft pc-reset color-pub-secondary-text">Nov 25, 2026</div></div>${actions('214', '31')}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(p1)}
<h2 class="header-anchor-post">${h1}</h2>
${ps(p2)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://therecoverylab.substack.com/subscribe&quot;}">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${widget[0]}</p></div><form class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="${widget[1]}"><input type="submit" class="button primary" value="${widget[2]}">
</form></div></div>
<h2 class="header-anchor-post">${h2}</h2>
${ps(p3)}
<div class="captioned-image-container"><figure><a class="image-link image2" href="https://substackcdn.example/image/fetch/chart.png"><picture>
<img src="https://substackcdn.example/image/fetch/w_1456/chart.png" width="1456" height="819" alt=""></picture></a>
<figcaption class="image-caption">${cap}</figcaption></figure></div>
<h2 class="header-anchor-post">${h3}</h2>
<ul>${lis(list)}</ul>
${ps(p4)}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>
<div class="footnote-content"><p>${footnote}</p></div></div></div></div>
<div class="post-footer">${actions('214', '31')}</div></article></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-list">${comments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">${c.who}</a>
<a class="comment-date" href="#">${c.when}</a></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><button>Like</button><button>Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="post-end-cta"><h3>${foot[0]}</h3><a class="button primary" href="/subscribe">Subscribe</a></div>
<div class="post-nav"><a class="post-nav-prev" href="/p/deload-weeks">Previous</a><a class="post-nav-next"
href="/p/creatine-and-sleep">Next</a></div></div></div>
<div class="modal-fade subscribe-prompt" role="dialog" aria-hidden="true" style="display:none"><h2>${modal[0]}</h2><p>${modal[1]}</p>
<p class="already">${modal[2]}</p></div>
<div class="footer-wrap"><div class="footer"><div class="footer-copyright">${foot[1]}</div><div class="footer-terms"><a
href="https://substack.com/privacy">${foot[2]}</a>
<a href="https://substack.com/tos">${foot[3]}</a><a href="https://substack.com/ccpa#personal-data-collected">${foot[4]}</a></div>
<a class="footer-substack-cta" href="https://substack.com/signup">${foot[5]}</a><a href="https://substack.com/app">${foot[6]}</a>
<div class="footer-slogan"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.2f9e.js" charset="utf-8"></script></body></html>`;

export const substack: TestPage = {
  html,
  name: 'heldout216-substack-sports-science-post',
  kind: 'blog',
  // the subtitle and the footnote are body; the subscription widget inside the post, the chart caption, the action rows and
  // the comments (a blog page's reader comments) are furniture
  title,
  headings: [h1, h2, h3],
  body: [subtitle, ...texts(p1), ...texts(p2), ...texts(p3), ...list, ...texts(p4), footnote],
  bylines: ['Oskar Lund', 'Nov 25, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    pub, 'Subscribe', 'Sign in', ...nav, '214', 'Restack', 'Share', widget[0], cap, 'Discussion about this post',
    ...comments.flatMap((c) => [c.who, c.when, c.text]),
    'Like', 'Reply', ...foot, 'Previous', 'Next', ...modal,
  ],
};
