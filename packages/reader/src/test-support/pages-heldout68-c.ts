import { links, type TestPage, texts } from './page-kit.js';
import { mkdocsPage } from './pages-heldout68-c2.js';

/**
 * Held-out batch 68, file c: a Substack post with its comments (the publication's top bar with subscribe and sign-in, title and
 * subtitle, author and date, the like / comment / restack / share row twice, a captioned image, h2s with anchor buttons, the
 * inline subscribe widget, a blockquote, a footnote anchor and footnote, the share button block, previous and next posts, the
 * "Discussion about this post" section with nested comments, "Liked by" lines and action buttons, the "Ready for more?" box and
 * the Substack footer, with the preloads script).
 */
const ssTitle = 'The Parking Minimum That Ate Main Street';
const ssSub = 'How a 1972 zoning rule quietly decided what Harlow’s downtown would look like, and what happened when the town finally ' + 'dropped it';
const ssIntro = [
  'If you walk down Front Street in Harlow today, you will pass eleven surface parking lots before you reach the river. In 1965, ' +
    'according to the old Sanborn fire maps at the county library, there were two.',
  'Nobody set out to replace a third of downtown with asphalt. It happened one building at a time, and almost all of it can be ' +
    'traced to a single paragraph in the town’s 1972 zoning code.',
];
const ssH1 = 'One paragraph, fifty years';
const ssPart1 = [
  'The rule was ordinary for its era. Any new business had to provide off-street parking: one space for every 200 square feet of ' +
    'retail, one for every three seats in a restaurant, two for every apartment. The idea was to keep shoppers’ cars off ' +
    'residential streets.',
  'The trouble was that Front Street’s lots were narrow and its buildings filled them edge to edge. A bakery that wanted to move ' +
    'into an empty storefront needed eight spaces it had no room for. The usual solution was to buy the building next door and ' +
    'knock it down.',
  'I went through every site plan the town approved between 1972 and 2019, which took most of last winter. Of the 64 demolitions ' +
    'on or near Front Street in that period, 41 were done to meet parking requirements.',
  'Former planning commissioner Walt Deering, now 88, remembers the hearings. He told me:',
];
const ssQuote =
  'We weren’t against old buildings. We just had a rule that said you couldn’t open a shop without parking, and the only ' +
  'place the parking could go was where the old buildings were.';
const ssH2 = 'What changed in 2020';
const ssPart2 = [
  'In 2020, after two years of meetings, the town council voted 5-2 to drop parking minimums for the downtown district entirely. ' +
    'Businesses could still build parking if they wanted to. They just didn’t have to.',
  'The results have been modest but real. Nine storefronts that had sat empty for years have reopened, including the old Kessler ' +
    'hardware building, which now holds a bookshop and four apartments. Two of the surface lots have been sold for infill housing.',
  'The predicted parking crisis has not arrived. A count the town commissioned last spring found that, even on a Saturday ' +
    'afternoon, downtown lots were never more than 62 percent full.',
  'None of this is unique to Harlow. Hundreds of American towns adopted nearly identical rules in the same decade, often copied ' +
    'word for word from the same model codes. Which means a lot of Main Streets are still paying for a paragraph nobody ' +
    'remembers writing.',
  '<em>Next week: what happened to the money the town used to spend maintaining those lots.</em>',
];
const ssNote =
  'The other 23 were fires, floods, or owners who simply stopped paying taxes. I’ve put the full spreadsheet on the site for ' +
  'anyone who wants to check my work.';
const ssCaption = 'Front Street looking east, 1964 and 2025. Photos: Harlow Historical Society / the author';
const ssWidget = 'Main Street Math is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
const ssComments: [string, string, string, string, number][] = [
  ['Bill Harmon', 'Oct 12', 'Our town did the same thing in 2018 and the sky did not fall. The hardest part was the first meeting.', 'Like (24)', 0],
  ['Nadia Ferreira', 'Oct 12', 'Bill, I’d love to hear more about how that first meeting went. Emailing you!', 'Like (6)', 1],
  ['Rosa Lindqvist', 'Oct 13', 'The Sanborn maps detail is great. Did the library let you scan them?', 'Like (9)', 0],
  ['Tom Achebe', 'Oct 14', 'Counterpoint: my mother can’t walk far and the closer lots matter to her.', 'Like (3)', 0],
];
const ssPrev = 'Why Harlow’s Bus Stopped Running on Sundays';
const ssNext = 'The Lot on Pine Street, Ten Years Later';
const ssFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ufi = (n: number): string => `<div class="post-ufi style-${n === 0 ? 'compressed' : 'large'}"><div class="like-button-container post-ufi-button">
<a role="button" class="post-ufi-button style-compressed has-label"><svg></svg><div class="label">214</div></a></div>
<a role="button" href="/p/the-parking-minimum-that-ate-main/comments" class="post-ufi-button post-ufi-comment-button"><svg></svg>
<div class="label">38</div></a><a role="button" class="post-ufi-button restack"><svg></svg><div class="label">21</div></a>
<div class="post-ufi-button share-button"><button class="pencraft pc-reset" aria-label="Share"><svg></svg><span
class="label">Share</span></button></div></div>`;
const ssHd = (t: string, id: string): string =>
  `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-position-absolute header-anchor-parent"><div class="pencraft ` +
  `header-anchor offset-top" id="§${id}"><button aria-label="Link" class="pencraft pc-reset"><svg></svg></button></div></div></h2>`;
const ssComment = ([n, d, t, l, depth]: [string, string, string, string, number]): string =>
  `<div class="comment${depth > 0 ? ' comment-reply' : ''}" data-depth="${depth}"><div class="comment-content"><div class="comment-meta">
<span class="commenter-name"><a href="https://substack.com/@${n.split(' ')[0]?.toLowerCase()}">${n}</a></span>${
    n === 'Nadia Ferreira' ? '<span class="pencraft comment-author-badge">Author</span>' : ''
  }<a class="comment-date" title="${d}, 2025">${d}</a></div><div class="comment-body"><p>${t}</p></div>
<div class="comment-actions"><button class="like-button">${l}</button><button>Reply</button><button>Share</button></div></div></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} - by Nadia Ferreira</title>
<meta name="description" content="${ssSub}"><meta property="og:site_name" content="Main Street Math">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://mainstreetmath.substack.example/p/the-parking-minimum-that-ate-main",
"headline":"${ssTitle}","author":[{"@type":"Person","name":"Nadia Ferreira"}],"datePublished":"2025-10-12T11:02:41+00:00","isAccessibleForFree":true}</script>
<style>.pencraft{box-sizing:border-box}.pc-reset{margin:0}</style></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><a href="/" class="navbar-logo-container"><img alt="" src="/img/logo.png"></a>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">Main Street Math</a></h1><div class="navbar-buttons">
<button class="pencraft pc-reset button primary">Subscribe</button><button class="pencraft pc-reset button">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3>
<div class="pencraft pc-display-flex byline-wrapper"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.com/@nadiaferreira" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Nadia Ferreira</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Oct 12, 2025</div></div>
${ufi(0)}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ssIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/front-street.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/front-street.jpeg" width="1456" height="728" alt=""></picture>
<div class="image-link-expand"><button class="pencraft pc-reset icon-container restack-image" aria-label="Restack"></button>
<button class="pencraft pc-reset icon-container view-image" aria-label="View"></button></div></div></a>
<figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
${ssHd(ssH1, '1')}
${ssPart1
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p>${ssPart1[2]}<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a></p>
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">${ssWidget}</p></div><form class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">
<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>
<p>${ssPart1[3]}</p>
<blockquote><p>${ssQuote}</p></blockquote>
${ssHd(ssH2, '2')}
${ssPart2.map((p) => `<p>${p}</p>`).join('\n')}
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary"
href="/p/the-parking-minimum-that-ate-main?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${ssNote}</p></div></div>
</div></div>
<div class="post-footer">${ufi(1)}</div>
<div class="post-nav"><a class="post-nav-prev" href="/p/bus-sundays"><span>Previous</span><span>${ssPrev}</span></a>
<a class="post-nav-next" href="/p/pine-street"><span>Next</span><span>${ssNext}</span></a></div></article>
<div id="discussion" class="comments-section"><h4 class="pencraft pc-reset">Discussion about this post</h4><div class="tabs" role="tablist">
<button role="tab" aria-selected="true">Comments</button><button role="tab">Restacks</button></div>
<div class="comment-input"><img class="avatar" alt=""><textarea placeholder="Write a comment..."></textarea></div>
<div class="comment-list">${ssComments.map(ssComment).join('\n')}</div>
<div class="pencraft liked-by">Liked by Nadia Ferreira</div><button class="collapsed-reply">34 more comments...</button></div>
<div class="ready-for-more"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><p class="copyright">© 2025 Nadia Ferreira</p><ul>${links(ssFoot)}</ul>
<p class="substack-footer">Substack is the home for great culture</p></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEligibleForSubscribe\\":true,\\"post\\":{\\"id\\":174302211,\\"title\\":\\"${ssTitle}\\"}}")</script>
</body></html>`;
const substackPost: TestPage = {
  html: ssHtml,
  name: 'heldout68-substack-post',
  kind: 'blog',
  // the subtitle is body; the h2s are the headings; the interview quote is the author's blockquote (body); the footnote is the
  // author's text at the foot of the post: body, its anchor numbers in neither list; the italic "Next week" line is body;
  // "Nadia Ferreira" and the date are bylines; the caption, the subscribe widget, like / comment / restack counts (twice, once),
  // "Share", previous / next posts, the whole discussion (reader comments on a blog: furniture, with commenters' names, dates,
  // "Author" badge, like counts and buttons; the author's own reply too), "Ready for more?", top bar and footer are furniture;
  // the post nav's "Next" is a word of the "Next week" line: left out
  title: ssTitle,
  headings: [ssH1, ssH2],
  body: [ssSub, ...texts(ssIntro), ...texts(ssPart1), ssQuote, ...texts(ssPart2), ssNote],
  bylines: ['Nadia Ferreira', 'Oct 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Main Street Math', 'Subscribe', 'Sign in', '214', '38', '21', 'Share', ssCaption, ssWidget, 'Previous', ssPrev, ssNext,
    'Discussion about this post', 'Comments', 'Restacks', ...ssComments.flatMap(([n, d, t, l]) => (n === 'Nadia Ferreira' ? [t, l] : [n, d, t, l])),
    'Author', 'Reply', 'Liked by Nadia Ferreira', '34 more comments...', 'Ready for more?', '© 2025 Nadia Ferreira', ...ssFoot,
    'Substack is the home for great culture',
  ],
};

export const HELDOUT68_C: readonly TestPage[] = [substackPost, mkdocsPage];
