import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file c2: a Buddhist teaching article on a meditation centre's Ghost site with the Casper theme (the
 * gh-head navigation with "Sign in" and "Subscribe", the primary tag above the title, the custom excerpt as a dek, the author
 * byline with date and reading time, the feature image caption, a Ghost bookmark card and a callout card inside the text,
 * the signup CTA after the text, the "Read more" related posts, the footer with "Powered by Ghost" and the hidden Portal).
 */
const btTitle = 'Letting the Second Arrow Fall';
const btDek = 'The Buddha’s teaching on the two arrows is about pain we cannot avoid, and the suffering we add to it ourselves.';
const btP1 = [
  'In one of the early discourses, the Buddha asks his monks a simple question. When an untrained person is struck by a painful ' +
    'feeling, what happens? They grieve, they lament, they beat their breast and become distraught. It is, he says, as if they were ' +
    'shot with an arrow and then, straight away, shot with a second one.',
  'The trained disciple feels the first arrow too. Awakening does not switch off the nervous system. But they are not hit by the ' + 'second.',
];
const btH1 = 'The first arrow';
const btP2 = [
  'The first arrow is whatever simply happens. A back that aches in the morning. A diagnosis. A friend who moves away. A sharp word ' +
    'from a colleague. These are part of having a body and living among other people, and no amount of practice makes us immune.',
  'It is worth saying this plainly, because many people come to meditation hoping it will remove the first arrow. When it does not, ' +
    'they conclude that they are doing it wrong. They are not. The first arrow was never the target of the practice.',
];
const btH2 = 'The second arrow';
const btP3 = [
  'The second arrow is what the mind does next. It is the story that this should not be happening, the replaying of the conversation, ' +
    'the worry about what the ache might mean, the judgement that a good meditator would not feel this way.',
  'Often the second arrow is sharper than the first. A stubbed toe lasts a minute. The irritation at ourselves for being so clumsy, ' +
    'and at whoever left the chair there, can colour a whole afternoon.',
];
const btH3 = 'A practice for this week';
const btP4 = ['When something painful arises, try these three steps, slowly and without hurrying to the end:'];
const btList = [
  'Name the first arrow simply: “pain in the knee,” “disappointment,” “fear.”',
  'Feel it in the body for three breaths. Where is it? Is it hot, tight, heavy, moving?',
  'Notice the second arrow as it is being drawn: the story, the complaint, the plan. You do not have to stop it. Just see it.',
];
const btP5 = [
  'Most of us will not catch the second arrow every time. That is fine. Each time we see it, even after it has landed, the habit ' +
    'loosens a little. Over months and years, the space between the two arrows grows, and in that space there is room for kindness.',
];
const btCallout = 'Join us for a six-week course on working with pain, beginning Tuesday, September 9. Places are limited.';
const btNav = ['Home', 'Teachings', 'Meditation Schedule', 'Retreats', 'About'];
const btCaption = 'Morning sitting in the meditation hall. Photo by Lena Ostrowski';
const btBookmark = ['Sallatha Sutta: The Arrow', 'A translation of the discourse with notes for practitioners.', 'Dhamma Texts Online'];
const btCta = ['Sign up for more like this.', 'Enter your email', 'Subscribe'];
const btRead = ['Read more', 'Walking Meditation for Busy Streets', 'What the Bell Is For', 'Metta When You Don’t Feel It'];
const btReadMeta = ['Jun 30, 2025', '4 min read', 'Jun 16, 2025', '6 min read', 'May 29, 2025', '8 min read'];
const btFoot = ['Cedar Hollow Meditation Centre © 2025', 'Sign up', 'Contact', 'Donate', 'Powered by Ghost'];
const btHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Letting the Second Arrow Fall</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://cedarhollow.example/assets/built/screen.css?v=8b2f1c3a77">
<meta name="description" content="${btDek}"><link rel="canonical" href="https://cedarhollow.example/letting-the-second-arrow-fall/">
<meta property="og:site_name" content="Cedar Hollow Meditation Centre"><meta property="og:type" content="article"><meta property="og:title"
content="${btTitle}">
<meta property="article:published_time" content="2025-07-14T06:30:00.000Z"><meta property="article:tag" content="Teachings"><meta
name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Venerable Sarika"><meta name="generator" content="Ghost 5.116">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Cedar Hollow Meditation
Centre"},
"author":{"@type":"Person","name":"Venerable Sarika"},"headline":"${btTitle}","datePublished":"2025-07-14T06:30:00.000Z","keywords":"Teachings,
Dukkha"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true"
data-ghost="https://cedarhollow.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-teachings tag-dukkha is-head-left-logo has-cover">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://cedarhollow.example">Cedar Hollow Meditation Centre</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(btNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-teachings tag-dukkha">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/teachings/">Teachings</a></span></div>
<h1 class="article-title">${btTitle}</h1><p class="article-excerpt">${btDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sarika/" class="author-avatar" aria-label="Read more of Venerable Sarika"><img class="author-profile-image"
src="/content/images/size/w100/2024/02/sarika.jpg" alt="Venerable Sarika"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sarika/">Venerable Sarika</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-07-14">Jul 14, 2025</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/07/hall.jpg 300w, /content/images/size/w2000/2025/07/hall.jpg 2000w"
src="/content/images/size/w2000/2025/07/hall.jpg" alt="">
<figcaption>${btCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(btP1)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://dhammatexts.example/sn36-6"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">${btBookmark[0]}</div><div class="kg-bookmark-description">${btBookmark[1]}</div><div class="kg-bookmark-metadata">
<img class="kg-bookmark-icon" src="https://dhammatexts.example/favicon.png" alt=""><span
class="kg-bookmark-author">${btBookmark[2]}</span></div></div></a></figure>
<h2 id="the-first-arrow">${btH1}</h2>
${ps(btP2)}
<h2 id="the-second-arrow">${btH2}</h2>
${ps(btP3)}
<h2 id="a-practice-for-this-week">${btH3}</h2>
${ps(btP4)}
<ol>${btList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(btP5)}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🪷</div><div class="kg-callout-text">${btCallout}</div></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${btCta[0]}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">${btCta[1]}</div><span>${btCta[2]}</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">${btRead[0]}</h2>
${btRead
  .slice(1)
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/content/images/p${i}.jpg"
alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">Teachings</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date">${btReadMeta[i * 2]}</time>
<span class="post-card-meta-length">${btReadMeta[i * 2 + 1]}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://cedarhollow.example">Cedar Hollow Meditation Centre</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(btFoot.slice(1, 4))}</ul></nav><div class="gh-powered-by"><a href="https://ghost.example/"
target="_blank" rel="noopener">${btFoot[4]}</a></div></div></footer></div>
<div class="gh-portal-triggerbtn-container" style="display:none"></div>
<script src="https://cedarhollow.example/assets/built/casper.js?v=8b2f1c3a77"></script></body></html>`;
export const ghostTeaching: TestPage = {
  html: btHtml,
  name: 'heldout220-ghost-buddhist-teaching',
  kind: 'blog',
  // the custom excerpt shown under the title is a dek: body; the bookmark card and the course callout inside the text are
  // furniture; the primary tag, caption, signup CTA, read-more cards and footer are furniture
  title: btTitle,
  headings: [btH1, btH2, btH3],
  body: [btDek, ...texts(btP1), ...btP2, ...btP3, ...btP4, ...btList, ...btP5],
  bylines: ['Venerable Sarika', 'Jul 14, 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Cedar Hollow Meditation Centre', ...btNav, 'Sign in', 'Subscribe', 'Teachings', btCaption, ...btBookmark, btCallout, ...btCta, ...btRead,
    ...btReadMeta, ...btFoot,
  ]),
};
