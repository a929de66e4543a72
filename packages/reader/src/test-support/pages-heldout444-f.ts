import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout444-kit.js';
import { webflowInsurtech } from './pages-heldout444-f2.js';

/**
 * Held-out batch 444, file f: a patient-advocacy forum thread on Discourse (the d-header with the site logo, Sign Up and
 * Log In, the topic title with its category and tags, posts in topic-post / cooked with the poster names, dates and
 * "Liked by" counts, a quote of an earlier post inside a reply, the topic map with created / last reply / replies / views /
 * users, the suggested topics table, the "Powered by Discourse" footer and the noscript crawler links).
 */
const nTitle = 'Insurer denied my MRI as "not medically necessary" — how did you win your appeal?';
const posts: [string, string, string[]][] = [
  [
    'lupine_road',
    'Mar 2',
    [
      j(
        'My neurologist ordered a lumbar MRI after six weeks of physical therapy did not help my sciatica. The insurer denied it through their',
        'radiology benefits manager, saying I had not tried "conservative treatment" long enough. I have the PT notes showing twelve sessions.',
      ),
      "Has anyone here appealed a denial like this? Did you do it yourself or did your doctor's office handle it?",
    ],
  ],
  [
    'Graham_Oyelaran',
    'Mar 2',
    [
      j(
        "Ask your neurologist for a peer-to-peer review first. That is a phone call between your doctor and the insurer's reviewing physician,",
        'and in my experience it overturns a lot of imaging denials within a day or two, before you even need a formal appeal.',
      ),
      j(
        'If that fails, request the exact clinical criteria they used, in writing. They have to give it to you. Then your appeal letter can',
        'answer each criterion point by point.',
      ),
    ],
  ],
  [
    'lupine_road',
    'Mar 4',
    [
      'Update: the peer-to-peer did not happen because the office missed the window, so I filed a written appeal.',
      'What should go in the letter besides the PT notes?',
    ],
  ],
  [
    'nadia.k',
    'Mar 5',
    [
      j(
        'I won two appeals last year. What worked for me: a one-page letter with the denial reference number at the top, a short timeline of',
        'symptoms and treatment, a letter of medical necessity from the doctor, and the records that show each criterion is met.',
      ),
      j(
        'Keep copies of everything and note the date you sent it. Urgent appeals must be decided within 72 hours, standard ones within 30 days',
        'for care you have not had yet. If the internal appeal fails, you can ask for an external review by an independent organization.',
      ),
    ],
  ],
  [
    'lupine_road',
    'Mar 19',
    [
      j(
        'Approved on appeal! The letter from my neurologist plus the timeline did it. Thank you all, and especially Nadia for the checklist.',
        'The MRI is booked for next week.',
      ),
    ],
  ],
];
const quote = j("Ask your neurologist for a peer-to-peer review first. That is a phone call between your doctor and the insurer's reviewing", 'physician');
const likes = ['3 Likes', '11 Likes', '', '14 Likes', '9 Likes'];
const postHtml = posts
  .map(([user, date, paras], i) => {
    const q =
      i === 2
        ? `<aside class="quote no-group" data-username="Graham_Oyelaran" data-post="2"><div class="title"><div class="quote-controls"></div>
Graham_Oyelaran:</div><blockquote><p>${quote}</p></blockquote></aside>`
        : '';
    return `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${user}"
role="region" class="boxed onscreen-post" data-post-id="${8800 + i}"><div class="row"><div class="topic-avatar"><img alt="" width="48" height="48"
src="/user_avatar/forum.carevoices.example/${user}/48/1.png" class="avatar"></div><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span>
</div><div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/mri-appeal/5521/${i + 1}"><span
title="${date}, 2027 9:14 am" class="relative-date">${date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${q}${ps(paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
${likes[i] === '' ? '' : `<button class="widget-button btn-flat button-count like-count">${likes[i]}</button>`}
<button class="widget-button btn-flat share" title="copy a link to this post">Share</button></div></nav></section></div></div></div></article></div>`;
  })
  .join('\n');
const nSuggest: [string, string, string][] = [
  ['Step therapy exceptions for a biologic: what finally worked', 'Appeals & Denials', '23'],
  ['Balance bill from an out-of-network anesthesiologist', 'Surprise Bills', '41'],
  ['Tips for a letter of medical necessity?', 'Appeals & Denials', '17'],
];
const nHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${nTitle} - Appeals &amp; Denials - CareVoices Community</title><meta name="description" content="My neurologist ordered a lumbar MRI.">
<meta name="generator" content="Discourse 3.3.1 - https://github.com/discourse/discourse version 3.3.1">
<link rel="canonical" href="https://forum.carevoices.example/t/mri-appeal/5521"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${nTitle}",
"author":{"@type":"Person","name":"lupine_road"},"datePublished":"2027-03-02T09:14:00Z","interactionStatistic":{"userInteractionCount":5}}</script>
<link href="/stylesheets/desktop_b1f2.css" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-8a1b.js"></script></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="CareVoices Community" id="site-logo"></a></div><div class="panel"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary btn-small login-button">Log In</button>
</span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5521"><a href="/t/mri-appeal/5521"
class="fancy-title">${nTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category">
<span class="badge-category__name">Appeals &amp; Denials</span></span></span><div class="list-tags">
<a href="/tag/diagnostic-imaging" class="discourse-tag">diagnostic-imaging</a>
<a href="/tag/prior-authorization" class="discourse-tag">prior-authorization</a></div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">
${postHtml}
</div></div>
<div class="topic-map"><section class="map"><ul class="clearfix"><li><h4>created</h4><span class="relative-date">Mar 2</span></li>
<li><h4>last reply</h4><span class="relative-date">Mar 19</span></li><li><span class="number">4</span><h4>replies</h4></li>
<li><span class="number">1.2k</span><h4>views</h4></li><li><span class="number">3</span><h4>users</h4></li></ul></section></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th>Topic</th><th>Category</th><th>Replies</th></tr></thead><tbody>
${nSuggest
  .map(
    ([t, c, r]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link">${t}</a></td>
<td class="category">${c}</td><td class="num posts">${r}</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics">Want to read more? Browse other topics in Appeals &amp; Denials or view latest topics.</h3></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li>
<li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</p>
<p class="community-note">CareVoices is a peer community. Posts are not medical or legal advice.</p></footer>
<noscript><p>This forum works best with JavaScript enabled.</p></noscript></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout444-discourse-patient-forum-thread',
  kind: 'forum',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(posts.flatMap(([, , p]) => p)),
  bylines: ['lupine_road', 'Graham_Oyelaran', 'nadia.k', 'Mar 2', 'Mar 4', 'Mar 5', 'Mar 19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Appeals & Denials', 'diagnostic-imaging', 'prior-authorization', 'Graham_Oyelaran:', ...likes.filter((l) => l !== ''), 'Share',
    'created', 'last reply', 'replies', '1.2k', 'views', 'users', 'Suggested Topics', 'Topic', 'Category', 'Replies',
    ...nSuggest.map(([t]) => t), 'Surprise Bills', 'Want to read more? Browse other topics in Appeals & Denials or view latest topics.',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
    'CareVoices is a peer community. Posts are not medical or legal advice.',
  ],
};

export const HELDOUT444_F: readonly TestPage[] = [discourseThread, webflowInsurtech];
