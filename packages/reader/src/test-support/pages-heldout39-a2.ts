import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 39, file a2: a Confluence Cloud page in a space shared publicly (the anonymous top bar with "Log in",
 * the space sidebar with its page tree, breadcrumbs, the title, "Owned by" and "Last updated … by" metadata with a
 * reading time, the Atlassian renderer's document with data-renderer-start-pos paragraphs, heading anchor buttons, a
 * table-of-contents macro, info and warning panels, an action-item task list, a mention and a status lozenge, then labels,
 * reactions, likes, one comment and the "Powered by Confluence" line).
 */
const cfTitle = 'Hosting a community meetup';
const cfIntro = [
  'Local meetups are how most people first meet the OpenHarbor project in person. This page collects what past organisers ' +
    'have learned, from booking a room to sharing the recordings, so that nobody has to work it out from scratch.',
  'You do not need to be a maintainer to host a meetup. Anyone who has taken part in the project, even by reporting a bug ' +
    'or translating a page, is welcome to organise one in their city.',
];
const cfInfo =
  'Meetups listed on the community calendar can apply for a grant of up to €150 towards room hire and refreshments. ' +
  'Send your application at least four weeks before the date.';
const cfH1 = 'Before the meetup';
const cfBefore = [
  'Pick a date that does not clash with a release week; the release calendar is linked from the space home page. Evenings in ' +
    'the middle of the week draw the largest crowds, while Saturday mornings suit workshops that need laptops.',
];
const cfTasks = [
  'Book a room with step-free access and a projector',
  'Post the event on the community calendar with a short agenda',
  'Ask a second organiser to co-host',
  'Send a reminder to registered attendees two days before',
];
const cfH2 = 'On the day';
const cfDay = [
  'Arrive an hour early. Most problems on the night come from adapters, Wi-Fi passwords and locked doors, and all three are ' +
    'easier to solve before people arrive.',
  'A format that has worked in Oslo, Porto and Nairobi:',
];
const cfSteps = [
  'Welcome and a two-minute reminder of the code of conduct.',
  'One main talk of about twenty minutes, with time for questions.',
  'Three or four lightning talks of five minutes each.',
  'Open discussion or help with installation problems until the room closes.',
];
const cfWarn = 'Do not share the attendee list outside the organising team. It holds email addresses and is covered by the project’s ' + 'privacy notice.';
const cfH3 = 'Afterwards';
const cfAfter = [
  'Write a short report on the Past meetups page within a week: how many people came, which talks were given and what you ' +
    'would change. If you received a grant, the report is <span data-node-type="status" class="status-lozenge-span">' +
    '<span class="css-1qdqnyp">REQUIRED</span></span> before the money is paid.',
];
const cfH4 = 'Sharing slides and recordings';
const cfShare = [
  'Ask speakers before the event whether they agree to be recorded, and never record the open discussion. Slides go in the ' +
    'shared drive, in a folder named after the city and the date. Questions about recordings can go to ' +
    '<span class="mention" data-mention-id="61f3a0c2e4b7" data-access-level="CONTAINER">@Kofi Mensah</span>, who looks ' +
    'after the project’s video channel.',
];
const cfTree = ['Getting involved', 'Code of conduct', 'Events', cfTitle, 'Meetup grant FAQ', 'Past meetups', 'Working groups', 'Release notes'];
const cfLabels = ['how-to', 'checklist', 'meetup-kit'];
const cfComment = 'We ran the Lagos meetup with this checklist and it held up well. One addition: test the projector adapter the day before.';
const cfP = (p: string, pos: number) => `<p data-renderer-start-pos="${pos}">${p}</p>`;
const cfH = (h: string, id: string, pos: number) =>
  `<h2 id="Hostingacommunitymeetup-${id}" data-renderer-start-pos="${pos}">${h}<span class="heading-anchor-wrapper">` +
  `<button aria-label="Copy link to heading" class="css-1yx6h60"></button></span></h2>`;
const cfPanel = (type: string, p: string) =>
  `<div class="ak-editor-panel" data-panel-type="${type}" data-testid="panel-${type}"><div class="ak-editor-panel__icon" aria-hidden="true">` +
  `<span role="img" aria-label="Panel ${type}"></span></div><div class="ak-editor-panel__content">${cfP(p, 0)}</div></div>`;
const cfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cfTitle} - OpenHarbor Community - Confluence</title>
<meta name="ajs-page-id" content="2298806273"><meta name="ajs-space-key" content="OHC"><meta name="ajs-is-anonymous" content="true">
<link rel="stylesheet" href="https://confluence-cdn.atlassian.com/assets/master/css/confluence.css">
<script>window.__SSR_RENDERED__=true;window.__APOLLO_STATE__={"Space:OHC":{"name":"OpenHarbor Community","key":"OHC"}};</script></head>
<body><div id="jira-frontend" class="css-1r3lvr8"><a href="#AkMainContent" class="css-skip-link">Skip to main content</a>
<header data-testid="app-navigation" role="banner"><a href="/wiki" aria-label="Confluence"><span class="css-logo">Confluence</span></a>
<div role="search"><input aria-label="Search" placeholder="Search"></div><a href="/wiki/login" class="css-btn">Log in</a></header>
<nav aria-label="Space navigation" data-testid="space-navigation"><div class="space-header"><span class="space-name">OpenHarbor Community</span></div>
<ul class="space-shortcuts">${links(['Overview', 'Blogs'])}</ul><h3 class="css-section-title">Content</h3>
<ul class="page-tree" role="tree">${links(cfTree, 'page-tree-item')}</ul></nav>
<main id="AkMainContent" data-testid="grid-main-container"><div data-testid="object-header-container">
<nav aria-label="Breadcrumbs"><ol>${links(['OpenHarbor Community', 'Events'])}</ol></nav></div>
<div data-testid="title-wrapper"><h1 data-testid="title-text" id="heading-title-text">${cfTitle}</h1></div>
<div data-testid="page-metadata-banner" class="css-1x3yfwn"><div class="css-owner">Owned by <a href="/wiki/people/5b0e2c71a9d8">Signe Halvorsen</a></div>
<div class="css-lastmod">Last updated: <a href="/wiki/pages/viewpreviousversions.action?pageId=2298806273">Jan 28, 2026</a> by
<a href="/wiki/people/70121:3fa9">Tomasz Wrona</a></div><span class="css-readtime" data-testid="read-time">3 min read</span>
<span data-testid="view-count" aria-hidden="true"></span></div>
<div class="ak-renderer-wrapper is-full-page" data-testid="renderer-wrapper"><div class="ak-renderer-document">
<div class="ak-renderer-extension" data-extension-type="com.atlassian.confluence.macro.core" data-extension-key="toc">
<div class="toc-macro" data-headerelements="H1,H2,H3"><ul><li><a href="#Hostingacommunitymeetup-Beforethemeetup">${cfH1}</a></li>
<li><a href="#Hostingacommunitymeetup-Ontheday">${cfH2}</a></li><li><a href="#Hostingacommunitymeetup-Afterwards">${cfH3}</a>
<ul><li><a href="#Hostingacommunitymeetup-Sharingslidesandrecordings">${cfH4}</a></li></ul></li></ul></div></div>
${cfIntro.map((p, i) => cfP(p, 3 + i * 240)).join('\n')}
${cfPanel('info', cfInfo)}
${cfH(cfH1, 'Beforethemeetup', 812)}
${cfBefore.map((p) => cfP(p, 832)).join('')}
<div data-task-list-local-id="a61c0e2f" class="task-list">${cfTasks
  .map(
    (t, i) =>
      `<div data-task-local-id="t${i}" data-task-state="TODO" class="task-item"><input type="checkbox" aria-label="Action item">` +
      `<div data-component="content">${t}</div></div>`,
  )
  .join('\n')}</div>
${cfH(cfH2, 'Ontheday', 1302)}
${cfDay.map((p, i) => cfP(p, 1320 + i * 200)).join('\n')}
<ol class="ak-ol" data-indent-level="1">${cfSteps.map((t) => `<li>${cfP(t, 0)}</li>`).join('')}</ol>
${cfPanel('warning', cfWarn)}
${cfH(cfH3, 'Afterwards', 2010)}
${cfAfter.map((p) => cfP(p, 2022)).join('')}
<h3 id="Hostingacommunitymeetup-Sharingslidesandrecordings" data-renderer-start-pos="2350">${cfH4}<span class="heading-anchor-wrapper">
<button aria-label="Copy link to heading" class="css-1yx6h60"></button></span></h3>
${cfShare.map((p) => cfP(p, 2381)).join('')}
</div></div>
<div data-testid="labels-section" class="css-labels"><h2 class="css-visually-hidden">Labels</h2><ul>${links(cfLabels, 'label')}</ul></div>
<div data-testid="reactions-container"><button aria-label="Add a reaction">Add a reaction</button><span>👏 4</span><span>🙌 2</span></div>
<div class="like-section"><button>Like</button><span>7 people like this</span></div>
<section id="comments-section" data-testid="comments-section"><h2 class="css-comments-title">1 Comment</h2>
<div class="comment" data-comment-id="2299355137"><div class="comment-header"><a href="/wiki/people/61a4">Amara Nwosu</a>
<time datetime="2026-02-02T09:41:00Z">Feb 2, 2026</time></div><div class="comment-body">${cfP(cfComment, 1)}</div>
<div class="comment-actions"><button>Reply</button><button>Like</button></div></div>
<a href="/wiki/login" class="css-login-to-comment">Log in to add a comment</a></section></main>
<footer class="css-page-footer"><span>Powered by Atlassian Confluence</span><a href="https://www.atlassian.com/legal/privacy-policy">Privacy policy</a>
<a href="https://www.atlassian.com/legal/cloud-terms-of-service">Terms of use</a></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">Atlassian uses cookies to improve your browsing
experience, perform analytics and research, and conduct advertising.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-pc-btn-handler">Manage preferences</button></div></body></html>`;
export const confluencePage: TestPage = {
  html: cfHtml,
  name: 'heldout39-confluence-cloud-page',
  kind: 'docs',
  // the page's own text is the article: intro, both panels (their icons have no label word), the paragraphs, the action
  // items and the numbered list are body, the h2s and the h3 are the headings; the table-of-contents macro repeats the
  // headings word for word (in neither); the owner, "Last updated" date and editor are bylines ("Owned by", "Last
  // updated:" and "by" in neither), the reading time is furniture; the page tree repeats the title (left out), breadcrumbs,
  // labels, reactions, likes, the comment (a reader's comment on a docs page: furniture, its poster and date bylines), the
  // top bar, the footer and the cookie banner are furniture; "Like" and "Reply" (the comment's) are kept: no body word; the
  // tree's "Code of conduct" and "Past meetups" are named in the body: left out
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: [...cfIntro, cfInfo, ...cfBefore, ...cfTasks, ...cfDay, ...cfSteps, cfWarn, ...texts(cfAfter), ...texts(cfShare)],
  bylines: ['Signe Halvorsen', 'Jan 28, 2026', 'Tomasz Wrona', 'Amara Nwosu', 'Feb 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Confluence', 'Log in', 'OpenHarbor Community', 'Overview', 'Blogs', 'Content',
    ...cfTree.filter((t) => ![cfTitle, 'Code of conduct', 'Past meetups'].includes(t)),
    '3 min read', 'Labels', ...cfLabels, 'Add a reaction', '👏 4', '🙌 2', 'Like', '7 people like this', '1 Comment', cfComment, 'Reply',
    'Log in to add a comment', 'Powered by Atlassian Confluence', 'Privacy policy', 'Terms of use',
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.',
    'Accept all cookies', 'Manage preferences',
  ],
};
