import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file f: a group-read discussion topic on a book-community site built like Goodreads' group pages
 * (server-rendered Rails markup: message headers with numbers, <br>-separated comment bodies, a quoted reply, "last edited",
 * books-mentioned rail), and a solved support thread on a music notation program's Discourse forum (the Ember view as
 * saved from a browser: full names with usernames, user titles, topic map, accepted-answer box, quote, like counts, closing
 * notice and suggested topics).
 */
const gGroup = 'Slow Burn Literary Club';
const gTitle = 'March Group Read: The Glassblower’s Winter by Anneliese Corr – Part One (Chapters 1–12) *SPOILERS*';
type GPost = { n: number; user: string; date: string; edited?: string; lines: string[]; quote?: string };
const gPosts: GPost[] = [
  {
    n: 1,
    user: 'Nell',
    date: 'Mar 01, 2027 08:14AM',
    edited: '(last edited Mar 01, 2027 08:20AM)',
    lines: [
      j(
        'Welcome to the March group read! This thread is for Part One, chapters 1 to 12. Spoilers for those chapters are fine here,',
        'but please don’t discuss anything later – there will be a separate thread for Part Two on the 15th.',
      ),
      'A few questions to get us started:',
      '1. What did you make of the opening chapter at the furnace, told entirely from the point of view of the glass?',
      '2. Is Berthe a reliable narrator?',
      '3. Corr sets the whole book in a single winter, in a village that never appears on a map. Did the setting work for you?',
    ],
  },
  {
    n: 2,
    user: 'Teodor',
    date: 'Mar 01, 2027 11:42AM',
    lines: [
      j(
        'I almost gave up during the glass chapter, honestly. It took me three tries. But by the end of chapter 2 I understood why she',
        'did it – everything that happens to Berthe later is basically what happens to the glass: heated, shaped, left to cool too fast.',
      ),
      j(
        'On question 2, no, absolutely not reliable. She tells us twice that she never wanted the workshop, and then spends forty',
        'pages describing every tool in it with love.',
      ),
    ],
  },
  {
    n: 3,
    user: 'Priyanka',
    date: 'Mar 02, 2027 07:05PM',
    quote: 'Teodor wrote: "She tells us twice that she never wanted the workshop, and then spends forty pages describing every tool in it with love."',
    lines: [
      j(
        'Yes! That was my favourite thing about Part One. The lists of tools read like love letters. I also think the village not being',
        'on a map is the point – Varnholm feels like somewhere you can only get to by being born there.',
      ),
      'I do wish we knew more about the mother though. She’s mentioned three times and each time the chapter just ends.',
    ],
  },
  {
    n: 4,
    user: 'Nell',
    date: 'Mar 03, 2027 09:30AM',
    lines: ['Priyanka, I have a theory about the mother but it might count as a spoiler for Part Two, so I’ll save it! Keep an eye on the blue bowl.'],
  },
  {
    n: 5,
    user: 'Marguerite',
    date: 'Mar 04, 2027 10:51PM',
    lines: [
      j(
        'Late to this, as usual. I listened to the audiobook and I think the narrator makes Berthe sound much older than she is, which',
        'made her feel more reliable to me than she probably is on the page. Has anyone done both?',
      ),
    ],
  },
  {
    n: 6,
    user: 'Teodor',
    date: 'Mar 05, 2027 06:17AM',
    lines: [
      j(
        'I switched to the audiobook for chapters 9 to 12 and agree, she sounds about sixty. It changes the whole argument with Lukas',
        'in chapter 11. On the page it reads as a teenager’s tantrum; in the audio it sounds like a bitter old woman remembering one.',
      ),
    ],
  },
];
const gTop = ['Home', 'My Books', 'Browse ▾', 'Community ▾'];
const gFoot = ['About us', 'Careers', 'Terms', 'Privacy', 'Help', 'Authors', 'Advertise', 'Authors &amp; ads blog'];
const gPost = (p: GPost): string => `<div class="comment u-anchorTarget" id="comment_2290417${p.n}"><a name="comment_2290417${p.n}"></a>
<div class="left"><a href="/user/show/88${p.n}-${p.user.toLowerCase()}" title="${p.user}">
<img alt="${p.user}" class="left" src="https://images.shelfmark.example/users/88${p.n}.jpg"
width="50"></a></div><div class="bodycol"><div class="commentHeader"><a href="#comment_2290417${p.n}" class="greyText">message ${p.n}:</a> by
<a class="userName" href="/user/show/88${p.n}">${p.user}</a> <span class="right">
<a class="greyText" href="/topic/show/22904-march-group-read#comment_2290417${p.n}"
rel="nofollow">${p.date}</a></span></div>
<div class="mediumText reviewText"><span class="commentBody">${
  p.quote
    ? `<blockquote class="quote">${p.quote.replace(/"/g, '&quot;')}</blockquote>
`
    : ''
}${p.lines.join('<br />\n<br />\n').replace(/<br \/>\n<br \/>\n(\d\.)/g, '<br />\n$1')}</span></div>
${p.edited ? `<div class="greyText smallText">${p.edited}</div>` : ''}<div class="commentFooter greyText smallText"><a href="/comment/reply/${p.n}">reply</a> |
<a href="/flagged/new?resource_id=${p.n}&amp;resource_type=Comment" rel="nofollow">flag</a></div></div><div class="clear"></div></div>`;
const gHtml = `<!DOCTYPE html>
<html class="desktop"><head>
<title>Slow Burn Literary Club - March Group Read: The Glassblower’s Winter by Anneliese Corr – Part One... - Showing 1-6 of 6</title>
<meta content='Welcome to the March group read! This thread is for Part One, chapters 1 to 12.' name='description'>
<meta content='telephone=no' name='format-detection'><link href='https://www.shelfmark.example/topic/show/22904-march-group-read' rel='canonical'>
<script type="text/javascript">var gptAdSlots = gptAdSlots || []; var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script>
<link rel="stylesheet" media="all" href="https://s.sm-assets.example/assets/goodreads-style-3f1a.css" />
<script src="https://s.sm-assets.example/assets/webfontloader-7c0d.js"></script>
<meta name="csrf-param" content="authenticity_token" /><meta name="csrf-token" content="Zq3v8xJm2r0" /></head>
<body class=""><div data-react-class="ReactComponents.StoresInitializer" data-react-props="{}"></div>
<div class="content" id="bodycontainer" style=""><div class="siteHeader"><div data-react-class="ReactComponents.HeaderStoreConnector">
<header class="siteHeader__topLevelLink"><nav class="siteHeader__primaryNavInline"><a href="/" class="siteHeader__logo" title="Shelfmark Home">
<span class="siteHeader__logoText">Shelfmark</span></a><ul role="menu" class="siteHeader__menuList">${links(gTop, 'siteHeader__topLevelItem')}</ul>
<div class="searchBox searchBox--navbar"><form autocomplete="off" action="/search" class="searchBox__form" role="search">
<input class="searchBox__input" placeholder="Search books"
type="search" name="q"><button type="submit" class="searchBox__icon--magnifyingGlass" aria-label="Search"></button></form></div>
<ul class="siteHeader__personal"><li><a href="/user/sign_in" class="siteHeader__topLevelLink">Sign In</a></li>
<li><a href="/user/sign_up" class="siteHeader__topLevelLink">Join</a></li></ul></nav></header></div></div>
<div class="mainContentContainer"><div class="mainContent"><div class="mainContentFloat"><div class="leftContainer">
<div class="breadcrumbs"><a href="/group/show/4410-slow-burn-literary-club">${gGroup}</a> discussion
&gt; <a href="/topic/group_folder/91022">Group Reads</a></div>
<h1>${gTitle}</h1>
<div class="greyText">Comments Showing 1-6 of 6 <span class="smallText">(6 new)</span>
<span class="right"><a href="#new_comment">post a comment »</a></span></div><div class="smallText">date
<a href="/topic/show/22904-march-group-read?order=d">newest »</a></div>
<div id="comments" class="comments">
${gPosts.map(gPost).join('\n')}</div>
<div class="greyText"><a href="#top">back to top</a></div>
<div class="joinGroupPrompt"><p>You must be a member of ${gGroup} to post.</p><a class="gr-button" href="/group/join/4410">Join this group</a></div></div>
<div class="rightContainer"><div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer">
<h2 class="brownBackground">Books mentioned in this topic</h2>
</div><div class="bigBoxBody"><div class="bigBoxContent containerWithHeaderContent"><div class="mentionedBook">
<a href="/book/show/61022-the-glassblower-s-winter">The
Glassblower’s Winter</a> <span class="greyText">(other topics)</span></div></div></div></div>
<div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">Authors mentioned in this topic</h2></div>
<div class="bigBoxBody"><div class="bigBoxContent containerWithHeaderContent"><a href="/author/show/20417.Anneliese_Corr">Anneliese Corr</a>
<span class="greyText">(other topics)</span></div></div></div>
<div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">Slow Burn Literary Club</h2></div>
<div class="bigBoxBody">
<div class="bigBoxContent containerWithHeaderContent"><p>A group for readers who like long books, quiet books and books that take their time. One group read a
month, discussed in parts.</p><p class="greyText">2,318 members · <a href="/group/members/4410">view members</a></p></div></div></div>
<div id="adContainer" class="adContainer"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-topic-rail" class="gptAd"></div></div></div></div>
<div class="clear"></div></div></div>
<div class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents"><div class="responsiveSiteFooter__linksColumn">
<h3 class="responsiveSiteFooter__heading">Company</h3><ul>${links(gFoot, 'responsiveSiteFooter__link')}</ul></div>
<div class="responsiveSiteFooter__copyright">© 2027 Shelfmark, Inc.</div></div></div></div>
<script src="https://s.sm-assets.example/assets/application-9e2b.js"></script></body></html>`;
const goodreads: TestPage = gold({
  name: 'heldout705-shelfmark-group-read',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gPosts.flatMap((p) => [...(p.quote ? [p.quote] : []), ...p.lines])),
  bylines: gPosts.flatMap((p) => [p.user, p.date, ...(p.edited ? [p.edited] : [])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shelfmark', ...gTop, 'Sign In', 'Join', 'Slow Burn Literary Club discussion > Group Reads', 'Comments Showing 1-6 of 6', '(6 new)',
    'post a comment »', 'date newest »', ...gPosts.map((p) => `message ${p.n}:`), 'by', 'reply | flag', 'back to top',
    `You must be a member of ${gGroup} to post.`, 'Join this group', 'Books mentioned in this topic', 'The Glassblower’s Winter', '(other topics)',
    'Authors mentioned in this topic', 'Anneliese Corr', gGroup,
    'A group for readers who like long books, quiet books and books that take their time. One group read a month, discussed in parts.',
    '2,318 members · view members', 'Advertisement', 'Company', ...texts(gFoot), '© 2027 Shelfmark, Inc.',
  ],
});

const dTitle = 'Cue notes in parts print at full size even with “Small notes” ticked';
type DPost = {
  name: string;
  user: string;
  title?: string;
  date: string;
  likes?: string;
  paras: string[];
  steps?: string[];
  after?: string;
  quote?: [string, string];
};
const dPosts: DPost[] = [
  {
    name: 'Alma Reyes-Whit',
    user: 'almarw',
    title: 'Regular',
    date: 'Oct 12',
    paras: [
      j(
        'I’m engraving a set of parts for our community orchestra’s spring concert (a suite by Edda Marrow-Lind, arranged for strings',
        'and two clarinets) and I’ve added cue notes in the second violin part so the players know where they are after a long rest.',
      ),
      j(
        'In the score the cues look right: smaller noteheads, stems up, the instrument name above. But when I generate the parts, the',
        'cue notes come out full size. I’ve checked that the notes have <strong>Small notes</strong> ticked in the Properties panel.',
        'This is Quaver 4.2.1 on Windows.',
      ),
      'Am I missing a setting somewhere?',
    ],
  },
  {
    name: 'Pippa Marr',
    user: 'pippa_cello',
    date: 'Oct 12',
    likes: '2',
    paras: [
      j(
        'I had the same thing last year. Do the parts have their own style set? If you imported a style file into the parts at some',
        'point, it can override note size for the whole part.',
      ),
    ],
  },
  {
    name: 'Theo Ashgrove',
    user: 'tashgrove',
    title: 'Quaver team',
    date: 'Oct 13',
    likes: '6',
    paras: [
      j(
        'Pippa is on the right track. This is a known issue in 4.2.x when the part was generated before the cue notes were added: the',
        'part keeps its own copy of the note properties, and “Small notes” is not copied across.',
      ),
      'To fix it:',
    ],
    steps: [
      'Open the part and select all the cue notes (right-click a cue note, then <strong>Select › Similar in this system</strong>).',
      'Tick <strong>Small notes</strong> in the Properties panel again.',
      j(
        'If that does not work, delete the part and generate it again from the <strong>Parts</strong> dialog. You will lose any manual',
        'layout changes in that part.',
      ),
    ],
    after: 'The copying problem is fixed in 4.3, which is in beta now.',
  },
  {
    name: 'Alma Reyes-Whit',
    user: 'almarw',
    title: 'Regular',
    date: 'Oct 13',
    likes: '1',
    quote: ['tashgrove', 'If that does not work, delete the part and generate it again from the Parts dialog.'],
    paras: [j('Regenerating the part did it. I had moved a few page breaks by hand, but it only took five minutes to put them back. Thank', 'you both!')],
  },
  { name: 'Pippa Marr', user: 'pippa_cello', date: 'Oct 14', likes: '1', paras: ['Good to hear. Break a leg at the concert!'] },
];
const dCats = ['Engraving', 'Parts and layout'];
const dTags = ['parts', 'cue-notes', '4-2'];
const dSide = ['Topics', 'My Posts', 'More'];
const dSideCats = ['Engraving', 'Playback', 'Plugins', 'Site Feedback', 'All categories'];
const dSug: [string, string, string][] = [
  ['Multi-measure rests not splitting at rehearsal marks', '3', 'Sep 28'],
  ['Transposing parts for clarinet in A', '7', 'Oct 2'],
  ['Exporting parts as separate PDFs', '2', 'Oct 9'],
];
const dExcerpt = 'Pippa is on the right track. This is a known issue in 4.2.x when the part was generated before the cue notes were added…';
const dPost = (p: DPost, i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular${
  i === 2 ? ' accepted-answer' : ''
}" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${41200 + i}"
data-topic-id="5521" data-user-id="${300 + i}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/community.quavernotation.example/${p.user}/96/12_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first full-name"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.name}</a></span>
<span class="second username"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span>${
  p.title ? `\n<span class="user-title">${p.title}</span>` : ''
}</div><div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/cue-notes-in-parts/5521/${i + 1}"
title="Post date"><span title="${p.date}, 2027" data-time="1823000000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote
    ? `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="3" data-topic="5521"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/community.quavernotation.example/${p.quote[0]}/48/15_2.png" class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>
`
    : ''
}${ps(p.paras)}${p.steps ? `\n<ol>${lis(p.steps)}</ol>` : ''}${p.after ? `\n<p>${p.after}</p>` : ''}${
  i === 0
    ? `
<aside class="quote accepted-answer" data-post="3" data-topic="5521"><div class="title title-only"><div class="accepted-answer--solver-accepter">
<div class="accepted-answer--solver">Solved by <a href="/u/tashgrove">tashgrove</a> in <a href="/t/cue-notes-in-parts/5521/3">post #3</a></div></div></div>
<blockquote>${dExcerpt}</blockquote></aside>`
    : ''
}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes
    ? `<div class="double-button"><button class="widget-button btn-flat button-count like-count highlight-action regular-likes"
title="${p.likes} people liked this post"><span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like"
title="like this post"><svg class="fa d-icon d-icon-far-heart svg-icon"><use href="#far-heart"></use></svg></button></div>`
    : ''
}${
  i === 2
    ? `<span class="accepted-text" title="accepted solution"><svg class="fa d-icon d-icon-check-square svg-icon"></svg><span
class="accepted-label">Solution</span></span>`
    : ''
}<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon"></svg><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>${
  i === 0
    ? `
<div class="topic-map --op"><section class="map map-collapsed"><ul class="clearfix"><li><h4 role="presentation">created</h4>
<div class="topic-map-post created-at">
<span class="relative-date">Oct 12</span></div></li><li><a href="/t/cue-notes-in-parts/5521/5"><h4 role="presentation">last reply</h4>
<div class="topic-map-post last-reply"><span class="relative-date">Oct 14</span></div></a></li>
<li><span class="number">4</span><h4 role="presentation">replies</h4></li><li class="secondary"><span class="number">1.4k</span>
<h4 role="presentation">views</h4></li>
<li class="secondary"><span class="number">3</span><h4 role="presentation">users</h4></li><li class="secondary likes"><span class="number">10</span>
<h4 role="presentation">likes</h4></li></ul></section></div>`
    : ''
}`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch anon"><head><meta charset="utf-8">
<title>Cue notes in parts print at full size even with “Small notes” ticked - Engraving / Parts and layout - Quaver Community</title>
<meta name="description" content="I’m engraving a set of parts for our community orchestra’s spring concert">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://community.quavernotation.example/t/cue-notes-in-parts/5521">
<link href="/stylesheets/color_definitions_quaver-light_2_4.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_2.css" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"almarw"},"datePublished":"2027-10-12T09:14:00Z"}</script>
<meta id="data-discourse-setup" data-enable-js-error-reporting="false" data-base-url="https://community.quavernotation.example">
<script defer src="/assets/vendor-7e21.js"></script><script defer src="/assets/discourse-4c1b.js"></script></head>
<body class="archetype-regular category-engraving category-engraving-parts-and-layout tag-parts tag-cue-notes docked has-sidebar-page">
<section id="main" class="ember-application"><div class="ember-view"><div id="ember3" class="discourse-root"><div class="skip-link">
<a href="#main-container" class="skip-link">Skip to main content</a></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn-sidebar-toggle"
aria-expanded="true" title="Hide sidebar"><svg class="fa d-icon d-icon-bars svg-icon"></svg></button></div><div class="home-logo-wrapper-outlet">
<div class="title"><a href="/"><img src="/uploads/default/original/2X/quaver-logo.png" alt="Quaver Community" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button">
<svg class="fa d-icon d-icon-user svg-icon">
</svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<a href="/search" title="Search" aria-label="Search" class="icon btn-flat"><svg class="fa d-icon d-icon-search svg-icon"></svg></a></li></ul></div></div></div>
</header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
${dSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase()}" class="sidebar-section-link">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header">
<span class="sidebar-section-header-text">Categories</span></button></div><ul class="sidebar-section-content">${dSideCats
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"></div><a class="powered-by-discourse"
href="https://discourse.org/powered-by"><span class="powered-by-discourse__content">Powered by Discourse</span></a></div></div></section></div>
<div id="main-outlet" class="wrap"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5521">
<a href="/t/cue-notes-in-parts/5521" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="badge-category__wrapper">${dCats
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/${c.toLowerCase().replace(/ /g, '-')}"><span class="badge-category"><span
class="badge-category__name">${c}</span></span></a>`,
  )
  .join('\n')}</div><div class="list-tags">${dTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag box">${t}</a>`)
  .join('\n')}</div></div></div></div>
<div class="topic-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Oct 12</a>
</div>
<div class="timeline-scrollarea-wrapper"><div class="timeline-scroller"><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div>
</div></div></div><div class="timeline-date-wrapper"><a class="now-date">Oct 14</a></div></div></div></div>
<div class="post-stream">${dPosts.map(dPost).join('\n')}
<div class="small-action onscreen-post" role="region" aria-label="post #6"><div class="topic-avatar"><svg class="fa d-icon d-icon-lock svg-icon"></svg></div>
<div class="small-action-desc"><div class="small-action-contents"><p>This topic was automatically closed 30 days after the last reply. New replies are no longer
allowed.</p></div></div></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead>
<tbody>${dSug
  .map(
    ([t, n, d]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts"><span class="number">${n}</span></td><td class="num activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div></div></div></section>
<footer class="footer"><p>Quaver Notation is free software. Community guidelines apply. <a href="/faq">FAQ/Guidelines</a> · <a href="/tos">Terms of
Service</a> · <a href="/privacy">Privacy</a></p></footer></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout705-discourse-notation-solved',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...(p.quote ? [p.quote[1]] : []), ...p.paras, ...(p.steps ?? []), ...(p.after ? [p.after] : [])])),
  bylines: [...dPosts.flatMap((p) => [p.name, p.user, p.date]), 'tashgrove:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide, 'Categories', ...dSideCats, 'Powered by Discourse', ...dCats, ...dTags, '1 / 5',
    'Regular', 'Quaver team', 'Solved by tashgrove in post #3', dExcerpt, '2', '6', '1', 'Solution', 'Reply', 'created', 'last reply', '4', 'replies', '1.4k',
    'views', '3', 'users', '10', 'likes',
    'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.', 'Suggested Topics', 'Topic', 'Replies',
    'Activity', ...dSug.map((r) => r[0]), ...dSug.map((r) => r[1]), 'Sep 28', 'Oct 2', 'Oct 9',
    'Quaver Notation is free software. Community guidelines apply. FAQ/Guidelines · Terms of Service · Privacy',
  ],
});

export const HELDOUT705_F: readonly TestPage[] = [goodreads, discourse];
