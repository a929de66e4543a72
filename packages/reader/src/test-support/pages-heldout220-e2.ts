import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file e2: a Chabad.org article (the site header with "Donate", the "Find a Chabad Center" and "Candle
 * Lighting" tools, the section breadcrumb trail, the author line with "By", the toolbar with "Share", "Print" and "Email",
 * footnote markers and the "Footnotes" list, the author bio box, the copyright notice under the article, the "Join the
 * Discussion" comments call, "More in this section", the newsletter box, and the footer).
 */
const chTitle = 'Why Do We Cover Our Eyes During the Shema?';
const chP1 = [
  'Anyone who has stood in a synagogue during the morning prayers has seen it. As the congregation reaches the first line of the ' +
    'Shema, the room goes quiet and hands rise to cover eyes. What is this gesture, and where does it come from?',
];
const chH1 = 'The Source';
const chP2 = [
  'The Talmud relates that Rabbi Yehudah the Prince, who compiled the Mishnah, would pass his hand over his eyes when he recited the ' +
    'first verse of the Shema.1 The Code of Jewish Law adopts the practice: when saying the first verse, one places one’s hand over ' +
    'one’s eyes so as not to look at anything that might distract.2',
  'The simplest reason, then, is concentration. The first verse of the Shema, “Hear O Israel, the L‑rd is our G‑d, the L‑rd is One,” is ' +
    'the central declaration of Jewish faith, and the sages wanted it said with the whole mind present.',
];
const chH2 = 'Seeing Without Eyes';
const chP3 = [
  'Chassidic teaching offers a deeper reading. With our eyes we see a world of many things: trees and buildings and people, each ' +
    'seemingly separate, each seemingly existing on its own. The Shema declares that G‑d is One, which means not only that there is ' +
    'one G‑d but that nothing exists apart from Him.',
  'That oneness is not something the eyes can see. So for a moment we close them. We set aside the world as it appears, and affirm ' +
    'the world as it truly is.3',
  'Then we open our eyes again, and go back into a world of many things, carrying with us the knowledge of what lies beneath it.',
];
const chH3 = 'In Practice';
const chList = [
  'Cover the eyes with the right hand while saying the first verse of the Shema.',
  'Say the verse aloud, slowly, lingering on the word “One.”',
  'The line that follows, “Blessed be the name of His glorious kingdom forever and ever,” is said quietly.',
];
const chNotes = ['Talmud, Berachot 13b.', 'Shulchan Aruch, Orach Chaim 61:5.', 'See Torah Ohr, Va’eira, and the discourses of the Rebbe on this theme.'];
const chBio = 'Rabbi Mendel Adler is a writer and teacher living in Melbourne, Australia. He is a frequent contributor to Chabad.org.';
const chCopy =
  '© Copyright, all rights reserved. If you enjoyed this article, we encourage you to distribute it further, provided that you comply ' +
  'with Chabad.org’s copyright policy.';
const chTop = ['Donate', 'Find a Chabad Center', 'Candle Lighting', 'Subscribe'];
const chNav = ['Jewish Holidays', 'Torah Portion', 'Jewish Practice', 'Learning & Values', 'Kabbalah & Philosophy', 'The Rebbe'];
const chCrumbs = ['Jewish Practice', 'Daily Life & Prayer', 'Prayer', 'Shema'];
const chTools = ['Share', 'Print', 'Email', 'Comment'];
const chDisc = ['Join the Discussion', 'Click here to comment on this article', 'Sort By:', 'Newest', 'Oldest'];
const chMore = ['More in this section', 'The Shema: A Line-by-Line Guide', 'Why Do We Kiss the Tzitzit?', 'What Is the Bedtime Shema?'];
const chNews = ['Sign up for our weekly magazine', 'Email address', 'Sign Up'];
const chFoot = ['About', 'Contact', 'Privacy Policy', 'Terms of Use', 'Chabad.org, under the auspices of the Lubavitch World Headquarters'];
const chPs = (a: readonly string[]): string =>
  ps(a.map((t) => t.replace(/([.:])([123])(?= |$)/g, '$1<sup><a class="footnote_link" href="#footnote$2">$2</a></sup>')));
const chHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Why Do We Cover Our Eyes During the Shema? - Prayer</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="The source and meaning of covering the eyes for the first verse of the Shema.">
<meta property="og:title" content="${chTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Chabad.org">
<link rel="canonical" href="https://www.chabad.example/library/article_cdo/aid/6120455/jewish/Why-Do-We-Cover-Our-Eyes-During-the-Shema.htm">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${chTitle}","author":{"@type":"Person","name":"Mendel Adler"},
"publisher":{"@type":"Organization","name":"Chabad.org"},"datePublished":"2024-12-30"}</script>
<script>var Co = Co || {}; Co.Data = {"ArticleId":6120455,"SiteId":1,"Language":"en"};</script>
<script src="https://w2.chabad.example/js/bundles/article.js?v=6.18.4" defer></script></head>
<body class="article_page section_prayer"><div id="co_body_container">
<header id="header" class="header"><div class="header_top"><a class="logo" href="/"><img src="/images/global/chabad-org-logo.svg" alt="Chabad.org"></a>
<ul class="header_tools">${links(chTop, 'header_tool')}</ul>
<form class="header_search" action="/search/results.asp"><input type="search" placeholder="Search Chabad.org" aria-label="Search"></form></div>
<nav class="main_nav" aria-label="Main"><ul>${links(chNav, 'main_nav_item')}</ul></nav></header>
<div id="content" class="co_body"><div class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
${chCrumbs
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/c${i}"><span
itemprop="name">${c.replace(/&/g, '&amp;')}</span></a></span>`,
  )
  .join(' » ')}</div>
<div class="article_container"><div class="article_header"><h1 class="article-header__title" id="article_title">${chTitle}</h1>
<div class="article_header__byline"><span class="byline_prefix">By</span> <a class="author_link" href="/library/author/4410">Mendel Adler</a></div>
<div class="article_toolbar" role="toolbar">${chTools
  .map(
    (t) => `<button class="article_toolbar_btn" data-action="${t.toLowerCase()}"><span
class="label">${t}</span></button>`,
  )
  .join('')}</div></div>
<div class="article_body co_body" id="article_body" itemprop="articleBody">
${ps(chP1)}
<h2>${chH1}</h2>
${chPs(chP2)}
<h2>${chH2}</h2>
${chPs(chP3)}
<h2>${chH3}</h2>
<ol>${chList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div>
<div class="footnotes_container"><h3 class="footnotes_header">Footnotes</h3><ol class="footnotes">${chNotes
  .map(
    (n, i) => `<li
id="footnote${i + 1}">${n}</li>`,
  )
  .join('\n')}</ol></div>
<div class="author_bio_box"><div class="author_bio_image"><img src="/media/images/author/adler.jpg" alt=""></div><div
class="author_bio_text"><p>${chBio}</p></div></div>
<div class="article_copyright"><p>${chCopy}</p></div>
<div class="discussion_container" id="comments"><h3>${chDisc[0]}</h3><a class="comment_link" href="#add_comment">${chDisc[1]}</a>
<div class="sort_by"><span>${chDisc[2]}</span> <a href="?sort=new">${chDisc[3]}</a> | <a href="?sort=old">${chDisc[4]}</a></div></div></div>
<aside class="related_sidebar"><h3>${chMore[0]}</h3><ul>${links(chMore.slice(1))}</ul>
<div class="newsletter_box"><h4>${chNews[0]}</h4><form><label for="nl" class="sr-only">${chNews[1]}</label><input id="nl" type="email"
placeholder="Email address"><button>${chNews[2]}</button></form></div></aside></div>
<footer id="footer"><ul class="footer_links">${links(chFoot.slice(0, 4))}</ul><p class="footer_auspices">${chFoot[4]}</p></footer></div></body></html>`;
export const chabadArticle: TestPage = {
  html: chHtml,
  name: 'heldout220-chabad-article',
  kind: 'docs',
  // the footnote markers stay in their paragraphs (body, with the digit); the footnotes list is body too, after the text;
  // the "Footnotes" heading, bio, copyright notice, toolbar, discussion call and rails are furniture
  title: chTitle,
  headings: [chH1, chH2, chH3],
  body: [...texts(chP1), ...chP2, ...chP3, ...chList, ...chNotes],
  bylines: ['By Mendel Adler'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    ...chTop, ...chNav, ...chCrumbs, ...chTools, 'Footnotes', chBio, chCopy, ...chDisc, ...chMore, ...chNews, ...chFoot,
  ]),
};
