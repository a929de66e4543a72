import { ps, type TestPage, texts } from './page-kit.js';
import { nextJournal } from './pages-heldout322-c2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file c: a nutrition coach's Substack post (navbar with the publication name and Subscribe / Sign in,
 * post header with title, subtitle, author and date, like / comment / restack / share buttons, body with a subscription
 * widget and a share button inside it, a footnote-free body with a list and a blockquote, the post-footer with the
 * "Discussion about this post" comments and the footer) and, from file c2, a bike-trainer brand's journal article on Next.js.
 * The subtitle under the h1 is body; the widgets inside the body are furniture.
 */
const uTitle = 'Protein at breakfast is the easiest habit you are not doing';
const uSub = 'Why the first meal of the day does more work than the last, and three breakfasts that get you there';
const uH = ['The uneven plate', 'What 30 grams looks like', 'But I am not hungry in the morning'];
const uP0 = [
  j(
    'Most of my clients eat enough protein across a day. When we write it out, though, the shape is almost always the same: a coffee',
    'and maybe a slice of toast in the morning, a sandwich at lunch, and then a large dinner that carries two thirds of the total.',
  ),
  j(
    'That pattern is not a disaster. But if you are training, trying to hold on to muscle as you get older, or simply trying to stop',
    'raiding the biscuit tin at eleven, moving some of that protein to the morning is the single change I see pay off most often.',
  ),
];
const uP1 = [
  j(
    'Your body does not store protein the way it stores carbohydrate or fat. It uses what arrives for repair and building over the',
    'following hours, and a very large dinner does not make up for a morning with almost nothing in it. Spreading protein across',
    'three or four meals gives the muscles a steadier supply.',
  ),
  j(
    'There is also the appetite side. A breakfast with a decent amount of protein keeps most people full for longer than the same',
    'calories from cereal or pastry, and that tends to make the rest of the day easier to steer.',
  ),
];
const uQuote = j(
  'I did not change what I ate at dinner at all. I just stopped having toast on its own, and by March I had stopped thinking about',
  'food all morning.',
);
const uP1b = ['That was Dani, one of my coaching clients, four weeks after we changed nothing but breakfast.'];
const uP2 = [
  j(
    'For most adults I suggest aiming for somewhere around 25 to 35 grams at breakfast. You do not need to weigh anything; these',
    'are the three breakfasts my clients come back to:',
  ),
];
const uL2 = [
  'Greek yoghurt (a big bowl, about 250 g) with berries and a spoon of nut butter.',
  'Two eggs on toast with a glass of milk, or three eggs if you skip the milk.',
  'Overnight oats made with milk and a scoop of unflavoured protein powder stirred in before the fridge.',
];
const uP2b = [j('None of these are exotic, and that is deliberate. The breakfast that works is the one you can make half awake on a Tuesday.')];
const uP3 = [
  j(
    'This is the objection I hear most. If you truly cannot face food early, start with a drink: a glass of milk or a small',
    'smoothie with yoghurt. Appetite in the morning is partly habit, and most people find it comes back within two or three weeks.',
  ),
  j(
    'Next week I will write about the other end of the day, and why the late-night snack is usually a sign of a light lunch rather',
    'than a lack of willpower.',
  ),
];
const uBody = [uSub, ...uP0, ...uP1, uQuote, ...uP1b, ...uP2, ...uL2, ...uP2b, ...uP3];
const uCta = 'Thanks for reading Fork & Fuel! Subscribe for free to receive new posts and support my work.';
const uComments: readonly (readonly [string, string, string])[] = [
  ['Petra L.', 'Mar 11', 'The overnight oats with protein powder changed my mornings. Is there a good option for people who do not eat dairy?'],
  ['Maren Totts', 'Mar 11', 'Soya yoghurt works well, and a tofu scramble on toast gets you most of the way there.'],
];
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>Protein at breakfast is the easiest habit you are not doing - by Maren Totts</title>
<meta name="author" content="Maren Totts"><meta property="og:type" content="article"><meta property="og:title" content="${uTitle}">
<meta property="og:description" content="${uSub}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://forkandfuel.substack.example/p/protein-at-breakfast">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://forkandfuel.substack.example/p/protein-at-breakfast",
"headline":"${uTitle}","datePublished":"2026-03-10T07:01:12+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Maren Totts"}],
"publisher":{"@type":"Organization","name":"Fork & Fuel"}}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":158812004,\\"audience\\":\\"everyone\\"}}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img
class="navbar-logo" src="https://substackcdn.example/image/fetch/w_80/forkandfuel.png" alt=""></a></div>
<div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Fork &amp; Fuel</a></h1></div>
<div class="navbar-buttons"><a class="button primary subscribe-cta" href="/subscribe?simple=true">Subscribe</a><a class="button sign-in-link"
href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-content">
<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published" dir="auto">${uTitle}</h1>
<h3 class="subtitle" dir="auto">${uSub}</h3>
<div class="post-ufi-placeholder"><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target">
<a href="https://substack.example/@marentotts" class="pencraft pc-reset">Maren Totts</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx">Mar 10, 2026</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><button class="post-ufi-button style-large has-label"
aria-label="Like (84)"><span class="label">84</span></button></div>
<a class="post-ufi-button style-large post-ufi-comment-button has-label" href="#comments"><span class="label">12</span></a>
<button class="post-ufi-button style-large restack-button" aria-label="Restack"><span class="label">Restack</span></button>
<button class="post-ufi-button style-large share-button" aria-label="View share options"><span class="label">Share</span></button></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(uP0)}
<h2 class="header-anchor-post">${uH[0] ?? ''}<div class="pencraft header-anchor-parent"><button class="header-anchor" aria-label="Link"></button></div></h2>
${ps(uP1)}
<blockquote><p>${uQuote}</p></blockquote>
${ps(uP1b)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${uCta.replace(
  '&',
  '&amp;',
)}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"
tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>
<h2 class="header-anchor-post">${uH[1] ?? ''}</h2>
${ps(uP2)}
<ul>${uL2.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(uP2b)}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;?utm_source=substack&amp;action=share&quot;}" data-component-name="ButtonCreateButton"><a
class="button primary" href="?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share Fork &amp; Fuel</span></a></p>
<h2 class="header-anchor-post">${uH[2] ?? ''}</h2>
${ps(uP3)}
</div></div>
<div class="visibility-check"></div><div class="post-footer use-separators"><div class="post-ufi style-large"><button class="post-ufi-button"
aria-label="Like (84)"><span class="label">84</span></button><a class="post-ufi-button post-ufi-comment-button" href="#comments"><span
class="label">12</span></a><button class="post-ufi-button share-button"><span class="label">Share</span></button></div></div>
</article></div>
<div id="discussion" class="comments-section"><div class="comments-section-header"><h4 class="comments-heading">Discussion about this post</h4></div>
<div class="comments-page"><div class="comment-list-container"><div class="comment-list">
${uComments
  .map(
    ([who, when, text]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a
href="https://substack.example/@x">${who}</a></span><a class="comment-timestamp" href="#">${when}</a></div><div class="comment-body"><p>${text}</p></div>
<div class="comment-actions"><button class="comment-action">Like</button><button class="comment-action">Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div></div></div>
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">© 2026
Maren Totts</div><div class="footer-terms-links"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a>
∙ <a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div></div><div class="footer-buttons"><a class="button"
href="https://substack.example/signup">Start writing</a><a class="button" href="https://substack.example/app">Get the app</a></div>
<div class="footer-substack-cta"><a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div>
</div></div><script src="https://substackcdn.example/bundle/static/js/main.js" charset="utf-8"></script></body></html>`;
const substackPost: TestPage = {
  name: 'heldout322-substack-nutrition-post',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uH,
  body: texts(uBody),
  bylines: ['Maren Totts', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fork & Fuel', 'Subscribe', 'Sign in', 'Restack', 'Share', uCta, 'Share Fork & Fuel', 'Discussion about this post',
    ...uComments.flatMap(([, when, text]) => [when, text]), 'Petra L.', 'Like', 'Reply', '© 2026 Maren Totts', 'Privacy', 'Terms', 'Collection notice',
    'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT322_C: readonly TestPage[] = [substackPost, nextJournal];
