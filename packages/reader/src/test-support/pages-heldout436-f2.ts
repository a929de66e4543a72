import { links, ps, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout436-kit.js';

/**
 * Held-out batch 436, file f2: a thread on a lawyers' practice forum running Discourse, saved after the Ember app rendered it
 * (d-header with log-in and sign-up, the category badge and tags, the topic-map with created / last reply / replies / views,
 * each post's username, relative date and post-controls, a quote of an earlier post inside a reply, likes, the timeline,
 * "Suggested Topics" and the signup banner).
 */
const pTitle = 'Solos: how do you handle clients who go silent when the retainer runs out?';
const pPosts: readonly (readonly [string, string, string])[] = [
  [
    'mkowalczyk_law',
    'Mar 9',
    `Five years into solo practice, mostly small business disputes and contracts. My engagement letter requires an evergreen
retainer: when the trust balance drops below $2,500 the client must top it up within ten days. Three clients this quarter have
simply stopped answering once the balance ran low, and one of them has a deposition scheduled next month.

I know the answer is probably "move to withdraw," but I am curious how others handle the weeks before that. Do you stop work
immediately? Keep going and bill? Send a formal notice? I hate the idea of leaving a client exposed, but I am not a bank.`,
  ],
  [
    'dhalloran',
    'Mar 9',
    `Put the consequences in the engagement letter and then actually follow them. Mine says that if the replenishment is not made
within ten days, I will send one written notice and may stop non-urgent work until it is. That line alone fixed most of the problem
for me, because clients read it when they sign.

For the deposition, calendar your motion deadline now. Judges in my county are much more forgiving of a withdrawal filed six weeks
out than one filed the Friday before.`,
  ],
  [
    'priya.s.esq',
    'Mar 10',
    `I send a short letter, not an email, at the first missed deadline. It states the balance, the work coming up, the date I will
stop non-urgent work and the date I will move to withdraw. Something about paper gets a response. I would estimate two out of
three clients call within a week.`,
  ],
  [
    'mkowalczyk_law',
    'Mar 11',
    `Thank you both. The letter approach is what I was missing. Update for anyone who finds this later: I sent letters on Monday,
two of the three clients have paid, and I filed the motion to withdraw in the third matter with the deposition date flagged for
the court.`,
  ],
];
const pQuoteText = 'Keep going and bill? Send a formal notice?';
const pBodies = pPosts.map(([, , b]) => paras(b));
const pSuggested = [
  'Flat fees for contract review: how do you scope them?',
  'Best way to run conflict checks as a solo?',
  'Malpractice carrier asked about our cybersecurity',
];
const post = (i: number): string => {
  const p = pPosts[i];
  const body = pBodies[i] ?? [];
  const quote =
    i === 1
      ? `<aside class="quote no-group" data-username="mkowalczyk_law" data-post="1" data-topic="4471"><div class="title"><div class="quote-controls"></div>
mkowalczyk_law:</div><blockquote><p>${pQuoteText}</p></blockquote></aside>`
      : '';
  return `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p?.[0] ?? ''}"
role="region"
data-post-id="${2190 + i}" data-topic-id="4471" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${p?.[0] ?? ''}" aria-hidden="true"><img width="48" height="48" src="/user_avatar/x/${p?.[0] ?? ''}/48/1.png" class="avatar" alt=""></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a
href="/u/${p?.[0] ?? ''}" data-user-card="${p?.[0] ?? ''}">${p?.[0] ?? ''}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date"
href="/t/4471/${i + 1}"><span title="${p?.[1] ?? ''}, 2026" class="relative-date">${p?.[1] ?? ''}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${quote}
${ps(body)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn-flat like-count">${i === 1 ? 4 : 2} Likes</button>
<button class="widget-button btn-flat toggle-like" title="like this post"></button></div><button class="widget-button btn-flat share"
title="copy a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
};
const pHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Solos: how do you handle clients who go silent when the retainer runs out? - Practice Management - Bar Lounge</title>
<meta name="description" content="Five years into solo practice, mostly small business disputes and contracts. My engagement letter requires an evergreen
retainer">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.barlounge.example/t/4471">
<meta property="og:site_name" content="Bar Lounge"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"Solos: how do you handle clients who go silent when the
retainer runs out?","author":{"@type":"Person","name":"mkowalczyk_law"},"datePublished":"2026-03-09T14:12:40Z","commentCount":3}</script>
<link href="/stylesheets/desktop_5d1a.css" media="all" rel="stylesheet" data-target="desktop">
</head><body class="crawler-disabled category-practice-management docked"><section id="main" class="ember-application"><div class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png"
alt="Bar Lounge" id="site-logo" class="logo-big"></a></div><div class="panel"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button>
</span>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections">
<ul>${links(['Topics', 'Users', 'Badges', 'Groups', 'About'])}</ul>
<div class="sidebar-section-header">Categories</div><ul>${links(['Practice Management', 'Ethics Questions', 'Litigation', 'Technology'])}</ul></div></div>
<div id="main-outlet" class=""><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4471"><a href="/t/4471"
class="fancy-title">${pTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category" data-category-id="5"><span class="badge-category__name">Practice
Management</span></span></span><div class="list-tags"><a href="/tag/retainers" class="discourse-tag simple">retainers</a><a href="/tag/attorney-withdrawal"
class="discourse-tag simple">attorney-withdrawal</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4471"><div class="post-stream">
${post(0)}
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Mar 9</span></li><li>
<h4 role="presentation">last reply</h4>
<span class="relative-date">Mar 11</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4></li><li><span class="number">486</span>
<h4 role="presentation">views</h4></li></ul></section></div>
${post(1)}
${post(2)}
${post(3)}
</div></section></div>
<div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a class="start-date">Mar 9</a></div>
<div class="timeline-scroller-content">4 / 4</div></div></div>
<div id="suggested-topics" class="suggested-topics" role="complementary"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<tbody>${pSuggested
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a href="#"
class="title raw-link">${t}</a></td></tr>`,
  )
  .join('')}</tbody></table></div>
</div></div></div></div>
<div class="signup-cta alert alert-info"><div class="signup-cta-content">Join the conversation. Bar Lounge is a community for practicing lawyers.</div>
<button class="btn btn-primary">Sign Up</button><button class="btn btn-flat">Maybe later</button></div></div></section>
<footer class="noscript-footer-nav"><nav><a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a>
<a href="/guidelines">Community Guidelines</a></nav>
<p class="powered-by-link">Powered by Discourse, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/discourse-3c2f.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
export const discourse: TestPage = {
  name: 'heldout436-discourse-lawyers-forum-thread',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBodies.flat()),
  bylines: ['mkowalczyk_law', 'Mar 9', 'dhalloran', 'priya.s.esq', 'Mar 10', 'Mar 11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Topics', 'Users', 'Badges', 'Groups', 'About', 'Categories', 'Practice Management', 'Ethics Questions', 'Litigation',
    'Technology', 'retainers', 'attorney-withdrawal', '2 Likes', '4 Likes', 'Reply', 'created', 'last reply', 'replies', '486', 'views', '4 / 4',
    'Suggested Topics',
    ...pSuggested, 'Join the conversation. Bar Lounge is a community for practicing lawyers.', 'Maybe later', 'Terms of Service', 'Privacy Policy',
    'Community Guidelines', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
