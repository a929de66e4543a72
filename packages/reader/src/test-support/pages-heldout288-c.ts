import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';
import { funeralHome } from './pages-heldout288-c2.js';

/**
 * Held-out batch 288, file c: a neighbourhood association's post on WordPress with the Twenty Twenty-One theme (site header
 * with the primary menu, entry header, Gutenberg blocks with a heading, a list, a table and a pull quote, the entry footer with
 * "Published" / "Categorized as" / "Tagged", post navigation, three comments with the reply form, footer widgets) and, from
 * file c2, a funeral home's obituary page with a guestbook.
 */
const nTitle = 'Residents back the Larkspur Road crossing: results of our traffic survey';
const nHeads = ['What we asked', 'What you told us', 'What happens next'];
const nIntro = [
  j(
    'Thank you to the 214 households who filled in our traffic survey in January. That is just over half of the homes in the',
    'Larkspur and Orchard Rise area, and by some distance the best response the association has ever had.',
  ),
];
const nAsked = [
  j(
    'The survey had eight questions about speeding, parking and crossing the road, with space at the end for comments. Volunteers',
    'delivered paper copies to every door, and about a third of you answered online.',
  ),
];
const nTold = [
  'The results were clearer than the committee expected. The headline figures are below.',
  'Support a zebra crossing near the Larkspur Road shops',
  'Think traffic is faster than it was five years ago',
  'Have had a near miss while crossing with children or a pushchair',
  'Would support a 20mph limit on Orchard Rise',
  j(
    'Many of the written comments mentioned the school run and the delivery vans that use Orchard Rise as a cut-through to the',
    'bypass. Several older residents said they no longer walk to the shops because they do not feel safe crossing.',
  ),
  '“I have lived here for forty years and I have never seen the road this busy. We need a crossing before someone is hurt.”',
];
const nRows = [
  ['Zebra crossing', '81%', '11%'],
  ['20mph limit', '67%', '22%'],
  ['Residents’ parking', '38%', '49%'],
];
const nNext = [
  j(
    'The committee has sent the full results to the county council’s highways team and to our two ward councillors, who have both',
    'agreed to meet us on site in March. We will also present the survey at the next area forum on 24 March at the Methodist hall.',
  ),
  j(
    'Residents’ parking did not have majority support, so we will not be taking it further for now. If you would like a copy of',
    'the anonymised comments, email the secretary and we will send one.',
  ),
];
const nStats = ['81%', '74%', '46%', '67%'];
const nComments = [
  ['Priya Halloran', 'March 1, 2026 at 8:12 pm', 'Great work everyone. Happy to help with leafleting for the area forum.'],
  ['Bernard Koss', 'March 2, 2026 at 10:40 am', 'Was the 20mph question about Orchard Rise only, or the whole estate?'],
  ['Larkspur Residents', 'March 2, 2026 at 11:05 am', 'Orchard Rise only, Bernard. We can add the rest of the estate next year.'],
];
const nNav = ['Home', 'About', 'News', 'Events', 'Join', 'Contact'];
const nTags = ['crossing', 'survey', 'traffic'];
const nRecent = ['Spring litter pick: 14 March', 'Minutes of the February committee meeting', 'Orchard Rise hedge planting'];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${nTitle} &#8211; Larkspur &amp; Orchard Rise Residents’ Association</title><meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://larkspurresidents.org.uk/wp-content/themes/twentytwentyone/style.css?ver=2.1'
media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${nTitle}",
"datePublished":"2026-03-01T18:30:11+00:00","author":{"name":"Larkspur Residents"}}]}</script>
<link rel="alternate" type="application/rss+xml" title="Larkspur Residents &raquo; Feed" href="https://larkspurresidents.org.uk/feed/" /></head>
<body class="post-template-default single single-post postid-612 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title">
<a href="https://larkspurresidents.org.uk/">Larkspur &amp; Orchard Rise Residents’ Association</a></p>
<p class="site-description">Working together for a safer, greener neighbourhood</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container"><button id="primary-mobile-menu"
class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">Menu</span><span
class="dropdown-icon close">Close</span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">${links(nNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-612" class="post-612 post type-post status-publish format-standard hentry category-news tag-crossing tag-survey tag-traffic entry">
<header class="entry-header alignwide"><h1 class="entry-title">${nTitle}</h1></header>
<div class="entry-content">
${ps(nIntro)}
<h2 class="wp-block-heading">${nHeads[0]}</h2>
${ps(nAsked)}
<h2 class="wp-block-heading">${nHeads[1]}</h2>
${ps(nTold.slice(0, 1))}
<ul class="wp-block-list">${nTold
  .slice(1, 5)
  .map((t, i) => `<li><strong>${nStats[i]}</strong> ${t}</li>`)
  .join('\n')}</ul>
<figure class="wp-block-table"><table><thead><tr><th>Proposal</th> <th>For</th> <th>Against</th></tr></thead><tbody>
${nRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}
</tbody></table><figcaption class="wp-element-caption">Table: survey responses, January 2026 (214 households)</figcaption></figure>
${ps(nTold.slice(5, 6))}
<figure class="wp-block-pullquote"><blockquote><p>${nTold[6]}</p><cite>Survey respondent, Orchard Rise</cite></blockquote></figure>
<h2 class="wp-block-heading">${nHeads[2]}</h2>
${ps(nNext)}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2026-03-01T18:30:11+00:00">March 1, 2026</time></span><span class="byline">By <a href="/author/committee/" rel="author">Larkspur Residents</a>
</span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/news/" rel="category tag">News</a> </span>
<span class="tags-links">Tagged ${nTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></div></footer></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">3 comments</h2><ol class="comment-list">
${nComments
  .map(
    ([a, d, t], i) => `<li id="comment-${i + 40}" class="comment even thread-even depth-1"><article id="div-comment-${i + 40}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${a}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${i + 40}"><time datetime="2026-03-01">${d}</time></a></div></footer>
<div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label> <textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/spring-litter-pick/" rel="prev"><p class="meta-nav">Previous post</p><p
class="post-title">Spring litter pick: 14 March</p></a></div>
<div class="nav-next"><a href="/hedge-planting/" rel="next"><p class="meta-nav">Next post</p><p class="post-title">Orchard Rise hedge planting</p></a></div>
</div></nav>
</main></div></div>
<aside class="widget-area"><section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">Recent Posts</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">${links(nRecent)}</ul></section>
<section id="block-4" class="widget widget_block"><p>Membership is free for every household in the area. Pick up a form at the Larkspur Road post office.</p>
</section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/">Larkspur &amp; Orchard Rise Residents’ Association</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest
&& window.NodeList && NodeList.prototype.forEach )</script>
</body></html>`;
const wpResidents: TestPage = {
  name: 'heldout288-wordpress-twentytwentyone-residents-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [
    ...texts([...nIntro, ...nAsked, ...nTold.slice(0, 1)]),
    ...nTold.slice(1, 5).map((t, i) => `${nStats[i]} ${t}`),
    ...nRows.map((r) => r.join(' ')),
    ...texts([...nTold.slice(5), ...nNext]),
  ],
  bylines: ['Published March 1, 2026', 'By Larkspur Residents'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Larkspur & Orchard Rise Residents’ Association', 'Working together for a safer, greener neighbourhood', 'Menu', 'Close', ...nNav,
    'Table: survey responses, January 2026 (214 households)', 'Survey respondent, Orchard Rise', 'Categorized as', 'Tagged crossing, survey, traffic',
    '3 comments', ...nComments.flatMap(([a, d, t]) => [a ?? '', d ?? '', t ?? '']).filter((t) => t !== 'Larkspur Residents'), 'says:', 'Reply',
    'Leave a comment', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Post navigation', 'Previous post',
    'Next post', 'Recent Posts', ...nRecent,
    'Membership is free for every household in the area. Pick up a form at the Larkspur Road post office.', 'Proudly powered by WordPress.',
  ],
};

export const HELDOUT288_C: readonly TestPage[] = [wpResidents, funeralHome];
