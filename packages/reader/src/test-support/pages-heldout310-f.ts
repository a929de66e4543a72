import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout310-kit.js';

/**
 * Held-out batch 310, file f: an author's Substack serial instalment (publication navbar, the "part six" series note,
 * byline with date, like / comment / restack bar, subscribe widgets inside and after the post, Previous / Next, comments,
 * footer) and a Standard Ebooks chapter read online (site header and menu, the book's masthead with author, the chapter
 * section with its epub:type h2 and inline semantics, chapter navigation, donation banner, footer).
 */
const uTitle = 'Part Six: The Cartographer’s Widow';
const uBody = [
  j(
    'Mrs. Aldana received us in the map room, which was the only room in the house still heated. She was very small and very',
    'upright and wore her late husband’s reading glasses on a chain, though she told us she had never needed them.',
  ),
  j(
    '“You want to know about the hollow,” she said, before Teo could introduce himself. “Everyone who comes up the hill wants',
    'to know about the hollow. Sit down. Don’t touch the blue drawers.”',
  ),
  j(
    'We sat. The maps were everywhere: pinned to the walls, rolled in umbrella stands, laid flat under glass on a table so long',
    'it must have been built inside the room. Every one of them showed the valley. Every one of them was slightly different.',
  ),
  j(
    'In the oldest, the river ran east of the village. In the newer ones it ran west. In the newest, the ones pinned nearest',
    'the stove, there was no river at all, only a careful blank shape in the middle of the paper, shaded in pencil, labelled',
    'in a small tidy hand: <em>not yet</em>.',
  ),
  '“He didn’t make mistakes,” Mrs. Aldana said, following my eyes. “People assume he did. He didn’t. He drew what was there.”',
  j(
    '“Then the valley changed,” Teo said. She looked at him over the glasses she didn’t need. “The valley is changing,” she',
    'said. “Present tense. Would you like to see where it will be by spring?”',
  ),
  j(
    'She opened one of the blue drawers. I heard Teo stop breathing beside me. The map inside was blank except for the house we',
    'were sitting in, drawn in ink so fresh it still shone, and around it, in pencil, the same careful words.',
  ),
  j(
    '“I don’t understand,” I said. Mrs. Aldana closed the drawer gently, the way you close a door on a sleeping child. “Neither did he,”',
    'she said. “Not at first. Stay for supper, both of you. The road down will still be there in the morning. Probably.”',
  ),
];
const uComments = [
  ['Hanne Solberg', 'Mar 6', 'The blue drawers! I knew those were going to matter.'],
  ['Idris Kell', 'Mar 6', 'Reading this on the train and I just said “oh no” out loud.'],
] as const;
const uSub = 'Thanks for reading The Hollow Year! Subscribe for free to receive new instalments and support my work.';
const uSeries = 'This is part six of The Hollow Year, a serial novel sent out every other Thursday. Start from the beginning here.';
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${uTitle} - by Marguerite Osei</title>
<meta name="description" content="Mrs. Aldana received us in the map room."><meta property="og:type" content="article">
<meta property="og:site_name" content="The Hollow Year"><meta name="author" content="Marguerite Osei">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://hollowyear.substack.example/p/part-six",
"headline":"${uTitle}","datePublished":"2026-03-05T11:03:22+00:00","author":[{"@type":"Person","name":"Marguerite Osei"}],"isAccessibleForFree":true}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"pub\\":{\\"name\\":\\"The Hollow Year\\"},\\"post\\":{\\"id\\":158802231}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu" data-testid="navbar"><div class="topbar-content">
<a href="/" class="navbar-title-link">The Hollow Year</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>
<a href="/account/login" class="button">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${uTitle}</h1>
<div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-4"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.example/@mosei" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Marguerite Osei</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC
meta-EgzBVA">Mar 05, 2026</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button"><a role="button" class="post-ufi-button style-large">
<div class="label">214</div></a></div>
<a href="#comments" class="post-ufi-button post-ufi-comment-button"><div class="label">38</div></a>
<a role="button" class="post-ufi-button restack-button"><div class="label">Restack</div></a><a role="button" class="post-ufi-button share-button">
<div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup"><p><em>${uSeries}</em></p>
${ps(uBody.slice(0, 4))}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">${uSub}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
${ps(uBody.slice(4))}
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="#"><span>Share The Hollow Year</span></a></p></div></div>
<div class="post-footer"><div class="post-ufi"><div class="label">214</div><div class="label">38</div><div class="label">Restack</div></div>
<div class="post-navigation"><a href="/p/part-five" class="previous">Previous</a><a href="/p/part-seven" class="next">Next</a></div></div>
<div class="subscribe-footer"><p>Ready for more?</p><form><input type="email" placeholder="Type your email…">
<button class="button primary">Subscribe</button></form></div>
</article><div id="comments" class="comments-page"><div class="comments-heading">Discussion about this post</div><div class="comment-list">
${uComments
  .map(
    ([u, d, c]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">${u}</a>
<a class="comment-timestamp" href="#">${d}</a></div><div class="comment-body"><p>${c}</p></div><div class="comment-actions"><a>Reply</a></div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Marguerite Osei</div>
<div class="footer-terms"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙
<a href="https://substack.example/ccpa">Collection notice</a></div><a class="footer-substack-cta" href="https://substack.example/signup">Start writing</a>
<a href="https://substack.example/app">Get the app</a><p class="footer-slogan">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.2f0a.js" async></script></body></html>`;
const substack: TestPage = {
  name: 'heldout310-substack-serial-instalment-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uBody),
  bylines: ['Marguerite Osei', 'Mar 05, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Hollow Year', 'Subscribe', 'Sign in', '214', 'Restack', 'Share', uSeries, uSub, 'Share The Hollow Year', 'Previous', 'Next',
    'Ready for more?', 'Discussion about this post', ...uComments.flatMap((c) => [...c]), 'Reply', '© 2026 Marguerite Osei', 'Privacy', 'Terms',
    'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

const seTitle = 'The Weir';
const seBody = [
  j(
    'The weir at Coldharbour had been built, so the parish said, by the monks, and mended by every generation since, so that',
    'by <abbr epub:type="z3998:name-title">Mr.</abbr> Joscelyn Tarrant’s time there was not a stone in it which the monks',
    'would have known.',
  ),
  j(
    'It stood a little below the mill, where the river broadened and grew thoughtful before it went over; and on summer evenings',
    'the young people of the village walked there, and leaned upon the rail, and said to one another the things which they',
    'would not have said anywhere else.',
  ),
  j(
    'Anne Tarrant had never walked there with anybody. She went alone, on the pretext of fetching her father from the mill',
    'office, and she stood at the rail exactly as long as it would take a person of ordinary habits to walk from the office',
    'to the gate, and not a moment longer.',
  ),
  j(
    'On the evening of the fourteenth of June she found the rail already occupied. A young man in a surveyor’s coat was',
    'leaning upon it with a notebook, looking at the water with an expression she had only ever seen on her father’s face',
    'when he read the accounts.',
  ),
  j(
    '“You are standing,” said Anne, before she could prevent herself, “in my place.” He turned, and took off his hat, and',
    'apologised; and then, as if he could not help it either, he asked her whether she knew that the weir was to come down.',
  ),
  j(
    'She did not know it. She said so, with a composure that she was afterwards proud of, and asked him by whose order. He',
    'named the Navigation Company, and the year, and the sum; and then, seeing her face, he closed his notebook and said',
    'nothing more for some time.',
  ),
  j(
    'The river went over the stones below them with the sound it had always made. Anne listened to it as one listens to a',
    'voice in the next room that one has been told is leaving in the morning, and found that she had a great many questions.',
  ),
];
const seNav = ['Ebooks', 'Newsletter', 'Get Involved', 'About', 'Donate'];
const seFoot = ['Get Involved', 'Contact', 'Donate', 'Source code', 'Privacy'];
const seDonate = j(
  'Standard Ebooks is a volunteer-driven project that depends on donations. If you enjoyed this free ebook, please consider',
  'becoming a Patron.',
);
const seAbout = j(
  'Standard Ebooks is a volunteer-driven effort to produce a collection of high quality, carefully formatted, accessible, open source, and',
  'free public domain ebooks.',
);
const seHtml = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"
epub:prefix="z3998: http://www.daisy.org/z3998/2012/vocab/structure/"
lang="en-GB"><head><title>The Weir - Coldharbour - Harriet Lowther - Standard Ebooks</title><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width"/><link rel="stylesheet" href="/css/core.css"/><link rel="stylesheet" href="/css/se.css"/>
<link rel="stylesheet" href="/css/web-reader.css"/><link rel="canonical" href="https://standardebooks.org/ebooks/harriet-lowther/coldharbour/text/chapter-3"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Coldharbour",
"author":{"@type":"Person","name":"Harriet Lowther"}}</script></head>
<body><header><a href="/" class="logo">Standard Ebooks</a><nav><ul>${links(seNav)}</ul></nav></header>
<main class="web-reader"><nav class="book-header"><p><a href="/ebooks/harriet-lowther/coldharbour">Coldharbour</a>
<span>by <a href="/ebooks/harriet-lowther">Harriet Lowther</a></span></p><a href="/ebooks/harriet-lowther/coldharbour/text">Table of Contents</a></nav>
<section id="chapter-3" data-parent="part-1" epub:type="chapter" role="doc-chapter">
<h2 epub:type="title">${seTitle}</h2>
${ps(seBody)}
</section>
<nav class="chapter-nav"><ul><li><a href="chapter-2" rel="prev">Previous: The Mill Office</a></li><li><a href="chapter-4" rel="next">Next: The Survey</a>
</li></ul></nav>
</main><aside class="donation closable"><p>${seDonate}</p><a href="/donate#patrons-circle" class="button">Become a Patron</a>
<button class="close">Close</button></aside>
<footer><p>${seAbout}</p><ul>${links(seFoot)}</ul></footer></body></html>`;
const standardEbooks: TestPage = {
  name: 'heldout310-standard-ebooks-chapter-wiki',
  kind: 'wiki',
  html: seHtml,
  title: seTitle,
  headings: [],
  body: texts(seBody),
  bylines: ['Harriet Lowther'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Standard Ebooks', ...seNav, 'Coldharbour', 'Table of Contents', 'Previous: The Mill Office', 'Next: The Survey', seDonate, 'Become a Patron', 'Close',
    seAbout,
    'Contact', 'Source code', 'Privacy',
  ],
};

export const HELDOUT310_F: readonly TestPage[] = [substack, standardEbooks];
