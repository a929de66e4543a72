import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file e: a countryside crafts forum thread about a thatch ridge quote on Discourse (Ember-rendered topic with
 * sidebar, quote, topic map and suggested topics); the MediaWiki page is in file e2.
 */
const fTitle = 'Quoted £6,800 to re-ridge a long straw cottage. Is that about right?';
type Post = { user: string; date: string; paras: string[]; quote?: [string, string] };
const fPosts: Post[] = [
  {
    user: 'hollyhock_lane',
    date: 'Feb 2',
    paras: [
      j(
        'We bought a long straw cottage in north Essex last year and the survey said the ridge needs doing within two years. We have had one',
        'quote so far, £6,800 for about 12 metres of ridge with a block pattern, including netting the ridge and scaffold.',
      ),
      'It seems a lot for the top bit of the roof. Is that normal, and should we get more quotes?',
    ],
  },
  {
    user: 'reedcutter_dan',
    date: 'Feb 2',
    paras: [
      j(
        'That is in the right area for 2026. A ridge is two to three weeks of skilled work once you count stripping the old one, and the',
        'scaffold alone will be a thousand or more on a cottage.',
      ),
      'By all means get another quote, but ask each thatcher exactly what is included so you are comparing the same job.',
    ],
  },
  { user: 'hollyhock_lane', date: 'Feb 3', paras: ['What should I ask about specifically?'] },
  {
    user: 'm.pettifer',
    date: 'Feb 3',
    quote: ['hollyhock_lane', 'What should I ask about specifically?'],
    paras: [
      j(
        'Whether the main coat under the ridge gets any attention, what the capping is (sedge lasts longer than straw on a ridge), how the',
        'old material is disposed of, and whether the price is fixed. Also ask to see a ridge they did five or six years ago.',
      ),
      'And check they are happy to work with your insurer if you have a stove.',
    ],
  },
  {
    user: 'hollyhock_lane',
    date: 'Feb 6',
    paras: [
      j(
        'Thank you all. Second quote came in at £6,350 with a straw capping, so the first one with sedge looks fair. We are going with',
        'the first thatcher in May.',
      ),
    ],
  },
];
const fQuote = (p: Post): string =>
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="3" data-topic="2291"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/countrycrafts.example/${p.quote[0]}/48/1.png" class="avatar"> ${p.quote[0]}:</div><blockquote>
<p>${p.quote[1]}</p></blockquote></aside>\n`;
const fHtmlPost = (
  p: Post,
  n: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${p.user}"
role="region" data-post-id="${4410 + n}" data-topic-id="2291" data-user-id="${300 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/countrycrafts.example/${p.user}/48/1.png" class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2"
class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/${p.user}"
data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/2291/${n}" title="Post date"><span title="${p.date}, 2026"
data-time="1770000000000" class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div
class="cooked">${fQuote(p)}${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><button class="widget-button btn-flat toggle-like" title="like this
post">
</button><button class="widget-button btn-flat share" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat reply create
fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const fCats = ['Thatching', 'Hedges and hedgelaying', 'Dry stone walling', 'Coppice and woodland'];
const fSugg = ['Water reed or combed wheat for a Devon longhouse?', 'Insurance for a thatched roof with a log burner', 'Netting: worth it or not?'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${fTitle} - Thatching - Countrycrafts Forum</title>
<meta name="description" content="We bought a long straw cottage in north Essex last year and the survey said the ridge needs doing within two years."><meta
name="generator"
content="Discourse 3.4.0.beta2 - https://github.com/discourse/discourse version 9c1f"><link rel="canonical" href="https://forum.countrycrafts.example/t/2291">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"hollyhock_lane"}}</script>
<link href="/stylesheets/desktop_16_7a2c.css?__ws=forum.countrycrafts.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="ember-application docs has-sidebar-page navigation-topic category-thatching"><div id="ember3" class="ember-view"><section id="main"
class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div
class="contents">
<div class="header-sidebar-toggle"><button class="btn-sidebar-toggle" aria-label="Hide sidebar"></button></div><div class="title"><a href="/"><img
src="/uploads/logo.png"
alt="Countrycrafts Forum" id="site-logo" class="logo-big"></a></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn
btn-primary
btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text">
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a class="icon
btn-flat"
aria-label="Search" title="Search" href="/search"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Community</span>
</div><ul class="sidebar-section-content">${links(['Topics', 'Users', 'Badges'], 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Categories</span>
</div><ul class="sidebar-section-content">${links(fCats, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2291">
<a href="/t/2291" class="fancy-title">${fTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/thatching/7"><span
class="badge-category --style-square"><span class="badge-category__name">Thatching</span></span></a><div class="list-tags"><a href="/tag/ridging"
class="discourse-tag box">ridging</a><a href="/tag/long-straw" class="discourse-tag box">long-straw</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2291"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map((p, i) => fHtmlPost(p, i + 1)).join('\n')}
</div></div><div class="topic-map --op"><section class="topic-map__stats"><ul><li><span class="number">4</span><span
class="topic-map__stat-label">replies</span></li>
<li><span class="number">212</span><span class="topic-map__stat-label">views</span></li><li><span class="number">3</span><span
class="topic-map__stat-label">users</span></li></ul>
</section></div></section></div>
<div id="suggested-topics" class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><table
class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts">Replies</th><th class="activity">Activity</th></tr></thead><tbody>
${fSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${2200 + i}" class="title raw-link
raw-topic-link">${t}</a></span>
</td><td class="num posts">${6 + i}</td><td class="num activity age"><span class="relative-date">Jan ${12 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div></section></div>
<div class="powered-by-discourse"><a class="btn btn-flat" href="https://discourse.org/powered-by" target="_blank">Powered by Discourse</a></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout619-discourse-ridge-quote',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras])),
  bylines: ['hollyhock_lane', 'reedcutter_dan', 'm.pettifer', 'Feb 2', 'Feb 3', 'Feb 6'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Community', 'Topics', 'Users', 'Badges', 'Categories', ...fCats, 'ridging', 'Reply',
    'replies', 'views', 'users', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...fSugg, 'Jan 12', 'Jan 13', 'Jan 14',
    'Powered by Discourse',
  ],
};

export const HELDOUT619_E: readonly TestPage[] = [discourse];
