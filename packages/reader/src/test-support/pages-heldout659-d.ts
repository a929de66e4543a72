import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file d: a probate thread on a bereavement-support forum running Discourse, and a will writers'
 * guild code of practice page on Hugo (Ananke theme).
 */
const dTitle = 'Probate application stuck at "awaiting documents" for 9 weeks';
const dPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'marram_grass',
    date: 'Feb 11',
    paras: [
      j(
        'My mum died in October and I applied online as executor in December. I posted the original will and the IHT form the',
        'same week by signed-for post and Royal Mail shows it delivered, but the tracker still says "awaiting documents".',
      ),
      'Has anyone had this? Is there a number that actually gets answered?',
    ],
  },
  {
    user: 'Dunlin',
    date: 'Feb 11',
    paras: [
      j(
        'Same thing happened to us last year. The documents had been scanned but not matched to the case. Ring the helpline at',
        "9am on the dot and ask them to search by the deceased's name rather than the reference number.",
      ),
    ],
  },
  {
    user: 'teal_and_tide',
    date: 'Feb 12',
    paras: [
      'Also worth checking:',
      'that the will you sent was the original, not a certified copy',
      'that the IHT form was the one that matches the value you gave online',
      j('If either is wrong they put it on hold without telling you. Ours sat for six weeks because of a ticked box on page 2.'),
    ],
  },
  {
    user: 'marram_grass',
    date: 'Feb 19',
    paras: [
      j(
        "Update for anyone who finds this later: rang at 9am as suggested, they found the will filed under Mum's maiden name.",
        'Status changed to "examining" the next day and the grant came through on Monday. Thank you both.',
      ),
    ],
  },
];
const dTpHtml = (p: (typeof dPosts)[number]): string =>
  p.user === 'teal_and_tide'
    ? `${ps([p.paras[0] ?? ''])}<ul>${lis(p.paras.slice(1, 3))}</ul>${ps(p.paras.slice(3))}`
    : ps(p.paras.map((x) => x.replace(/"/g, '&quot;')));
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${88410 + i}" data-topic-id="19022" data-user-id="${3300 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt="" width="48" height="48" src="/letter_avatar/${p.user}/48/5.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="post-date" href="/t/19022/${i + 1}"><span title="${p.date}, 2025 8:41 pm" data-time="1739306460000" class="relative-date">${p.date}</span></a></div>
</div></div><div class="regular contents"><div class="cooked">${dTpHtml(p)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="btn-flat like" title="like this post"></button><button class="btn-flat share" title="copy a link to this post"></button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const dSugg = [
  'Executor living abroad: how did you sign the statement of truth?',
  'Bank wants a grant for a £9k account',
  'Letters of administration timescales 2025',
];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle.replace(/"/g, '&quot;')} - Practical matters - Still Here Forum</title>
<meta name="description" content="My mum died in October and I applied online as executor in December.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.stillhere.org.uk/t/probate-application-stuck-at-awaiting-documents-for-9-weeks/19022">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Probate application stuck",
"author":{"@type":"Person",
"name":"marram_grass"},"datePublished":"2025-02-11T20:41:00Z"}</script>
<link href="/stylesheets/desktop_3b1a9f.css?__ws=forum.stillhere.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.stillhere.org.uk" data-environment="production"></head>
<body class="crawler ember-application archetype-regular category-practical-matters"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img src="/uploads/default/original/1X/stillhere-logo.png"
alt="Still Here Forum" id="site-logo" class="logo-big"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-icon-text btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search"></a></li></ul></div></div></div>
</header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section-header-text">Categories</div>
<ul class="sidebar-section-content">${links(
  ['Talking about grief', 'Practical matters', 'Memorial ideas', 'All categories'],
  'sidebar-section-link-wrapper',
)}</ul>
</div></section></div><div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="19022">
<a href="/t/probate-application-stuck-at-awaiting-documents-for-9-weeks/19022" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/practical-matters/7"><span class="badge-category__name">Practical matters</span></a>
<div class="list-tags"><a href="/tag/probate" class="discourse-tag simple">probate</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="19022"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}</div></div></section></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div id="suggested-topics" class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title"><h3 id="suggested-topics-title"
class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>${dSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${19000 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${4 + i}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></section>
<footer class="footer"><p>Still Here is a peer support community run by the Lantern Bereavement Trust, charity no. 1190443. We cannot give legal advice.</p>
<a href="/privacy">Privacy</a> · <a href="/tos">Terms of Service</a> · <a href="/faq">Guidelines</a></footer>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout659-discourse-probate-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['marram_grass', 'Dunlin', 'teal_and_tide', 'Feb 11', 'Feb 12', 'Feb 19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Categories', 'Talking about grief', 'Practical matters', 'Memorial ideas', 'All categories',
    'Reply', 'Suggested Topics', ...dSugg,
    'Still Here is a peer support community run by the Lantern Bereavement Trust, charity no. 1190443. We cannot give legal advice.',
    'Privacy', 'Terms of Service', 'Guidelines',
  ],
};

const hTitle = 'Code of practice: home visits';
const hSecs: [string, string[]][] = [
  [
    'Before the visit',
    [
      'Members must confirm the appointment in writing, with the fixed fee, at least 48 hours before visiting.',
      'Where the client is over 80 or has told us of an illness, members should offer to have a family member or friend present.',
    ],
  ],
  [
    'During the visit',
    [
      j(
        'Members must see the client alone for at least part of the meeting, so that the client can speak freely about their wishes.',
        'No payment may be taken during a first visit.',
      ),
      'Members must not suggest that they, their firm or a relative be named as executor unless the client raises it first.',
    ],
  ],
  ['After the visit', ['A copy of the attendance note must be sent to the client with the draft will. Notes must be kept for at least six years.']],
];
const hToc = hSecs.map(([h]) => h);
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>Code of practice: home visits | Guild of Fenland Will Writers</title>
<meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="What members of the Guild must do when visiting clients at home.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://fenlandwillwriters.org.uk/code/home-visits/">
<meta property="og:title" content="${hTitle}"><meta property="article:section" content="code">
<meta property="article:published_time" content="2024-09-02T00:00:00+00:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="datePublished" content="2024-09-02T00:00:00+00:00"><meta itemprop="wordCount" content="112"></head>
<body class="ma0 avenir bg-near-white"><header><div class="bg-dark-green"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Guild of Fenland Will Writers</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${['Code', 'Find a member', 'Complaints', 'Join']
  .map(
    (t) =>
      `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(/ /g, '-')}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 w-100 pb3"><p class="f6 b helvetica tracked">CODE</p><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://fenlandwillwriters.org.uk/code/home-visits/" class="ananke-social-link facebook no-underline"
aria-label="share on Facebook"><span class="icon"></span></a></div></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2024-09-02T00:00:00Z">September 2, 2024</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${hSecs.map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(p)}`).join('\n')}
</div><aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">What's in this post</p>
<nav id="TableOfContents"><ul>${hToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav></div></aside>
</article></main><footer class="bg-dark-green bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://fenlandwillwriters.org.uk/">© 2024 Guild of Fenland Will Writers</a>
<div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout659-hugo-code-of-practice',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hToc,
  body: hSecs.flatMap(([, p]) => p),
  bylines: ['September 2, 2024'],
  furniture: ['Guild of Fenland Will Writers', 'Find a member', 'Complaints', 'Join', "What's in this post", '© 2024 Guild of Fenland Will Writers'],
};

export const HELDOUT659_D: readonly TestPage[] = [discourse, hugo];
