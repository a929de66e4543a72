import { ps, type TestPage, texts } from './page-kit.js';
import { nutrition } from './pages-heldout287-d2.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file d: a cookbook author's Substack recipe post (navbar with Subscribe and Sign in, the post header
 * with title, subtitle, author and date, like / comment / restack buttons, a subscription widget inside the post, a captioned
 * image, a button-wrapper "Share" call, the post footer, "Discussion about this post" with comments, "Ready for more?" and
 * the Substack footer) and, from file d2, a nutrition site's explainer with a facts table.
 */
const kTitle = 'The Only Braised Lentils I Make Anymore';
const kSub = 'A pantry dinner that tastes like you planned it, plus what I learned from cooking it forty times for the book.';
const kIntro = [
  j(
    'Hello from a very rainy kitchen. The manuscript for the new book went to my editor on Friday, and for the first time in a',
    'year I cooked dinner without a notebook open beside the stove. I made these lentils, because of course I did.',
  ),
  j(
    'They were the recipe I tested most for the book, and the one that changed most along the way. The first version had',
    'eleven ingredients. The final one has seven, and it is better for every one I removed.',
  ),
];
const kWhat = [
  j(
    'Small green or black lentils hold their shape when braised; red and yellow ones collapse into soup. I stopped soaking',
    'them after round twelve of testing, because it made no difference except to my patience.',
  ),
  j(
    'The real secret is the tomato paste. Cook it in the oil until it turns the colour of brick, and it gives the lentils a',
    'depth you would otherwise get from stock or a ham bone.',
  ),
];
const kIng = [
  '3 tablespoons olive oil, plus more to finish',
  '1 large onion, finely chopped',
  '4 garlic cloves, sliced',
  '2 tablespoons tomato paste',
  '1 ½ cups small green lentils, rinsed',
  '4 cups water',
  '1 lemon',
];
const kSteps = [
  'Warm the oil in a heavy pot over medium heat. Add the onion with a big pinch of salt and cook until soft and golden, about 12 minutes.',
  'Add the garlic and tomato paste and stir until the paste darkens, 2 to 3 minutes.',
  'Add the lentils and water, bring to a simmer, then cover and cook gently until tender, 25 to 30 minutes.',
  'Season well, finish with lemon juice and a thread of olive oil, and serve with yogurt or a fried egg.',
];
const kOutro = [
  j(
    'Paid subscribers, the full chapter on beans and pulses goes out next Sunday, with the rest of the recipe testing notes.',
    'Everyone else: thank you for reading, and tell me in the comments what you put on top of yours.',
  ),
];
const kComments = [
  'Made these tonight with a spoonful of harissa stirred in at the end. My kids asked for seconds, which never happens with lentils.',
  'Can I use canned lentils if I am in a hurry?',
];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - by Odile Vance</title>
<meta name="description" content="${kSub}"><meta property="og:type" content="article"><meta name="author" content="Odile Vance">
<meta property="og:site_name" content="Second Helping"><link rel="canonical" href="https://secondhelping.substack.example/p/braised-lentils">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2026-02-08T14:00:00+00:00",
"author":[{"@type":"Person","name":"Odile Vance","url":"https://substack.example/@odilevance"}]}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"post\\":{\\"id\\":184422,\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">Second Helping</a><div class="navbar-buttons"><button tabindex="0" type="button" class="button primary
subscribe-btn">Subscribe</button><button tabindex="0" type="button" class="button sign-in-link">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${kTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${kSub}</h3>
<div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@odilevance"
class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Odile
Vance</a></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Feb 08,
2026</div></div></div>
<div class="post-ufi"><a role="button" class="post-ufi-button like-button-container"><div class="label">412</div></a><a role="button" class="post-ufi-button
post-ufi-comment-button"><div class="label">37</div></a><a role="button" class="post-ufi-button restack-button"><div class="label">18</div></a>
<button class="post-ufi-button" aria-label="Share">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(kIntro)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://secondhelping.substack.example/subscribe&quot;}"><div
class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Second Helping is a reader-supported publication. To receive new posts
and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input"
placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">What makes them work</h3>
${ps(kWhat)}
<div class="captioned-image-container"><figure><a class="image-link image2" href="https://substackcdn.example/image/lentils.jpeg"><div
class="image2-inset"><img
src="https://substackcdn.example/image/lentils.jpeg" alt=""></div></a><figcaption class="image-caption">Served with thick yogurt and a lot of black
pepper.</figcaption></figure></div>
<h3 class="header-anchor-post">Braised Lentils</h3>
<p><em>Serves 4</em></p>
<ul>${lis(kIng)}</ul>
<ol>${lis(kSteps)}</ol>
<p class="button-wrapper" data-attrs="{&quot;text&quot;:&quot;Share&quot;}"><a class="button primary"
href="https://secondhelping.substack.example/p/braised-lentils?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share
Second Helping</span></a></p>
${ps(kOutro)}
</div></div>
<div class="post-footer"><div class="post-ufi"><div class="label">412 Likes</div><div class="label">18 Restacks</div></div></div>
</article>
<div class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list">
<div class="comment"><div class="comment-meta"><a href="/@rhiannon" class="commenter-name">Rhiannon Tell</a> <a class="comment-date" href="#">Feb 8</a></div>
<div class="comment-body">${ps(kComments.slice(0, 1))}</div><div class="comment-actions"><button>Reply</button></div></div>
<div class="comment"><div class="comment-meta"><a href="/@dbk" class="commenter-name">Dev B. Kaur</a> <a class="comment-date" href="#">Feb 9</a></div>
<div class="comment-body">${ps(kComments.slice(1))}</div><div class="comment-actions"><button>Reply</button></div></div></div>
<a class="more-comments" href="/p/braised-lentils/comments">35 more comments...</a></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><input type="submit"
value="Subscribe"></form></div>
</div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2026 Odile Vance</div><div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a
href="/tos">Terms</a> ∙ <a href="/collection-notice">Collection notice</a></div><a class="footer-substack-cta"
href="https://substack.example/signup">Start your
Substack</a><a href="https://substack.example/app">Get the app</a></div><p class="footer-slogan">Substack is the home for great culture</p></div></div></div>
<script src="https://substackcdn.example/bundle/main.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout287-substack-recipe-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: ['What makes them work', 'Braised Lentils'],
  body: texts([kSub, ...kIntro, ...kWhat, 'Serves 4', ...kIng, ...kSteps, ...kOutro]),
  bylines: ['Odile Vance', 'Feb 08, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Second Helping', 'Subscribe', 'Sign in', '412', 'Share',
    'Served with thick yogurt and a lot of black pepper.', 'Share Second Helping',
    'Second Helping is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    '412 Likes', '18 Restacks', 'Discussion about this post', 'Rhiannon Tell', 'Feb 8', ...kComments, 'Reply', 'Dev B. Kaur', 'Feb 9',
    '35 more comments...', 'Ready for more?', '© 2026 Odile Vance', 'Privacy', 'Terms', 'Collection notice', 'Start your Substack', 'Get the app',
    'Substack is the home for great culture',
  ],
};

export const HELDOUT287_D: readonly TestPage[] = [substack, nutrition];
