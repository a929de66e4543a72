import { links, type TestPage } from './page-kit.js';
import { devtoSeriesPost } from './pages-heldout155-f2.js';

/**
 * Held-out batch 155, file f: a Posthaven post (the site header with avatar, title and description, the nav links, the
 * post title as an h2 link with its date, the post body with a blockquote, the tags, the applause button and responses
 * count, the email share link, the responses list with one comment, the comment form, the "Get updates" email
 * subscription box, the previous/next links and the "Powered by Posthaven" footer) and, from file f2, a dev.to series post.
 */
const phTitle = 'Ten years of a paper diary';
const phP1 = [
  'On the first of January 2016 I bought a cheap hardback notebook from the newsagent by the station and wrote three lines in it ' +
    'about a grey morning and a late train. I have written something every day since. This week I started volume thirty-one.',
  'People ask why, usually in the tone they use for hobbies like collecting thimbles. I have been trying to work out a proper answer.',
];
const phP2 = [
  'Partly it is that I forget everything. Not the big things, but the texture of ordinary days: what we ate, what the weather was ' +
    'like, what my son said in the car. Reading back a page from five years ago brings a whole afternoon back in a way a photograph ' +
    'on my phone never has.',
  'Partly it is the paper. I tried a diary app for a month in 2019 and gave up. On a screen I edited, corrected and tidied until ' +
    'there was nothing left. On paper I cannot delete anything, so the bad days stay in, crossed-out words and all, and they turn ' +
    'out to be the most interesting to read later.',
];
const phQuote = 'Wrote nothing useful today. Walked to the river and back. That will have to do.';
const phP3 = [
  'That is the whole entry for 14 March 2020, and I think about it more often than almost anything else I have written.',
  'The rules, such as they are, have stayed simple. Write every day, even if it is one line. Never read back the same week, only ' +
    'the same date in earlier years. Keep the finished books in a box in the loft, not on a shelf where visitors might be tempted.',
  'I do not know what will happen to them. My son says he wants them, which is kind, though I suspect he wants to find out what I ' +
    'wrote about him at fifteen. Perhaps that is reason enough to keep going.',
];
const phTags = ['diaries', 'writing', 'habits'];
const phResponse = ['Gwen Hartley', 'Mar 3, 2026', 'I have kept one for six years, and the rule about only reading the same date is brilliant. Stealing it.'];
const phHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${phTitle} — Ruth Ashby</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${phTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Ruth Ashby">
<meta property="og:url" content="https://ruthashby.posthaven.example/ten-years-of-a-paper-diary"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/rss+xml" title="Ruth Ashby" href="https://ruthashby.posthaven.example/posts.atom">
<link rel="stylesheet" href="https://phthemes.s3.example/themes/default/css/application-7b1e.css"><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="Xk2f"><script src="https://phthemes.s3.example/themes/default/js/application-43c0.js"></script></head>
<body class="posts show"><div id="wrapper"><header id="site-header"><div class="inner"><a href="/" class="site-avatar"><img
src="https://phcdn.example/avatars/ruth.jpg" alt=""
width="80" height="80"></a><h1 class="site-title"><a href="/">Ruth Ashby</a></h1><div class="site-description">Occasional writing from a kitchen table in
Shrewsbury.</div>
<nav class="site-nav"><ul>${links(['About', 'Archive', 'Subscribe'])}</ul></nav></div></header>
<div id="main"><article class="post" id="post_1934521"><header class="post-header"><h2 class="post-title"><a
href="/ten-years-of-a-paper-diary">${phTitle}</a></h2>
<div class="post-meta"><span class="post-date"><a href="/ten-years-of-a-paper-diary">March 2nd, 2026</a></span></div></header>
<div class="post-body">
${phP1.map((p) => `<p>${p}</p>`).join('\n')}
${phP2.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p>${phQuote}</p></blockquote>
${phP3.map((p) => `<p>${p}</p>`).join('\n')}
</div><footer class="post-footer"><div class="post-tags"><span class="label">Tags:</span> ${phTags
  .map(
    (t) => `<a href="/tag/${t}"
class="tag">${t}</a>`,
  )
  .join(' ')}</div>
<div class="post-actions"><div class="applause" data-post-id="1934521"><a href="#" class="applause-button" title="Applaud this post"><span
class="applause-icon"></span>
<span class="applause-count">41</span></a></div><a href="#responses" class="responses-count">1 response</a><a class="share-email"
href="mailto:?subject=Ten%20years%20of%20a%20paper%20diary">Email this post</a></div></footer>
<section id="responses" class="responses"><h3 class="responses-title">Responses</h3><ol class="response-list"><li class="response" id="comment_88121">
<div class="response-avatar"><img src="https://phcdn.example/avatars/gwen.jpg" alt=""></div><div class="response-content"><div class="response-meta">
<span class="response-author">${phResponse[0]}</span> <span class="response-date">${phResponse[1]}</span></div><div
class="response-body"><p>${phResponse[2]}</p></div></div></li></ol>
<form class="new-comment" action="/posts/1934521/comments" method="post"><h4>Leave a response</h4><label for="comment_name">Your name</label><input
id="comment_name" type="text">
<label for="comment_email">Your email (not shown)</label><input id="comment_email" type="email"><label for="comment_body">Response</label><textarea
id="comment_body"></textarea>
<button type="submit">Post response</button><p class="comment-signin">Posthaven user? <a href="https://posthaven.example/login">Sign in</a> to
respond.</p></form></section>
</article>
<section class="subscribe-box"><h3>Get updates from Ruth Ashby in your inbox</h3><form action="https://ruthashby.posthaven.example/subscriptions" method="post">
<label for="sub_email" class="visually-hidden">Email address</label><input id="sub_email" type="email" placeholder="you@example.com"><button
type="submit">Subscribe</button></form>
<p class="subscribe-note">New posts by email, nothing else. Unsubscribe whenever you like.</p></section>
<nav class="pagination"><a class="prev" href="/the-allotment-in-february">← The allotment in February</a><a class="next" href="/">Newer posts
→</a></nav></div>
<footer id="site-footer"><p>© 2026 Ruth Ashby</p><p class="powered"><a href="https://posthaven.example">Powered by
Posthaven</a></p></footer></div></body></html>`;
const posthaven: TestPage = {
  html: phHtml,
  name: 'heldout155-posthaven-blog',
  kind: 'blog',
  // the post title is an h2 link under the site-title h1; the quoted diary entry is part of the post (body); the date is
  // a byline; tags, applause count, responses, forms, subscription box, pagination and footer are furniture
  title: phTitle,
  headings: [],
  body: [...phP1, ...phP2, phQuote, ...phP3],
  bylines: ['March 2nd, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ruth Ashby', 'Occasional writing from a kitchen table in Shrewsbury.', 'About', 'Archive', 'Subscribe', 'Tags:', ...phTags, '41', '1 response',
    'Email this post', 'Responses', ...phResponse, 'Leave a response', 'Your name', 'Your email (not shown)', 'Response', 'Post response',
    'Posthaven user? Sign in to respond.', 'Get updates from Ruth Ashby in your inbox', 'Email address',
    'New posts by email, nothing else. Unsubscribe whenever you like.', '← The allotment in February', 'Newer posts →', '© 2026 Ruth Ashby',
    'Powered by Posthaven',
  ],
};

export const HELDOUT155_F: readonly TestPage[] = [posthaven, devtoSeriesPost];
