import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file b: a bilingual poetry journal on WordPress (Twenty Twenty-Four block theme) with an Occitan poem and its
 * English translation side by side in a columns block, and a Hong Kong news site on Next.js with links to the Chinese version.
 */
const pTitle = 'Three poems from “Lo Vent de Mar” by Aimeric Sestan';
const pIntro = [
  j(
    'Aimeric Sestan writes in the Languedocien Occitan of the Hérault coast, where he has kept a small vineyard for thirty years.',
    'These poems come from his fourth book, which was printed in an edition of three hundred copies by a press in Sète.',
  ),
  j(
    'Our translator, Hollis Wray, has tried to keep the short lines and the sea sounds of the originals rather than their rhymes.',
    'We print the Occitan on the left and the English on the right, as the poet asked.',
  ),
];
const pHeads = ['I. Lo vent de mar / The sea wind', 'II. Vendémias / Grape harvest'];
const pOc1 = ['Lo vent de mar ven per la sèrra', 'e pòrta la sal dins las fuèlhas,', 'las sèps se clinan coma vièlhs', 'que escotan una cançon lonhdana.'];
const pEn1 = ['The sea wind comes over the ridge', 'and carries salt into the leaves,', 'the vines bow down like old men', 'listening to a faraway song.'];
const pOc2 = ['Al mes de setembre las mans', 'son rojas fins al colde,', 'e lo cel, el tanben, sembla', 'un vin novèl que bolís.'];
const pEn2 = ['In the month of September our hands', 'are red up to the elbow,', 'and the sky, it too, looks like', 'a new wine on the boil.'];
const pNote = j(
  'A note on the translation: in the second poem, “colde” is the elbow, but in the poet’s village it is also the word for a bend',
  'in the river. Wray chose the body over the landscape, and the poet agreed.',
);
const pNav = ['Issues', 'Poetry', 'Translations', 'Essays', 'About', 'Submit'];
const pRecent = ['Four sonnets from the Faroese', 'On translating silence: a conversation', 'Winter issue: call for submissions'];
const pTags = ['Occitan poetry', 'Literary translation', 'Issue 14'];
const sep = '<span class="wp-block-post-terms__separator">, </span>';
const stanza = (oc: readonly string[], en: readonly string[]): string => `<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow" lang="oc"><p class="has-text-align-left">${oc.join('<br>\n')}</p></div>
<div class="wp-block-column is-layout-flow" lang="en"><p class="has-text-align-left"><em>${en.join('<br>\n')}</em></p></div></div>`;
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} – Tidewrack Review</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Tidewrack Review » Feed" href="https://tidewrack.example/feed/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Three poems",
"author":{"name":"Hollis Wray"},"datePublished":"2026-10-02T08:00:00+00:00","inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://tidewrack.example/wp-includes/css/dist/block-library/style.min.css" media="all">
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png"}</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="https://tidewrack.example" rel="home">Tidewrack Review</a></p>
<p class="wp-block-site-tagline">Poetry in translation, twice a year</p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Main menu"><ul class="wp-block-navigation__container">
${links(pNav, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull"><h1 class="wp-block-post-title">${pTitle}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-10-02T08:00:00+00:00">
2 October 2026</time></div><p>—</p><div class="wp-block-post-author-name">Translated by <a href="/author/hwray/" class="wp-block-post-author-name__link">Hollis
Wray</a></div><div class="taxonomy-category wp-block-post-terms"><a href="/category/poetry/" rel="tag">Poetry</a></div></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(pIntro)}
<h2 class="wp-block-heading">${pHeads[0]}</h2>
${stanza(pOc1, pEn1)}
<h2 class="wp-block-heading">${pHeads[1]}</h2>
${stanza(pOc2, pEn2)}
<hr class="wp-block-separator has-alpha-channel-opacity">
<p class="has-small-font-size">${pNote}</p>
<p class="has-small-font-size">Poems © Aimeric Sestan. Translations © Hollis Wray. Reprinted with permission.</p></div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tagged: </span>
${pTags.map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(sep)}</div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link">
<span class="wp-block-post-navigation-link__arrow-previous">←</span><a href="/four-sonnets/" rel="prev">${pRecent[0]}</a></div></nav></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">One response to “${pTitle}”</h2><ol class="wp-block-comment-template">
<li id="comment-88" class="comment even thread-even depth-1"><div class="wp-block-comment-author-name">Marguerite Olbe</div>
<div class="wp-block-comment-date"><time datetime="2026-10-04T19:12:00+00:00">4 October 2026 at 7:12 pm</time></div>
<div class="wp-block-comment-content"><p>My grandmother said “colde” for the river bend too. Lovely to see it in print.</p></div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p class="form-submit"><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Post Comment"></p>
</form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><h2 class="wp-block-heading">Recent posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(pRecent)}</ul>
<p class="has-small-font-size">Designed with WordPress</p></div></footer></div>
<script src="https://tidewrack.example/wp-includes/js/comment-reply.min.js" id="comment-reply-js" async></script></body></html>`;
const poetry: TestPage = {
  name: 'heldout453-wordpress-poetry-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pOc1, ...pEn1, ...pOc2, ...pEn2, pNote]),
  bylines: ['2 October 2026', 'Translated by Hollis Wray', 'Marguerite Olbe', '4 October 2026 at 7:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewrack Review', 'Poetry in translation, twice a year', ...pNav, 'Poems © Aimeric Sestan. Translations © Hollis Wray. Reprinted with permission.',
    'Tagged:', ...pTags, `One response to “${pTitle}”`, 'My grandmother said “colde” for the river bend too. Lovely to see it in print.', 'Reply',
    'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Recent posts', ...pRecent, 'Designed with WordPress',
  ],
};

const hTitle = 'Tram fares on Kowloon East line to rise 8 per cent from January';
const hBody = [
  j(
    'Passengers on the Kowloon East tram line will pay 8 per cent more from January 5, after the transport department approved an',
    'application by operator Eastlink Tramways, the first increase on the route since it opened in 2019.',
  ),
  j(
    'The adult fare for a single ride will go from HK$4.80 to HK$5.20. Concession fares for children, students and people aged 65',
    'and over will stay at HK$2, the department said in a statement on Thursday.',
  ),
  'Operator cites power costs',
  j(
    'Eastlink said electricity now made up a third of its running costs, up from a fifth four years ago, and that ridership on the',
    '6.3km line had not returned to the level it reached before the closure of the Ngau Chi Wan depot for repairs.',
  ),
  j(
    '“We have held fares for seven years and absorbed the increases for as long as we could,” managing director Kelvin Ho Wing-lok',
    'said. He added that the company would add two trams to the evening timetable by March.',
  ),
  'Lawmakers divided',
  j(
    'Legislator Fiona Tse Mei-yan, who sits on the transport panel, said the rise was hard to justify while trams still ran',
    'late at rush hour. Others noted that the fare would remain below that of the parallel bus route.',
  ),
  j(
    'The Consumer Council said it would ask the operator to publish its accounts for the line, as it has done with ferry',
    'operators that sought fare rises in the past two years.',
  ),
  'Route facts:',
  'Opened: 2019',
  'Length: 6.3km, 14 stops',
  'Daily riders: about 41,000',
];
const hNav = ['Hong Kong', 'China', 'Asia', 'World', 'Business', 'Opinion', 'Lifestyle', 'Sports'];
const hMost = ['Cross-harbour tunnel tolls: what changes on Sunday', 'Kai Tak sports park hosts first rugby sevens trial', 'Ferry pier in Sai Kung reopens'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width"><title>${hTitle} | The Harbour Standard</title>
<meta name="description" content="Adult single fare goes from HK$4.80 to HK$5.20; concessions unchanged."><meta property="og:type" content="article">
<link rel="alternate" hrefLang="zh-Hant" href="https://zh.harbourstandard.example/hongkong/article/3301882"><meta name="next-head-count" content="7">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}","author":[{"@type":"Person",
"name":"Natalie Kwok"}],"datePublished":"2026-11-26T18:30:00+08:00"}</script>
<link rel="preload" href="/_next/static/css/4f2a9c.css" as="style"><link rel="stylesheet" href="/_next/static/css/4f2a9c.css" data-n-g="">
<script src="/_next/static/chunks/webpack-7a1c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-2d9e.js" defer=""></script></head>
<body><div id="__next"><div class="css-1x8k2sd e1qk9t0"><div class="css-q1w2e3 ekg0710" role="dialog" aria-label="Consent">
<p class="css-7hy2kl">We use cookies to improve your experience and show you relevant ads. By continuing you agree to our cookie policy.</p>
<button class="css-1u8qly9">Accept</button><button class="css-1u8qly9">Manage preferences</button></div>
<header class="css-1pf2mm9 e1wd0bm0"><a href="/" class="css-g8d1fs" aria-label="The Harbour Standard"><svg class="css-0"></svg></a>
<div class="css-lang e1lang0"><a href="https://zh.harbourstandard.example/hongkong/article/3301882" lang="zh-Hant">中文版</a></div>
<button class="css-5e7d2a">Subscribe</button><button class="css-5e7d2a">Sign in</button>
<nav class="css-nav ezu9f0"><ul class="css-ul">${links(hNav, 'css-li')}</ul></nav></header>
<main class="css-main e1k7m2a0"><div class="css-ad e18hr0" data-qa="AdSlot-top"><span class="css-adlabel">Advertisement</span>
<div id="div-gpt-ad-top" style="min-height:90px"></div></div>
<article class="css-1t7a3y1 e1ot3h0" data-qa="Article-Container"><div class="css-kicker e1kick0"><a href="/hongkong/transport">Transit</a></div>
<h1 class="css-1xdhyk6 e1hdl0" data-qa="ContentHeadline-Headline">${hTitle}</h1>
<h2 class="css-sumry e1sum0" data-qa="ContentSummary"><span>Adult single fare goes from HK$4.80 to HK$5.20; concessions unchanged</span></h2>
<div class="css-byline e1by0" data-qa="Byline"><a href="/author/natalie-kwok" class="css-author">Natalie Kwok</a>
<time dateTime="2026-11-26T18:30:00+08:00" class="css-time">Published: 6:30pm, 26 Nov 2026</time><span class="css-read">3-minute read</span></div>
<div class="css-share e1sh0"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share by WhatsApp">WhatsApp</button><button aria-label="Copy link">Copy link</button></div>
<div class="css-langnote e1ln0">Read this article in <a href="https://zh.harbourstandard.example/hongkong/article/3301882" lang="zh-Hant">繁體中文</a></div>
<figure class="css-fig e1fig0"><img src="https://img.harbourstandard.example/tram.jpg" alt="A tram at Kowloon Bay stop">
<figcaption class="css-cap"><span>A tram at the Kowloon Bay stop. The route opened in 2019.</span>
<span class="css-credit">Photo: Dickson Lam</span></figcaption>
</figure>
<div class="css-body e1bd0" data-qa="ArticleBody">
${ps([hBody[0] ?? '', hBody[1] ?? ''], ' class="css-p e1p0" data-qa="Component-Paragraph"')}
<h3 class="css-sub">${hBody[2]}</h3>
${ps([hBody[3] ?? '', hBody[4] ?? ''], ' class="css-p e1p0" data-qa="Component-Paragraph"')}
<div class="css-related e1rel0"><span>Read more:</span> <a href="/hongkong/article/3299015">Minibus operators ask for fare review as fuel bill climbs</a></div>
<h3 class="css-sub">${hBody[5]}</h3>
${ps([hBody[6] ?? '', hBody[7] ?? ''], ' class="css-p e1p0" data-qa="Component-Paragraph"')}
<p class="css-p e1p0"><strong>${hBody[8]}</strong></p><ul class="css-list">${hBody
  .slice(9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<div class="css-nl e1nl0"><h4>Morning Briefing</h4><p>Get the day's top Hong Kong stories in your inbox.</p><button>Sign up</button></div>
</article><aside class="css-most"><h3>Most popular</h3><ol>${links(hMost)}</ol></aside></main>
<footer class="css-foot"><p>Copyright © 2026 The Harbour Standard Publishers Ltd. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"3301882","locale":"en"}},"page":"/[section]/article/[id]",
"buildId":"kx92Tq"}</script></body></html>`;
const hkNews: TestPage = {
  name: 'heldout453-nextjs-hongkong-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hBody[2] ?? '', hBody[5] ?? ''],
  body: texts(['Adult single fare goes from HK$4.80 to HK$5.20; concessions unchanged', ...hBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: ['Natalie Kwok', 'Published: 6:30pm, 26 Nov 2026', '3-minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and show you relevant ads. By continuing you agree to our cookie policy.', 'Accept', 'Manage preferences',
    '中文版', 'Subscribe', 'Sign in', ...hNav, 'Advertisement', 'Transit', 'Facebook', 'WhatsApp', 'Copy link', 'Read this article in 繁體中文',
    'A tram at the Kowloon Bay stop. The route opened in 2019.', 'Photo: Dickson Lam', 'Read more:',
    'Minibus operators ask for fare review as fuel bill climbs', 'Morning Briefing', "Get the day's top Hong Kong stories in your inbox.", 'Sign up',
    'Most popular', ...hMost, 'Copyright © 2026 The Harbour Standard Publishers Ltd. All rights reserved.',
  ],
};

export const HELDOUT453_B: readonly TestPage[] = [poetry, hkNews];
