import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, st } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file f: a lyrics translation blog post built with Elementor on WordPress (page-builder sections and
 * widgets: post title, post info list with author, date, reading time and comment count, Gutenberg content with columns,
 * share buttons, author box, post navigation, related posts, comments, newsletter form, footer) and a Quote Investigator-
 * style article on a classic WordPress theme (entry meta, question and answer, quoted citations, notes list, image note,
 * entry utility, email subscription sidebar, recent posts, comments, footer).
 */
const tIntro = [
  j(
    'Every few months a reader asks me to translate a song they half understand, and this month three of you asked for the same',
    'one: “La casa del farero” by Candela Riomar, the closing track of her second album. It is a short song, only two verses,',
    'and it looks simple. It is not.',
  ),
  j(
    'Below is the original beside my translation, and after that some notes on the lines that gave me the most trouble. I have',
    'tried to keep the meaning first and the rhythm second, and I have let the rhyme go almost entirely.',
  ),
];
const tEs = [
  st('Mi abuelo guardaba la luz del faro,', 'subía la escalera con pan y sal;', 'decía que el mar no tiene amo,', 'que sólo se deja acompañar.'),
  st('Y cuando la niebla cerraba el puerto', 'cantaba bajito para no llorar:', 'la casa del farero nunca duerme,', 'la casa del farero espera el mar.'),
];
const tEn = [
  st(
    'My grandfather kept the lighthouse lamp,',
    'he climbed the stairs with bread and salt;',
    'he said the sea has no master,',
    'it only lets itself be kept company.',
  ),
  st(
    'And when the fog closed in the harbour',
    'he sang under his breath so as not to cry:',
    'the lighthouse keeper’s house never sleeps,',
    'the lighthouse keeper’s house waits for the sea.',
  ),
];
const tNotes = [
  '<strong>“Pan y sal”</strong> is literally “bread and salt”, but along that coast it also means a simple meal brought to someone on duty.',
  '<strong>“Se deja acompañar”</strong> is the hardest line. The sea “lets itself be accompanied”: it tolerates you, but it is never yours.',
  '<strong>“Bajito”</strong> means quietly, but it is also tender, the way you would sing to a child. “Under his breath” keeps only half of that.',
  '<strong>“Espera el mar”</strong> can mean the house waits for the sea or hopes for it. Riomar sings it both ways in live versions.',
];
const tWhy = [
  j(
    'Some people say song lyrics should never be translated, only explained. I understand the feeling, but a translation is a',
    'kind of explanation that you can hold in your head while the music plays, and that is worth something.',
  ),
  'If you have a different reading of any of these lines, tell me in the comments. I change these posts when readers convince me.',
];
const tShare = ['Facebook', 'WhatsApp', 'Email'];
const tRelated = ['Translating “Ojos de sal”: a love song in three tenses', 'Five songs about harbours, translated', 'How I translate idioms in lyrics'];
const tComments = [
  'My grandmother used “pan y sal” exactly like that. Thank you for catching it.',
  'I always heard “espera el mar” as hoping. It makes the ending much sadder.',
];
const tH = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const tHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Translating “La casa del farero” – Between Two Tongues</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-02T08:30:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Translating “La casa del farero”",
"author":{"@type":"Person","name":"Nell Ardoyne"},"datePublished":"2026-04-02"}]}</script>
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-7">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent" data-element_type="container">
<div class="elementor-widget elementor-widget-theme-site-title"><h2 class="elementor-heading-title"><a href="/">Between Two Tongues</a></h2></div>
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5c1" class="elementor-nav-menu">
${links(['Translations', 'By Language', 'About Me', 'Requests'], 'menu-item menu-item-type-post_type')}</ul></nav></div></div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-912 post type-post">
<div class="elementor-element elementor-element-9c1 e-con-full e-flex e-con e-parent"><div class="elementor-widget elementor-widget-theme-post-title">
<h1 class="elementor-heading-title elementor-size-default">Translating “La casa del farero”: a song about a lighthouse keeper’s house</h1></div>
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-author">Nell Ardoyne</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-date">April 2, 2026</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-custom">6 min read</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item--type-comments">2 Comments</span></li></ul></div>
<div class="elementor-widget elementor-widget-theme-post-featured-image"><figure class="wp-caption"><img src="/wp-content/uploads/faro.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">The lighthouse at Punta Garza. Photo: Nell Ardoyne</figcaption></figure></div>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(tIntro)}
${tH('The original and my translation')}
<div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><p class="has-small-font-size"><em>Original (Spanish)</em></p>
${ps(tEs)}</div><div class="wp-block-column"><p class="has-small-font-size"><em>English</em></p>
${ps(tEn)}</div></div>
${tH('Notes on a few lines')}
<ul class="wp-block-list">${tNotes.map((n) => `<li>${n}</li>`).join('\n')}</ul>
${tH('Why translate songs at all?')}
${ps(tWhy)}
</div></div>
<div class="elementor-widget elementor-widget-share-buttons"><div class="elementor-share-buttons-title">Share this translation</div>
<div class="elementor-grid">${tShare
  .map(
    (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn">
<span class="elementor-share-btn__text">${s}</span></div></div>`,
  )
  .join('\n')}</div></div>
<div class="elementor-widget elementor-widget-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">About Nell Ardoyne</h4>
<div class="elementor-author-box__bio">Nell teaches Spanish in a secondary school and translates songs in the evenings.</div></div></div>
<div class="elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Five songs about harbours, translated</span><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Translating “Ojos de sal”: a love song in three tenses</span></div></div>
<div class="elementor-widget elementor-widget-posts"><h3 class="elementor-heading-title">You might also like</h3><ul>${links(tRelated)}</ul></div>
<div class="elementor-widget elementor-widget-post-comments"><div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on
“Translating “La casa del farero””</h3><ol class="comment-list">
${tComments
  .map(
    (c, i) => `<li id="comment-${301 + i}" class="comment"><article class="comment-body"><footer class="comment-meta">
<b class="fn">${['Rosa M.', 'kestrel_ink'][i] ?? ''}</b>
<time datetime="2026-04-0${3 + i}">April ${3 + i}, 2026</time></footer><div class="comment-content"><p>${c}</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></div></div></div>
<div class="elementor-widget elementor-widget-form"><h3>Get new translations by email</h3><form class="elementor-form"><input type="email" placeholder="Email">
<button type="submit"><span class="elementor-button-text">Subscribe</span></button></form></div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><p>© 2026 Between Two Tongues. All translations are the author’s own.</p></div>
<div id="cookie-law-info-bar"><span>This site uses cookies to count visitors.</span>
<a id="cookie_action_close_header" class="cli_action_button">ACCEPT</a></div>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout382-elementor-lyrics-translation-blog',
  kind: 'blog',
  html: tHtml,
  title: 'Translating “La casa del farero”: a song about a lighthouse keeper’s house',
  headings: ['The original and my translation', 'Notes on a few lines', 'Why translate songs at all?'],
  body: texts([...tIntro, 'Original (Spanish)', ...tEs, 'English', ...tEn, ...tNotes, ...tWhy]),
  bylines: ['Nell Ardoyne', 'April 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Between Two Tongues', 'Translations', 'By Language', 'About Me', 'Requests', '6 min read', '2 Comments',
    'The lighthouse at Punta Garza. Photo: Nell Ardoyne',
    'Share this translation', ...tShare, 'About Nell Ardoyne', 'Nell teaches Spanish in a secondary school and translates songs in the evenings.',
    'Previous', 'Next', ...tRelated, 'You might also like',
    '2 thoughts on “Translating “La casa del farero””', 'Rosa M.', 'kestrel_ink', 'April 3, 2026',
    'April 4, 2026', ...tComments, 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Get new translations by email', 'Subscribe', '© 2026 Between Two Tongues. All translations are the author’s own.',
    'This site uses cookies to count visitors.', 'ACCEPT',
  ],
};

const qBody = [
  j(
    '<b>Dear Quote Detective:</b> A piece of household advice is often credited to the novelist Dorrit Alsop: “Pour the tea',
    'before the quarrel starts; nobody ever threw a full cup.” I have seen it on tea towels and in a wedding speech. Did she',
    'really say it?',
  ),
  j(
    '<b>Quote Detective:</b> QD has found no substantive evidence that Dorrit Alsop wrote or said this. The saying circulated',
    'in newspapers years before her first novel appeared, and it was first attributed to her in 1974.',
  ),
  j(
    'The earliest match located by QD appeared in the household column of the <i>Ferrow Weekly Courier</i> in March 1911. An',
    'anonymous correspondent signing as “A Farmer’s Wife” offered it as advice for new brides:<sup>[1]</sup>',
  ),
];
const qQuote1 = 'Always pour the tea before a quarrel starts. Nobody yet threw a full cup, and by the time it is drunk the quarrel is mostly gone too.';
const qBody2 = [
  j(
    'In 1928 a shorter version appeared in a collection of sayings compiled by the schoolteacher Edna Pike, who labelled it a',
    '“country proverb” from the Marren valley:<sup>[2]</sup>',
  ),
];
const qQuote2 = 'Pour the tea before the quarrel; no one throws a full cup.';
const qBody3 = [
  j(
    'Alsop’s name was attached to the saying in 1974, in a magazine profile published shortly after her novel <i>The Long Table</i>',
    'was adapted for television. The profile quoted the line without a source, and later quotation books copied the attribution.',
    'QD has examined the novel and Alsop’s published letters and found no match.<sup>[3]</sup>',
  ),
  j(
    'In conclusion, this saying was in circulation by 1911, and the earliest known user was an anonymous newspaper correspondent.',
    'Edna Pike called it a country proverb in 1928. The attribution to Dorrit Alsop is unsupported.',
  ),
  'Acknowledgement: Many thanks to Corra Whitlock whose inquiry led QD to formulate this question and perform this exploration.',
  'Notes:',
];
const qNotes = [
  '1911 March 18, Ferrow Weekly Courier, Hints for the Household, Quote Page 6, Column 2, Ferrow, Anmark.',
  '1928, Sayings of the Marren Valley, Compiled by Edna Pike, Section: Home and Hearth, Quote Page 41, Halloway Press, Halloway.',
  '1974 October 5, The Sunday Lantern Magazine, “At Home with Dorrit Alsop” by Milo Ferrant, Quote Page 22, Drennick.',
];
const qRecent = ['We Are All Apprentices in a Craft Where No One Ever Becomes a Master', 'A Cat Has Nine Lives and Spends Them All on Naps'];
const qComments = ['We had this on a tea towel in my grandmother’s kitchen, credited to nobody at all.'];
const qHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Pour the Tea Before the Quarrel Starts – The Quote Detective</title>
<link rel="stylesheet" id="twentyten-block-style-css" href="/wp-content/themes/twentyten/blocks.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Pour the Tea Before the Quarrel Starts",
"author":{"@type":"Person","name":"Marlowe Penn"}}</script></head>
<body class="post-template-default single single-post postid-40117"><div id="wrapper" class="hfeed"><div id="header"><div id="masthead">
<div id="branding" role="banner">
<div id="site-title"><span><a href="/" rel="home">The Quote Detective</a></span></div><div id="site-description">Tracing quotations to their sources</div></div>
<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content">Skip to content</a></div>
<div class="menu-header"><ul id="menu-main" class="menu">${links(['Home', 'About', 'FAQ', 'Contact'], 'menu-item')}</ul></div></div></div></div>
<div id="main"><div id="container"><div id="content" role="main"><div id="nav-above" class="navigation">
<div class="nav-previous"><a href="/2026/03/01/apprentices/" rel="prev"><span class="meta-nav">←</span> ${qRecent[0] ?? ''}</a></div></div>
<div id="post-40117" class="post-40117 post type-post status-publish format-standard hentry"><h1 class="entry-title">Pour the Tea Before the Quarrel Starts</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="/2026/03/09/tea/" rel="bookmark"><span class="entry-date">March 9,
2026</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/mpenn/">Marlowe Penn</a></span></div>
<div class="entry-content"><figure class="wp-block-image"><img src="/wp-content/uploads/2026/03/teapot.jpg" alt="teapot"></figure>
${ps(qBody)}
<blockquote><p>${qQuote1}</p></blockquote>
${ps(qBody2)}
<blockquote><p>${qQuote2}</p></blockquote>
${ps(qBody3)}
<ol class="footnotes">${lis(qNotes)}</ol>
<p class="image-note">(Great thanks to Ilsabet Orme for the teapot image, released under a free licence.)</p></div>
<div class="entry-utility">This entry was posted in <a href="/category/uncategorized/">Uncategorized</a> and tagged <a href="/tag/dorrit-alsop/">Dorrit
Alsop</a>, <a href="/tag/edna-pike/">Edna Pike</a>. Bookmark the <a href="/2026/03/09/tea/">permalink</a>.</div></div>
<div id="comments"><h3 id="comments-title">One Response to <em>Pour the Tea Before the Quarrel Starts</em></h3><ol class="commentlist">
<li class="comment"><div class="comment-author vcard"><cite class="fn">Hollis Dray</cite> <span class="says">says:</span></div>
<div class="comment-meta commentmetadata">March 10, 2026 at 7:12 am</div><div class="comment-body"><p>${qComments[0] ?? ''}</p></div></li></ol>
<div id="respond"><h3 id="reply-title">Leave a Reply</h3><input type="submit" id="submit" value="Post Comment"></div></div></div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo"><li id="search-2" class="widget-container widget_search">
<form role="search" id="searchform" action="/"><input type="text" name="s"><input type="submit" id="searchsubmit" value="Search"></form></li>
<li class="widget-container widget_text"><h3 class="widget-title">Subscribe via Email</h3><div class="textwidget"><p>Enter your email address to
receive notifications of new posts by email.</p></div></li>
<li class="widget-container widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>${links(qRecent)}</ul></li></ul></div></div>
<div id="footer" role="contentinfo"><div id="site-info"><a href="/">The Quote Detective</a></div>
<div id="site-generator">Proudly powered by WordPress.</div></div>
</div></body></html>`;
const quoteInvestigator: TestPage = {
  name: 'heldout382-quote-investigator-article',
  kind: 'blog',
  html: qHtml,
  title: 'Pour the Tea Before the Quarrel Starts',
  headings: [],
  body: texts([...qBody, qQuote1, ...qBody2, qQuote2, ...qBody3, ...qNotes]),
  bylines: ['Posted on March 9, 2026 by Marlowe Penn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Quote Detective', 'Tracing quotations to their sources', 'Skip to content', 'About', 'FAQ', 'Contact', ...qRecent,
    '(Great thanks to Ilsabet Orme for the teapot image, released under a free licence.)',
    'This entry was posted in Uncategorized and tagged Dorrit Alsop, Edna Pike. Bookmark the permalink.',
    'One Response to Pour the Tea Before the Quarrel Starts', 'Hollis Dray', 'says:', 'March 10, 2026 at 7:12 am', ...qComments, 'Leave a Reply',
    'Subscribe via Email', 'Enter your email address to receive notifications of new posts by email.', 'Recent Posts', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT382_F: readonly TestPage[] = [elementor, quoteInvestigator];
