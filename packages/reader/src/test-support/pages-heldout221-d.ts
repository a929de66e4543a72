import { links, ps, type TestPage, texts } from './page-kit.js';
import { bloggerGarden } from './pages-heldout221-d2.js';

/**
 * Held-out batch 221, file d: a mayor's post on Substack (the publication navbar with "Subscribe" and "Sign in", the title,
 * subtitle, author and date, the like / comment / restack / share bar above and below the body, a subscription widget and a
 * "Share" button inside the post body, a captioned image, the "Discussion about this post" block with one comment, the
 * "Ready for more?" footer sign-up and the Substack footer) and, from file d2, a community garden's Blogger post.
 */
const ssTitle = 'Why we are finally fixing the Eastgate pool';
const ssSub = 'The pool has been closed for three summers. Here is what happened, what it will cost, and when you can swim again.';
const ssP1 = [
  'Almost every week, someone stops me at the grocery store or the farmers market to ask about the Eastgate pool. It is a fair ' +
    'question. The pool closed in June 2022, when inspectors found a leak under the main basin that was losing as much as 20,000 ' +
    'gallons a day. It has sat empty behind a chain-link fence ever since.',
  'I want to explain, in plain terms, why it has taken this long and what the City Council approved on Tuesday night.',
];
const ssH = ['What went wrong', 'The plan', 'What it costs', 'What I am asking of you'];
const ssP2 = [
  'The short version is that the leak was the symptom, not the problem. When our engineers opened up the deck, they found that the ' +
    'pipes under the pool were original to 1971 and that the concrete shell had settled unevenly. Patching the leak would have bought ' +
    'us a summer or two at most.',
  'We could have rushed a repair. Instead we spent a year getting the design right and another year lining up the money, so that ' +
    'we build something that lasts another fifty years rather than reopening a pool that closes again in 2027.',
];
const ssCap = 'The Eastgate pool in 1974, three years after it opened. Photo courtesy of the Ferndale Historical Society.';
const ssP3 = [
  'On Tuesday the Council voted 6-1 to award the construction contract. The new Eastgate Aquatic Center will have a six-lane lap ' +
    'pool, a shallow play area with a zero-depth entry for small children and people who use wheelchairs, new changing rooms, and ' +
    'shade structures on the deck. Construction starts in September and the pool is scheduled to open on Memorial Day weekend 2026.',
];
const ssP4 = [
  'The total project cost is $7.8 million. About $3.1 million comes from a state parks grant, $1.2 million from the county, and the ' +
    'rest from the parks bond voters approved in 2023. No money is coming from the general fund, and no one’s property taxes will ' +
    'go up because of this project.',
];
const ssP5 = [
  'Come to the design open house on Saturday, April 12, from 10 a.m. to noon at the Eastgate Community Center. The architects ' +
    'will be there with the plans, and we want to hear what you think about the hours, swim lessons and programs.',
  'And if you are one of the many people who wrote, called or stopped me in the cereal aisle about the pool: thank you. You kept it ' + 'on the agenda.',
  'See you at the open house, and next summer, at the pool.',
  'Dana',
];
const ssNav = ['Home', 'Notes', 'Archive', 'About'];
const ssPub = 'Notes from City Hall';
const ssWidget = ['Thanks for reading Notes from City Hall! Subscribe for free to receive new posts and support my work.', 'Share Notes from City Hall'];
const ssComment = {
  name: 'Rick Moyer',
  date: 'Mar 15',
  text: 'Thank you for the straight answer. My kids learned to swim at Eastgate and my grandkids will too.',
};
const ssFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ufi = (n: string): string => `<div class="post-ufi style-compressed"><div class="like-button-container post-ufi-button style-compressed">
<button class="post-ufi-button style-compressed with-label" aria-label="Like (${n})"><svg class="lucide lucide-heart" width="20" height="20"></svg>
<div class="label">${n}</div></button></div><a class="post-ufi-button post-ufi-comment-button"
href="https://notesfromcityhall.substack.example/p/eastgate-pool/comments">
<svg width="20" height="20"></svg><div class="label">11</div></a><button class="post-ufi-button restack-button" aria-label="Restack"><svg width="20"
height="20"></svg>
<div class="label">3</div></button><button class="post-ufi-button share-button" aria-label="Share"><svg width="20" height="20"></svg><div
class="label">Share</div>
</button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Why we are finally fixing the Eastgate pool - by Dana Kessler</title><meta property="og:title" content="${ssTitle}">
<meta property="og:description" content="${ssSub}"><meta property="og:site_name" content="${ssPub}"><meta name="author" content="Dana Kessler">
<link rel="canonical" href="https://notesfromcityhall.substack.example/p/eastgate-pool"><link rel="stylesheet"
href="https://substackcdn.example/bundle/theme/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://notesfromcityhall.substack.example/p/eastgate-pool",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-03-14T13:00:00+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"Dana Kessler","url":"https://substack.example/@danakessler"}],"publisher":{"@type":"Organization","name":"${ssPub}"}}</script>
<script>window._preloads = JSON.parse("{\\"isEligibleForFreeTrial\\":false,\\"post\\":{\\"id\\":158842211,\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu" role="navigation"><div class="topbar-content">
<a class="navbar-title-link" href="/"><h1 class="navbar-title">${ssPub}</h1></a><div class="navbar-buttons"><button class="button primary
subscribe-btn">Subscribe</button>
<a class="button sign-in-link" href="/sign-in">Sign in</a></div></div><ul class="main-menu-content">${links(ssNav, 'navbar-item')}</ul></div>
<div class="container"><div class="single-post-container"><div class="single-post"><div class="post-header"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw" dir="auto">${ssTitle}</h1><h3 class="subtitle" dir="auto">${ssSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target profileHoverCardTarget"><a class="frontend-pencraft-Text-module__decoration-hover-underline"
href="https://substack.example/@danakessler">Dana Kessler</a></div><div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Mar 14, 2025</div></div>
${ufi('86')}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(ssP1)}
<h2 class="header-anchor-post">${ssH[0]}</h2>
${ps(ssP2)}
<div class="captioned-image-container"><figure><a class="image-link image2" target="_blank"
href="https://substack-post-media.example/public/images/eastgate-1974.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456/eastgate-1974.jpeg" width="1456" height="971" alt=""
loading="lazy"></picture>
</div></a><figcaption class="image-caption">${ssCap}</figcaption></figure></div>
<h2 class="header-anchor-post">${ssH[1]}</h2>
${ps(ssP3)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://notesfromcityhall.substack.example/subscribe?&quot;}"
data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssWidget[0]}</p></div><form
class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary"
value="Subscribe">
</form></div></div>
<h2 class="header-anchor-post">${ssH[2]}</h2>
${ps(ssP4)}
<h2 class="header-anchor-post">${ssH[3]}</h2>
${ps(ssP5)}
<p class="button-wrapper" data-attrs="{&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton"><a class="button primary"
href="https://notesfromcityhall.substack.example/?utm_source=substack&amp;action=share"><span>${ssWidget[1]}</span></a></p>
</div></div>${ufi('86')}
<div class="post-footer"><div class="subscribe-footer"><h3>Ready for more?</h3><form class="form"><input type="email" placeholder="Type your email…">
<button type="submit" class="button primary">Subscribe</button></form></div></div></article></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs"><button class="tab
active">Comments</button>
<button class="tab">Restacks</button></div><div class="comment-list"><div class="comment" data-comment-id="99120"><div class="comment-meta"><a
class="commenter-name"
href="https://substack.example/profile/99120-rick-moyer">${ssComment.name}</a> <a class="comment-timestamp" href="#comment-99120">${ssComment.date}</a></div>
<div class="comment-body"><p>${ssComment.text}</p></div><div class="comment-actions"><button class="comment-action">Like</button>
<button class="comment-action">Reply</button></div></div></div><a class="more-comments"
href="/p/eastgate-pool/comments">10 more comments...</a></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2025 Dana Kessler</div><div class="footer-links">${ssFoot
  .slice(0, 3)
  .map((t) => `<a href="https://substack.example/${t.length}">${t}</a>`)
  .join(' ∙ ')}</div><div class="footer-slogan"><a href="https://substack.example/signup">${ssFoot[3]}</a>
<a href="https://substack.example/app">${ssFoot[4]}</a><span
class="substack-tagline">Substack is the home for great culture</span></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.c5a9e.js" charset="utf-8" defer></script></body></html>`;
const substackMayor: TestPage = {
  name: 'heldout221-substack-mayor-post',
  kind: 'blog',
  html: ssHtml,
  // the subtitle (dek) and the sign-off "Dana" are body; the subscription widget and the "Share" button inside the body are furniture
  title: ssTitle,
  headings: ssH,
  body: texts([ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssP4, ...ssP5]),
  bylines: ['Dana Kessler', 'Mar 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ssPub, 'Subscribe', 'Sign in', ...ssNav, '86', '11', 'Share', ssCap, ...ssWidget, 'Ready for more?', 'Discussion about this post', 'Comments', 'Restacks',
    ssComment.name, ssComment.date, ssComment.text, 'Like', 'Reply', '10 more comments...', '© 2025 Dana Kessler', ...ssFoot,
    'Substack is the home for great culture',
  ],
};

export const HELDOUT221_D: readonly TestPage[] = [substackMayor, bloggerGarden];
