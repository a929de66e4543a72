import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file e: a marketplace help article on an Intercom Help Center (interblocks markup) and a freelancers' forum
 * thread with an accepted solution on a Khoros (Lithium) community.
 */
const iTitle = 'Why was my pro profile hidden from search?';
const iSub = 'What the visibility check looks at, and how to get your profile back in search results';
const iBody = [
  j(
    'Every night we run a visibility check on all pro profiles. If your profile fails one of the checks, it stays active and your',
    'existing customers can still message you, but new customers will not find you in search until you fix it.',
  ),
  'What the check looks at',
  'Your background check has not expired.',
  'You have answered at least 80% of new leads in the last 30 days.',
  'Your service area and travel distance are set.',
  'You have at least one photo of your work.',
  'How to fix it',
  j(
    'Open Profile, then Visibility. The page lists each check with a green tick or a red cross. Tap a red cross to see what is',
    'missing. Most profiles are back in search within a few hours of the fix, and at the latest after the next nightly check.',
  ),
  j(
    'If all the checks are green and your profile is still hidden after 48 hours, contact us from the Help tab in the app and',
    'include the name of your business.',
  ),
];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${iTitle} | Handyfolk Help Center for Pros</title><meta property="og:title" content="${iTitle}"/>
<meta name="description" content="${iSub}"/>
<link rel="canonical" href="https://help.handyfolk.example/en/articles/8421197-why-was-my-pro-profile-hidden-from-search"/>
<link rel="stylesheet" href="https://static.intercomassets.com/_next/static/css/4b6a2c7e1f.css"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","author":{"@type":"Person",
"name":"Dmitri Larkspur"}}</script>
</head><body><div id="__next"><div class="flex min-h-screen flex-col"><header id="header" data-testid="header" class="flex flex-col text-header-color">
<div class="relative flex grow flex-col mb-9 bg-header-bg"><div class="flex h-max flex-col"><section class="relative flex w-full flex-col mb-6 pb-6">
<div class="header__meta_wrapper flex justify-between"><a href="/en/" class="mo header__logo">
<img src="https://downloads.intercomcdn.com/i/o/logo.png" alt="Handyfolk Help Center for Pros"/></a>
<div class="flex items-center"><a href="https://handyfolk.example" class="hover:opacity-80 font-semibold">Go to Handyfolk</a>
<div class="relative"><button type="button" class="ltr:ml-3">English</button></div></div></div></section>
<section class="relative mx-5 flex h-full w-full flex-col items-center px-5"><div class="flex h-full max-w-full flex-col w-240"><div class="w-full">
<div class="header__form search"><form action="/en/" autoComplete="off"><input type="text" placeholder="Search for articles..."
aria-label="Search for articles..." name="q"/></form></div></div></div></section></div></div></header>
<main class="header__lite"><div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10">
<section data-testid="main-content" class="max-w-full w-240">
<div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-wrap items-baseline pb-4 text-base">
<a href="/en/" class="pe-2 text-body-primary-color">All Collections</a><svg class="me-2"></svg><a href="/en/collections/3601-your-profile"
class="pe-2">Your profile</a><svg class="me-2"></svg><div class="text-body-secondary-color">${iTitle}</div></div>
<div class="flex flex-col"><div class="mb-1 flex flex-col gap-2"><h1 class="text-header-color">${iTitle}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${iSub}</p></div></div>
<div class="avatar"><div class="avatar__photo">
<img width="24" height="24" src="https://static.intercomassets.com/avatars/dl.png" alt="Dmitri Larkspur avatar"/></div>
<div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color"><div>Written by <span>Dmitri Larkspur</span></div>
<div>Updated over a week ago</div></span></div></div></div></div>
<div class="jsx-adf13c7b9f8d6b4d flex-col"><div class="article_body"><article class="jsx-adf13c7b9f8d6b4d">
<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${at(iBody, 0)}</p></div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2>${at(iBody, 1)}</h2></div>
<div class="intercom-interblocks-unordered-nested-list"><ul>${iBody
  .slice(2, 6)
  .map((t) => `<li><div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div></li>`)
  .join('')}</ul></div>
<div class="intercom-interblocks-heading intercom-interblocks-align-left"><h2>${at(iBody, 6)}</h2></div>
${iBody
  .slice(7)
  .map((t) => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left">${ps([t])}</div>`)
  .join('\n')}</article></div></div></div>
<section class="jsx-62724fba150252e0 related_articles my-6"><hr/><h2 class="mb-6">Related Articles</h2><a href="/en/articles/8421010-setting-your-service-area"
class="jsx-62724fba150252e0 related_articles__link"><span>Setting your service area</span></a><a href="/en/articles/8421044-background-checks-for-pros"
class="jsx-62724fba150252e0 related_articles__link"><span>Background checks for pros</span></a></section></section></div>
<div class="intercom-reaction-picker" role="group"><div class="intercom-reaction-prompt">Did this answer your question?</div>
<button class="intercom-reaction" aria-label="Disappointed Reaction"><span data-reaction-text="😞"></span></button>
<button class="intercom-reaction" aria-label="Neutral Reaction"><span data-reaction-text="😐"></span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction"><span data-reaction-text="😃"></span></button></div></main>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12"><div class="shrink-0 grow basis-auto px-5 sm:px-10">
<div class="mb-0 flex flex-col items-center">
<a href="/en/" class="footer-logo"><img src="https://downloads.intercomcdn.com/i/o/logo-footer.png" alt="Handyfolk Help Center for Pros"/></a>
<ul class="flex flex-wrap justify-center">${['Blog', 'Pro app', 'Status'].map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
</div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":8421197,"locale":"en"}},
"page":"/[helpCenterIdentifier]/articles/[articleSlug]"}</script>
</body></html>`;
const intercomHelp: TestPage = {
  name: 'heldout477-intercom-help',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [at(iBody, 1), at(iBody, 6)],
  body: texts([iSub, ...iBody.filter((_, i) => i !== 1 && i !== 6)]),
  bylines: ['Written by Dmitri Larkspur', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to Handyfolk', 'English', 'All Collections', 'Related Articles', 'Setting your service area', 'Background checks for pros',
    'Did this answer your question?', 'Blog', 'Pro app', 'Status',
  ],
};

const kTitle = 'Connects refunded but proposal still shows as "withdrawn"?';
type KPost = { user: string; rank: string; date: string; kudos: string; paras: string[]; solution?: boolean };
const kPosts: KPost[] = [
  {
    user: 'ollieverhoeven',
    rank: 'Community Member',
    date: '‎11-27-2026 08:14 AM',
    kudos: '0',
    paras: [
      j(
        'A client closed a job I had applied to, and I got my Connects back the next day. But my proposal list still shows the proposal',
        'as "Withdrawn by freelancer", which I did not do. Will this count against my profile? I am worried clients will see it.',
      ),
    ],
  },
  {
    user: 'Hanne_K',
    rank: 'Moderator',
    date: '‎11-27-2026 10:02 AM',
    kudos: '3',
    solution: true,
    paras: [
      'Hi Ollie,',
      j(
        'When a client closes a job without hiring, open proposals are moved to the Archived tab and labelled as withdrawn. This is only',
        'a label on your side. Clients cannot see it, and it does not affect your Job Success Score or your ranking in search.',
      ),
      'Your refunded Connects confirm that the job was closed by the client.',
    ],
  },
  {
    user: 'marguerite-lsd',
    rank: 'Active Member',
    date: '‎11-28-2026 04:40 PM',
    kudos: '1',
    paras: ['Same thing happened to me last month. Nothing changed on my stats, for what it is worth.'],
  },
];
const kCrumbs = ['Community', 'Forums', 'Freelancers'];
const kPostHtml = (p: KPost, n: number): string => `<div class="lia-linear-display-message-view"><div class="MessageView lia-message-view-forum-message
lia-message-view-display lia-row-standard-unread lia-thread-reply${p.solution === true ? ' lia-list-row-thread-solved lia-accepted-solution' : ''}"
id="message-${n}"><div class="lia-quilt lia-quilt-forum-message"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-message-author-avatar">
<img class="lia-user-avatar-message" src="/t5/image/serverpage/avatar-name/default-avatar/avatar-theme/candy/"
alt="${p.user}"></div><div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-${p.rank.replace(/ /g, '-')}">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${n}"><span>${p.user}</span></a></span></div>
<div class="lia-message-author-rank lia-component-author-rank">${p.rank}</div><div class="lia-message-post-date lia-component-post-date-last-edited">
<span class="DateTime lia-message-posted-on lia-component-common-widget-date"><span class="local-date">${p.date.slice(0, 11)}</span>
<span class="local-time">${p.date.slice(12)}</span></span></div></div>
${p.solution === true ? '<div class="lia-component-solution-info"><span class="solution-label">Accepted Solution</span></div>' : ''}
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text"
id="bodyDisplay_${n}" class="lia-message-body"><div class="lia-message-body-content">${ps(p.paras)}</div></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-image-kudos-wrapper"><span class="lia-button-image-kudos-count">${p.kudos}</span>
<span class="lia-button-image-kudos-label">Kudos</span></div><a class="lia-button lia-button-secondary reply-action-link" href="#">Reply</a></div></div></div>
</div>`;
const kHtml = `<!DOCTYPE html><html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en" class="no-js"><head>
<title>Connects refunded but proposal still shows as "withdrawn&quot;? - Crewlance Community</title>
<meta content="A client closed a job I had applied to" name="description">
<meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport"><meta content="2026-11-28T16:40:11-08:00" itemprop="dateModified">
<link class="lia-link-navigation canonical" rel="canonical" href="https://community.crewlance.example/t5/Freelancers/Connects-refunded/td-p/1140822">
<link rel="stylesheet" href="https://community.crewlance.example/skins/6837201/0a3d1/crewlance/desktop/css/skin.css" type="text/css">
<script>LITHIUM.Components.render("forums.widget.recent-threads",{"componentId":"recent-threads"});LITHIUM.Loader.runJsAttached();</script></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="ForumTopicPage" class="lia-page"><center>
<div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page"><div class="lia-quilt-row lia-quilt-row-header"><div class="custom-header">
<a class="skip-link" href="#main">Skip to main content</a><a href="/" class="logo">Crewlance Community</a><ul class="custom-nav">
<li><a href="/t5/forums/ct-p/forums">Forums</a></li><li><a href="/t5/Announcements/bd-p/announcements">Announcements</a></li>
<li><a href="/t5/Events/ct-p/events">Events</a></li></ul><a class="login-link lia-link-navigation" href="/t5/user/userloginpage">Sign In</a></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation">
<ul class="lia-list-standard-inline">
${kCrumbs.map((t) => `<li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-board" href="/t5/${t}">${t}</a></li>`).join('\n')}
<li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">${kTitle}</span></li></ul></div></div>
<div class="lia-quilt-row lia-quilt-row-main" id="main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left">
<div class="lia-message-subject lia-component-message-view-widget-subject"><div class="MessageSubject"><div class="lia-message-subject">
<h1 class="lia-message-subject-banner lia-component-forums-widget-message-subject-banner">${kTitle}</h1></div></div></div>
<div class="lia-component-solved"><span class="lia-img-message-type-solved"></span><span>Solved!</span> <a href="#message-2">Go to Solution.</a></div>
<div class="lia-menu-navigation-wrapper"><a class="lia-js-menu-opener" href="#">Topic Options</a></div>
${kPosts.map((p, i) => kPostHtml(p, i + 1)).join('\n')}
<div class="lia-paging-full-wrapper"><span class="lia-paging-page-previous">Previous</span><span class="lia-paging-page-link">1</span>
<span class="lia-paging-page-next">Next</span></div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right"><div class="lia-panel lia-panel-standard RecentThreads">
<div class="lia-panel-heading-bar-wrapper">
<h2 class="lia-panel-heading-bar-title">Related Content</h2></div><ul>${['Proposal archived after client closed job', 'How are Connects refunded?']
  .map((t) => `<li><a href="/t5/Freelancers/${t.length}">${t}</a></li>`)
  .join('')}</ul></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="custom-footer"><p>© 2026 Crewlance Inc.</p><a href="/t5/guidelines">Community Guidelines</a>
<a href="/privacy">Privacy Policy</a></div></div></div></div></div></div></div></center></div>
<script type="text/javascript" src="/t5/scripts/3c1a/lia-scripts-common-min.js"></script></body></html>`;
const khorosThread: TestPage = {
  name: 'heldout477-khoros-thread',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap((p) => p.paras)),
  bylines: [...kPosts.map((p) => p.user), ...kPosts.flatMap((p) => [p.date.slice(0, 11), p.date.slice(12)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Crewlance Community', 'Forums', 'Announcements', 'Events', 'Sign In', 'Community', 'Solved!', 'Go to Solution.',
    'Topic Options', 'Community Member', 'Moderator', 'Active Member', 'Accepted Solution', '0', '3', '1', 'Kudos', 'Reply', 'Previous', 'Next',
    'Related Content', 'Proposal archived after client closed job', 'How are Connects refunded?', '© 2026 Crewlance Inc.', 'Community Guidelines',
    'Privacy Policy',
  ],
};

export const HELDOUT477_E: readonly TestPage[] = [intercomHelp, khorosThread];
