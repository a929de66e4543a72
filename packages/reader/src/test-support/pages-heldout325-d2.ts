import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file d2: a joke-collection thread on Discourse as the browser saves it (Ember app markup: header with
 * search and Log In, topic title with category badge and tags, posts with avatar, username, relative date, the cooked
 * post text, like counts and post controls, the topic map, the timeline, "Suggested Topics" table and the footer). The
 * opening post and every reply are the body.
 */
const dTitle = 'Post your best clean one-liners (the groan-worthy collection)';
type Post = [user: string, date: string, likes: string, paras: string[]];
const dPosts: Post[] = [
  [
    'quillby',
    'Mar 1',
    '24',
    [
      j(
        'Our office is putting together a joke jar for the break room and I have been tasked with filling it. The rules: clean,',
        'short, and ideally capable of making a coworker roll their eyes so hard they see their own brain. I will start:',
      ),
      'I used to be addicted to soap, but I’m clean now.',
      'Add yours below. Bonus points for anything that works on a seven-year-old and a seventy-year-old equally.',
    ],
  ],
  [
    'marlowe_t',
    'Mar 1',
    '31',
    [
      'I told my wife she should embrace her mistakes. She hugged me.',
      'Also a classic from my grandfather: I only know twenty-five letters of the alphabet. I don’t know y.',
    ],
  ],
  [
    'henbit',
    'Mar 2',
    '18',
    [
      'Why don’t skeletons fight each other? They don’t have the guts.',
      'I’m reading a book about anti-gravity. It’s impossible to put down.',
      'My kids groaned at both of these, which I consider a win.',
    ],
  ],
  [
    'Odalys_R',
    'Mar 2',
    '42',
    [
      j('From my days teaching middle school science, these never failed:'),
      'I would tell you a chemistry joke, but I know I wouldn’t get a reaction.',
      'Never trust an atom. They make up everything.',
      'What did the ocean say to the beach? Nothing, it just waved.',
      'The trick is the pause before the punchline. Count to two in your head. Trust me.',
    ],
  ],
  [
    'pete.vandermolen',
    'Mar 3',
    '15',
    [
      'I got fired from the calendar factory for taking a day off.',
      'The rotation devised by my bakery coworkers is that whoever tells the worst joke of the week has to clean the mixer.',
      'I have not cleaned the mixer in a year, which says something about the quality of my jokes, but I am not sure what.',
    ],
  ],
  [
    'quillby',
    'Mar 5',
    '20',
    [
      j(
        'Update: the jar is full and the break room has officially banned the skeleton joke after it was told eleven times',
        'in one afternoon. The soap one is still the favorite. Thank you all, I am leaving this open for anyone who wants to',
        'add more.',
      ),
    ],
  ],
];
const dTags = ['joke-jar', 'office-life', 'puns'];
const dSuggested: [string, string, string][] = [
  ['What is the funniest sign you have seen in a shop window?', '38', '2d'],
  ['Share a harmless prank that went perfectly', '61', '5d'],
  ['Dad jokes that actually made you laugh', '112', '12d'],
];
const post = ([user, date, likes, paras]: Post, n: number): string => `<div class="topic-post clearfix regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${4400 + n}" data-topic-id="2281" data-user-id="${n + 300}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/forum.example/${user}/96/1.png"
class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span
class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a
class="widget-link post-date" href="/t/2281/${n}" title="Post date"><span title="${date}, 2026 9:14 am" data-time="1772350000000" data-format="tiny"
class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls expanded-menu"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text" title="${likes} people liked this post"><span
class="d-button-label">${likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button><button class="widget-button btn-flat
reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Humor - The Breakroom</title>
<meta name="description" content="Our office is putting together a joke jar for the break room and I have been tasked with filling it."><meta
name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<meta property="og:site_name" content="The Breakroom"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<link rel="canonical" href="https://breakroom.example/t/post-your-best-clean-one-liners/2281">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"quillby"},"datePublished":"2026-03-01T09:14:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":6}}</script>
<link href="/stylesheets/desktop_theme_4_6a1f.css?__ws=breakroom.example" media="all" rel="stylesheet"><script defer src="/assets/discourse-6c4e.js"></script>
</head><body class="ember-application archetype-regular category-humor tag-joke-jar"><div id="main-outlet-wrapper" class="wrap" role="main">
<section id="main" class="ember-application"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img
src="/uploads/default/logo.png" alt="The Breakroom" id="site-logo" class="logo-big"></a></div><div class="panel clearfix" role="navigation"><span
class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button><button class="btn btn-primary btn-small
login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle
search-dropdown"><a href="/search" title="Search" aria-label="Search" class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2281"><a
href="/t/post-your-best-clean-one-liners/2281" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/humor/12"><span class="badge-category --style-square"><span
class="badge-category__name">Humor</span></span></a><div class="list-tags">${dTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag simple">${t}</a>`)
  .join('\n')}</div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2281"><div class="posts-wrapper"><div
class="post-stream">
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div>
<div class="topic-map"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4><div class="topic-map-post"><span
class="relative-date">Mar 1</span></div></li><li><h4 role="presentation">last reply</h4><span class="relative-date">Mar 5</span></li><li><span
class="number">5</span><h4 role="presentation">replies</h4></li><li class="secondary"><span class="number">1.2k</span><h4 role="presentation">views</h4></li>
<li class="secondary"><span class="number">150</span><h4 role="presentation">likes</h4></li></ul></section></div></section>
<div class="topic-timeline"><div class="timeline-container"><div class="timeline-scrollarea"><div class="timeline-date-wrapper"><a
class="start-date">Mar 1</a></div><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 6</div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 5</a></div></div></div></div></div></div>
<div id="suggested-topics" class="more-topics__list suggested-topics" role="complementary"><h3 id="suggested-topics-title"
class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th
class="activity num">Activity</th></tr></thead><tbody>${dSuggested
  .map(
    ([t, r, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></td><td
class="num posts-map posts"><span class="number">${r}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join(
    '\n',
  )}</tbody></table><h3 class="more-topics__browse-more">Want to read more? <a href="/latest">Browse other topics in Humor</a> or <a href="/latest">view
latest topics</a>.</h3></div></div></section></div>
<footer class="footer"><nav class="nav-footer">${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.example">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
export const jokes: TestPage = {
  name: 'heldout325-discourse-jokes-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[3])),
  bylines: ['quillby', 'marlowe_t', 'henbit', 'Odalys_R', 'pete.vandermolen', 'Mar 1', 'Mar 2', 'Mar 3', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Humor', ...dTags, 'Reply', 'created', 'last reply', 'replies', '1.2k', 'views', '150', 'likes',
    '1 / 6', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSuggested.flat().filter((t) => t.length > 2),
    'Want to read more? Browse other topics in Humor or view latest topics.',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
