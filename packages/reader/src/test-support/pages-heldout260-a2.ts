import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/** Held-out batch 260, file a2: a WordPress post on the Twenty Twenty-Four block theme. */
const tTitle = 'Eleven Hours on the Slow Ferry to Inchmorra';
const tH = ['Boarding at Quay Four', 'The long middle', 'Arriving after dark', 'If you go'];
const tP1 = [
  j(
    'There is a fast catamaran to Inchmorra now, and it does the crossing in under four hours. I took the old car ferry instead,',
    'the one that stops at every island on the way and still serves soup from a steel urn, because I wanted to see what the',
    'journey felt like before the service is cut next spring.',
  ),
  j(
    'The ticket office opens at six. By quarter past there were two lorries of feed, a van full of school chairs and one cyclist',
    'ahead of me, and the purser knew all of them by name.',
  ),
];
const tP2 = [
  j(
    'After the second island the ferry empties out. For three hours I shared the upper lounge with a retired lighthouse keeper',
    'who was going to see his granddaughter and a woman delivering a piano tuner’s tools to her brother.',
  ),
  j(
    'Nobody looked at a phone, because there is no signal between Dunsay and Carrick Bank. People read, slept, or watched the',
    'gannets fold up and drop into the water beside the hull.',
  ),
];
const tQuote = 'You don’t take this boat to get somewhere. You take it because the somewhere is on the way.';
const tP2b = ['The lighthouse keeper said that as we passed the lamp he used to tend, and then he went to sleep until Carrick Bank.'];
const tP3 = [
  j(
    'We tied up at Inchmorra at twenty past five, in full darkness, with the harbour lights doubled in the flat water. The',
    'piano tools went down the ramp first, and a small crowd cheered them as if they were a visiting team.',
  ),
];
const tTips = [
  'The old ferry sails on Tuesdays and Fridays only until the end of March.',
  'Bring food: the soup runs out by the fourth island.',
  'Book a cabin if you can; the lounge chairs do not recline.',
  'The return leaves at seven in the morning, so plan a night on the island.',
];
const tNav = ['Journeys', 'Islands', 'Maps', 'About'];
const tTags = ['Ferries', 'Islands', 'Slow travel'];
const tFoot1 = ['Blog', 'About', 'FAQs', 'Authors'];
const tFoot2 = ['Events', 'Shop', 'Patterns', 'Themes'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} – Harbour Lights Journal</title><meta name="generator" content="WordPress 6.7.1">
<link rel="stylesheet" id="wp-block-library-css" href="https://harbourlights.example/wp-includes/css/dist/block-library/style.min.css" media="all">
<style id="global-styles-inline-css">:root{--wp--preset--color--base:#f9f9f9;--wp--preset--color--contrast:#111111;}</style>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"/*"}]},"eagerness":"conservative"}]}</script></head>
<body class="post-template-default single single-post postid-612 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-base-background-color has-background
is-layout-flow wp-block-group-is-layout-flow" style="padding-top:20px;padding-bottom:20px"><div class="wp-block-group alignwide
is-content-justification-space-between
is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title"><a href="https://harbourlights.example" target="_self" rel="home">Harbour Lights Journal</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex" aria-label="Header navigation">
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><ul class="wp-block-navigation__container wp-block-navigation">
${links(tNav, 'wp-block-navigation-item wp-block-navigation-link')}
</ul></div></nav></div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="has-text-align-center alignwide wp-block-post-title has-x-large-font-size">${tTitle}</h1>
<figure style="aspect-ratio:3/2;" class="alignwide wp-block-post-featured-image"><img width="1200" height="800"
src="https://harbourlights.example/wp-content/uploads/2026/02/ferry-deck.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image"
alt="Ferry deck at dawn"
style="width:100%;height:100%;object-fit:cover;"></figure></div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-post-date"><time datetime="2026-02-21T10:00:00+00:00"><a href="https://harbourlights.example/2026/02/21/slow-ferry/">February 21, 2026</a>
</time></div><p class="has-contrast-2-color has-text-color">— by</p>
<div class="wp-block-post-author-name"><a href="https://harbourlights.example/author/isobel/" target="_self" class="wp-block-post-author-name__link">Isobel
Marr</a></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="/category/journeys/"
rel="tag">Journeys</a></div>
</div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${ps(tP1)}
<h2 class="wp-block-heading">${tH[0]}</h2>
<figure class="wp-block-image size-large"><img decoding="async" src="https://harbourlights.example/wp-content/uploads/2026/02/quay-four.jpg" alt="">
<figcaption class="wp-element-caption">Quay Four before sunrise, with the feed lorries queued for the ramp.</figcaption></figure>
<h2 class="wp-block-heading">${tH[1]}</h2>
${ps(tP2)}
<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>${tQuote}</p></blockquote>
${ps(tP2b)}
<h2 class="wp-block-heading">${tH[2]}</h2>
${ps(tP3)}
<h2 class="wp-block-heading">${tH[3]}</h2>
<ul class="wp-block-list">${tTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group is-layout-flex">
<div class="taxonomy-post_tag wp-block-post-terms">${tTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">, </span>')}</div></div>
<div class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--30)"><hr
class="wp-block-separator has-alpha-channel-opacity is-style-wide">
<nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="Posts">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow"
aria-hidden="true">←</span><a href="/2026/02/07/winter-harbours/" rel="prev">Three winter harbours, one camera</a></div>
<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a href="/2026/03/02/lighthouse-stay/" rel="next">A night in a
lighthouse cottage</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></div>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading has-x-large-font-size">Comments</h2>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="must-log-in">You must be
<a href="/wp-login.php">logged in</a> to post a comment.</p></form></div></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div
class="wp-block-group alignwide is-layout-flow">
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex"><div class="wp-block-group is-layout-flex">
<h2 class="wp-block-site-title"><a href="https://harbourlights.example" target="_self" rel="home">Harbour Lights Journal</a></h2>
<p class="wp-block-site-tagline">Notes from the edges of the map</p></div><div class="wp-block-group is-layout-flex">
<nav class="is-vertical wp-block-navigation" aria-label="About"><ul class="wp-block-navigation__container">
${links(tFoot1, 'wp-block-navigation-item')}</ul></nav><nav class="is-vertical wp-block-navigation" aria-label="Ecosystem"><ul
class="wp-block-navigation__container">
${links(tFoot2, 'wp-block-navigation-item')}</ul></nav></div></div>
<div class="wp-block-group alignfull is-layout-flex"><p class="has-small-font-size">Designed with <a href="https://wordpress.example"
rel="nofollow">WordPress</a></p>
</div></div></div></footer></div>
<script id="wp-block-navigation-view-js-module" type="module"
src="https://harbourlights.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js">
</script></body></html>`;
export const tt4: TestPage = {
  name: 'heldout260-wordpress-twentytwentyfour-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tP1, ...tP2, tQuote, ...tP2b, ...tP3, ...tTips]),
  bylines: ['February 21, 2026', 'Isobel Marr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbour Lights Journal', ...tNav, '— by', 'in Journeys', 'Quay Four before sunrise, with the feed lorries queued for the ramp.', ...tTags,
    'Three winter harbours, one camera', 'A night in a lighthouse cottage', 'Comments', 'Leave a Reply', 'Cancel reply',
    'You must be logged in to post a comment.', 'Notes from the edges of the map', ...tFoot1, ...tFoot2, 'Designed with WordPress',
  ],
};
