import { links, ps, type TestPage, texts } from './page-kit.js';
import { docusaurusWip } from './pages-heldout104-d2.js';

/**
 * Held-out batch 104, file d: a Substack newsletter post (the "Welcome to the N new subscribers" paragraph that opens the post
 * body, the in-body subscription widget and "Share" button, the subtitle, the byline with date, the like / comment /
 * restack bar, the "Discussion about this post" section with one comment, the "Ready for more?" box and the footer) and,
 * from file d2, a Docusaurus docs page opened by a "This page is a work in progress" caution admonition.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const sTitle = 'Issue 87: The painted line is not a bike lane';
const sSub = paras(`What the city's new cycling map gets wrong, a win on Dock Street, and a ride for this weekend`);
const sWelcome =
  'Welcome to the 143 new subscribers who joined since last week! If you were forwarded this email, you can sign up here to get Spoke & Street every Friday.';
const sP1 = paras(`
Hello again from a week in which it rained every single day I rode to work, and in which the city finally published the
cycling map it has been promising since the spring. I have spent more hours with that map than I would like to admit. Here is
what I found.`);
const sH1 = 'The map';
const sP2 = paras(`
On paper, Harwick now has 112 kilometres of bike lanes, up from 74 two years ago. That sounds like progress, and the council's
press release made the most of it. But when I went through the map street by street, 41 of those kilometres turned out to be
painted lines on the edge of busy roads, with no kerb, no posts and nothing to stop a van parking across them.

A painted line is better than nothing. It is not what most people mean when they say they would cycle more if there were
proper lanes. Of the routes that are physically separated from traffic, only three join up with each other, and none reach
the hospital or the university, the two biggest destinations in the city.

I have asked the transport team whether they would publish a version of the map that shows protected lanes separately. They
said they would "consider it for the next update". I will keep asking.`);
const sH2 = 'A win on Dock Street';
const sP3 = paras(`
Some good news. After two years of campaigning by the Dock Street traders and the local cycling group, the council has agreed
to close the street to through traffic on weekends from next month. The cafes get more outdoor tables and riders get a safe
route between the station and the harbour. Thank you to everyone who wrote to their councillor about it.`);
const sH3 = 'Ride of the week';
const sP4 = paras(`
This week's route is an easy 24 kilometre loop along the canal towpath to Millbrook and back through the orchards. It is flat,
mostly traffic-free and has a very good bakery at the halfway point. The towpath is muddy after rain, so wider tyres help.

See you next Friday.`);
const sComment = [
  'Priya Nandakumar',
  'Oct 10',
  'The hospital gap is the one that matters most. Half the night shift would cycle if they could get there safely.',
];
const sSubWidget = 'Thanks for reading Spoke & Street! Subscribe for free to receive new posts and support my work.';
const sFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>${sTitle} - by Jonah Pryce - Spoke &amp; Street</title><meta property="og:title" content="${sTitle}">
<meta property="og:description" content="${sSub[0]}">
<meta name="author" content="Jonah Pryce"><meta property="og:type" content="article">
<link rel="canonical" href="https://spokeandstreet.substack.example/p/issue-87-painted-line">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://spokeandstreet.substack.example/p/issue-87-painted-line",
"headline":"${sTitle}","description":"${sSub[0]}","datePublished":"2025-10-10T11:02:41+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"Jonah Pryce"}]}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":176204711,\\"audience\\":\\"everyone\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.a1c2.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="pencraft pc-display-flex topBar-pIF0J1">
<div class="navbar-buttons"><a class="navbar-title-link" href="https://spokeandstreet.substack.example">Spoke &amp; Street</a>
<button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle">${sSub[0]}</h3>
<div class="pencraft pc-display-flex pc-gap-12 post-ufi"><div class="byline-wrapper"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw">
<a href="https://substack.example/@jonahpryce" class="pencraft pc-reset link-HFGvWH">Jonah Pryce</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Oct 10, 2025</div></div>
<div class="post-ufi-buttons"><a role="button" class="post-ufi-button like-button" aria-label="Like (38)"><div class="label">38</div></a>
<a role="button" class="post-ufi-button" aria-label="View comments (4)" href="#comments"><div class="label">4</div></a>
<a role="button" class="post-ufi-button" aria-label="Share"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>${sWelcome}</p>
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://spokeandstreet.substack.example/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sSubWidget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>
${ps(sP1)}
<h2 class="header-anchor-post">${sH1}</h2>
${ps(sP2)}
<p class="button-wrapper" data-attrs="{&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton">
<a class="button primary" href="https://spokeandstreet.substack.example/p/issue-87-painted-line?utm_source=substack&amp;utm_medium=email&amp;action=share">
<span>Share</span></a></p>
<h2 class="header-anchor-post">${sH2}</h2>
${ps(sP3)}
<h2 class="header-anchor-post">${sH3}</h2>
${ps(sP4)}
</div></div>
<div class="post-footer"><div class="post-ufi"><a role="button" class="post-ufi-button like-button"><div class="label">38</div></a>
<a role="button" class="post-ufi-button" href="#comments"><div class="label">4</div></a><a role="button" class="post-ufi-button restack-button">
<div class="label">Restack</div></a></div></div></article>
<div id="discussion" class="comments-section"><h4 class="pencraft pc-reset">Discussion about this post</h4>
<div class="comments-tabs"><button class="tab selected">Comments</button><button class="tab">Restacks</button></div>
<div class="comment-list"><div class="comment"><div class="comment-content"><div class="comment-meta">
<a class="commenter-name" href="https://substack.example/@pnand">
${sComment[0]}</a><a class="comment-timestamp" href="#comment-9912">${sComment[1]}</a></div><div class="comment-body"><p>${sComment[2]}</p></div>
<div class="comment-actions"><button>Like (6)</button><button>Reply</button><button>Share</button></div></div></div></div></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…">
<button class="button primary">Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2025 Jonah Pryce</div><div class="footer-terms">${links(sFoot)}</div>
<div class="footer-slogan"><a href="https://substack.example/">Substack</a> is the home for great culture</div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.d71b.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout104-substack-newsletter-welcome',
  kind: 'blog',
  html: sHtml,
  // the welcome paragraph opening the post body, the in-body subscription widget and the "Share" button are furniture; the
  // subtitle is body; the comment is furniture (a newsletter post, not a discussion)
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts([...sSub, ...sP1, ...sP2, ...sP3, ...sP4]),
  bylines: ['Jonah Pryce', 'Oct 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spoke & Street', 'Subscribe', 'Sign in', 'Share', sWelcome, sSubWidget, 'Restack', 'Discussion about this post', 'Comments', 'Restacks', ...sComment,
    'Like (6)', 'Reply', 'Ready for more?', '© 2025 Jonah Pryce', ...sFoot, 'Substack is the home for great culture',
  ],
};

export const HELDOUT104_D: readonly TestPage[] = [substack, docusaurusWip];
