import { type TestPage, texts } from './page-kit.js';
import { seAnswerForm, seAnswersHeader, seConsent, seConsentTexts, seFooter, seFooterTexts, seFormTexts, sePost } from './pages-heldout64-d2.js';
import { soBodies, soNav, soPosts, soTitle } from './pages-heldout64-d4.js';

/**
 * Held-out batch 64, file d3: a Stack Overflow question with a long accepted answer (two h2 sections, a list, code) and
 * comments, plus a second short answer, as a logged-out reader saves it in 2025 (top bar with About / Products / For Teams,
 * search and Log in / Sign up, the left nav with its Teams promo, the question header and Asked/Modified/Viewed, the posts of
 * file d4 printed by file d2's templates, the guest answer form, the right sidebar with The Overflow Blog, Featured on Meta,
 * an ad slot, Related and Hot Network Questions, the footer and the OneTrust banner).
 */
const soBlog = ['Why your AI agent needs a boring database', 'The hidden cost of flaky tests, measured'];
const soMeta = ['Community Asks Sprint Announcement – December 2025', 'Policy: Generative AI (e.g., ChatGPT) is banned'];
const soRelated = [
  ['812', 'Why is PostgreSQL not using my index?'],
  ['96', 'PostgreSQL prepared statement slower than the same query with literals'],
  ['33', 'When does the planner use a partial index?'],
];
const soHot = ['Is there a name for a triangle whose angles are in arithmetic progression?', 'How do I politely decline a co-author request?'];
const soTags = ['postgresql', 'node.js', 'indexing', 'prepared-statement', 'node-postgres'];
const soSidebar = `<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0">
	<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li>
	${soBlog
    .map(
      (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/11/"
		class="js-gps-track" data-ga="[&quot;community bulletin board&quot;,&quot;The Overflow Blog&quot;]">${t}</a></div></li>`,
    )
    .join('\n\t')}
	<li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">Featured on Meta</li>
	${soMeta
    .map(
      (t) => `<li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://meta.stackoverflow.com/q/1"
		class="js-gps-track">${t}</a></div></li>`,
    )
    .join('\n\t')}
</ul></div>
<div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div>
	<div class="js-report-ad-button-container " style="width: 300px">
		<button class="js-report-ad s-btn s-btn__link fs-fine mt2 float-right">Report this ad</button></div>
</div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">${soRelated
  .map(
    ([n, t], i) => `<div class="spacer"><a href="/q/${1292000 + i}" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted
	large">${n}</div></a>
	<a href="/questions/${1292000 + i}/q" class="question-hyperlink">${t}</a></div>`,
  )
  .join('\n')}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
	s-link__inherit">Hot Network Questions</a></h4>
<ul>${soHot
  .map(
    (t) => `<li><div class="favicon favicon-math" title="Mathematics Stack Exchange"></div><a href="https://math.stackexchange.com/q/1"
	class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul>
<a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>`;
const soHtml = `<!DOCTYPE html>
<html class="html__responsive " lang="en">
<head>
	<title>postgresql - ${soTitle} - Stack Overflow</title>
	<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196">
	<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
	<meta property="og:type" content= "website" /><meta property="og:url" content="https://stackoverflow.com/questions/79481533/partial-index-ignored"/>
	<meta property="og:site_name" content="Stack Overflow" /><meta name="twitter:title" property="og:title" itemprop="name" content="${soTitle}" />
	<meta name="twitter:description" property="og:description" itemprop="description" content="I have a jobs table with about 40 million rows" />
	<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=d6e3f2c9a1b4">
	<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/stackoverflow/primary.css?v=0b9c3e2a6f10">
	<script>StackExchange.init({"locale":"en","serverTime":1764000000,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com",
		"site":{"name":"Stack Overflow","description":"Q&A for professional and enthusiast programmers","isNoticesTabEnabled":true,"styleCode":true},
		"user":{"fkey":"","tid":"0c2e4a6b-8d1f-4e3a-9b5c-7d6e5f4a3b2c","rep":0,"isAnonymous":true}});</script>
	<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="question-page unified-theme">
	<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar">
	<div class="s-topbar--container">
		<a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar"
			aria-expanded="false"><span></span></a>
		<a class="s-topbar--logo" href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span></a>
		<ol class="s-navigation" role="presentation">
			<li class="md:d-none"><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li>
			<li><button class="s-navigation--item js-gps-track js-products-menu" aria-controls="products-popover" data-controller="s-popover"
				data-action="s-popover#toggle" aria-expanded="false">Products</button></li>
			<li class="md:d-none"><a href="https://stackoverflow.co/teams/" class="s-navigation--item js-gps-track">For Teams</a></li>
		</ol>
		<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar " autocomplete="off"><div class="s-topbar--searchbar--input-group">
			<input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search"
				class="s-input s-input__search js-search-field " /></div></form>
		<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar">
			<li role="none"><a href="https://stackoverflow.com/users/login?ssrc=head" class="s-topbar--item s-btn s-btn__filled ws-nowrap" role="menuitem"
				rel="nofollow">Log in</a></li>
			<li role="none"><a href="https://stackoverflow.com/users/signup?ssrc=head" class="s-topbar--item ml4 s-btn s-btn__primary ws-nowrap" role="menuitem"
				rel="nofollow">Sign up</a></li>
		</ol></nav>
	</div>
</header>
<div class="container">
	<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
	<div class="left-sidebar--sticky-container js-sticky-leftnav">
		<nav role="navigation"><ol class="nav-links">${soNav
      .map(
        (t, i) => `<li class="${i === 1 ? 'youarehere ' : ''}ps-relative"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}"
			class="pl8 js-gps-track nav-links--link" aria-current="${i === 1}"><div class="d-flex ai-center"><div class="flex--item truncate">${t}</div></div></a></li>`,
      )
      .join('\n')}
		</ol></nav>
		<div class="js-freemium-cta ps-relative mt32 mb8"><div class="fs-fine tt-uppercase fc-black-600 mb12">Teams</div>
			<div class="bt bl bc-black-225 p12 pb6 fc-black-600">
				<p class="mt4 mb12 fs-caption fc-black-500">Ask questions, find answers and collaborate at work with Stack Overflow for Teams.</p>
				<a href="https://stackoverflowteams.com/teams/create/free" class="s-btn s-btn__filled s-btn__sm w100">Try Teams for free</a>
				<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__outlined s-btn__sm w100 mt8">Explore Teams</a></div></div>
	</div></div>
	<div id="content" class="snippet-hidden">
		<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
			<div class="inner-content clearfix">
				<div id="question-header" class="d-flex sm:fd-column">
					<h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="/questions/79481533/partial-index-ignored"
						class="question-hyperlink">${soTitle}</a></h1>
					<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ws-nowrap"><a class="ws-nowrap s-btn s-btn__filled"
						href="/questions/ask">Ask Question</a></div></div>
				</div>
				<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200">
					<div class="flex--item ws-nowrap mr16 mb8" title="2025-03-03 13:58:20Z">
						<span class="fc-black-400 mr2">Asked</span>
						<time itemprop="dateCreated" datetime="2025-03-03T13:58:20">8 months ago</time>
					</div>
					<div class="flex--item ws-nowrap mr16 mb8">
						<span class="fc-black-400 mr2">Modified</span>
						<a href="?lastactivity" class="s-link s-link__inherit" title="2025-03-04 09:30:44Z">8 months ago</a>
					</div>
					<div class="flex--item ws-nowrap mb8" title="Viewed 2,311 times">
						<span class="fc-black-400 mr2">Viewed</span>
						2k times
					</div>
				</div>
				<div id="mainbar" role="main" aria-label="question and answers">
${soPosts[0] === undefined ? '' : sePost(soPosts[0])}
					<div id="answers">
						<a name="tab-top"></a>
${seAnswersHeader(2)}
${soPosts.slice(1).map(sePost).join('\n')}
${seAnswerForm(soTags)}
					</div>
				</div>
				<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
${soSidebar}
				</div>
			</div>
		</div>
	</div>
</div>
${seFooter('Stack Overflow', ['Questions', 'Help', 'Chat'], '2025.11.20.37012')}
${seConsent}
</body>
</html>`;
export const stackOverflow: TestPage = {
  html: soHtml,
  name: 'heldout64-stackoverflow-question',
  kind: 'forum',
  // the question, both answers and all five comments are body (Q&A convention) with their inline code; the code blocks are in
  // neither list; the accepted answer's two h2 ("Why the partial index cannot be used", "How to fix it") are the page's headings,
  // as an answer's own section heads are the only ones the thread has; posters' and commenters' names, the "asked"/"answered"/
  // "edited" lines, comment dates and the header's Asked/Modified times are bylines; vote counts, the accepted mark, tags,
  // Share/Improve/Follow, reputation and badges, comment scores, "Add a comment", the answers header and sort select, the guest
  // answer form, "Ask Question", "Viewed", the top bar, left nav and Teams promo, the right sidebar (blog, meta, ad, related,
  // hot questions), footer and cookie banner are furniture; left off as body words: the tags "postgresql", "indexing",
  // "prepared-statement" and "node-postgres", the nav's "Questions"/"Tags", "About" ("about 40 million") and the guest form's
  // "Name" ("Drop the name"); bare-digit scores are left off too
  title: soTitle,
  headings: ['Why the partial index cannot be used', 'How to fix it'],
  body: soPosts.flatMap((p, i) => [...(soBodies[i] ?? []), ...texts(p.comments.map((c) => c.html))]),
  bylines: [
    ...['hannah.w', 'Laurent Besson', 'Miro Anttila', 'bytebarn', 'asked Mar 3 at 13:58', 'answered Mar 3 at 15:21', 'edited Mar 3 at 17:05'],
    ...['answered Mar 4 at 8:40', 'Mar 3 at 14:12', 'Mar 3 at 14:20', 'Mar 3 at 16:48', 'Mar 4 at 8:02', 'Mar 4 at 9:30', 'Asked 8 months ago'],
    'Modified 8 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Products', 'For Teams', 'Log in', 'Sign up', ...soNav.filter((t) => t !== 'Questions' && t !== 'Tags'), 'Teams',
    'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams', 'Ask Question', 'Viewed',
    '2k times', '38', '61', 'node.js', 'Improve this question', 'Improve this answer', '1,893', '2 silver badges', '11 bronze badges',
    '48.2k', '7 gold badges', '52 silver badges', '90 bronze badges', '2,740', '19 bronze badges', '2 Answers', ...seFormTexts.filter((t) => t !== 'Name'),
    'The Overflow Blog', ...soBlog,
    'Featured on Meta', ...soMeta, 'Report this ad', 'Related', ...soRelated.flat(), 'Hot Network Questions', ...soHot, 'more hot questions',
    ...seFooterTexts('Stack Overflow', ['Questions', 'Help', 'Chat']).filter((t) => t !== 'Questions' && t !== 'About'),
    ...seConsentTexts,
  ].filter((t, i, all) => all.indexOf(t) === i),
};
