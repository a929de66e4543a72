import { ps, type TestPage, texts } from './page-kit.js';
import { mediumPage } from './pages-heldout271-e2.js';
import { ld, lis, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file e: a Substack post cut for paid subscribers ("This post is for paid subscribers") after its free
 * preview, and, from file e2, a Medium member-only story with the metered banner (React markup with generated class names).
 */
const uTitle = 'The quiet collapse of the village shop';
const uSub = 'Nine hundred rural shops closed last year. I visited the ones that did not.';
const uP = paras(`
  The shop in Harrowden St Giles shut on a Tuesday in October, and by the Friday someone had already put a handwritten sign in
  the window pointing to the supermarket in town, eleven miles away. Nobody I spoke to could say who wrote it.

  I have spent the past four months visiting village shops across three counties: the ones that closed, and, more usefully,
  the ones that did not. The survivors turn out to have a surprising amount in common, and very little of it is about what
  they sell.

  Here is what the twenty-two shops that were still open in the spring had done differently:

  None of these is a secret. What is striking is how few shops manage all of them at once, and why. That is where this
  week's letter goes next, starting with the shop in Ebbsworth that sells almost nothing at a profit and has never been busier.
`);
const uList = [
  'Most had become community-owned, or were run by a paid manager answerable to a committee.',
  'Almost all had a post office counter, which brings people in even when they buy nothing else.',
  'They opened early rather than late, to catch commuters and parents on the school run.',
];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The quiet collapse of the village shop - by Hester Brannagh</title>
<meta name="description" content="${uSub}"><meta property="og:type" content="article"><meta property="og:site_name" content="Parish Notes">
<meta name="twitter:card" content="summary_large_image"><meta name="author" content="Hester Brannagh">
${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: uTitle, isAccessibleForFree: false, author: [{ name: 'Hester Brannagh' }] })}
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"pub\\":{\\"name\\":\\"Parish Notes\\",\\"subdomain\\":\\"parishnotes\\"},\\"post\\":
{\\"audience\\":\\"only_paid\\",\\"title\\":\\"The quiet collapse of the village shop\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"></head><body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content">
<a class="navbar-title-link" href="/">Parish Notes</a><div class="topbar-spacer"></div>
<button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published" dir="auto">${uTitle}</h1><h3 class="subtitle" dir="auto">${uSub}</h3>
<div class="post-meta-row"><div class="profile-hover-card-target"><a href="https://substack.example/@hesterbrannagh">Hester Brannagh</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Apr 11, 2026</div><div class="pencraft meta-EgzBVA">∙ Paid</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container"><div class="label">214</div></a>
<a class="post-ufi-button post-ufi-comment-button"><div class="label">31</div></a>
<a class="post-ufi-button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(uP.slice(0, 3))}
<ul>${lis(uList)}</ul>
${ps(uP.slice(3))}
</div></div>
<div class="paywall"><div class="paywall-content"><h2 class="paywall-title">This post is for paid subscribers</h2>
<div class="paywall-cta"><input type="email" placeholder="Type your email..."><button class="button primary">Subscribe</button></div>
<div class="paywall-login">Already a paid subscriber? <a class="paywall-login-link" href="/account/login">Sign in</a></div></div></div>
</article></div></div>
<div class="post-footer-cta"><h4>Previous</h4><a href="/p/the-bus-that-stopped">The bus that stopped coming</a>
<h4>Next</h4><a href="/p/who-owns-the-green">Who owns the village green?</a></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-terms">© 2026 Hester Brannagh</div>
<div class="footer-links"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙
<a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-buttons"><a class="footer-substack-cta" href="https://substack.example/signup">Start writing</a>
<a class="button" href="https://substack.example/app">Get the app</a></div>
<div class="footer-slogan"><a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div></div>
<div class="modal-container"><div class="modal subscribe-prompt" role="dialog"><h2>Discover more from Parish Notes</h2>
<p>Letters from the English countryside about the places that hold villages together.</p>
<div class="subscribe-prompt-meta">Over 12,000 subscribers</div><button class="button primary">Subscribe</button>
<button class="maybe-later">Continue reading</button></div></div></body></html>`;
const substack: TestPage = {
  name: 'heldout271-substack-paidcutoff-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: [uSub, ...texts(uP.slice(0, 3)), ...texts(uList), ...texts(uP.slice(3))],
  bylines: ['Hester Brannagh', 'Apr 11, 2026'],
  furniture: [
    'Parish Notes',
    'Subscribe',
    'Sign in',
    '∙ Paid',
    '214',
    'Share',
    'This post is for paid subscribers',
    'Already a paid subscriber?',
    'Previous',
    'Next',
    'The bus that stopped coming',
    'Who owns the village green?',
    '© 2026 Hester Brannagh',
    'Privacy',
    'Terms',
    'Collection notice',
    'Start writing',
    'Get the app',
    'is the home for great culture',
    'Discover more from Parish Notes',
    'Letters from the English countryside about the places that hold villages together.',
    'Over 12,000 subscribers',
    'Continue reading',
  ],
};

export const HELDOUT271_E: readonly TestPage[] = [substack, mediumPage];
