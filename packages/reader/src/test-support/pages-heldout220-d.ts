import { links, ps, type TestPage, texts } from './page-kit.js';
import { ctArticle } from './pages-heldout220-d2.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file d: a Patheos blog post (the network header with faith channels and "Newsletters", the blog's own
 * banner and tagline, ad slots with "Advertisement" labels, one between paragraphs, the category and date line, the
 * "Image via" credit, the author box with "About", tags, "Next and previous post links", the "Browse Our Archives" select,
 * "Follow Us!", the comments placeholder, the "Trending at Patheos" rail and the footer) and, from file d2, a Christianity
 * Today news article.
 */
const ptTitle = 'What the Church Potluck Taught Me About Grace';
const ptP1 = [
  'I grew up Baptist in a small Ohio town, which means I grew up eating green bean casserole in a fellowship hall with wood panelling. ' +
    'I did not think of those potlucks as theology. I thought of them as the reward for sitting through a long sermon.',
  'I have changed my mind. Twenty years later, having served in three churches and pastored one, I think the potluck might be the ' +
    'most honest picture of grace a congregation ever paints.',
];
const ptH1 = 'Nobody checks what you brought';
const ptP2 = [
  'At every potluck I have attended, someone brings something extraordinary: the smoked brisket, the seven-layer salad, the ' +
    'homemade pie with the lattice top. And someone brings a bag of store-bought rolls, still in the plastic.',
  'Nobody checks at the door. Nobody says the rolls person may eat only rolls. The brisket is for everyone. The family who brought ' +
    'nothing because the week fell apart eats just as well as the family who spent Saturday cooking.',
  'That is not a bad description of how Paul talks about the table in Corinth, or how Jesus talks about the banquet where the guests ' +
    'are gathered from the highways and hedges. The meal is given, not earned.',
];
const ptH2 = 'The person who always does the dishes';
const ptP3 = [
  'There is also, in every church, a woman named something like Doris who has done the dishes after every potluck since 1987. She ' +
    'does not give the announcements. She is not on the elder board. But nothing works without her.',
  'I used to think of Doris as a sweet background detail. Now I think she is the point. Grace, when it takes root in a community, ' +
    'does not look like heroics. It looks like someone quietly rinsing casserole dishes so that everyone else can linger and talk.',
];
const ptH3 = 'Bring what you have';
const ptP4 = [
  'Many of the people I talk to now have left church, some for very good reasons. I do not want to romanticise fellowship halls. ' +
    'Plenty of them have been places of gossip and exclusion too.',
  'But when I think about what I hope the church can be, I keep picturing a long table with mismatched dishes, and a sign that ' +
    'says, in effect, bring what you have, and if you have nothing, come anyway.',
];
const ptChannels = ['Catholic', 'Evangelical', 'Progressive Christian', 'Jewish', 'Muslim', 'Buddhist', 'Pagan', 'Nonreligious', 'Newsletters'];
const ptBlog = ['Tables and Pulpits', 'Ordinary faith, shared over ordinary food'];
const ptMeta = ['Evangelical', 'Community'];
const ptCredit = 'Image via Pexels';
const ptAbout = [
  'About Caleb Whitford',
  'Caleb Whitford is a former pastor and a hospital chaplain in Columbus, Ohio. He writes about food, faith and the church.',
  'You can read more about the author here.',
];
const ptTags = ['Tags:', 'church', 'community', 'grace', 'hospitality'];
const ptNext = ['Next and Previous Post links', 'Previous Post', 'Why I Stopped Skipping Communion', 'Next Post', 'Lament Is Not a Lack of Faith'];
const ptArchive = ['Browse Our Archives', 'Select Month', 'June 2025', 'May 2025', 'April 2025'];
const ptFollow = ['Follow Us!', 'Facebook', 'Instagram', 'YouTube'];
const ptComments = ['Comments', 'Join the conversation', 'Log in', 'Sign up'];
const ptTrend = [
  'Trending at Patheos Evangelical',
  'The Hymn My Grandmother Would Not Sing',
  'Five Psalms for a Sleepless Night',
  'Is Your Small Group Too Small?',
];
const ptFoot = [
  'About Patheos',
  'Contact Us',
  'Privacy Policy',
  'Terms of Service',
  'Do Not Sell My Personal Information',
  'Copyright 2008-2025, Patheos. All rights reserved.',
];
const ptAd = (id: string): string =>
  `<div class="ad-container ad-inarticle" data-ad-unit="patheos/evangelical/${id}"><span class="ad-label">Advertisement</span><div id="${id}"
class="htlad-${id}"></div></div>`;
const ptHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the Church Potluck Taught Me About Grace | Caleb Whitford</title>
<meta name="description" content="The church potluck might be the most honest picture of grace a congregation ever paints.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tables and Pulpits"><meta property="og:title" content="${ptTitle}">
<meta property="article:published_time" content="2025-06-24T11:00:00+00:00"><meta property="article:section" content="Evangelical">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${ptTitle}",
"datePublished":"2025-06-24T11:00:00+00:00",
"author":{"@type":"Person","name":"Caleb Whitford"},"publisher":{"@type":"Organization","name":"Patheos"}}]}</script>
<script async src="https://htlbid.example/v3/patheos.com/htlbid.js"></script><script>window.htlbid = window.htlbid || {}; htlbid.cmd = htlbid.cmd ||
[];</script></head>
<body class="post-template-default single single-post postid-9021 channel-evangelical blog-tablesandpulpits">
<div id="patheos-header" class="header-main"><div class="header-inner"><a class="patheos-logo" href="https://www.patheos.example/"><img
src="/img/patheos-logo.svg" alt="Patheos"></a>
<nav class="channel-nav" aria-label="Channels"><ul>${links(ptChannels, 'channel-nav-item')}</ul></nav>
<form class="header-search" action="https://www.patheos.example/search-results"><input type="text" name="q" placeholder="Search"><button
type="submit" class="sr-only">Go</button></form></div></div>
${ptAd('div-leaderboard')}
<div id="blog-banner" class="blog-header"><a href="/tablesandpulpits/"><h2 class="blog-title">${ptBlog[0]}</h2></a><p
class="blog-tagline">${ptBlog[1]}</p></div>
<div class="main-container"><div id="main-content" class="col-main"><article id="post-9021"
class="post-9021 post type-post status-publish format-standard has-post-thumbnail category-evangelical category-community">
<div class="post-info"><span class="post-category"><a href="/tablesandpulpits/category/evangelical/">${ptMeta[0]}</a>, <a
href="/tablesandpulpits/category/community/">${ptMeta[1]}</a></span></div>
<h1 class="entry-title">${ptTitle}</h1>
<div class="post-meta"><span class="author-name">by <a href="/tablesandpulpits/about/">Caleb Whitford</a></span> <span
class="post-date">June 24, 2025</span></div>
<div class="entry-content">
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533"
src="https://wp-media.patheos.example/blogs/sites/1022/2025/06/potluck.jpg" alt="Long table at a church potluck">
<figcaption class="wp-element-caption">${ptCredit}</figcaption></figure>
${ps(ptP1)}
${ptAd('div-inarticle-1')}
<h2>${ptH1}</h2>
${ps(ptP2)}
${ptAd('div-inarticle-2')}
<h2>${ptH2}</h2>
${ps(ptP3)}
<h2>${ptH3}</h2>
${ps(ptP4)}
</div>
<div class="author-box"><h3 class="author-box-title">${ptAbout[0]}</h3><p>${ptAbout[1]}</p><p><a href="/tablesandpulpits/about/">${ptAbout[2]}</a></p></div>
<div class="post-tags"><span class="tags-label">${ptTags[0]}</span> ${ptTags
  .slice(1)
  .map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`)
  .join(', ')}</div>
<div class="next-prev-post"><h2 class="sr-only">${ptNext[0]}</h2><div class="previous-post"><span>${ptNext[1]}</span><a href="/p/"
rel="prev">${ptNext[2]}</a></div>
<div class="next-post"><span>${ptNext[3]}</span><a href="/n/" rel="next">${ptNext[4]}</a></div></div>
<div class="archives-select"><h3>${ptArchive[0]}</h3><select name="archive-dropdown"><option value="">${ptArchive[1]}</option>
${ptArchive
  .slice(2)
  .map((m) => `<option value="/tablesandpulpits/${m}/">${m}</option>`)
  .join('')}</select></div>
<div class="follow-us"><h3>${ptFollow[0]}</h3><ul>${links(ptFollow.slice(1))}</ul></div>
<div id="comments" class="comments-section"><h3 class="comments-title">${ptComments[0]}</h3><div id="openweb-conversation"
data-spotim-module="conversation" data-post-id="9021">
<div class="spcv_conversation-header"><span>${ptComments[1]}</span><button>${ptComments[2]}</button><button>${ptComments[3]}</button></div></div></div>
</article></div>
<aside id="sidebar" class="col-sidebar">${ptAd('div-sidebar-1')}<div class="widget trending-widget"><h3 class="widget-title">${ptTrend[0]}</h3>
<ul>${links(ptTrend.slice(1), 'trending-item')}</ul></div>${ptAd('div-sidebar-2')}</aside></div>
<footer id="patheos-footer"><div class="footer-inner"><ul class="footer-links">${links(ptFoot.slice(0, 5))}</ul><p
class="copyright">${ptFoot[5]}</p></div></footer>
<script src="https://www.patheos.example/wp-content/themes/patheos/js/main.min.js?ver=5.2.0"></script></body></html>`;
const patheosPost: TestPage = {
  html: ptHtml,
  name: 'heldout220-patheos-blog-post',
  kind: 'blog',
  // the blog banner, categories, image credit, ad labels, author box, tags, post links, archives, follow box, the comments
  // placeholder, the trending rail and the footer are furniture
  title: ptTitle,
  headings: [ptH1, ptH2, ptH3],
  body: [...texts(ptP1), ...ptP2, ...ptP3, ...ptP4],
  bylines: ['Caleb Whitford', 'June 24, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    ...ptChannels, 'Advertisement', ...ptBlog, ...ptMeta, ptCredit, ...ptAbout, ...ptTags, ...ptNext, ...ptArchive, ...ptFollow, ...ptComments,
    ...ptTrend, ...ptFoot,
  ]),
};

/** Batch 220, file d: the Patheos blog post and the Christianity Today article. */
export const HELDOUT220_D: readonly TestPage[] = [patheosPost, ctArticle];
