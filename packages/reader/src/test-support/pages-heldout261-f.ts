import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file f: a The Conversation-style academic article (topic nav, "Published" line, author card with
 * affiliation, disclosure statement, partner logos, "Read more:" inline promos, "Republish this article" box, donation
 * ask, topics, a comment thread, "You might also like", footer) and a Longreads-style essay on a WordPress.com theme
 * (category, byline, date, reading time, Jetpack share buttons and related posts, editor credits, member-support box and
 * the wpcom follow action bar).
 */
const cTitle = 'Why some children learn to read late – and why most of them catch up';
const cDek = 'Reading late is common, and in most cases it is not a sign that something is wrong. Here is what the research says.';
const cHeads = ['A wide normal range', 'When to look closer', 'What helps'];
const cP1 = [
  j(
    'Every year, many parents are told at a school meeting that their child is "behind" in reading. It is a frightening word. But',
    'in my research following more than 2,000 children in the fictional region of Wessmoor from the age of four to eleven, being',
    'behind at six turned out to predict surprisingly little about how a child was reading at ten.',
  ),
];
const cP2 = [
  j(
    'Children start reading at very different ages. In our data, some were reading simple books fluently before they turned five,',
    'while others did not decode confidently until they were nearly eight. By the age of ten, roughly four in five of the late',
    'starters were reading at or above the level expected for their age.',
  ),
  j(
    'This fits with what we know from countries where formal reading instruction begins at six or seven. Children there do not',
    'end up reading worse than those taught from four; by adolescence the differences largely disappear.',
  ),
];
const cP3 = [
  'That does not mean late reading should always be ignored. In our study, a smaller group of children did not catch up. They tended to share some signs:',
];
const cList = [
  'difficulty hearing the separate sounds in spoken words, such as rhymes or first letters',
  'a family history of reading difficulties such as dyslexia',
  'slow progress even after months of regular, well-taught phonics sessions',
];
const cP4 = [
  j(
    'For these children, early and specific help makes a real difference, and waiting to see can cost them years. The point is not',
    'to stop worrying altogether, but to worry about the right things.',
  ),
];
const cP5 = [
  j(
    'For most late readers, the best support is the same as for any child: being read to often, talking about books, and access',
    'to texts they actually want to read, including comics and magazines. Pressure tends to backfire. Children who come to see',
    'reading as a test they are failing often start to avoid it, and avoidance is the real risk.',
  ),
  j(
    'If a teacher suggests your child is behind, it is reasonable to ask what exactly they are finding difficult, and what the',
    'school plans to do about it. A clear answer to those two questions is worth more than any single reading age.',
  ),
];
const cRead = ['Read more: Phonics works – but it is not the whole story', 'Read more: How reading aloud to babies shapes their language'];
const cNav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Technology'];
const cTopics = ['Reading skills', 'Literacy', 'Primary school', 'Child development', 'Dyslexia'];
const cComments = [
  'My son did not read until he was seven and a half. He is now studying literature at university. Thank you for writing this.',
  'Useful article. I would add that eye tests are worth doing early, as that was the whole problem for my daughter.',
];
const cAlso = ['How many words does a toddler need to know?', 'Screen time and language: what the evidence really shows'];
const cFoot = ['Who we are', 'Our charter', 'Our team', 'Partners and funders', 'Contact us', 'Privacy policy', 'Terms and conditions', 'Corrections'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle}</title>
<meta name="description" content="${cDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Discourse">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","author":[{"@type":"Person",
"name":"Helena Marsh-Adeyemi"}],
"datePublished":"2026-03-03T15:12:00Z","publisher":{"@type":"Organization","name":"The Discourse"}}</script>
<script>window.dataLayer=[{"articleId":271845,"section":"education","authorCount":1}];</script></head>
<body class="articles show"><header id="site-header"><a class="logo" href="/uk">The Discourse</a><nav class="sections"><ul>${links(cNav)}</ul></nav>
<a class="button donate" href="/donate">Donate</a><a class="get-newsletter" href="/newsletter">Get newsletter</a></header>
<main id="main"><article class="content-article" itemscope itemtype="http://schema.org/NewsArticle"><div class="content-header">
<h1 class="legacy entry-title instapaper_title" itemprop="name">${cTitle}</h1>
<div class="content-subtitle" itemprop="description"><p>${cDek}</p></div>
<div class="timestamps"><time datetime="2026-03-03T15:12:00Z" class="dtstamp">Published: March 3, 2026 3:12pm GMT</time></div></div>
<figure class="align-center"><img alt="A child reading a picture book" src="https://images.thediscourse.example/files/child.jpg">
<figcaption><span class="caption">A child reads a picture book at home.</span><span class="attribution"><a href="#">Fenwick Images</a></span></figcaption>
</figure>
<div itemprop="articleBody" class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos">
${ps(cP1)}
<p><em><a href="/phonics-works-271002">${cRead[0]}</a></em></p>
<h2>${cHeads[0]}</h2>
${ps(cP2)}
<h2>${cHeads[1]}</h2>
${ps(cP3)}<ul>${cList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(cP4)}
<p><em><a href="/reading-aloud-babies-270514">${cRead[1]}</a></em></p>
<h2>${cHeads[2]}</h2>
${ps(cP5)}
</div><div class="republish-box"><h3>Republish this article</h3><p>We believe in the free flow of information. Republish our articles for free,
online or in print, under Creative Commons licence.</p></div>
<aside class="content-sidebar"><div class="content-authors-group"><h3>Author</h3><ul><li class="author"><a href="/profiles/helena-marsh-adeyemi"
class="author-name" itemprop="author">Helena Marsh-Adeyemi</a><span class="role">Professor of Early Literacy, University of Carrowby</span></li></ul></div>
<div class="disclosure"><h3>Disclosure statement</h3><p>Helena Marsh-Adeyemi receives funding from the Wessmoor Education Trust.</p></div>
<div class="partners"><h3>Partners</h3><p>University of Carrowby provides funding as a member of The Discourse UK.</p></div></aside>
<div class="donate-ask"><p>Our audience’s support fuels our nonprofit journalism.</p><a href="/donate">Donate now</a></div>
<div class="topic-list"><ul>${links(cTopics, 'topic-list-item')}</ul></div></article>
<section id="comments" class="comments"><h2>Comments</h2><ul>
<li class="comment"><span class="comment-author">Ruth Penhallow</span><span class="comment-date">logged in via email</span><p>${cComments[0]}</p></li>
<li class="comment"><span class="comment-author">Sam Ibekwe-Ford</span><p>${cComments[1]}</p></li></ul></section>
<section class="also-like"><h2>You might also like</h2><ul>${links(cAlso)}</ul></section></main>
<footer id="footer"><ul>${links(cFoot)}</ul><p>Copyright © 2010–2026, The Discourse UK</p></footer>
<div id="cookie-banner"><p>This site uses cookies. By continuing, you agree to our use of cookies.</p><button>OK</button></div></body></html>`;
const conversation: TestPage = {
  name: 'heldout261-theconversation-academic-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([cDek, ...cP1, ...cP2, ...cP3, ...cList, ...cP4, ...cP5]),
  bylines: ['Published: March 3, 2026 3:12pm GMT', 'Helena Marsh-Adeyemi'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Discourse', ...cNav, 'Donate', 'Get newsletter', 'A child reads a picture book at home.', 'Fenwick Images', ...cRead,
    'Republish this article',
    'We believe in the free flow of information. Republish our articles for free, online or in print, under Creative Commons licence.',
    'Author', 'Professor of Early Literacy, University of Carrowby', 'Disclosure statement',
    'Helena Marsh-Adeyemi receives funding from the Wessmoor Education Trust.', 'Partners',
    'University of Carrowby provides funding as a member of The Discourse UK.',
    'Our audience’s support fuels our nonprofit journalism.', 'Donate now', ...cTopics, 'Comments', 'Ruth Penhallow', 'logged in via email', ...cComments,
    'Sam Ibekwe-Ford', 'You might also like', ...cAlso, ...cFoot, 'Copyright © 2010–2026, The Discourse UK',
    'This site uses cookies. By continuing, you agree to our use of cookies.',
  ],
};

const lTitle = 'My Father’s Radio';
const lP = [
  j(
    'My father kept a shortwave radio on the kitchen windowsill, between a jar of screws and a spider plant that never died no',
    'matter how little anyone watered it. Every night after dinner he would turn the big dial slowly, past static and whistles and',
    'the sudden bright blare of a station, listening for voices from places he would never visit.',
  ),
  j(
    'He did not speak the languages. That was not the point. He liked knowing that somewhere a man was reading the weather for a',
    'coast he had never seen, or a woman was playing records in a studio in a city whose name he could not pronounce. He said it',
    'made the kitchen bigger.',
  ),
  j(
    'When I was nine, he taught me to log the stations: the frequency, the time, a guess at the language, and one word I thought I',
    'had heard. My notebook from that year is full of words that are probably not words at all. <em>Telamo. Vistra. Okka.</em> I',
    'still do not know what any of them mean.',
  ),
  j(
    'After he died, the radio came to me, along with his own logbooks, forty years of them, in a cardboard box that smelled of',
    'his workshop. I expected lists. What I found, in the margins, was a diary. Next to a station from the far north he had written',
    '"first snow here, too." Next to another: "D. born today." That is me.',
  ),
  j(
    'I do not listen to shortwave much. Most of the stations he loved have gone silent, replaced by streams that arrive without',
    'static, and without the feeling that they have crossed anything to reach you. But some nights I turn the dial anyway, slowly,',
    'the way he did. Mostly there is only hiss. Once in a while there is a voice, very faint, reading numbers or a forecast, and',
    'for a moment the kitchen gets bigger.',
  ),
];
const lNav = ['Essays', 'Reading Lists', 'Exclusives', 'Top 5', 'Audio', 'About'];
const lShare = ['Share on Facebook (Opens in new window)', 'Share on X (Opens in new window)', 'Email a link to a friend (Opens in new window)'];
const lRel = ['The Lighthouse Keeper’s Logbook', 'What My Grandmother Kept in Her Freezer', 'Static: An Essay in Frequencies'];
const lBar = [
  'Follow',
  'Subscribe',
  'Sign up',
  'Log in',
  'Copy shortlink',
  'Report this content',
  'View post in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${lTitle} – Longhaul</title>
<meta name="description" content="A daughter inherits her father’s shortwave radio, and forty years of his logbooks.">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${lTitle}","author":{"@type":"Person",
"name":"Delia Vantongeren"}}</script>
<link rel="stylesheet" id="longhaul-style-css" href="https://s0.wp.example/wp-content/themes/pub/longhaul/style.css?m=1709"></head>
<body class="post-template-default single single-post postid-158203 single-format-standard wp-embed-responsive"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><header id="masthead" class="site-header"><p class="site-title">
<a href="/">Longhaul</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(lNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-158203" class="post-158203 post type-post status-publish format-standard has-post-thumbnail hentry category-essays tag-family tag-radio">
<header class="entry-header"><span class="cat-links"><a href="/category/essays/" rel="category tag">Essays</a></span>
<h1 class="entry-title">${lTitle}</h1><div class="entry-meta"><span class="byline">By <span class="author vcard">
<a class="url fn n" href="/author/dvantongeren/">Delia
Vantongeren</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-02-26T08:00:00-05:00">February 26, 2026</time></span>
<span class="reading-time">5 minutes</span></div></header>
<div class="post-thumbnail"><img class="attachment-post-thumbnail wp-post-image" alt="" src="https://longhaul.example/files/2026/02/radio.jpg">
<p class="wp-caption-text">Photo by Halvard Eng via Unsplosh</p></div>
<div class="entry-content">
${ps(lP)}
<hr class="wp-block-separator"><p class="has-small-font-size"><em>Editor: Corinne Albescu<br>Copy editor: Wes Tamura</em></p>
<div class="wp-block-group longhaul-support"><p>Longhaul is reader-supported. Become a member and help us publish more stories like this.</p>
<a class="wp-block-button__link" href="/support/">Support Longhaul</a></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${lShare.map((t) => `<li><a class="share-icon sd-button" href="#"><span>${t}</span></a></li>`).join('\n')}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>${links(lRel, 'jp-relatedposts-post')}</ul>
</div>
</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/family/" rel="tag">Family</a>, <a href="/tag/radio/" rel="tag">Radio</a></span>
</footer></article></main></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.example/">Blog at WordPress.example.</a></div></footer></div>
<div id="actionbar" class="actnbr-pub-longhaul actnbr-has-follow"><ul>${lBar.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul></div>
<script>var actionbardata={"siteID":"21482231","postID":"158203","siteName":"Longhaul","canFollow":true};</script></body></html>`;
const longreads: TestPage = {
  name: 'heldout261-longreads-wpcom-essay-blog',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts(lP),
  bylines: ['Delia Vantongeren', 'February 26, 2026', 'Editor: Corinne Albescu', 'Copy editor: Wes Tamura'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Longhaul', ...lNav, '5 minutes', 'Photo by Halvard Eng via Unsplosh',
    'Longhaul is reader-supported. Become a member and help us publish more stories like this.', 'Support Longhaul', 'Share this:', ...lShare, 'Related',
    ...lRel,
    'Tagged', 'Family', 'Radio', 'Blog at WordPress.example.', ...lBar,
  ],
};

export const HELDOUT261_F: readonly TestPage[] = [conversation, longreads];
