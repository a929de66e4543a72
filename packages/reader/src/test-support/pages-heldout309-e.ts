import { ps, type TestPage, texts } from './page-kit.js';
import { meditation } from './pages-heldout309-e2.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file e: a philosophy newsletter post on Substack (topbar with Subscribe / Sign in, post header with
 * title, subtitle, author and date, the like / comment / restack / share bar, captioned image, header anchors, the
 * subscription widget, footnotes, the post footer, "Discussion about this post" with comments and the footer) and, from
 * file e2, a meditation app's blog post on Webflow.
 */
const uTitle = 'Is boredom a philosophical emotion?';
const uSub = 'Notes towards a defence of the empty afternoon';
const uP1 = [
  j(
    'Philosophers have written a great deal about wonder, which Plato’s dialogues treat as the beginning of philosophy. They have',
    'written much less about its shabby cousin. Boredom is usually treated as a failure: of attention, of character, of the',
    'world to be interesting enough.',
  ),
  j(
    'I want to suggest something different. Boredom, at least in one of its forms, is a way of noticing that the reasons we',
    'have been given for doing things have run out. That noticing is where a certain kind of thinking starts.',
  ),
];
const uH1 = 'Two kinds of boredom';
const uP2 = [
  j(
    'It helps to separate two experiences that share the name. The first is situational: the queue at the post office, the',
    'delayed train. It ends when the situation ends. The second is more diffuse. It arrives in the middle of things we chose,',
    'and it asks an uncomfortable question about why we chose them.',
  ),
  j(
    'The first kind tells us little. The second, I think, has the structure of a question, even when we cannot put it into',
    'words. It is the mind’s way of registering that a justification is missing.',
  ),
];
const uH2 = 'Why we flee it';
const uP3 = [
  j(
    'If this is right, it explains why we work so hard to avoid boredom. A phone in the pocket is not only a distraction; it is',
    'a way of never letting the question form. Every gap is filled before it can become a space.',
  ),
  j(
    'I am not arguing that we should seek out tedium for its own sake. But I have come to think that a week without any empty',
    'afternoons is a week in which I have not asked myself anything important.',
  ),
  'Next week: a reader’s objection about boredom and depression, which deserves a proper answer.',
];
const uComments = [
  'This reminds me of my grandfather, who would sit on the porch for an hour and call it “thinking time.” We laughed at him then.',
  'I wonder whether the second kind of boredom is just restlessness with a better press agent.',
];
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title>${uTitle} - by Tobias Lerner</title><meta property="og:type" content="article"><meta property="og:title" content="${uTitle}">
<meta property="og:description" content="${uSub}"><meta name="author" content="Tobias Lerner">
<link rel="canonical" href="https://emptyafternoon.substack.example/p/is-boredom">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://emptyafternoon.substack.example/p/is-boredom",
"headline":"${uTitle}","description":"${uSub}","datePublished":"2026-03-11T12:00:00+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Tobias Lerner"}],"publisher":{"@type":"Organization","name":"The Empty Afternoon"}}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{\\"isEligibleForLiveStream\\":false,\\"post\\":{\\"id\\":150932771,\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content">
<div class="topbar-spacer"></div><div class="topbar"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link-wrapper">
<a href="/" class="navbar-title-link">The Empty Afternoon</a></h1></div><div class="navbar-buttons">
<button class="button primary subscribe-btn">Subscribe</button>
<a class="button sign-in-link" href="/account/login">Sign in</a></div></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${uTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${uSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw
line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq">
<span class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.example/@tlerner" class="pencraft pc-reset decoration-hover-underline-ClDVRM">
Tobias Lerner</a></span></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx">Mar 11,
2026</div>
</div></div>
<div class="post-ufi style-large-primary"><div class="like-button-container post-ufi-button style-button"><button class="post-ufi-button style-button has-label
with-border"><div class="label">64</div></button></div><a href="#comments" class="post-ufi-button post-ufi-comment-button style-button has-label with-border">
<div class="label">2</div></a><button class="post-ufi-button style-button no-label with-border" aria-label="Restack"></button>
<button class="post-ufi-button style-button has-label with-border"><div class="label">Share</div></button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(uP1)}
<div class="captioned-image-container"><figure>
<a class="image-link image2 is-viewable-img" target="_blank" href="https://substack-post-media.example/porch.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456/porch.jpeg" width="1456" height="970" alt=""></picture></div></a>
<figcaption class="image-caption">An empty porch in late summer. Photo by the author.</figcaption></figure></div>
<h2 class="header-with-anchor-widget">${uH1}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§two-kinds-of-boredom" class="pencraft pc-reset header-anchor offset-top"></div>
<button aria-label="Link" class="pencraft pc-reset pencraft icon-container restack-image"></button></div></div></h2>
${ps(uP2)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://emptyafternoon.substack.example/subscribe&quot;}">
<div class="subscription-widget
show-subscribe"><div class="preamble"><p class="cta-caption">The Empty Afternoon is a reader-supported publication. To receive new posts and support my work,
consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"
placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-with-anchor-widget">${uH2}<div class="pencraft pc-display-flex pc-reset header-anchor-parent"><div id="§why-we-flee-it"
class="pencraft pc-reset header-anchor offset-top"></div></div></h2>
${ps(uP3)}
</div></div>
<div class="post-footer"><div class="post-ufi style-large"><button class="post-ufi-button style-button has-label"><div class="label">64</div></button>
<button class="post-ufi-button style-button has-label"><div class="label">Share</div></button></div></div></article>
<div class="visibility-check"></div><div id="discussion" class="comments-page"><div class="container"><div class="comments-section">
<h4 class="comments-heading">
Discussion about this post</h4><div class="comment-list"><div class="comment-list-items">
${uComments
  .map(
    (t, i) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="/@u${i}">${
      ['Ruth Abernathy', 'K. Osei'][i]
    }</a></span><a class="date" href="#comment-${i}">${['Mar 11', 'Mar 12'][i]}</a></div><div class="comment-body"><p>${t}</p></div>
<div class="comment-actions"><button class="comment-action">Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-copyright-text">© 2026 Tobias Lerner</div>
<div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/ccpa">Collection notice</a></div>
<div class="footer-buttons"><a class="button" href="https://substack.example/signup">Start writing</a>
<a class="button" href="https://substack.example/app">Get the app</a>
</div><div class="footer-slogan"><a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.js" async></script></body></html>`;
const substack: TestPage = {
  name: 'heldout309-substack-philosophy-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [uH1, uH2],
  body: texts([uSub, ...uP1, ...uP2, ...uP3]),
  bylines: ['Tobias Lerner', 'Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Empty Afternoon', 'Subscribe', 'Sign in', 'Share', 'An empty porch in late summer. Photo by the author.',
    'The Empty Afternoon is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Discussion about this post', 'Ruth Abernathy', 'K. Osei', 'Mar 12', ...uComments, 'Reply', '© 2026 Tobias Lerner', 'Privacy', 'Terms',
    'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT309_E: readonly TestPage[] = [substack, meditation];
