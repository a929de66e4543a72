import { type TestPage, texts } from './page-kit.js';
import { mediumPreview } from './pages-heldout48-f2.js';

/**
 * Held-out batch 48, file f: a Substack post with its comments (the publication topbar with logo, title, "Subscribe" and "Sign
 * in", the post header with title, subtitle, pencraft byline and date, the like/comment/restack/share bar, the body markup with
 * an in-post subscription widget, h2s, a captioned image and a list, the bottom bar again, "Discussion about this post" with
 * "Comments"/"Restacks" tabs, the comment box, three comments with avatars, names, dates, an "Author" badge on a reply, like
 * counts and "Reply"/"Share", "Ready for more?" and the footer).
 */
const ssPub = 'The Long Way Round';
const ssTitle = 'The night train is back, and it is still slower than you think';
const ssSub = 'Notes from 22 hours between Vienna and Brussels, and why I would do it again';
const ssBody1 = [
  'There is a moment on every night train when the corridor lights dim, the conductor disappears, and the whole carriage seems to agree that ' +
    'the day is over. On the Vienna to Brussels sleeper last Tuesday, it came just after Linz, somewhere around half past eleven.',
  'I had booked a bed in a six-berth couchette, partly to save money and partly out of curiosity. My companions were a retired teacher from ' +
    'Graz, two students going back to Leuven, and a man who slept with his shoes on and never said a word.',
  'The train was due in Brussels at 10.52 the next morning. It arrived at 14.20, after a signal failure near Cologne and a long, unexplained ' +
    'wait outside Aachen. Nobody seemed surprised.',
];
const ssH = ['What it costs', 'What I would tell a first-timer'];
const ssBody2 = [
  'My couchette cost €89. A flight on the same day would have cost about €70 and taken an hour and a half, plus the trips to and from two ' +
    'airports. A private sleeper compartment, if you can get one, runs to €300 or more.',
  'So the honest answer to the question readers keep asking me, <em>is it worth it</em>, is that it depends on what you think you are paying ' +
    'for. If you are paying for speed, no. If you are paying for a night’s sleep that also happens to move you 1,100 kilometres, then often yes.',
];
const ssList = [
  'Bring your own water and breakfast. The trolley may or may not appear.',
  'Book the lower berth if you can. The top one is hot and the ladder is steep.',
  'Leave a whole day free at the other end. Delays are normal, not exceptional.',
];
const ssBody3 = [
  'I have taken eleven night trains since I started this newsletter, and I still can’t fully explain why I keep doing it. Some of it is the ' +
    'small community of a couchette, strangers who become briefly responsible for one another. Some of it is waking up in a different country ' +
    'without having been anywhere in between.',
  'Next month: the new Berlin to Paris sleeper, and whether it lives up to the posters.',
];
const ssCaption = 'Morning somewhere in the Rhineland, about three hours behind schedule.';
const ssCta = `Thanks for reading ${ssPub}! Subscribe for free to receive new posts and support my work.`;
interface Comment {
  id: string;
  name: string;
  date: string;
  text: string;
  likes: string;
  author?: boolean;
  replies?: Comment[];
}
const ssComments: Comment[] = [
  {
    id: '81234567',
    name: 'Ellen Brody',
    date: 'Nov 16',
    text: 'The bit about the man who slept in his shoes made me laugh. Every night train has one.',
    likes: '12',
    replies: [{ id: '81236012', name: 'Marta Holm', date: 'Nov 16', text: 'He was there on the way back too. Same shoes.', likes: '7', author: true }],
  },
  {
    id: '81251840',
    name: 'Piotr Nowak',
    date: 'Nov 17',
    text: 'Did you claim compensation for the delay? I got half my fare back on a similar trip, but only after three emails.',
    likes: '4',
  },
  {
    id: '81302277',
    name: 'Jo Fairweather',
    date: 'Nov 18',
    text: 'Lovely piece. I would really like a post on travelling this way with small children.',
    likes: '2',
  },
];
const ssComment = (c: Comment): string =>
  `<div class="comment"
id="comment-${c.id}"><div class="comment-content"><div class="profile-img-wrap"><img src="https://substackcdn.com/image/fetch/w_66/avatar.png"
alt="User's avatar" width="32"
height="32"></div><div class="comment-main"><div class="comment-meta"><span class="commenter-name"><a
href="https://substack.com/profile/${c.id}">${c.name}</a>` +
  `${c.author === true ? '<span class="comment-publication-name-separator">·</span><span class="author-badge">Author</span>' : ''}</span><a class="comment-date"
href="/p/night-train/comment/${c.id}"><time datetime="2025-11-16T09:12:00.000Z">${c.date}</time></a></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><button class="like-button"><svg viewBox="0 0 24 24"><path d="M0 0h1"></path></svg><span
class="like-count">${c.likes}</span></button>
<button class="reply-button">Reply</button><button class="share-button">Share</button></div></div></div>` +
  `${c.replies === undefined ? '' : `<div class="comment-list-children">${c.replies.map(ssComment).join('')}</div>`}</div>`;
const ssAllComments = ssComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const ssUfi = (cls: string): string =>
  `<div class="post-ufi ${cls}"><button class="like-button-container post-ufi-button"><svg viewBox="0 0 24 24"></svg><div class="label">142</div></button>
<a class="post-ufi-comment-button post-ufi-button" href="/p/night-train/comments"><svg viewBox="0 0 24 24"></svg><div class="label">38</div></a>
<button class="post-ufi-button restack-button"><svg viewBox="0 0 24 24"></svg><div class="label">9</div></button>
<button class="post-ufi-button share-button"><svg viewBox="0 0 24 24"></svg><div class="label">Share</div></button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} - by Marta Holm</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://longwayround.substack.com/p/night-train",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-11-16T06:01:12+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"Marta Holm","url":"https://substack.com/@martaholm"}]}</script>
<script>window._preloads = JSON.parse("{\\"isEligibleForLiveStream\\":false,\\"pub\\":{\\"name\\":\\"The Long Way Round\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content">
<a class="navbar-logo-container" href="/"><img class="navbar-logo" src="https://substackcdn.com/image/fetch/w_80/logo.png" alt=""></a><h1 class="navbar-title">
<a class="navbar-title-link" href="/">${ssPub}</a></h1><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>
<button class="button sign-in-link">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20"><div class="pencraft pc-display-flex pc-flexDirection-column byline-wrapper"><div
class="profile-hover-card-target"><a href="https://substack.com/@martaholm" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Marta Holm</a></div>
<div class="pencraft pc-display-flex pc-gap-4 color-pub-secondary-text-hGQ02T"><div class="pencraft pc-reset meta-EgzBVA">Nov 16, 2025</div></div></div></div>
${ssUfi('post-ufi-top')}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ssBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://longwayround.substack.com/subscribe?&quot;,&quot;language&quot;:&quot;en&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssCta}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"
tabindex="-1"><input type="submit"
class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${ssH[0]}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent"><div
class="header-anchor-widget" id="§what-it-costs"><button aria-label="Link" class="pencraft pc-reset header-anchor"></button></div></div></h2>
${ssBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/f_auto/rhine.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456/rhine.jpeg" width="1456" height="971" class="sizing-normal" alt=""
loading="lazy">
</picture></div></a><figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
<h2 class="header-anchor-post">${ssH[1]}</h2>
<ul>
${ssList.map((l) => `<li><p>${l}</p></li>`).join('\n')}
</ul>
${ssBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>${ssUfi('post-ufi-bottom')}</article>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4><div class="comments-tabs"><button
class="active">Comments</button>
<button>Restacks</button></div><div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div><div class="comment-list">
${ssComments.map(ssComment).join('\n')}
</div></div>
<div class="end-of-post-cta"><h3>Ready for more?</h3><button class="button primary subscribe-btn">Subscribe</button></div></div></div></div>
<footer class="footer-wrap"><div class="footer"><p>© 2025 Marta Holm</p><p><a href="https://substack.com/privacy">Privacy</a> ∙ <a
href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></p>
<a class="button" href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start writing</a><a class="button"
href="https://substack.com/app/app-store-redirect">Get the app</a><p class="footer-slogan">Substack is the home for great culture</p></div></footer></div></div>
<script src="https://substackcdn.com/bundle/static/js/main.4e1b9c.js" defer></script></body></html>`;
const substack: TestPage = {
  html: ssHtml,
  name: 'heldout48-substack-post-comments',
  kind: 'blog',
  // a newsletter post is a blog post: the subtitle, paragraphs and list items are body, the two h2s the headings, and the
  // readers' comments are furniture with their names, dates, "Author" badge, like counts and buttons (the author's own
  // reply among them: her name is listed once, as the byline); "Marta Holm" and the date are bylines; the in-post
  // subscription widget, the caption, both like/comment/restack/share bars (counts once), the discussion heading and tabs,
  // "Ready for more?", the topbar with the publication's name and the footer are furniture; "Share" and "Reply" are listed once;
  // the comment date "Nov 16" is a part of the byline date: left out
  title: ssTitle,
  headings: ssH,
  body: [ssSub, ...texts(ssBody1), ...texts(ssBody2), ...ssList, ...texts(ssBody3)],
  bylines: ['Marta Holm', 'Nov 16, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ssPub, 'Subscribe', 'Sign in', '142', '38', '9', 'Share', ssCta, ssCaption, 'Discussion about this post', 'Comments', 'Restacks',
    ...ssAllComments.flatMap((c) => [...(c.name === 'Marta Holm' ? [] : [c.name]), c.text, c.likes]),
    ...['Nov 17', 'Nov 18', 'Author', 'Reply', 'Ready for more?', '© 2025 Marta Holm', 'Privacy', 'Terms', 'Collection notice', 'Start writing'],
    'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT48_F: readonly TestPage[] = [substack, mediumPreview];
