import { links, type TestPage, texts } from './page-kit.js';
import { cooked, type DPost, dChrome, dHeader, dMapLabels, dPost, dRelated, dSidebar, dTimeline, dTopicMap } from './pages-heldout207-d3.js';

/**
 * Held-out batch 207, file f2: a Notion users' community thread on a self-hosted Discourse with a Reddit-like setup (the
 * topic voting plugin's vote box with its count and "Vote" button beside the title, the hidden "votes left" popup, the
 * custom header links, a welcome banner for anonymous visitors, the sidebar, the category badge and tags, posts with
 * "in reply to" tabs and "N Replies" buttons for nested replies, like counts, a numbered list in the first post, the topic
 * map, the timeline, the "Related topics" table and the footer with its unofficial-community disclaimer).
 */
const noTitle = 'How do you handle recurring tasks in Notion without a plugin?';
const noP1 = [
  'I run my freelance admin from one Notion database: invoices, client check-ins, tax deadlines. The one thing I keep ' +
    'fighting is recurring tasks. The built-in repeat on database templates works for "every Monday", but I have tasks ' +
    'like "ten days after an invoice is sent" that do not fit.',
  'What I have tried so far:',
];
const noList = [
  'Repeating templates, which cover the simple weekly and monthly cases.',
  'A formula that shows the next due date, but it does not create a new task.',
  'A third-party automation service, which worked but cost more than I wanted for a one-person business.',
];
const noP1b = ['Curious how others do this. Is there a clean way with only what Notion has built in?'];
const noP2 = [
  'For relative deadlines I stopped trying to create new pages at all. Instead the invoice page has a date property for ' +
    '"sent" and a formula for "chase on", which is sent plus ten days. A filtered view on my dashboard shows every invoice ' +
    'where chase on is today or earlier and paid is unticked.',
  'So the "task" is really a view. Nothing to create, nothing to forget to delete.',
];
const noP3 = [
  'This is the way. Database automations can also help now: when "sent" is set, the automation can fill in other ' +
    'properties, so you do not need to remember anything at all.',
];
const noP4 = ['Does the filtered view approach work with the mobile widget? I mostly check things on my phone.'];
const noP5 = [
  'It does, if you make the view the first one in the database and pin it to the widget. The widget always shows the first ' +
    'view of the linked database, so the order matters.',
];
const noP6 = [
  'Thanks, everyone. I switched invoices to the view approach this afternoon and kept repeating templates for the weekly ' +
    'things. Much tidier than what I had, and no extra subscription.',
  'I will post the template here once I have cleaned it up.',
];
const noPosts: DPost[] = [
  {
    n: 1,
    user: 'wren_freelance',
    when: 'Nov 3',
    whenTitle: 'Nov 3, 2025 4:12 pm',
    likes: '9',
    cooked: `${cooked(noP1)}<ol>${noList.map((t) => `<li>${t}</li>`).join('')}</ol>${cooked(noP1b)}`,
  },
  { n: 2, user: 'casimir.builds', full: 'Casimir Duda', when: 'Nov 3', whenTitle: 'Nov 3, 2025 5:01 pm', likes: '23', cooked: cooked(noP2) },
  { n: 3, user: 'tallulah_ops', when: 'Nov 3', whenTitle: 'Nov 3, 2025 6:44 pm', likes: '8', replyTo: 'casimir.builds', cooked: cooked(noP3) },
  { n: 4, user: 'jun_park', when: 'Nov 4', whenTitle: 'Nov 4, 2025 8:19 am', likes: '2', replyTo: 'casimir.builds', cooked: cooked(noP4) },
  {
    n: 5,
    user: 'casimir.builds',
    full: 'Casimir Duda',
    when: 'Nov 4',
    whenTitle: 'Nov 4, 2025 9:03 am',
    likes: '5',
    replyTo: 'jun_park',
    cooked: cooked(noP5),
  },
  { n: 6, user: 'wren_freelance', when: 'Nov 4', whenTitle: 'Nov 4, 2025 7:37 pm', likes: '4', cooked: cooked(noP6) },
];
const noLinks = ['Templates', 'Guides', 'Meetups', 'Rules'];
const noWelcome = [
  'Welcome to the Notion Makers Forum',
  'A community run by Notion users, for Notion users. Sign up to vote on threads and join the conversation.',
];
const noCats = ['Questions', 'Show and tell', 'Templates', 'Workflows', 'Off-topic'];
const noTags = ['databases', 'automations', 'recurring-tasks', 'freelance'];
const noRel: [string, string, string, string][] = [
  ['Daily journal template with automatic dates', '14', '2.8k', 'Oct 2025'],
  ['Tracking invoices and payments in one database', '9', '1.6k', 'Sep 2025'],
  ['Mobile widget only shows the first view?', '3', '540', 'Nov 2025'],
];
const noDisclaimer = 'This forum is run by volunteers and is not affiliated with or endorsed by Notion Labs, Inc.';
const noSlug = 'how-do-you-handle-recurring-tasks-in-notion-without-a-plugin/4823';
const noReplies = (n: number, count: string): string =>
  `<button class="widget-button btn-flat show-replies btn-icon-text" data-post-number="${n}"><span class="d-button-label">${count}</span></button>`;
const noHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${noTitle} - Questions - Notion Makers Forum</title><meta name="description" content="I run my freelance admin from one Notion database.">
<meta name="generator" content="Discourse 3.5.2 - https://github.com/discourse/discourse version 3.5.2">
<meta property="og:site_name" content="Notion Makers Forum"><meta property="og:title" content="${noTitle}">
<link rel="canonical" href="https://forum.notionmakers.example/t/${noSlug}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${noTitle}",
"author":{"@type":"Person","name":"wren_freelance"},"datePublished":"2025-11-03T16:12:00Z"}</script>
<link href="/stylesheets/desktop_nm_31cc.css" media="all" rel="stylesheet"><script defer src="/assets/discourse-e4b0.br.js"></script></head>
<body class="crawler-disabled category-questions docked has-sidebar-page"><section id="main" class="ember-application">
${dHeader('Notion Makers Forum', noLinks)}
<div id="main-outlet-wrapper" class="wrap" role="main">${dSidebar(noCats, noTags)}<div id="main-outlet">
<div class="welcome-banner anon-banner"><h2 class="welcome-banner__title">${noWelcome[0]}</h2><p>${noWelcome[1]}</p></div>
<div class="regular ember-view"><div id="topic-title"><div class="title-wrapper"><div class="voting title-voting"><div class="vote-count-wrapper">
<div class="vote-count">87</div></div><button class="btn btn-primary vote-button">Vote</button>
<div class="voting-popup-menu popup-menu hidden"><p class="vote-options">You have 10 votes left</p></div></div>
<h1 data-topic-id="4823"><a href="/t/${noSlug}" class="fancy-title">${noTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/questions/5"><span class="badge-category"><span class="badge-category__name">Questions</span></span></a><div class="list-tags">${noTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag simple" data-tag-name="${t}">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4823"><div class="posts-wrapper">
<div class="post-stream">${dPost(noPosts[0]!, noSlug)}
${dTopicMap('Nov 3', 'Nov 4', ['5', '1.9k', '4', '51'])}
${dPost(noPosts[1]!, noSlug)}${noReplies(2, '2 Replies')}
<section class="embedded-posts bottom"><div class="reply" data-post-id="90213">${dPost(noPosts[2]!, noSlug)}</div></section>
${dPost(noPosts[3]!, noSlug)}${noReplies(4, '1 Reply')}
${noPosts
  .slice(4)
  .map((p) => dPost(p, noSlug))
  .join('\n')}</div></div></section>${dTimeline('Nov 2025', '1 / 6', 'Nov 4')}</div></div>${dRelated(noRel)}</div></div></div>
<footer class="custom-footer"><p class="footer-disclaimer">${noDisclaimer}</p><ul>${links(['Privacy', 'Terms', 'Contact the moderators'], 'footer-link')}</ul>
<p class="powered-by">Powered by Discourse</p></footer></section></body></html>`;

export const notionThread: TestPage = {
  html: noHtml,
  name: 'heldout207-notion-discourse-thread',
  kind: 'forum',
  // the embedded copy of a nested reply (post 3, shown under post 2) is the post's only copy in this save, so it is body
  title: noTitle,
  headings: [],
  body: texts([...noP1, ...noList, ...noP1b, ...noP2, ...noP3, ...noP4, ...noP5, ...noP6]),
  bylines: ['wren_freelance', 'casimir.builds', 'Casimir Duda', 'tallulah_ops', 'jun_park', 'Nov 3', 'Nov 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...noLinks, ...noWelcome, '87', 'Vote', 'You have 10 votes left', ...dChrome, ...noCats, ...noTags, 'Reply', '2 Replies', '1 Reply',
    ...dMapLabels, '1 / 6', 'Nov 2025', ...noRel.flatMap((r) => [r[0], r[2], r[3]]), noDisclaimer, 'Privacy', 'Terms', 'Contact the moderators',
    'Powered by Discourse',
  ],
};
