import { links, ps, type TestPage, texts } from './page-kit.js';
import { foodBank } from './pages-heldout213-e2.js';

/**
 * Held-out batch 213, file e: a Wikimedia Foundation "Diff" blog post on its WordPress theme (the skip link, the Diff
 * header with its menu and the hidden language switcher, the category links, two authors with the date and the reading
 * time, the "Translate this post" button, the featured image with its credit and licence line, a Wikipedia-style
 * pull quote, the "Can you help us translate this article?" box, the share links, the "Related posts" cards, the comment
 * form with its notices, and the footer with the licence line; Diff shows no cookie banner) and, from file e2, a local
 * food bank's news post.
 */
const title = 'How a small wiki club in Lamora documented 400 historic wells';
const p1 = [
  'When the Lamora Wikimedians user group started meeting in a public library three years ago, its members wanted to write ' +
    'about their city. They did not expect to spend two summers climbing into courtyards to photograph old stone wells.',
  'Today the project has produced 412 new articles on the local language Wikipedia, more than 3,000 photographs on Wikimedia ' +
    'Commons and a structured dataset on Wikidata describing every well, its age, depth and current condition.',
];
const h1 = 'Starting with a list';
const p2 = [
  'It began with a single page: a handwritten inventory of public wells made by a city engineer in 1911 and kept in the municipal ' +
    'archive. Club member Ilir Dervishaj, a retired surveyor, transcribed it and found that barely a third of the wells were ' +
    'mentioned anywhere online.',
  '“We realised that if we did not record them, nobody would,” he said. “Some had already been covered by car parks. Others ' +
    'were inside private gardens and only the owners knew they were there.”',
];
const h2 = 'Working with the community';
const p3 = [
  'The group wrote to neighbourhood councils and schools, asking residents to tell them about wells near their homes. More ' +
    'than 150 people replied. Many invited the volunteers in for coffee and shared family stories about drawing water before ' +
    'the city had a piped supply.',
  'Those stories, checked against newspapers and archive records, became the core of many articles. The group ran monthly ' +
    'editing workshops where first-time editors learned to add citations and upload their own photos under a free licence.',
];
const quote = 'Every well was a meeting place. Writing about them meant writing about the people who gathered there.';
const h3 = 'What we learned';
const list = [
  'Start with a source that already exists. The 1911 inventory gave the project a clear scope and a finish line.',
  'Use all three projects together. Wikidata held the facts, Commons held the images, and Wikipedia told the stories.',
  'Invite people in, not just online. Most of our new editors first came to a workshop in person.',
];
const p4 = [
  'The group is now working with the city museum on an exhibition, and plans to extend the project to the fountains of the ' +
    'old town next year. If you would like to help, you can join the project page on Wikipedia or come to one of the monthly meetups.',
];
const nav = ['Latest', 'Communities', 'Technology', 'Events', 'Calls for participation', 'Translate'];
const langs = ['English', 'Español', 'Français', 'Deutsch', 'Italiano'];
const cats = ['Community', 'Wikidata', 'Wikimedia Commons'];
const credit = 'Photo by Arta Berisha, CC BY-SA 4.0, via Wikimedia Commons';
const cap = 'Volunteers measure the depth of a well in the old town of Lamora.';
const translate = [
  'Can you help us translate this article?',
  'In order for this article to reach as many people as possible we would like your help. Can you translate this article to get the message out?',
  'Start translation',
];
const related = [
  'Celebrating 10 years of Wiki Loves Monuments in the Balkans',
  'What a year of Wikidata workshops taught us',
  'Libraries and Wikipedia: five partnerships to learn from',
];
const relDates = ['12 March 2025', '28 January 2025', '4 November 2024'];
const form = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website'];
const footer = [
  'Diff is a Wikimedia Foundation blog where community members share stories about the Wikimedia movement.',
  'Text of this page is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply. ' +
    'Images and other media may have different licences.',
];
const foot = ['Privacy Policy', 'Terms of Use', 'Code of Conduct', 'Contact', 'About Diff', 'Wikimedia Foundation'];
const html = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How a small wiki club in Lamora documented 400 historic wells – Diff</title>
<link rel="canonical" href="https://diff.wikimedia.org/2025/05/21/how-a-small-wiki-club-in-lamora-documented-400-historic-wells/">
<meta property="og:type" content="article"><meta property="og:site_name" content="Diff"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-05-21T14:00:00+00:00"><meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/rss+xml" title="Diff » Feed" href="https://diff.wikimedia.org/feed/">
<link rel="stylesheet" id="interconnection-style-css" href="https://diff.wikimedia.org/wp-content/themes/interconnection/style.css?ver=2.1" media="all">
<script src="https://diff.wikimedia.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-141592 single-format-standard wp-embed-responsive singular">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://diff.wikimedia.org/" rel="home">Diff</a></p>
<p class="site-description">Stories from the Wikimedia movement</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Main menu"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu">${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<div class="language-switcher" hidden><ul>${links(langs, 'lang-item')}</ul></div></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-141592"
class="post-141592 post type-post status-publish has-post-thumbnail">
<header class="entry-header"><div class="entry-categories">${cats
  .map(
    (c) => `<a href="/category/${c.toLowerCase()}/"
rel="category tag">${c}</a>`,
  )
  .join(', ')}</div>
<h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n"
href="/author/arta-berisha/">Arta Berisha</a></span>
and <span class="author vcard"><a class="url fn n" href="/author/ilir-dervishaj/">Ilir Dervishaj</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-05-21T14:00:00+00:00">21 May 2025</time></span>
<span class="reading-time">5 minute read</span></div><button class="translate-button">Translate this post</button></header>
<figure class="post-thumbnail"><img src="https://diff.wikimedia.org/wp-content/uploads/2025/05/Lamora_well_survey.jpg" alt="">
<figcaption class="wp-caption-text"><span class="caption">${cap}</span> <span class="credit">${credit}</span></figcaption></figure>
<div class="entry-content">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<figure class="wp-block-pullquote"><blockquote><p>${quote}</p><cite>Valbona Krasniqi, workshop organiser</cite></blockquote></figure>
<h2 class="wp-block-heading">${h3}</h2>
<ul class="wp-block-list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p4)}
</div>
<div class="translation-bar"><h3>${translate[0]}</h3><p>${translate[1]}</p><a class="button"
href="https://diff.wikimedia.org/?p=141592&amp;translate=1">${translate[2]}</a></div>
<div class="share-links"><span class="share-links__label">Share this article</span><a href="https://www.facebook.com/sharer.php">Facebook</a>
<a href="https://x.com/intent/tweet">X</a><a href="https://www.linkedin.com/shareArticle">LinkedIn</a><a href="mailto:">Email</a></div></article>
<section class="related-posts"><h2 class="related-posts__title">Related posts</h2>
${related.map((t, i) => `<article class="related-post"><h3><a href="/2025/${i}/">${t}</a></h3><time>${relDates[i]}</time></article>`).join('\n')}</section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]}</h3>
<form id="commentform" class="comment-form"><p class="comment-notes">${form[1]}</p><p class="comment-form-comment"><label for="comment">${form[2]}</label>
<textarea id="comment"></textarea></p><p class="comment-form-author"><label for="author">${form[3]}</label><input id="author"></p>
<p class="comment-form-email"><label for="email">${form[4]}</label><input id="email"></p><p class="comment-form-url"><label for="url">${form[5]}</label>
<input id="url"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div>
<footer id="colophon" class="site-footer"><p class="site-footer__about">${footer[0]}</p><p class="site-footer__license">${footer[1]}</p>
<nav class="footer-navigation" aria-label="Footer"><ul>${links(foot, 'menu-item')}</ul></nav></footer>
<script src="https://diff.wikimedia.org/wp-content/themes/interconnection/js/navigation.js?ver=2.1"></script></body></html>`;
const diff: TestPage = {
  html,
  name: 'heldout213-wikimedia-diff-blog',
  kind: 'blog',
  // the pull quote is body, its citation furniture; the translate box after the post is furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, quote, ...list, ...p4]),
  bylines: ['Arta Berisha', 'Ilir Dervishaj', '21 May 2025', '5 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Stories from the Wikimedia movement', 'Menu', ...nav, ...langs, ...cats, 'Translate this post', cap, credit,
    'Valbona Krasniqi, workshop organiser', ...translate, 'Share this article', 'Facebook', 'LinkedIn', 'Email', 'Related posts', ...related,
    ...relDates, ...form, ...footer, ...foot,
  ],
};

export const HELDOUT213_E: readonly TestPage[] = [diff, foodBank];
