import { links, ps, type TestPage, texts } from './page-kit.js';
import { wixTeacherPost } from './pages-heldout223-f2.js';

/**
 * Held-out batch 223, file f: a choir's concert report on its WordPress site (GeneratePress theme: header with the choir's
 * name and tagline, the menu, the entry header with the posted date and author, a gallery of captioned photos, a pull quote
 * that is part of the report, the category and tag links, the post navigation, the "Leave a Reply" form, the sidebar with
 * "Next concert", "Join us" and the mailing-list form, and the footer with the charity number) and, from file f2, a Wix blog
 * post on a music teacher's studio site.
 */
const chTitle = 'Concert report: Haydn’s Creation in St Aldhelm’s';
const chP1 = [
  'On Saturday 15 November the choir performed Haydn’s The Creation in St Aldhelm’s Church to an audience of nearly three hundred, ' +
    'the largest we have ever had. Thank you to everyone who came, and to everyone who helped make the evening happen.',
  'We were joined by the Wendle Sinfonia under the baton of our musical director, Rosalind Achebe, and by three wonderful soloists: ' +
    'Hannah Okonjo (soprano), Daniel Prieto (tenor) and Gareth Bellamy (bass).',
];
const chH1 = 'The performance';
const chP2 = [
  'From the first unsettling chords of the Representation of Chaos to the final Amen, the church was completely silent. The moment ' +
    'the choir burst in with “and there was light” made several people in the front row jump, which Rosalind later admitted had been ' +
    'exactly the plan.',
  'The choruses that had given us most trouble in rehearsal, “The Heavens Are Telling” above all, came together on the night with ' +
    'real confidence. The tenors, who are only nine strong this season, deserve a special mention for holding their own against a ' +
    'full orchestra.',
  'Hannah Okonjo’s “On Mighty Pens” was a highlight for many, and the duets between Adam and Eve in Part Three, sung by Hannah ' +
    'and Gareth, brought the evening to a gentle, warm close before the final chorus.',
];
const chQuote = 'It was the best I have heard this choir sing in twenty years of coming to their concerts. — an audience member';
const chH2 = 'Thank you';
const chP3 = [
  'A concert like this takes months of work off the stage as well as on it. Our thanks go to the churchwardens of St Aldhelm’s, ' +
    'the front-of-house team led by Pam Whitworth, our rehearsal accompanist Li Wen, and the many members who baked for the interval.',
  'The retiring collection raised £1,142 for the Wendle Food Bank, which will be handed over at our Christmas concert.',
];
const chH3 = 'What comes next';
const chP4 = [
  'Rehearsals for our Christmas concert begin on Tuesday. New singers are always welcome, especially tenors and basses, and there ' +
    'is no audition. Come along to any Tuesday rehearsal at 7.30pm in the church hall and try us out.',
];
const chCaptions = [
  'The choir and Wendle Sinfonia in St Aldhelm’s.',
  'Rosalind Achebe in rehearsal on the afternoon of the concert.',
  'Our soloists take a bow. Photos: Martin Keogh.',
];
const chNav = ['Home', 'About Us', 'Concerts', 'Join the Choir', 'News', 'Gallery', 'Contact'];
const chFoot = ['Privacy Policy', 'Safeguarding', 'Accessibility', 'Members’ Area'];
const chHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concert report: Haydn’s Creation in St Aldhelm’s – Wendle Choral Society</title><meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Wendle Choral Society » Feed" href="https://wendlechoral.example/feed/">
<meta property="og:type" content="article"><meta property="og:title" content="${chTitle}">
<meta property="article:published_time" content="2025-11-18T20:15:43+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${chTitle}",
"author":{"name":"Jenny Cartwright"},"datePublished":"2025-11-18T20:15:43+00:00","articleSection":["Concerts"]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://wendlechoral.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1"
media="all">
<script src="https://wendlechoral.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1872 single-format-standard right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://wendlechoral.example/" rel="home">Wendle Choral Society</a></p>
<p class="site-description" itemprop="description">Singing in Wendle since 1921</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(chNav, 'menu-item')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-1872" class="post-1872 post type-post status-publish format-standard category-concerts tag-haydn" itemtype="https://schema.org/CreativeWork">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${chTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-11-18T20:15:43+00:00">18 November 2025</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/jenny/"><span class="author-name">Jenny Cartwright</span></a></span>
</span></div></header>
<div class="entry-content" itemprop="text">
${ps(chP1)}
<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">${chCaptions
  .map(
    (c, i) => `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/11/creation-${i}.jpg" alt=""><figcaption class="wp-element-caption">
${c}</figcaption></figure>`,
  )
  .join('\n')}</figure>
<h2 class="wp-block-heading">${chH1}</h2>
${ps(chP2)}
<blockquote class="wp-block-quote"><p>${chQuote}</p></blockquote>
<h2 class="wp-block-heading">${chH2}</h2>
${ps(chP3)}
<h2 class="wp-block-heading">${chH3}</h2>
${ps(chP4)}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/concerts/" rel="category tag">
Concerts</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/haydn/" rel="tag">Haydn</a>, <a href="/tag/oratorio/"
rel="tag">Oratorio</a></span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/2025/10/autumn-workshop/" rel="prev">Autumn singing day: a report</a></span></div><div class="nav-next"><span class="next">
<a href="/2025/11/christmas-tickets/" rel="next">Christmas concert tickets now on sale</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will
not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Next concert</h2><p>Carols by Candlelight</p>
<p>Saturday 13 December, 7pm, St Aldhelm’s Church</p><p><a href="/concerts/carols/">Book tickets</a></p></aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Join us</h2>
<p>We rehearse on Tuesdays at 7.30pm. No audition needed.</p></aside>
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">Mailing list</h2><form class="mc4wp-form"><p>
<label>Email address</label>
<input type="email" name="EMAIL"></p><p><input type="submit" value="Sign up"></p></form></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><ul class="footer-menu">${links(chFoot)}</ul>
<div class="copyright-bar">© 2025 Wendle Choral Society. Registered charity no. 502871.</div></div></footer></div>
<script id="generate-menu-js" src="https://wendlechoral.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
const choirReport: TestPage = {
  html: chHtml,
  name: 'heldout223-wordpress-choir-concert-report',
  kind: 'blog',
  // the audience quote is part of the report (body); gallery captions are furniture
  title: chTitle,
  headings: [chH1, chH2, chH3],
  body: [...texts(chP1), ...texts(chP2), chQuote, ...texts(chP3), ...texts(chP4)],
  bylines: ['18 November 2025', 'by Jenny Cartwright'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wendle Choral Society', 'Singing in Wendle since 1921', 'Menu', ...chNav, ...chCaptions, 'Categories', 'Concerts', 'Tags', 'Haydn',
    'Oratorio', 'Autumn singing day: a report', 'Christmas concert tickets now on sale', 'Leave a Reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Comment', 'Name', 'Email', 'Next concert', 'Carols by Candlelight', 'Saturday 13 December, 7pm, St Aldhelm’s Church',
    'Book tickets', 'Join us', 'We rehearse on Tuesdays at 7.30pm. No audition needed.', 'Mailing list', 'Email address', ...chFoot,
    '© 2025 Wendle Choral Society. Registered charity no. 502871.',
  ],
};

export const HELDOUT223_F: readonly TestPage[] = [choirReport, wixTeacherPost];
