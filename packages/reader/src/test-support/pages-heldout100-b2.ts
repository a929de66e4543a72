import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file b2: a Ghost newsletter post on the web, Source theme (the navbar with "Sign in" / "Subscribe",
 * the primary tag, the excerpt, the author and date meta with reading time, the feature image caption, a callout card, a
 * bookmark card, a members sign-up card in the middle of the post, the hidden Portal trigger, the "Read more" post feed,
 * the subscribe CTA section and the "Powered by Ghost" footer).
 */
const ghTitle = 'The week I stopped answering email before ten';
const ghExcerpt = 'An experiment in protecting the only two hours of the day when I can think, and what it cost me.';
const ghP1 = [
  'For about six years, the first thing I did every morning was open my inbox. Not because anything was urgent, but because it ' +
    'felt like the responsible thing to do. By the time I had answered everything that could be answered, it was usually eleven, ' +
    'and the best part of my day was gone.',
  'Last month I tried something different. For five working days, I did not open email, Slack or any messaging app before ten ' +
    'o’clock. Here is how it went.',
];
const ghH1 = 'The rules';
const ghList = [
  'No inbox, no chat and no news before 10:00, on my laptop or my phone.',
  'One exception: a phone call from my family or my co-founder.',
  'Use the first two hours for the single piece of work I most wanted to move forward.',
  'Write down, every evening, what I got done in those two hours.',
];
const ghH2 = 'What happened';
const ghP2 = [
  'The first morning was uncomfortable. I kept reaching for my phone without meaning to, and twice I found myself with the mail ' +
    'app already open before I noticed. I moved it off the home screen, which helped more than I expected.',
  'By Wednesday, the mornings felt different. I finished the first draft of a chapter I had been avoiding for three weeks. On ' +
    'Thursday I rewrote the pricing page for our studio, something I had been meaning to do since the spring.',
  'Nothing broke. Two clients sent messages at eight and got replies at ten, and neither of them mentioned the delay. One ' +
    'colleague did, jokingly, and then asked how I had set it up.',
];
const ghCallout = 'If you try this, tell the two or three people who might genuinely need you early. Everyone else can wait.';
const ghH3 = 'What it cost';
const ghP3 = [
  'It was not free. My afternoons got busier, and on Friday I spent most of the day catching up on replies I would normally have ' +
    'spread across the morning. I also missed one meeting invitation that came in at 8:15 for a 9:30 call.',
  'But the trade felt worth it. I got about eight hours of real work done in a week where I would usually get two or three. I ' +
    'am keeping the rule, with one change: on Mondays I allow myself fifteen minutes at 9:00 to check for anything that moved ' +
    'over the weekend.',
  'Next week I will write about the harder version of this experiment: a full day each week with no meetings at all.',
];
const ghNav = ['Home', 'About', 'Archive', 'Podcast'];
const ghCaption = 'My desk at 9 a.m., before the inbox.';
const ghBookmark = [
  'Deep mornings: notes from a year of protected time',
  'What I learned from blocking my calendar every morning for a year, and why I almost gave it up.',
  'Slow Work',
  'Anneke Visser',
];
const ghSignup = ['This post is for subscribers', 'Subscribe to Small Hours to get every new essay by email.', 'Subscribe', 'Already have an account? Sign in'];
const ghMore = [
  { t: 'Why I write everything twice', d: 'Oct 28, 2025', r: '3 min read' },
  { t: 'The notebook that replaced three apps', d: 'Oct 14, 2025', r: '4 min read' },
  { t: 'Saying no to good projects', d: 'Sep 30, 2025', r: '6 min read' },
];
const ghCta = ['Small Hours', 'Essays on work, attention and the hours before everyone else wakes up.', 'Subscribe'] as const;
const ghFoot = ['Sign up', 'Privacy', 'Contact'];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The week I stopped answering email before ten</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3c2b7d9e41">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://smallhours.example/stopped-answering-email-before-ten/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Small Hours"><meta property="og:type" content="article">
<meta property="og:title" content="${ghTitle}"><meta property="article:published_time" content="2025-11-11T07:02:18.000Z">
<meta property="article:tag" content="Work"><meta name="generator" content="Ghost 6.3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Small Hours"},
"author":{"@type":"Person","name":"Tomasz Brennan","url":"https://smallhours.example/author/tomasz/"},"headline":"${ghTitle}",
"datePublished":"2025-11-11T07:02:18.000Z","dateModified":"2025-11-11T09:40:51.000Z","keywords":"Work","description":"${ghExcerpt}"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://smallhours.example/"
data-key="8e1a0c" data-api="https://smallhours.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.example/ghost/sodo-search@~1.8/umd/sodo-search.min.js" data-key="8e1a0c" crossorigin="anonymous"></script>
<link href="https://smallhours.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=3c2b7d9e41"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=3c2b7d9e41"></head>
<body class="post-template tag-work has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://smallhours.example">Small Hours</a><button class="gh-search gh-icon-button" aria-label="Search this site"
data-ghost-search><svg></svg></button><button class="gh-burger gh-icon-button" aria-label="Menu"><svg></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav">${ghNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-work tag-productivity"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://smallhours.example/tag/work/">Work</a><h1 class="gh-article-title is-title">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/tomasz/"><img class="author-profile-image" src="/content/images/size/w160/tomasz.jpg" alt="Tomasz Brennan"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/tomasz/">Tomasz Brennan</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-11-11">Nov 11, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span>
</div></div></div><figure class="gh-article-image"><img srcset="/content/images/size/w720/desk.jpg 720w" src="/content/images/size/w1200/desk.jpg"
alt="${ghTitle}"><figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(ghP1)}
<h2 id="the-rules">${ghH1}</h2>
<ol>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 id="what-happened">${ghH2}</h2>
${ps(ghP2.slice(0, 2))}
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;">
<div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">${ghSignup[0]}</h2>
<p class="kg-signup-card-subheading">${ghSignup[1]}</p><form class="kg-signup-card-form" data-members-form="signup">
<div class="kg-signup-card-fields"><input class="kg-signup-card-input" data-members-email type="email" required placeholder="Your email">
<button class="kg-signup-card-button kg-style-accent" type="submit"><span class="kg-signup-card-button-default">${ghSignup[2]}</span></button></div>
</form><p class="kg-signup-card-disclaimer">${ghSignup[3]}</p></div></div></div>
${ps(ghP2.slice(2))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="what-it-cost">${ghH3}</h2>
${ps(ghP3.slice(0, 2))}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://slowwork.example/deep-mornings/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">${ghBookmark[0]}</div><div class="kg-bookmark-description">${ghBookmark[1]}</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="/icon.png" alt=""><span class="kg-bookmark-author">${ghBookmark[2]}</span><span
class="kg-bookmark-publisher">${ghBookmark[3]}</span>
</div></div><div class="kg-bookmark-thumbnail"><img src="/thumb.jpg" alt=""></div></a></figure>
${ps(ghP3.slice(2))}
</section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${ghMore
  .map(
    (m) => `<article class="gh-card post"><a class="gh-card-link" href="/m/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${m.t}</h3>
<footer class="gh-card-meta"><span class="gh-card-author">By Tomasz Brennan</span><time class="gh-card-date">${m.d}</time>
<span class="gh-card-duration">${m.r}</span></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section></main>
<section class="gh-footer-cta gh-outer"><div class="gh-footer-cta-inner"><h2 class="gh-footer-cta-title">${ghCta[0]}</h2>
<p class="gh-footer-cta-description">${ghCta[1]}</p><a class="gh-button gh-footer-cta-button" href="#/portal/signup"
data-portal="signup">${ghCta[2]}</a></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Small Hours</span>
<nav class="gh-footer-menu"><ul class="nav">${links(ghFoot)}</ul></nav><div class="gh-footer-copyright">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/source.js?v=3c2b7d9e41"></script></body></html>`;
export const ghostPost: TestPage = {
  html: ghHtml,
  name: 'heldout100-ghost-newsletter-blog',
  kind: 'blog',
  // the excerpt is body, and so is the callout card (the author's own advice); the hidden members sign-up card, the
  // bookmark card, the caption, the tag, the "Read more" feed (with its "By" lines), the CTA and footer are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghExcerpt, ...ghP1, ...ghList, ...ghP2.slice(0, 2), ...ghP2.slice(2), ghCallout, ...ghP3]),
  bylines: ['Tomasz Brennan', 'Nov 11, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Small Hours', ...ghNav, 'Sign in', 'Subscribe', 'Work', ghCaption, ...ghSignup.filter((t) => t !== 'Subscribe'), ...ghBookmark, 'Read more',
    ...ghMore.flatMap((m) => [m.t, m.d, m.r]), 'By Tomasz Brennan', ghCta[1], ...ghFoot, 'Powered by Ghost',
  ],
};
