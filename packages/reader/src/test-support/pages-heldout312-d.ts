import { links, ps, type TestPage, texts } from './page-kit.js';
import { budget } from './pages-heldout312-d2.js';
import { j } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file d: a sports analytics newsletter post on Substack (publication navbar, post header with
 * subtitle, author, date and like / comment / restack / share buttons, captioned chart images, a subscription widget and
 * a share button inside the body, the post footer, "Discussion about this post" with comments, "Ready for more?" and the
 * Substack footer) and, from file d2, a city budget explainer built with Elementor.
 */
const sTitle = 'Pressing is winning the Lowland League. The numbers say it will not last';
const sP1 = [
  j(
    'Three of the top four teams in the Lowland League this season press higher and more often than anyone else. Harbour Athletic,',
    'top of the table by six points, win the ball back in the opposition third more than nine times a match. That is the highest',
    'figure since the league started publishing event data.',
  ),
  j(
    'It is tempting to conclude that pressing is the new way to win this league. I think that is half right, and the other half',
    'matters for anyone trying to predict the second half of the season.',
  ),
];
const sH1 = 'What the pressing teams do well';
const sP2 = [
  j(
    'The simplest measure of pressing intensity is passes allowed per defensive action, or PPDA: how many passes the opponent',
    'completes before you tackle, intercept or foul. Lower means more aggressive. Harbour Athletic sit at 7.8; the league average',
    'is 11.4.',
  ),
  j(
    'The payoff shows up in shot quality. Shots that follow a high turnover are, on average, worth 0.14 expected goals, against',
    '0.09 for all other open-play shots. Harbour have taken 61 of them, nearly twice as many as the next team.',
  ),
];
const sH2 = 'Why it probably will not last';
const sP3 = ['There are three reasons to expect the pressing sides to fade, and none of them is about tactics being “found out”.'];
const sList = [
  j(
    'Finishing. Harbour have scored 41 goals from 29.6 expected goals. Teams that outscore their expected goals by that margin',
    'at the halfway point have, over the last eight seasons, fallen back most of the way in the second half.',
  ),
  'Minutes. Pressing is tiring, and the three pressing sides have used the fewest players of any teams in the league.',
  'Fixtures. Harbour’s remaining schedule includes seven away matches against teams in the top half.',
];
const sP4 = [
  j(
    'None of this means Harbour will not win the title. A six-point lead is a six-point lead. But my model, which uses expected',
    'goals rather than actual goals, gives them a 48 percent chance, not the 70-plus percent the betting markets imply.',
  ),
  'I will revisit these numbers after the March international break, when we will know whether the fatigue shows up in the data.',
];
const sComments = [
  j(
    'Great piece. Would be interesting to see how much of the turnover xG comes from a single player — their number nine seems',
    'to be on the end of everything.',
  ),
  'The fixtures point is underrated. They have already played most of the bottom six twice.',
];
const sRecent = ['The goalkeeper who stops shots nobody else would', 'Set pieces are a market inefficiency again', 'Mid-season model update'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - Second Ball</title><meta property="og:type" content="article"><meta property="og:site_name" content="Second Ball">
<meta name="author" content="Fenella Okoro"><meta name="description" content="High pressing explains the top of the table, but not for long.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-02T08:01:12+00:00",
"author":[{"@type":"Person","name":"Fenella Okoro"}],"publisher":{"@type":"Organization","name":"Second Ball"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"><script>window._preloads =
JSON.parse("{\\"isEligibleForBanner\\":true}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content">
<div class="topbar-content"><a href="/" class="navbar-title-link">Second Ball</a><div class="navbar-buttons">
<button class="pencraft pc-reset button primary">Subscribe</button><button class="pencraft pc-reset button">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">${sTitle}</h1>
<h3 class="subtitle" dir="auto">High pressing explains the top of the table, but not for long</h3>
<div class="post-meta"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.example/@fenellaokoro"
class="pencraft pc-reset link">Fenella Okoro</a></div><div class="pencraft pc-reset color-pub-secondary-text meta">Mar 2, 2026</div></div>
<div class="post-ufi"><button class="like-button-container post-ufi-button" aria-label="Like (112)"><span class="label">112</span></button>
<button class="post-ufi-button post-ufi-comment-button" aria-label="View comments (2)"><span class="label">2</span></button>
<button class="post-ufi-button" aria-label="Restack">Restack</button><button class="post-ufi-button share">Share</button></div></div></div>
<div class="available-content"><div class="body markup" dir="auto">${ps(sP1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substack-post-media.example/public/images/ppda.png"><div class="image2-inset"><picture><img
src="https://substackcdn.example/image/fetch/w_1456/ppda.png"
width="1456" height="900" alt="" class="sizing-normal" loading="lazy"></picture></div></a>
<figcaption class="image-caption">PPDA against goal difference, Lowland League, matchdays 1–19. Data: league event feed.</figcaption></figure></div>
<h2 class="header-anchor-post">${sH1}<div class="pencraft pc-display-flex header-anchor-parent"><div class="header-anchor-widget offset-top"></div></div></h2>
${ps(sP2)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://secondball.substack.example/subscribe?&quot;}"><div
class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">Second Ball is a reader-supported publication. To receive new posts and support my work, consider becoming
a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${sH2}</h2>
${ps(sP3)}<ol>${sList.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ol>
<div class="captioned-image-container"><figure><img src="https://substackcdn.example/image/fetch/w_1456/finishing.png" alt="">
<figcaption class="image-caption">Goals minus expected goals at the halfway point and in the second half, 2017–18 to 2024–25.</figcaption></figure></div>
${ps(sP4)}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://secondball.substack.example/p/pressing?utm_source=substack&amp;utm_medium=email&quot;}">
<a class="button primary" href="https://secondball.substack.example/p/pressing?utm_source=substack"><span>Share Second Ball</span></a></p>
</div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button-container post-ufi-button"><span class="label">112</span></button>
<button class="post-ufi-button">Restack</button></div><div class="pencraft pc-reset">© 2026 Fenella Okoro</div></div></article>
<div class="comments-page"><h4 class="pencraft pc-reset">Discussion about this post</h4><div class="comments-list">
<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="/profile/8812-tom-haverly">Tom Haverly</a>
<span class="comment-date">Mar 2</span></div><div class="comment-body"><p>${sComments[0]}</p></div>
<div class="comment-actions"><button>Like (9)</button><button>Reply</button></div></div></div>
<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="/profile/902-mags">Mags Ortolan</a>
<span class="comment-date">Mar 3</span></div><div class="comment-body"><p>${sComments[1]}</p></div>
<div class="comment-actions"><button>Like (4)</button><button>Reply</button></div></div></div></div></div>
<div class="post-end-cta"><h3>Ready for more?</h3><button class="button primary">Subscribe</button></div>
<div class="portable-archive"><h4>Recent posts</h4><ul>${links(sRecent, 'post-preview')}</ul></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-terms"><span>© 2026 Fenella Okoro</span> · <a
href="https://substack.example/privacy">Privacy</a> ·
<a href="https://substack.example/tos">Terms</a> · <a href="https://substack.example/ccpa">Collection notice</a></div>
<a href="https://substack.example/signup" class="footer-substack-cta">Start your Substack</a> <a href="https://substack.example/app">Get the app</a>
<p class="footer-slogan">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.8f3a.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout312-substack-sports-analytics-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: texts([...sP1, ...sP2, ...sP3, ...sList, ...sP4]),
  bylines: ['Fenella Okoro', 'Mar 2, 2026'],
  furniture: [
    'Second Ball',
    'Subscribe',
    'Sign in',
    'Restack',
    'Share',
    '112',
    'Mar 3',
    'PPDA against goal difference, Lowland League, matchdays 1–19. Data: league event feed.',
    'Second Ball is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Goals minus expected goals at the halfway point and in the second half, 2017–18 to 2024–25.',
    'Share Second Ball',
    '© 2026 Fenella Okoro',
    'Discussion about this post',
    'Tom Haverly',
    ...sComments,
    'Like (9)',
    'Reply',
    'Mags Ortolan',
    'Like (4)',
    'Ready for more?',
    'Recent posts',
    ...sRecent,
    'Privacy',
    'Terms',
    'Collection notice',
    'Start your Substack',
    'Get the app',
    'Substack is the home for great culture',
  ],
};

export const HELDOUT312_D: readonly TestPage[] = [substack, budget];
