import { links, type TestPage, texts } from './page-kit.js';
import { substackPost } from './pages-heldout71-b2.js';

/**
 * Held-out batch 71, file b: an Australian public broadcaster's story in the shape of ABC News Australia's Next.js page
 * (cookie banner, skip link, the header with "Set location", search panel with its hidden "Loading" and hint texts, the
 * section nav, the program label, headline, byline with station, posted/updated times, share menu, hero figure with caption
 * and credit, the "In short" box at the top of the body, an inline "Related stories" card list inside the body, a body
 * figure, "Topics" tags, "Top Stories" and "Just In" rails, the acknowledgement of country and footer), and (file b2) a
 * Substack newsletter post.
 */
const anTitle = 'Babies to be born in Yallanbee again as hospital birthing unit reopens after two years';
const anShort = [
  '<strong>In short:</strong> Yallanbee Hospital will resume birthing services in May after recruiting four midwives and a ' + 'second obstetric GP.',
  'The unit closed in 2023 because of staff shortages, forcing women to travel 140 kilometres to give birth.',
  '<strong>What’s next?</strong> The local health district says the service will start with low-risk births and expand once ' + 'more staff are in place.',
];
const anBody1 = [
  'For the past two years, expectant mothers in Yallanbee have had to pack a bag weeks before their due date and drive ' +
    'almost two hours to Wagga Creek, or risk giving birth on the highway.',
  'That is set to change in May, when the birthing unit at Yallanbee Hospital reopens after the Western Plains Local Health ' +
    'District filled the last of the positions it needed to run a safe roster.',
  'District chief executive Marcus Tealby said recruiting had been “slow and hard-won”, with two of the four new midwives ' +
    'coming from overseas and a third returning to the town where she trained.',
  '“We were never going to reopen the unit until we could staff it around the clock,” he said. “We are now in a position to do that.”',
];
const anH1 = 'Long drives and roadside births';
const anBody2 = [
  'Local mother Tegan Ashdown gave birth to her second child in the back seat of her partner’s ute, 30 kilometres short of the ' +
    'hospital in Wagga Creek, in the middle of last winter.',
  '“The paramedics met us on the side of the road. Everything turned out fine, but I wouldn’t wish that on anyone,” she said.',
  'The Yallanbee Birthing Action Group, which collected more than 6,000 signatures calling for the unit to reopen, said the ' +
    'announcement was a relief but that the community would be watching closely.',
  'Group spokeswoman Rosa Kettering said the town had heard promises before. “We want to see it open and stay open, not close ' +
    'again the first time someone goes on leave,” she said.',
];
const anH2 = 'Low-risk births first';
const anBody3 = [
  'The district said the unit would start by caring for women with low-risk pregnancies, with those needing specialist care ' +
    'still referred to larger hospitals.',
  'Mr Tealby said the district hoped to add caesarean births later in the year once a second anaesthetist was recruited.',
  'Rural health researcher Dr Anjali Moorthy said small birthing units often struggled to survive because they depended on a ' + 'handful of staff.',
  '“When one person leaves, the whole roster can fall over,” she said. “The units that last are the ones that train and keep ' +
    'local staff, and that takes years of steady funding.”',
  'The New South Wales government has committed $3.1 million over four years to keep the Yallanbee unit running.',
];
const anNav = [
  'Just In',
  'Watch Live',
  'Politics',
  'World',
  'Business',
  'Analysis',
  'Sport',
  'Science',
  'Health',
  'Entertainment',
  'Lifestyle',
  'Fact Check',
  'Other',
];
const anSearch = ['Search the ABN', 'Start typing for suggestions, press enter to search, or choose from a list of options below.', 'Cancel', 'Loading'];
const anShare = ['Copy link', 'Facebook', 'X (formerly Twitter)', 'Email'];
const anHeroCap = 'Yallanbee Hospital’s birthing unit has been closed since mid-2023.';
const anHeroCredit = '(ABN Western Plains: Kieran Doyle)';
const anFigCap = 'Tegan Ashdown gave birth on the roadside 30 kilometres from hospital.';
const anFigCredit = '(Supplied: Tegan Ashdown)';
const anRelated = ['Regional maternity units closing as midwife shortage bites', 'Mothers share stories of long drives to give birth'];
const anTopics = ['Health', 'Pregnancy and Childbirth', 'Regional Communities', 'Yallanbee', 'Wagga Creek'];
const anTop = [
  'Interest rates held as Reserve Bank warns on stubborn inflation',
  'Flood warnings issued for northern rivers after record March rain',
  'Tourist rescued after spending night on cliff ledge',
];
const anJust = ['Man charged over service station fire', 'Matildas name squad for Olympic qualifier', 'Fuel prices fall for third week'];
const anAck =
  'ABN acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, ' +
  'learn and work.';
const anFoot = ['Contact ABN', 'Accessibility', 'Editorial Policies', 'Privacy Policy', 'Terms of Use', 'Careers'];
const anAest = 'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)';
const anCookie = [
  'This site uses cookies',
  'The ABN uses cookies to improve your experience. Learn more about how we use cookies',
  'Accept all cookies',
  'ABN required cookies only',
];
const typo = 'Typography_base__k7Ym1 Typography_sizeMobile16__rH3vQ Typography_lineHeightMobile24__cXv0P Typography_regular__Sd7Tn';
const para = (p: string): string => `<p class="paragraph_paragraph__iYReA">${p}</p>`;
const fig = (src: string, cap: string, credit: string): string => `<figure data-component="Figure" class="Figure_figure__Tq3jh">
<div class="Image_image__5tFYM"><img alt="" src="https://live-production.wcms.abn.net.au/${src}?impolicy=wcms_crop_resize&amp;width=940" loading="lazy"></div>
<figcaption class="Figure_caption__Kr3sd ${typo}"><span data-component="Caption">${cap}</span> <cite class="Figure_cite__M2pqs">${credit}</cite></figcaption>
</figure>`;
const anHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${anTitle} - ABN News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Yallanbee Hospital will resume birthing services in May.">
<meta property="og:type" content="article"><meta name="article:published_time" content="2025-03-04T18:30:00.000Z">
<link rel="preload" as="script" href="/news-web/_next/static/chunks/main-8a1c2d.js">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${anTitle}","author":[{"@type":"Person",
"name":"Kieran Doyle"}],"datePublished":"2025-03-04T18:30:00.000Z","dateModified":"2025-03-04T21:12:00.000Z","publisher":{"@type":"Organization","name":"ABN
News"}}</script>
</head>
<body><div id="__next"><div class="App_app__Xc1vT">
<div id="cookie-banner" class="CookieBanner_banner__4dK9s" role="dialog" aria-labelledby="cookie-title"><h2 id="cookie-title">${anCookie[0]}</h2>
<p>The ABN uses cookies to improve your experience. Learn more about <a href="https://help.abn.net.au/cookies">how we use cookies</a></p>
<button type="button">${anCookie[2]}</button><button type="button">${anCookie[3]}</button></div>
<a href="#content" class="SkipLinks_link__Ow2bE">Skip to main content</a>
<header data-component="Header" class="Header_header__3fN1p"><div class="Header_top__Lw7kd"><a href="/news" class="Header_logo__rz2Tx">
<span class="VisuallyHidden_visuallyHidden__Lmg8u">ABN News Homepage</span></a>
<button type="button" data-component="LocationButton" class="Header_location__q9Zsx"><strong>Set location</strong>For local weather</button>
<div data-component="Search" class="Search_search__bn8Zm"><button type="button" aria-expanded="false">Search</button>
<div class="Search_panel__p2Qsh" hidden><label for="search-input">${anSearch[0]}</label><input id="search-input" type="search" autocomplete="off">
<p class="Search_hint__LxR2y">${anSearch[1]}</p><button type="button">${anSearch[2]}</button><div role="status">${anSearch[3]}</div></div></div>
<a href="https://www.abn.net.au" class="Header_more__Rq8Ns">More from ABN</a></div>
<nav aria-label="Main" data-component="NavBar" class="NavBar_nav__hZ0tL"><ul class="NavBar_list__p0mWn">${links(anNav, 'NavBar_item__d2Qhs')}</ul></nav>
</header>
<main id="content" data-component="ContentLayout" class="ContentLayout_main__Fz2xR"><article data-component="Article" class="Article_article__Lp4Qm">
<div data-component="ArticleHeader" class="ArticleHeader_header__z8YkS">
<a href="/western-plains" data-component="ProgramLabel" class="ProgramLabel_label__V6tdf ${typo}">ABN Western Plains</a>
<h1 data-component="Heading" class="Typography_base__k7Ym1 Heading_heading__VGa5B Typography_sizeMobile32__Bx1Vw">${anTitle}</h1>
<div data-component="Byline" class="Byline_byline__Xz4lD"><p class="${typo}"><span>ABN Western Plains</span> / By
<a href="/news/kieran-doyle/104218" data-component="Link">Kieran Doyle</a></p>
<div data-component="Timestamps" class="Timestamps_timestamps__W1cDe ${typo}"><p>Posted <time datetime="2025-03-04T18:30:00.000Z">Wed 5 Mar 2025 at
5:30am</time></p><p>Updated <time datetime="2025-03-04T21:12:00.000Z">Wed 5 Mar 2025 at 8:12am</time></p></div></div>
<div data-component="ShareUtility" class="ShareUtility_share__oN2Yv"><button type="button" aria-haspopup="true" aria-expanded="false">Share</button>
<ul class="ShareUtility_menu__Fr0pS" hidden>${anShare.map((t) => `<li><button type="button">${t}</button></li>`).join('')}</ul></div>
${fig('news/photos/yallanbee-hospital.jpg', anHeroCap, anHeroCredit)}</div>
<div id="body" data-component="ArticleBody" class="ArticleBody_body__D5hNs"><div data-component="LayoutContainer" class="LayoutContainer_container__b1ZzA">
<div data-component="KeyPoints" class="KeyPoints_keyPoints__Cb3Nw">${anShort.map(para).join('\n')}</div>
<div class="paragraphs_paragraphs__pP0xB">${anBody1.map(para).join('\n')}
<aside data-component="RelatedCards" class="RelatedCards_related__Vn0Ry"><h2 class="RelatedCards_title__Wq4xx">Related stories</h2><ul>
${anRelated.map((t) => `<li><a href="/news/2025-02-1${t.length % 9}/story/${t.length}" data-component="Card"><h3>${t}</h3></a></li>`).join('\n')}</ul></aside>
<h2 data-component="Heading" class="Heading_heading__VGa5B">${anH1}</h2>
${anBody2.slice(0, 2).map(para).join('\n')}
${fig('news/photos/ashdown-family.jpg', anFigCap, anFigCredit)}
${anBody2.slice(2).map(para).join('\n')}
<h2 data-component="Heading" class="Heading_heading__VGa5B">${anH2}</h2>
${anBody3.map(para).join('\n')}</div></div></div>
<div data-component="Topics" class="Topics_topics__Kq1aC"><h2 class="${typo}">Topics</h2><ul>${links(anTopics, 'Topics_item__c8FrM')}</ul></div>
</article>
<aside class="ContentLayout_aside__Ux6Pa"><section data-component="TopStories"><h2>Top Stories</h2><ul>${links(anTop)}</ul></section>
<section data-component="JustIn"><h2>Just In</h2><ul>${links(anJust)}</ul></section></aside></main>
<footer data-component="Footer" class="Footer_footer__Vh8wz"><p class="Footer_ack__t3hJ9">${anAck}</p><ul>${links(anFoot)}</ul>
<p>${anAest}</p><p>© 2025 ABN</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"documentId":"104877312","contentType":"Article","section":"news",
"title":"${anTitle}","programLabel":"ABN Western Plains"}},"page":"/news/[...slug]","buildId":"news-web-2025.03.1"}</script>
<script src="/news-web/_next/static/chunks/main-8a1c2d.js" async></script>
</body></html>`;
const abn: TestPage = {
  html: anHtml,
  name: 'heldout71-abn-nextjs-news',
  kind: 'news',
  // the "In short" box opens the body and is body (its labels included, as the page prints them inside the paragraphs); the
  // inline "Related stories" cards are furniture; the station label before the byline and the times are bylines; the
  // section nav's "Health" and "Just In" are also a topic and a rail title: listed once
  title: anTitle,
  headings: [anH1, anH2],
  body: [...texts(anShort), ...texts(anBody1), ...texts(anBody2), ...texts(anBody3)],
  bylines: ['ABN Western Plains', 'By Kieran Doyle', 'Posted', 'Wed 5 Mar 2025 at 5:30am', 'Updated', 'Wed 5 Mar 2025 at 8:12am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...anCookie, 'Skip to main content', 'ABN News Homepage', 'Set location', 'For local weather', 'Search', ...anSearch, 'More from ABN', ...anNav,
    'Share', ...anShare, anHeroCap, anHeroCredit, 'Related stories', ...anRelated, anFigCap, anFigCredit, 'Topics',
    ...anTopics.filter((t) => t !== 'Health'), 'Top Stories', ...anTop, ...anJust, anAck, ...anFoot, anAest, '© 2025 ABN',
  ],
};

export const HELDOUT71_B: readonly TestPage[] = [abn, substackPost];
