import { type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file b2: a flooring trade forum thread on Discourse (the Ember page as a browser saves it: d-header with
 * Sign Up / Log In, topic title with category badge and tags, post stream with avatars, like counts, an accepted-solution box,
 * a quote of an earlier post, topic map, timeline and suggested topics).
 */
const dTitle = 'Self-levelling compound cracked over wet underfloor heating – what went wrong?';
type Post = { user: string; date: string; full: string; likes: string; html: string[]; extra?: string };
const dQuote = 'we put the heating straight up to 45 degrees the day after the manufacturer said it was walkable';
const dPosts: Post[] = [
  {
    user: 'tomh_floors',
    date: '3 Oct',
    full: '3 Oct 2026 8:14 pm',
    likes: '2',
    html: [
      j(
        'Kitchen extension, about 28 m², wet UFH pipes clipped to insulation boards with a 50 mm sand and cement screed over.',
        'Screed was down 7 weeks, tested at 74% RH with a hood. Primed with an acrylic primer, two coats, and poured 5 mm of a',
        'standard self-levelling compound.',
      ),
      j(
        'Two weeks later, before we had laid the LVT, the client rang to say there were cracks. Hairline, but running in straight',
        'lines about 200 mm apart, which I am fairly sure is over the pipe runs. Any ideas what went wrong and whether it can be',
        'saved without grinding the lot off?',
      ),
    ],
  },
  {
    user: 'screedmaster_jo',
    date: '3 Oct',
    full: '3 Oct 2026 9:02 pm',
    likes: '1',
    html: [
      'Two questions before anyone guesses. Was the heating commissioned before you poured, and what did they do with it after?',
      'Was the compound a fibre-reinforced one or the general purpose stuff?',
    ],
  },
  {
    user: 'tomh_floors',
    date: '4 Oct',
    full: '4 Oct 2026 7:40 am',
    likes: '',
    html: [
      j(
        'Heating had not been run at all before the pour, the plumber was meant to commission it but never came back. And the',
        `client says ${dQuote}. General purpose compound, not fibred.`,
      ),
    ],
  },
  {
    user: 'Kev_Lathwell',
    date: '4 Oct',
    full: '4 Oct 2026 10:26 am',
    likes: '9',
    html: [
      `<aside class="quote no-group" data-username="tomh_floors" data-post="3" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/tradefloor.forum/tomh_floors/48/233_2.png" class="avatar"> tomh_floors:</div>
<blockquote><p>${dQuote}</p></blockquote></aside>`,
      j(
        'There is your answer. The screed was never heated before the compound went on, so all its first movement happened under',
        'your 5 mm. Then it went from cold to 45 degrees in a day. The compound is strongest in compression and weak in tension, and',
        'it has cracked along the hottest lines, which are the pipes.',
      ),
      'For next time, the order we always follow on heated screeds:',
      '<ul>LIST</ul>',
      j(
        'As for saving it: if the cracks are hairline and the compound is still bonded (tap it with a screwdriver handle, hollow',
        'sounds mean it is not), you can rake them out, fill with a resin crack repair and skim 3 mm of a fibred compound over the top.',
        'Run the heating up slowly first. If it sounds hollow anywhere, it has to come up.',
      ),
    ],
  },
  {
    user: 'tomh_floors',
    date: '9 Oct',
    full: '9 Oct 2026 5:55 pm',
    likes: '3',
    html: [
      j(
        'Thanks Kev. Got the plumber back, ran the heating up five degrees a day and the cracks did not move. All bonded, so we raked',
        'and filled and put 3 mm of fibred compound over. LVT goes down next week. Lesson learned.',
      ),
    ],
  },
];
const dList = [
  'Commission the heating and run it through a full heat-up and cool-down cycle before any floor finish.',
  'Use a fibre-reinforced or flexible compound rated for underfloor heating.',
  'After the pour, leave the heating off until the compound has cured, then raise it no more than 5 degrees a day.',
  'Never go above 27 degrees at the floor surface under LVT.',
];
const dPost = (p: Post, i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${30412 + i}" data-topic-id="4821"
class="boxed onscreen-post"><span tabindex="-1"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/tradefloor.forum/${p.user}/48/233_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/slc-cracked-over-wet-ufh/4821/${i + 1}" data-post-number="${i + 1}">
<span title="${p.full}" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.extra ?? ''}${p.html
  .map((h) => (h.startsWith('<') ? h.replace('LIST', lis(dList)) : `<p>${h}</p>`))
  .join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expand-post"><div class="actions"><div class="double-button">
${p.likes === '' ? '' : `<button class="btn btn-flat button-count like-count"><span class="d-button-label">${p.likes}</span></button>`}
<button class="btn btn-flat toggle-like" title="like this post"><svg class="fa d-icon d-icon-d-unliked"><use href="#far-heart"></use></svg></button></div>
<button class="btn btn-flat share" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-link"><use href="#link"></use></svg></button>
<button class="btn btn-flat reply create btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></span></article></div>`;
const dSolved = `<aside class="accepted-answer" data-post="4" data-topic="4821"><div class="title"><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <span class="user-title">Kev_Lathwell</span> in <a href="/t/4821/4">post #4</a></div></div></div></aside>`;
const dTags = ['underfloor-heating', 'self-levelling', 'cracking'];
const dSugg = [
  ['Anhydrite screed – sand it or not before priming?', '14', '2.3k', 'Aug'],
  ['Ply thickness over 1930s boards for 2 mm LVT', '9', '870', 'Sep'],
  ['Best way to remove old bitumen adhesive from quarry tiles', '21', '4.1k', 'Jul'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Self-levelling compound cracked over wet underfloor heating – what went wrong? - Screeds &amp; Subfloors - Trade Floor Forum</title>
<meta name="description" content="Kitchen extension, about 28 m², wet UFH pipes clipped to insulation boards...">
<meta name="generator" content="Discourse 3.4.0">
<link rel="canonical" href="https://tradefloor.forum/t/slc-cracked-over-wet-ufh/4821"><meta property="og:site_name" content="Trade Floor Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"tomh_floors"},"datePublished":"2026-10-03T19:14:00Z","commentCount":4}</script>
<link href="/stylesheets/desktop_theme_4_5e6f.css?__ws=tradefloor.forum" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="archetype-regular category-screeds-subfloors tag-underfloor-heating docked"><section id="main">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/tff-logo.png" alt="Trade Floor Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span>
</button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search"></a></li>
<li class="hamburger-dropdown"><a href="" class="icon btn-flat" aria-label="menu"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="4821"><a href="/t/slc-cracked-over-wet-ufh/4821" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/screeds-subfloors/7">
<span data-category-id="7" class="badge-category --style-square"><span class="badge-category__name">Screeds &amp; Subfloors</span></span></a></div>
<div class="list-tags">${dTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`).join('')}</div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => dPost(i === 0 ? { ...p, extra: dSolved } : p, i)).join('\n')}</div></div>
<div class="topic-map --bottom"><section class="topic-map__stats"><ul><li class="created-at"><h4 role="presentation">created</h4>3 Oct</li>
<li class="last-reply"><h4 role="presentation">last reply</h4>9 Oct</li><li class="replies"><span class="number">4</span><h4 role="presentation">replies</h4>
</li>
<li class="views"><span class="number">1.1k</span><h4 role="presentation">views</h4></li></ul></section></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper">
<a class="start-date" href="/t/4821/1"><span>3 Oct</span></a></div><div class="timeline-scroller"><div class="timeline-replies">1 / 5</div></div>
<div class="timeline-date-wrapper"><a class="now-date" href="/t/4821/5"><span>9 Oct</span></a></div></div></div></div></div></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" class="suggested-topics">
<h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr>
</thead><tbody>${dSugg
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link">${t}</a>
<span class="badge-category__name">Screeds &amp; Subfloors</span></td><td class="num posts">${r}</td><td class="num views">${v}</td>
<td class="activity">${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/screeds-subfloors/7">Screeds &amp; Subfloors</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<div class="custom-footer"><p>Trade Floor Forum is run by working fitters. Be kind, stay on topic, no selling.</p></div></section>
<script defer src="/assets/discourse-3e4f.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout612-discourse-slc-ufh',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.html.flatMap((h) => (h === '<ul>LIST</ul>' ? dList : [h.startsWith('<aside') ? dQuote : h])))),
  bylines: ['tomh_floors', 'screedmaster_jo', 'Kev_Lathwell', '3 Oct', '4 Oct', '9 Oct'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Screeds & Subfloors', ...dTags, 'Solved by Kev_Lathwell in post #4', '2', '1', '9', '3', 'Reply', 'created',
    'last reply', '4', 'replies', '1.1k', 'views', '1 / 5', 'Suggested Topics', 'Topic', 'Activity',
    ...dSugg.map((r) => r[0] ?? ''), '14', '2.3k', 'Aug', '870', 'Sep', '21', '4.1k', 'Jul',
    'Want to read more? Browse other topics in Screeds & Subfloors or view latest topics.',
    'Trade Floor Forum is run by working fitters. Be kind, stay on topic, no selling.',
  ],
};

export const HELDOUT612_B2: readonly TestPage[] = [discourse].map(finish);
