import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file f: a grammar site's usage note built with Elementor (theme-builder header and footer, nav menu
 * widget, post-info byline widget, text-editor and heading widgets, a quote, a table, share buttons, a newsletter form
 * widget, "You might also like" posts widget and a cookie notice) and a Reddit r/explainlikeimfive thread in the shreddit
 * markup (post with flair, AutoModerator's sticky, top-level comments and replies, the community sidebar and rules).
 */
const gTitle = 'Toward or Towards: Which One Should You Use?';
const gIntro = [
  j(
    'Few usage questions arrive in our inbox as often as this one. Readers write to ask whether <em>towards</em> is a spelling',
    'mistake, whether <em>toward</em> is too informal, and whether an editor will mark them down for choosing the wrong one.',
  ),
  'The short answer: both are correct, they mean exactly the same thing, and the choice depends mainly on where your readers live.',
];
const gH1 = 'Where each form is used';
const gP1 = [
  j(
    'In American English, <em>toward</em> is the usual form in edited writing, and most American style guides prefer it.',
    'In British, Irish, Australian and New Zealand English, <em>towards</em> is far more common, and <em>toward</em> can look',
    'slightly American to readers there.',
  ),
];
const gRows = [
  ['American English', 'toward', 'towards (informal speech)'],
  ['British English', 'towards', 'toward (rare)'],
  ['Canadian English', 'toward', 'towards'],
  ['Australian English', 'towards', 'toward (rare)'],
];
const gH2 = 'The same goes for its cousins';
const gP2 = [
  j(
    'The pattern holds for <em>afterward/afterwards</em>, <em>backward/backwards</em> and <em>forward/forwards</em>, with one',
    'exception: when <em>backward</em> or <em>forward</em> is an adjective in front of a noun, both varieties drop the',
    '<em>s</em>. You take a backward step and a forward pass, never a backwards step in careful writing.',
  ),
];
const gQuote = j(
  '"Pick the form your audience expects and then stop thinking about it. The mistake is not choosing one; the mistake is',
  'switching between them in the same document."',
);
const gH3 = 'Our advice';
const gP3 = [
  j(
    'If you write for an American publication, use <em>toward</em>. If you write for readers elsewhere, use <em>towards</em>.',
    'If your publisher has a house style, follow it, and whichever form you choose, use it consistently from the first page to the last.',
  ),
];
const gNav = ['Grammar', 'Punctuation', 'Usage Notes', 'Quizzes', 'Ask a Question', 'About'];
const gMore = ['Further or Farther?', 'Lie vs. Lay: A Plain Guide', 'Can You Start a Sentence with "And"?'];
const gFoot = ['Privacy Policy', 'Terms', 'Contact', '© 2026 The Comma Corner. All rights reserved.'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const txt = (html: string, id: string): string => w('text-editor', html, id);
const head = (t: string, id: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`, id);
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><title>Toward or Towards: Which One Should You Use? - The Comma Corner</title>
<meta name="description" content="Both are correct, they mean exactly the same thing, and the choice depends mainly on where your readers live.">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${gTitle}",
"author":{"name":"Wilma Strand"},"datePublished":"2026-02-03T07:30:00+00:00"}]}</script>
<script>var ElementorProFrontendConfig = {"shareButtonsNetworks":{"facebook":{"title":"Facebook"}}};</script></head>
<body class="post-template-default single single-post elementor-default elementor-kit-6 elementor-page-301">
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
${w('theme-site-logo', '<a href="/">The Comma Corner</a>', '1a2b3c')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(gNav, 'menu-item')}</ul></nav>`, '4d5e6f')}
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="301" class="elementor elementor-301 elementor-location-single">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-66">
<div class="elementor-widget-wrap elementor-element-populated">
${w('breadcrumbs', '<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/usage-notes/">Usage Notes</a></span></p>', 'b1c2d3')}
${head(gTitle, 'a1b2c3', 'h1')}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">
By Wilma Strand</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date">February 3, 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-time">4 min read</span></li></ul>`,
  'c4d5e6',
)}
${txt(ps(gIntro), 'd1e2f3')}
${head(gH1, 'e1f2a3')}
${txt(
  `${ps(gP1)}<table><thead><tr><th>Variety</th><th>Usual form</th><th>Also seen</th></tr></thead><tbody>
${gRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
  'f1a2b3',
)}
${head(gH2, 'a4b5c6')}
${txt(ps(gP2), 'b4c5d6')}
${w(
  'blockquote',
  `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${gQuote}</p>
<footer><cite class="elementor-blockquote__author">Hal Everly, copy chief</cite></footer></blockquote>`,
  'c7d8e9',
)}
${head(gH3, 'd7e8f9')}
${txt(ps(gP3), 'e7f8a9')}
${w(
  'share-buttons',
  `<div class="elementor-grid"><span class="elementor-share-btn__title">Facebook</span>
<span class="elementor-share-btn__title">Pinterest</span><span class="elementor-share-btn__title">Email</span></div>`,
  'f7a8b9',
)}
</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
${w(
  'form',
  `<h3>Get one usage tip every Friday</h3><form class="elementor-form"><input type="email" placeholder="Your email">
<button type="submit"><span class="elementor-button-text">Subscribe</span></button></form>`,
  'a9b8c7',
)}
${w('posts', `<h3>You might also like</h3><ul>${links(gMore, 'elementor-post')}</ul>`, 'b9c8d7')}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer"><ul>${links(gFoot)}</ul></div>
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience.</span>
<a id="cookie_action_close_header">Accept</a></div></body></html>`;

const grammar: TestPage = {
  name: 'heldout315-elementor-grammar-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: [...texts(gIntro), ...texts(gP1), ...gRows.flat(), ...texts(gP2), gQuote, ...texts(gP3)],
  bylines: ['By Wilma Strand', 'February 3, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Comma Corner', ...gNav, 'Home', 'Hal Everly, copy chief', 'Facebook', 'Pinterest', 'Email',
    'Get one usage tip every Friday', 'Subscribe', 'You might also like', ...gMore, ...gFoot,
    'This website uses cookies to improve your experience.', 'Accept',
  ],
};

const rTitle = 'ELI5: Why does a kettle get louder just before it boils, then go quiet?';
const rPost = [
  j(
    'Every morning my kettle makes a rumbling, hissing noise that gets louder and louder, and then right when the water actually',
    'starts boiling it goes much quieter. I would have expected boiling to be the loudest part. What is going on?',
  ),
];
const rAuto = j(
  '<strong>Please read this entire message</strong> Your submission has been approved. Please remember that ELI5 is for',
  'explanations a layperson can understand; off-topic jokes and anecdotes will be removed.',
);
const rC1 = [
  j(
    'The noise is bubbles dying. The water touching the heating element gets hot enough to make little bubbles of steam, but',
    'the water above is still cooler. As a bubble rises into that cooler water, the steam turns back into water and the',
    'bubble collapses with a tiny snap. Thousands of those snaps a second make the rumble.',
  ),
  j(
    'Once all the water is hot, the bubbles stop collapsing. They make it all the way to the surface and just pop gently, which',
    'is a much softer sound. So the quiet is actually the sign that the whole kettle has reached boiling.',
  ),
];
const rC1r = 'This is one of those answers that makes me want to go and listen to my kettle right now.';
const rC2 = [
  j(
    'Think of it like popcorn in reverse. At first only the kernels at the bottom pop and they make a racket. When everything is',
    'hot, the bubbles are not being crushed on the way up, so there is less banging.',
  ),
];
const rC2r = j(
  'Small addition: the collapsing bubbles also make the metal of the kettle vibrate a little, and the kettle body acts like a',
  'drum, which is why some kettles are noisier than others.',
);
const rRules = ['Be nice', 'ELI5 is for factual information, not opinions', 'Top-level comments must be explanations', 'Search before posting'];
const rNav = ['Home', 'Popular', 'Explore', 'All', 'Log In', 'Get App'];
const cmt = (id: string, author: string, depth: number, time: string, score: string, body: string): string => `<shreddit-comment
author="${author}" thingid="t1_${id}" depth="${depth}" score="${score}"><div slot="commentMeta" class="flex items-center">
<a href="/user/${author}/" class="font-bold text-neutral-content-strong">${author}</a>
<span class="text-neutral-content-weak">•</span><faceplate-timeago ts="2026-02-20T10:00:00Z"><time>${time}</time></faceplate-timeago></div>
<div slot="comment" id="t1_${id}-comment-rtjson-content" class="md text-14">${body}</div>
<shreddit-comment-action-row slot="actionRow"><span class="vote-count">${score}</span><button>Reply</button><button>Award</button>
<button>Share</button></shreddit-comment-action-row></shreddit-comment>`;
const rHtml = `<!DOCTYPE html><html lang="en-US" class="theme-beta"><head><title>${rTitle} : r/explainlikeimfive</title>
<meta property="og:title" content="From the explainlikeimfive community on Reddit">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}",
"author":{"@type":"Person","name":"u/pelle_morning"}}</script><script>window.___r = {"config":{"sentry":{}}};</script></head>
<body class="v2"><shreddit-app routename="post_page"><reddit-header-large><nav class="h-header-large">
<a href="/" aria-label="Home">reddit</a><ul>${links(rNav, 'nav-item')}</ul></nav></reddit-header-large>
<div class="main-container"><main id="main-content" class="main">
<shreddit-post post-title="${rTitle}" author="pelle_morning" subreddit-prefixed-name="r/explainlikeimfive" score="3417" comment-count="214">
<div slot="credit-bar"><a href="/r/explainlikeimfive/">r/explainlikeimfive</a> <span>•</span>
<faceplate-timeago ts="2026-02-20T07:12:00Z"><time>9 hr. ago</time></faceplate-timeago>
<a href="/user/pelle_morning/" class="author-name">pelle_morning</a></div>
<h1 slot="title" id="post-title-t3_1iv0kq2" class="font-semibold text-neutral-content-strong">${rTitle}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Physics</span></shreddit-post-flair>
<div slot="text-body"><div class="md text-14" id="t3_1iv0kq2-post-rtjson-content">${ps(rPost)}</div></div>
<div slot="post-actions"><span>3.4K</span><span>214</span><button>Share</button></div></shreddit-post>
<div class="comment-sort"><span>Sort by:</span> <button>Best</button></div>
<shreddit-comment-tree>
${cmt('mk1', 'AutoModerator', 0, '9 hr. ago', '1', `<p>${rAuto}</p><p><em>I am a bot, and this action was performed automatically.</em></p>`)}
${cmt('mk2', 'quietthermos', 0, '8 hr. ago', '5.1K', ps(rC1))}
${cmt('mk3', 'Orla_Benning', 1, '7 hr. ago', '812', `<p>${rC1r}</p>`)}
${cmt('mk4', 'lindgren_fix', 0, '8 hr. ago', '1.9K', ps(rC2))}
${cmt('mk5', 'copper-kettle-77', 1, '6 hr. ago', '440', `<p>${rC2r}</p>`)}
</shreddit-comment-tree></main>
<aside id="right-sidebar-container"><div class="community-info"><h2>r/explainlikeimfive</h2>
<p>Explain Like I'm Five is the best forum and archive on the internet for layperson-friendly explanations.</p>
<p>23M Members</p><button>Join</button></div><div class="rules"><h2>Rules</h2><ol>${rRules.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<div class="promoted"><span>Promoted</span><p>Tired of limescale? Try Brightwell descaler tablets.</p></div></aside></div>
<footer class="legal-links"><a>Reddit Rules</a> <a>Privacy Policy</a> <a>User Agreement</a> <span>Reddit, Inc. © 2026. All rights reserved.</span></footer>
</shreddit-app></body></html>`;

const reddit: TestPage = {
  name: 'heldout315-reddit-eli5-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: [...texts(rPost), ...texts(rC1), rC1r, ...texts(rC2), rC2r],
  bylines: ['pelle_morning', '9 hr. ago', 'quietthermos', '8 hr. ago', 'Orla_Benning', '7 hr. ago', 'lindgren_fix', 'copper-kettle-77', '6 hr. ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'reddit', ...rNav, 'r/explainlikeimfive', 'Physics', '3.4K', '214', 'Share', 'Sort by:', 'Best', 'AutoModerator', ...texts([rAuto]),
    'I am a bot, and this action was performed automatically.', '5.1K', '812', '1.9K', '440', 'Reply', 'Award',
    "Explain Like I'm Five is the best forum and archive on the internet for layperson-friendly explanations.", '23M Members', 'Join', 'Rules',
    ...rRules, 'Promoted', 'Tired of limescale? Try Brightwell descaler tablets.', 'Reddit Rules', 'Privacy Policy', 'User Agreement',
    'Reddit, Inc. © 2026. All rights reserved.',
  ],
};

export const HELDOUT315_F: readonly TestPage[] = [grammar, reddit];
