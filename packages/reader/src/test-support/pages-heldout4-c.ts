import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 4 (forums and a wiki), written AFTER the sprint-9 rules and never used to change
 * them: a Discourse topic as its server renders it for crawlers (schema.org microdata), a Stack
 * Exchange question with answers and comments, and a MediaWiki article (Vector 2022 skin) with a
 * hatnote, an infobox, explanatory notes, references and a navbox.
 */
const posts: ReadonlyArray<[string, string, string, string[]]> = [
  [
    'flourpower',
    'February 11, 2024,  8:14am',
    '3 Likes',
    [
      'My rye starter has started to smell strongly of nail polish remover, a week after I moved it to the fridge. It still bubbles after a feed.',
      'Is it ruined, or can I bring it back?',
    ],
  ],
  [
    'crumbshot',
    'February 11, 2024,  9:02am',
    '5 Likes',
    [
      'That smell is acetone-like compounds the yeast makes when it runs out of food. Your starter is hungry, not dead.',
      'Discard all but a spoonful, feed it twice a day at room temperature for three days, and the smell should go.',
    ],
  ],
  ['flourpower', 'February 14, 2024,  7:40pm', '1 Like', ['Three days of feeding did it. It smells of yoghurt again and doubled in five hours. Thank you!']],
];
const crawlerPost = (
  [user, time, likes, paras]: (typeof posts)[number],
  i: number,
) => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"\
 href='/u/${user}'><span itemprop='name'>${user}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2024-02-11T08:14:22Z' class='post-time'>${time}</time><meta\
 itemprop='dateModified' content='2024-02-11T08:14:22Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"\
 content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="3" /><span class='post-likes'>${likes}</span></div></div>`;
const discourse: TestPage = {
  name: 'heldout4-discourse-crawler-view',
  kind: 'forum',
  title: 'Sourdough starter smells of nail polish',
  headings: [],
  body: texts(posts.flatMap(([, , , p]) => p)),
  bylines: ['flourpower', 'crumbshot', 'February 11, 2024, 8:14am', 'February 14, 2024, 7:40pm'],
  furniture: [
    'Baking',
    '3 Likes',
    '5 Likes',
    'next page →',
    'Related topics',
    'Topic',
    'Replies',
    'Views',
    'Activity',
    'Rye starter not rising',
    'Home',
    'Categories',
    'Guidelines',
    'Terms of Service',
    'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Sourdough starter smells of nail polish - Baking - Home Bakers Forum</title><meta\
 property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.example","name":"Home Bakers\
 Forum"}</script></head><body class="crawler ">
<header><a href="/"><img src="/logo.png" alt="Home Bakers Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/sourdough-starter-smells-of-nail-polish/4821">Sourdough\
 starter smells of nail polish</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope\
 itemtype="http://schema.org/ListItem"><a href="/c/baking/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'>\
</span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Baking</span></span></a><meta\
 itemprop="position" content="1" /></span></div>
<div class="topic-tags"><a href='/tag/sourdough' class='discourse-tag'>sourdough</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='Sourdough starter smells of nail\
 polish'><meta itemprop='articleSection' content='Baking'><meta itemprop='keywords' content='sourdough'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Home Bakers Forum'></div>
${posts.map(crawlerPost).join('\n')}</div>
<div role='navigation' itemscope itemtype='http://schema.org/SiteNavigationElement' class="topic-body crawler-post"><span itemprop='name'>\
<b><a rel="next" itemprop="url" href="/t/4821?page=2">next page →</a></b></span></div></div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3\
 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope\
 itemtype='http://schema.org/ItemList'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th\
 class="views">Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a class='title raw-link raw-topic-link'>Rye starter\
 not rising</a></span></td><td class="replies"><span class='posts' title='posts'>5</span></td><td class="views"><span class='views'\
 title='views'>210</span></td><td>Jan 2024</td></tr></tbody></table></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li><a href='/'>Home </a></li><li><a href='/categories'>Categories </a></li><li>\
<a href='/guidelines'>Guidelines </a></li><li><a href='/tos'>Terms of Service </a></li><li><a href='/privacy'>Privacy Policy </a></li></ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`,
};

const question = [
  'My basil plants on the kitchen windowsill grow well for two or three weeks, then the stems go soft at the base and the whole plant collapses.',
  'I water them when the top of the soil feels dry. What am I doing wrong?',
];
const answers = [
  [
    'Supermarket basil is sown as twenty or thirty seedlings crammed into one small pot. They ' +
      'compete for water and air, and the stems rot where they touch the wet soil.',
    'Split the clump into four or five pots as soon as you get it home, and water from below so that the stems stay dry.',
  ],
  ['Also check the windowsill at night. Basil hates cold, and a pane of glass in winter can chill the leaves enough to kill them.'],
];
const comments = ['Which way does the window face?', 'South-east, and the kitchen is warm during the day.'];
const user = (what: string, when: string, name: string, rep: string) => `<div class="post-signature flex--item"><div class="user-info user-hover">\
<div class="user-action-time">${what} <span title="2024-01-02 10:00:00Z" class="relativetime">${when}</span></div>
<div class="user-gravatar32"><a><div class="gravatar-wrapper-32"><img src="/g.png" alt="${name}'s user avatar" width="32" height="32"></div>\
</a></div><div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1/${name}">${name}</a>\
<div class="-flair"><span class="reputation-score" title="reputation score " dir="ltr">${rep}</span><span title="2 bronze badges"\
 aria-hidden="true"><span class="badge3"></span><span class="badgecount">2</span></span></div></div></div></div>`;
const votes = (n: string) => `<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-200">\
<button class="js-vote-up-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Up vote" aria-pressed="false">\
<svg aria-hidden="true" class="svg-icon iconArrowUp"></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount"\
 data-value="${n}">${n}</div><button class="js-vote-down-btn flex--item s-btn s-btn__unset c-pointer" aria-label="Down vote"><svg\
 aria-hidden="true" class="svg-icon iconArrowDown"></svg></button></div></div>`;
const menu =
  `<div class="js-post-menu pt2"><div class="d-flex gs8 s-anchors s-anchors__muted ` +
  `fw-wrap"><div class="flex--item"><a href="/q/1" rel="nofollow" itemprop="url" ` +
  `class="js-share-link js-gps-track" title="Short permalink to this ` +
  `question">Share</a></div><div class="flex--item"><button type="button" ` +
  `class="js-follow-post s-btn s-btn__link">Follow</button></div></div></div>`;
const stackExchange: TestPage = {
  name: 'heldout4-stack-exchange-qa',
  kind: 'forum',
  title: 'Why does my supermarket basil collapse after a few weeks?',
  headings: [],
  body: texts([...question, ...comments, ...answers.flat()]),
  bylines: ['asked Jan 2 at 10:00', 'answered Jan 3 at 9:12', 'answered Jan 5 at 18:30', 'windowsill_grower', 'R. Moss', 'Jan 2 at 11:00'],
  furniture: [
    'Ask Question',
    'Asked',
    'Modified',
    'Viewed 1k times',
    'Share',
    'Follow',
    'indoor',
    'Add a comment',
    '2 Answers',
    'Sorted by:',
    'Highest score (default)',
    'Your Answer',
    'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
    "Not the answer you're looking for? Browse other questions tagged basil indoor or ask your own question.",
    'Related',
    'Why are my basil leaves turning black?',
    'Hot Network Questions',
    'Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
  ],
  html: `<!DOCTYPE html><html itemscope itemtype="https://schema.org/QAPage" class="html__responsive " lang="en"><head><title>Why does my supermarket\
 basil collapse after a few weeks? - Gardening &amp; Landscaping Stack Exchange</title></head><body class="question-page unified-theme">
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="/"><span class="-img\
 _glyph">Gardening &amp; Landscaping</span></a><form id="search" role="search" action=/search class="s-topbar--searchbar js-searchbar"\
 autocomplete="off"><input name="q" type="text" role="combobox" placeholder="Search on Gardening &amp; Landscaping…"></form><a\
 href="/users/login" class="s-topbar--item s-btn s-btn__filled">Log in</a><a href="/users/signup" class="s-topbar--item s-btn\
 s-btn__primary">Sign up</a></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar ps-relative"><nav role="navigation"><ol\
 class="nav-links"><li><a>Home</a></li><li><a>Questions</a></li><li><a>Tags</a></li><li><a>Users</a></li></ol></nav></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a\
 href="/questions/1/why-does-my-supermarket-basil-collapse" class="question-hyperlink">Why does my supermarket basil collapse after a few\
 weeks?</a></h1><div class="ml12 aside-cta flex--item print:d-none"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask\
 Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-075"><div class="flex--item ws-nowrap mr16 mb8" title="2024-01-02 10:00:00Z"><span\
 class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2024-01-02T10:00:00">2 months ago</time></div><div\
 class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a class="s-link s-link__inherit">1 month ago</a></div>\
<div class="flex--item ws-nowrap mb8" title="Viewed 1,204 times"><span class="fc-black-400 mr2">Viewed</span>1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="1" id="question"><div\
 class="post-layout">${votes('7')}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">${ps(question)}</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline"><li\
 class="d-inline mr4"><a href="/questions/tagged/basil" class="post-tag" rel="tag">basil</a></li><li class="d-inline mr4"><a\
 href="/questions/tagged/indoor" class="post-tag" rel="tag">indoor</a></li></ul></div></div>
<div class="mb0"><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1\
 w96">${menu}</div>${user('asked', 'Jan 2 at 10:00', 'windowsill_grower', '143')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-1" class="comments js-comments-container bt bc-black-075 mt12"\
 data-post-id="1"><ul class="comments-list js-comments-list">
<li id="comment-11" class="comment js-comment" data-comment-id="11"><div class="js-comment-actions comment-actions"><div\
 class="comment-score js-comment-score"><span title="number of 'useful comment' votes received" class="cool">2</span></div></div><div\
 class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span\
 class="comment-copy">${comments[0]}</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/2/r-moss"\
 class="comment-user">R. Moss</a></div><span class="comment-date" dir="ltr"><a class="comment-link"><span class="relativetime-clean">Jan 2\
 at 11:00</span></a></span></div></div></li>
<li id="comment-12" class="comment js-comment" data-comment-id="12"><div class="js-comment-actions comment-actions"></div><div\
 class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span\
 class="comment-copy">${comments[1]}</span><div class="d-inline-flex ai-center">&ndash;&nbsp;<a href="/users/1/windowsill-grower"\
 class="comment-user owner">windowsill_grower</a></div><span class="comment-date" dir="ltr"><a class="comment-link"><span\
 class="relativetime-clean">Jan 2 at 11:20</span></a></span></div></div></li></ul></div>
<div id="comments-link-1"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest\
 improvements." role="button">Add a comment</a></div></div></div></div>
<div id="answers"><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0"\
 data-answercount="2">2 Answers<span style="display:none;" itemprop="answerCount">2</span></h2></div><div class="flex--item"><div\
 class="d-flex g4 gsy ai-center"><label class="flex--item fs-caption" for="answer-sort">Sorted by:</label><div class="flex--item s-select">\
<select id="answer-sort"><option selected="selected">Highest score (default)</option><option>Date modified (newest first)</option></select>\
</div></div></div></div></div>
<div id="answer-2" class="answer js-answer accepted-answer js-accepted-answer" data-answerid="2" itemprop="acceptedAnswer" itemscope\
 itemtype="https://schema.org/Answer"><div class="post-layout">${votes('12')}<div class="answercell post-layout--right"><div class="s-prose\
 js-post-body" itemprop="text">${ps(answers[0] ?? [])}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item\
 mr16">${menu}</div>${user('answered', 'Jan 3 at 9:12', 'leafmould', '2,811')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-2" class="comments js-comments-container bt bc-black-075 mt12\
 dno"><ul class="comments-list js-comments-list"></ul></div><div id="comments-link-2"><a class="js-add-link comments-link disabled-link"\
 role="button">Add a comment</a></div></div></div></div>
<div id="answer-3" class="answer js-answer" data-answerid="3" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div\
 class="post-layout">${votes('4')}<div class="answercell post-layout--right"><div class="s-prose js-post-body"\
 itemprop="text">${ps(answers[1] ?? [])}</div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item\
 mr16">${menu}</div>${user('answered', 'Jan 5 at 18:30', 'potting_shed', '56')}</div></div></div>
<div class="post-layout--right js-post-comments-component"><div id="comments-link-3"><a class="js-add-link comments-link disabled-link"\
 role="button">Add a comment</a></div></div></div></div>
<form id="post-form" action="/questions/1/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"\
 id="your-answer-header">Your Answer</h2><div id="post-editor" class="post-editor js-post-editor"><textarea id="wmd-input" name="post-text"\
 class="wmd-input s-input bar0 js-post-body-field" rows="15"></textarea></div>
<div class="form-submit cbt grid gsx gs4 p0 mt32"><button id="submit-button" class="flex--item s-btn s-btn__primary s-btn__icon"\
 type="submit">Post Your Answer</button></div><div class="js-terms fs-caption fc-black-400 mt12">By clicking “Post Your Answer”, you agree\
 to our <a>terms of service</a> and acknowledge you have read our <a>privacy policy</a>.</div></form>
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged <a class="post-tag">basil</a> <a\
 class="post-tag">indoor</a> or <a>ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="module sidebar-related"><h4\
 id="h-related">Related</h4><div class="related js-gps-related-questions"><div class="spacer"><a class="question-hyperlink">Why are my basil\
 leaves turning black?</a></div></div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a class="js-gps-track s-link s-link__inherit">Hot Network Questions</a>\
</h4><ul><li><a class="question-hyperlink">Can I grow potatoes in a bag?</a></li></ul></div></div></div></div></div></div>
<footer id="footer" class="site-footer js-footer" role="contentinfo"><div class="site-footer--copyright fs-fine md:mt24">Site design / logo\
 © 2024 Stack Exchange Inc; user contributions licensed under <a>CC BY-SA</a>.</div></footer></body></html>`,
};

const ref = (n: number) =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span ` +
  `class="cite-bracket">&#91;</span>${n}<span class="cite-bracket">&#93;</span></a></sup>`;
const river = [
  `The River Tamar is a river in south west England that forms most of the border between ` +
    `Devon and Cornwall.${ref(1)} It rises near Morwenstow, less than 6 kilometres from the ` +
    `north coast, and flows south to Plymouth Sound.`,
  `For much of its length the river runs through a deep, wooded valley. Its lower reaches ` +
    `are tidal as far as Gunnislake, and were navigable by barges carrying ore from the mines ` +
    `of the valley.${ref(2)}<sup id="cite_ref-a" class="reference"><a ` +
    `href="#cite_note-a"><span class="cite-bracket">&#91;</span>a<span class="cite-bracket">&#93;</span></a></sup>`,
  'The valley was one of the richest mining districts in the world in the nineteenth ' +
    'century, producing copper, tin and arsenic. The mines closed by the early twentieth ' +
    'century, and their remains are now part of a World Heritage Site.',
];
const wiki: TestPage = {
  name: 'heldout4-mediawiki-infobox-navbox',
  kind: 'wiki',
  title: 'River Tamar',
  headings: ['Course', 'History'],
  body: texts(river),
  bylines: ['This page was last edited on 2 March 2024, at 11:20 (UTC).'],
  furniture: [
    'Jump to content',
    'Search Wikipedia',
    'Contents',
    '(Top)',
    '24 languages',
    'Article',
    'Talk',
    'View history',
    'From Wikipedia, the free encyclopedia',
    'For the river in Tasmania, see Tamar River.',
    'The Tamar at Calstock',
    'Country',
    '98 km (61 mi)',
    'edit',
    'Notes',
    'The tidal limit is at Weir Head, above Gunnislake.',
    'References',
    'Environment Agency (2023). Tamar catchment summary.',
    'Rivers of Cornwall',
    'Camel',
    'Fowey',
    'Categories',
    'Rivers of Devon',
    'Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.',
  ],
  html: `<!DOCTYPE html><html class="client-nojs vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><title>River Tamar - Wikipedia</title></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-River_Tamar\
 rootpage-River_Tamar skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page"\
 class="mw-logo"><span class="mw-logo-wordmark">Wikipedia</span></a></div><div class="vector-header-end"><div id="p-search" role="search"\
 class="vector-search-box-vue vector-search-box-collapses"><form action="/w/index.php" id="searchform" class="cdx-search-input"><input\
 class="cdx-text-input__input" type="search" name="search" placeholder="Search Wikipedia"></form></div></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"\
 aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc\
 vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2\
 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a href="#"\
 class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li><li class="vector-toc-list-item vector-toc-level-1"><a\
 href="#Course" class="vector-toc-link"><div class="vector-toc-text"><span class="vector-toc-numb">1</span><span>Course</span></div></a>\
</li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1\
 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">River Tamar</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button"\
 aria-haspopup="true" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available\
 in 24 languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span\
 class="vector-dropdown-label-text">24 languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div\
 id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main"\
 class="selected vector-tab-noicon mw-list-item"><a><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a>\
<span>Talk</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs\
 mw-portlet"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a><span>Read</span></a></li><li\
 id="ca-history" class="mw-list-item"><a><span>View history</span></a></li></ul></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators">\
</div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div\
 class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">River in South West England</div>
<div role="note" class="hatnote navigation-not-searchable">For the river in Tasmania, see <a>Tamar River</a>.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">River Tamar</th></tr><tr><td colspan="2"\
 class="infobox-image"><span typeof="mw:File"><a class="mw-file-description"><img src="t.jpg" width="250"></a></span><div\
 class="infobox-caption">The Tamar at Calstock</div></td></tr>
<tr><th scope="row" class="infobox-label">Country</th><td class="infobox-data">England</td></tr><tr><th scope="row"\
 class="infobox-label">Length</th><td class="infobox-data">98 km (61 mi)</td></tr></tbody></table>
<p>${river[0]}</p><meta property="mw:PageProp/toc" />
<div class="mw-heading mw-heading2"><h2 id="Course">Course</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>\
<a>edit</a><span class="mw-editsection-bracket">]</span></span></div><p>${river[1]}</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>\
<a>edit</a><span class="mw-editsection-bracket">]</span></span></div><p>${river[2]}</p>
<div class="mw-heading mw-heading2"><h2 id="Notes">Notes</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>\
<a>edit</a><span class="mw-editsection-bracket">]</span></span></div><div class="reflist reflist-lower-alpha"><div\
 class="mw-references-wrap"><ol class="references"><li id="cite_note-a"><span class="mw-cite-backlink"><b><a href="#cite_ref-a">^</a></b>\
</span> <span class="reference-text">The tidal limit is at Weir Head, above Gunnislake.</span></li></ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection"><span\
 class="mw-editsection-bracket">[</span><a>edit</a><span class="mw-editsection-bracket">]</span></span></div><div class="reflist"><div\
 class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b>\
</span> <span class="reference-text"><cite class="citation web cs1">Environment Agency (2023). <a class="external text">Tamar catchment\
 summary</a>.</cite></span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a>^</a></b></span> <span class="reference-text">\
<cite class="citation book cs1">Booker, Frank (1967). <i>The Industrial Archaeology of the Tamar Valley</i>. David &amp; Charles.</cite>\
</span></li></ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Rivers_of_Cornwall" style="padding:3px"><table\
 class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div\
 class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a>\
<abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a><abbr title="Edit this template">e</abbr></a></li></ul></div>\
<div id="Rivers_of_Cornwall" style="font-size:114%;margin:0 4em">Rivers of Cornwall</div></th></tr>
<tr><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div><ul><li><a>Camel</a></li><li><a>Fal</a></li><li><a>Fowey</a></li>\
<li><a>Tamar</a></li></ul></div></td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a>Categories</a>: <ul><li>\
<a>Rivers of Cornwall</a></li><li><a>Rivers of Devon</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">\
 This page was last edited on 2 March 2024, at 11:20<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text\
 is available under the <a>Creative Commons Attribution-ShareAlike License 4.0</a>; additional terms may apply.</li></ul></footer></div>\
</div></div></body></html>`,
};

export const HELDOUT4_C: readonly TestPage[] = [discourse, stackExchange, wiki];
