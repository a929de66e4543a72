import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorGuide } from './pages-heldout337-d2.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file d: an author's newsletter post on Substack (navbar with the publication name and Subscribe
 * button, the post header with subtitle, byline with avatar, date and paid/free label, the like / comment / restack /
 * share UFI bars above and below the post, a captioned image, an inline subscription widget, a "Share" button capsule,
 * the discussion with two comments, "Ready for more?" and the Substack footer) and, from file d2, a book-club
 * discussion guide built with Elementor.
 */
const nTitle = 'Letters from the Lighthouse Desk, No. 31: The draft is done (sort of)';
const nSub = 'On finishing a first draft, the three things I cut, and what I am reading while it rests';
const nIntro = [
  j(
    'Dear readers, I finished the first draft of the new novel at 11.40 on a Thursday night, with the wind rattling the window',
    'and the cat asleep on the printout. I did not feel triumphant. I felt the way you feel stepping off a ferry: the ground',
    'still moving, slightly sick, very glad.',
  ),
  j(
    'It is 131,000 words long, which is about 40,000 too many. Over the next month it will sit in a drawer while I try not to',
    'think about it, and then the real work starts.',
  ),
];
const nCut = [
  j('People often ask what revision actually looks like, so this time I kept notes. Before the draft had even cooled, I knew', 'three things had to go:'),
];
const nCutList = [
  'a whole subplot about a lost violin, which I loved and which did nothing;',
  'the prologue, because every prologue I have ever written has turned out to be a note to myself;',
  'a character called Aunt Bel, who will come back in a different book, where she belongs.',
];
const nCut2 = [j('Cutting them felt like clearing a garden in autumn. The plants were not bad plants. They were just in the way of the', 'light.')];
const nReading = [
  j(
    'While the draft rests I am reading as far away from my own book as I can get. At the moment that means a history of',
    'Victorian postal workers, a very long Icelandic family saga in translation, and, for the bath, a stack of old detective',
    'novels from the charity shop on the harbour road.',
  ),
  j(
    'I find that reading something unlike what I am writing is the only way to hear my own voice clearly again when I go',
    'back. Everything I read while drafting leaks into the sentences; everything I read while resting seems to wash them.',
  ),
];
const nNext = [
  j(
    'Paid subscribers will get the first chapter of the revised draft in June, along with the deleted prologue, so you can see',
    'exactly why it had to go. Everyone else will get the usual monthly letter, and a photograph of the cat, who has been',
    'instrumental.',
  ),
  'Thank you, as always, for reading. Write back and tell me what you are reading.',
  'Until next time, Frieda',
];
const nComments: readonly (readonly [string, string, string])[] = [
  ['Moira Quennell', 'Mar 9', 'Congratulations! The ferry description is exactly it. Sorry about Aunt Bel, though.'],
  ['Anton Lisle', 'Mar 10', 'Please tell us the name of the Icelandic saga. I need something long for the summer.'],
];
const ufi = (where: string): string => `<div class="post-ufi style-${where}"><div class="like-button-container post-ufi-button"><a role="button"
class="post-ufi-button style-${where} has-label"><div class="label">248</div></a></div><a href="#comments" class="post-ufi-button post-ufi-comment-button
has-label"><div class="label">2</div></a><a role="button" class="post-ufi-button restack-button"><div class="label">19</div></a>
<a role="button" class="post-ufi-button post-ufi-button-share"><div class="label">Share</div></a></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification"
content="24usqpep0ejc5w6hod3dulxwciwp0djs">
<title>Letters from the Lighthouse Desk, No. 31: The draft is done (sort of)</title>
<meta property="og:title" content="Letters from the Lighthouse Desk, No. 31: The draft is done (sort of)"><meta property="og:description" content="${nSub}">
<meta name="author" content="Frieda Colquhoun"><meta property="og:site_name" content="The Lighthouse Desk"><link rel="canonical"
href="https://friedacolquhoun.substack.example/p/letters-from-the-lighthouse-desk-31">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://friedacolquhoun.substack.example/p/letters-31",
"headline":"Letters from the Lighthouse Desk, No. 31","datePublished":"2026-03-08T14:00:00+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Frieda Colquhoun","url":"https://substack.example/@friedacolquhoun"}]}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"><script>window._preloads =
JSON.parse("{\\"isEligibleForLiveStream\\":false}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-spacer"></div><div class="main-menu"><div
class="topbar-content">
<a href="/" class="navbar-title-link"><h1 class="navbar-title">The Lighthouse Desk</h1></a><div class="navbar-buttons"><button class="button primary
subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header">
<h1 class="post-title published title-X77sOw" dir="auto">${nTitle}</h1><h3 class="subtitle" dir="auto">${nSub}</h3>
<div class="post-meta-wrapper"><div class="byline-wrapper"><div class="pencraft flex-grow"><div class="profile-hover-card-target"><a
href="https://substack.example/@friedacolquhoun" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Frieda Colquhoun</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 08, 2026</div></div></div>${ufi('top')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(nIntro)}
<div class="captioned-image-container"><figure><a class="image-link image2" href="https://substackcdn.example/image/fetch/desk.jpeg"><img
src="https://substackcdn.example/image/fetch/w_1456/desk.jpeg" width="1456" height="971" alt=""></a><figcaption class="image-caption">The printout, the
window, and the cat, who refused to move.</figcaption></figure></div>
<h2 class="header-anchor-post">What I cut<div class="header-anchor-parent"><div class="header-anchor-widget"></div></div></h2>
${ps(nCut)}<ul>${lis(nCutList)}</ul>${ps(nCut2)}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">The Lighthouse Desk is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid
subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…"><input type="submit"
class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">What I am reading<div class="header-anchor-parent"></div></h2>${ps(nReading)}
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary"
href="/p/letters-31?utm_source=substack&amp;action=share"><span>Share
The Lighthouse Desk</span></a></p>
<h2 class="header-anchor-post">What comes next</h2>${ps(nNext)}</div></div>
<div class="post-footer">${ufi('bottom')}</div></article>
<div id="comments" class="comments-page"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list">
${nComments
  .map(
    ([
      n,
      d,
      t,
    ]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="/@${n.length}">${n}</a></span>
<a class="comment-date" href="#">${d}</a></div><div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button class="like-button">Like</button>
<button class="reply-button">Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="end-of-post-cta"><h3>Ready for more?</h3><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your
email…"><button>Subscribe</button>
</form></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="container"><div class="footer-terms"><span class="copyright">© 2026 Frieda Colquhoun</span><span><a
href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a></span></div><div class="footer-slogan-container"><a
href="https://substack.example/signup" class="footer-substack-cta">Start writing</a><a href="https://substack.example/app" class="footer-substack-cta">Get the
app</a></div><div class="footer-slogan">Substack is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.js" charset="utf-8"></script></body></html>`;

const substack: TestPage = {
  name: 'heldout337-substack-author-newsletter-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['What I cut', 'What I am reading', 'What comes next'],
  body: [nSub, ...texts(nIntro), ...texts(nCut), ...texts(nCutList), ...texts(nCut2), ...texts(nReading), ...texts(nNext)],
  bylines: ['Frieda Colquhoun', 'Mar 08, 2026'],
  furniture: [
    'The Lighthouse Desk',
    'Subscribe',
    'Sign in',
    '248',
    'Share',
    'The printout, the window, and the cat, who refused to move.',
    j('The Lighthouse Desk is a reader-supported publication. To receive new posts and support my work, consider becoming a free or', 'paid subscriber.'),
    'Share The Lighthouse Desk',
    'Discussion about this post',
    ...nComments.flatMap(([n, d, t]) => [n, d, t]),
    'Reply',
    'Ready for more?',
    '© 2026 Frieda Colquhoun',
    'Privacy',
    'Terms',
    'Collection notice',
    'Start writing',
    'Get the app',
    'Substack is the home for great culture',
  ],
};

export const HELDOUT337_D: readonly TestPage[] = [substack, elementorGuide];
