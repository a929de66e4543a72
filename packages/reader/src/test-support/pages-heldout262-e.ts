import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file e: a Hindu-style article (its masthead, "e-Paper" and "Today's Paper" links, breadcrumb, the
 * "sub-text" standfirst, author and "Published" / "Updated" lines, the share toolbar, the in-body "Also Read" link, the
 * "Published - ..." footnote, "Related Topics", "Top News Today" rail and footer) and a Mail & Guardian-style article
 * built with WordPress's tagDiv Newspaper theme and its page builder (td- and tdb- block wrappers, vc_row columns, the
 * "Subscribe to the M&G" box, author box, "More In This Category" block and the footer).
 */
const dTitle = 'Coimbatore textile mills turn to rooftop solar as power tariffs rise';
const dSub = 'Over 60 mills in the western Tamil Nadu cluster have installed panels in the past year; small units say the upfront cost is still a hurdle';
const dBody = [
  j(
    'More than 60 spinning and weaving mills around Coimbatore have installed rooftop solar panels in the past year, as',
    'industrial power tariffs have risen twice since 2025 and mill owners look for ways to protect thin margins.',
  ),
  j(
    'According to the district industries association, the installed capacity on mill rooftops in the cluster has grown',
    'from about 40 MW to 115 MW. Larger mills are meeting up to a quarter of their daytime demand from the panels.',
  ),
  j(
    'R. Senthilnathan, who runs a 30,000-spindle mill in Sulur, said the investment would pay for itself in under five years.',
    '“Power is our second biggest cost after cotton. Every unit we produce ourselves is a unit we do not buy at the new rate,”',
    'he said.',
  ),
];
const dH1 = 'Small units left behind';
const dBody2 = [
  j(
    'Smaller power loom units, which make up most of the cluster, have been slower to follow. Many operate from rented sheds',
    'whose owners will not allow panels on the roof, and banks are reluctant to lend against equipment on property the',
    'borrower does not own.',
  ),
  'The association has asked the State government for three measures:',
];
const dList = [
  'a capital subsidy of 25% for units below 100 kW',
  'a simpler net-metering approval, with a 30-day deadline',
  'a shared solar park where small units can buy capacity without using their own roofs',
];
const dBody3 = [
  j(
    'Officials of the Energy Department said a proposal for a shared solar park near Palladam was under study, and that',
    'a decision was expected before the next Budget session.',
  ),
  j(
    'Mill owners said that even without new support, the shift would continue, because the gap between the cost of',
    'solar power and the grid tariff has never been wider. Several large mills are now looking at wind-solar hybrid',
    'projects on land they own outside the city.',
  ),
];
const dNav = ['India', 'World', 'States', 'Cities', 'Opinion', 'Business', 'Sport', 'Sci-Tech', 'Entertainment', 'Life & Style', 'Data'];
const dTop = ['Chennai Metro phase two: trial runs to begin in March', 'Cyclone alert for north coastal districts', 'TNPSC Group 4 results announced'];
const dFoot = ['About Us', 'Code of Editorial Values', 'Contact Us', 'Archive', 'Terms of Use', 'Privacy Policy', 'Subscribe'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} - The Hindu</title>
<meta name="description" content="${dSub}"><meta property="og:site_name" content="The Hindu"><meta name="keywords" content="solar, textiles, Coimbatore">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-11-29T20:15:00+05:30",
"dateModified":"2026-11-29T22:40:00+05:30","author":[{"@type":"Person","name":"M. Soundariya Preetha"}]}</script>
<script>var thArticle={"articleId":"70324118","section":"Tamil Nadu","paywall":"metered"};</script></head>
<body><div class="header"><div class="container"><a class="logo" href="/">The Hindu</a><a class="epaper" href="/epaper">e-Paper</a>
<a href="/todays-paper/">Today's Paper</a><a class="subscribe-btn" href="/subscription/">Subscribe</a><a href="/login">Login</a></div>
<nav class="navbar"><ul class="nav">${links(dNav)}</ul></nav></div>
<div class="ad-container"><span class="adtext">ADVERTISEMENT</span></div>
<div class="container article-section"><div class="row"><div class="col-xl-9"><div class="breadcrumb"><a href="/news/national/">News</a>
<a href="/news/national/tamil-nadu/">Tamil Nadu</a></div>
<div class="storyline"><h1 class="title">${dTitle}</h1><h2 class="sub-title">${dSub}</h2>
<div class="author"><div class="author-name"><a href="/profile/author/soundariya-preetha/">M. Soundariya Preetha</a></div>
<div class="update-publish-time"><p class="publish-time">Published - November 29, 2026 08:15 pm IST</p>
<p class="update-time">Updated - November 29, 2026 10:40 pm IST</p><p class="place">COIMBATORE</p></div></div>
<div class="share-toolbar"><ul>${lis(['Copy link', 'Email', 'Facebook', 'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit'])}</ul></div>
<div class="picture"><img src="https://th-i.thgim.example/solar-mill.jpg" alt=""><p class="caption">Solar panels on the roof of a spinning mill in Sulur.
| Photo Credit: S. Siva Saravanan</p></div>
<div class="articlebodycontent col-xl-9 col-lg-12 col-md-12 col-sm-12 col-12" id="schemaDiv">
${ps(dBody)}
<p class="also-read"><strong>Also Read</strong> <a href="/news/national/tamil-nadu/power-tariff-revision/">Tamil Nadu revises industrial power tariff</a></p>
<h3>${dH1}</h3>
${ps(dBody2)}
<ul>${lis(dList)}</ul>
${ps(dBody3)}
<p class="publish-time-new">Published - November 29, 2026 08:15 pm IST</p></div>
<div class="related-topics"><h4>Related Topics</h4><ul>${links(['Coimbatore', 'textile industry', 'solar energy', 'Tamil Nadu'])}</ul></div>
<div class="comments-shares"><p>Comments have to be in English, and in full sentences.</p><button>Show Comments</button></div></div></div>
<aside class="col-xl-3"><div class="top-news"><h3>Top News Today</h3><ul>${links(dTop)}</ul></div></aside></div></div>
<footer class="footer"><ul>${links(dFoot)}</ul><p>Copyright© 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.</p></footer>
<div class="cookie-notice"><p>We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in, you may continue
to engage with our articles.</p><button>Close</button></div></body></html>`;
const hindu: TestPage = {
  name: 'heldout262-the-hindu-article',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dH1],
  body: texts([dSub, ...dBody, ...dBody2, ...dList, ...dBody3]),
  bylines: ['M. Soundariya Preetha', 'Published - November 29, 2026 08:15 pm IST', 'Updated - November 29, 2026 10:40 pm IST', 'COIMBATORE'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Hindu', 'e-Paper', "Today's Paper", 'Subscribe', 'Login', ...dNav, 'ADVERTISEMENT', 'News', 'Tamil Nadu', 'Copy link', 'Email', 'Facebook',
    'Twitter', 'Telegram', 'LinkedIn', 'WhatsApp', 'Reddit', 'Solar panels on the roof of a spinning mill in Sulur. | Photo Credit: S. Siva Saravanan',
    'Also Read', 'Tamil Nadu revises industrial power tariff', 'Related Topics', 'textile industry', 'solar energy',
    'Comments have to be in English, and in full sentences.', 'Show Comments', 'Top News Today', ...dTop, ...dFoot,
    'Copyright© 2026, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.',
    j(
      'We have migrated to a new commenting platform. If you are already a registered user of The Hindu and logged in,',
      'you may continue to engage with our articles.',
    ),
    'Close',
  ],
};

const mTitle = 'Eastern Cape water board admits it cannot fix Makhanda’s pipes before summer';
const mBody = [
  j(
    'The water board responsible for Makhanda has told Parliament’s water committee that the town’s ageing supply pipeline',
    'will not be repaired before the summer peak, meaning residents of the eastern townships face another season of',
    'taps running dry for days at a time.',
  ),
  j(
    'In a presentation on Tuesday, the board’s acting chief executive, Lwazi Mgoduka, said a contractor appointed in',
    'March had abandoned the site in August after a dispute over payments. A new tender will not be awarded until February.',
  ),
  j('“We accept that this is not good enough,” Mgoduka told MPs. “We have failed the people of Makhanda, and we are not', 'going to pretend otherwise.”'),
];
const mH1 = 'Residents rely on tankers';
const mBody2 = [
  j(
    'For much of the past three years, households in Joza and Extension 9 have relied on water tankers and communal tanks.',
    'Community organisers say the tankers often arrive late and do not reach streets far from the main roads.',
  ),
  j(
    'Nomvula Sityata, who runs a crèche in Extension 9, said she had spent more on bottled water this year than on food',
    'for the children. “We boil what we can get. When nothing comes, we close,” she said.',
  ),
];
const mH2 = 'Money spent, work unfinished';
const mBody3 = [
  j(
    'According to figures presented to the committee, R212-million has been spent on the pipeline upgrade since 2021,',
    'but only 11km of the planned 31km of new pipe has been laid. The Auditor General flagged the project in its last',
    'report for irregular expenditure.',
  ),
  j(
    'Committee members asked the department to place the project under direct national oversight. The deputy minister',
    'said a decision would be made within a month, and that an emergency allocation for tankers had been approved.',
  ),
  j(
    'Residents’ groups said they would believe the promises when the water came back. A march to the municipal offices',
    'is planned for next week, the third this year.',
  ),
];
const mNav = ['News', 'Politics', 'Environment', 'Business', 'Opinion', 'Friday', 'Thought Leader', 'Africa', 'Multimedia'];
const mMore = ['Drought plan for Nelson Mandela Bay falls short, say engineers', 'Municipalities owe water boards R24-billion'];
const mFoot = ['About Us', 'Contact Us', 'Advertise', 'Terms and Conditions', 'Privacy Policy', 'PAIA Manual'];
const mHtml = `<!DOCTYPE html><html lang="en-ZA"><head><meta charset="UTF-8"><title>${mTitle} &#8211; The Mail &amp; Guardian</title>
<meta name="description" content="The board said a new tender will not be awarded until February.">
<meta property="og:site_name" content="The Mail &amp; Guardian">
<link rel="stylesheet" id="td-theme-css" href="https://mg.example/wp-content/themes/Newspaper/style.css" media="all">
<link rel="stylesheet" id="js_composer_front-css" href="https://mg.example/wp-content/plugins/js_composer/assets/css/js_composer.min.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}","datePublished":"2026-11-27T06:00:00+02:00",
"author":{"@type":"Person","name":"Sipho Ndlela"}}</script>
<script>var tdBlocksArray=[];var td_ajax_url="https://mg.example/wp-admin/admin-ajax.php?td_theme_name=Newspaper";</script></head>
<body class="post-template-default single single-post td-standard-pack tdb_template_4471 tdb-template">
<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-template-wrap"><div class="tdc-zone">
<div class="tdc_zone tdb-header-wrap"><div class="vc_row tdi_12 wpb_row td-pb-row"><div class="vc_column tdi_14 wpb_column vc_column_container">
<div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="/"><span class="tdb-logo-text-title">The Mail &amp; Guardian</span></a></div>
<div class="td_block_wrap tdb_header_menu"><ul class="tdb-block-menu">${links(mNav, 'menu-item')}</ul></div>
<div class="tdb_header_search"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article class="post type-post">
<div class="vc_row tdi_40 wpb_row td-pb-row"><div class="vc_column tdi_42 wpb_column vc_column_container tdc-column td-pb-span12">
<div class="wpb_wrapper"><div class="td_block_wrap tdb_breadcrumbs"><span><a href="/">Home</a></span> <span><a href="/section/news/">News</a></span>
<span><a href="/section/environment/">Environment</a></span></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">${mTitle}</h1></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-author-by">By</div> <a class="tdb-author-name" href="/author/sipho-ndlela/">Sipho Ndlela</a></div>
<div class="td_block_wrap tdb_single_date"><time class="entry-date updated td-module-date">27 Nov 2026</time></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing-visible">${['Facebook', 'Twitter', 'LinkedIn', 'WhatsApp']
  .map((s) => `<a class="td-social-sharing-button" href="#"><span class="td-social-but-text">${s}</span></a>`)
  .join('')}</div></div>
<div class="td_block_wrap tdb_single_featured_image"><img src="https://mg.example/wp-content/uploads/2026/11/makhanda.jpg" alt="">
<figcaption class="tdb-caption-text">A communal tank in Joza, Makhanda. (Delwyn Verasamy/M&amp;G)</figcaption></div></div></div></div>
<div class="vc_row tdi_50 wpb_row td-pb-row"><div class="vc_column tdi_52 wpb_column vc_column_container td-pb-span8"><div class="wpb_wrapper">
<div class="td_block_wrap tdb_single_content"><div class="tdb-block-inner td-fix-index">
${ps(mBody)}
<h2>${mH1}</h2>
${ps(mBody2)}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>
<h2>${mH2}</h2>
${ps(mBody3)}
</div></div>
<div class="td_block_wrap tdb_single_author_box"><div class="tdb-author-name-wrap"><a href="/author/sipho-ndlela/">Sipho Ndlela</a></div>
<div class="tdb-author-descr">Sipho Ndlela is an environment reporter at the Mail &amp; Guardian.</div></div>
<div class="td_block_wrap td-subscribe-box"><h4>Subscribe to the M&amp;G</h4><p>These are challenging times for news organisations. Support
independent journalism.</p><a href="/subscribe">Subscribe now</a></div></div></div>
<div class="vc_column tdi_60 wpb_column vc_column_container td-pb-span4"><div class="td_block_wrap tdb_single_related">
<h4 class="td-block-title"><span>More In This Category</span></h4><ul>${links(mMore)}</ul></div></div></div></article></div></div>
<div class="td-footer-template-wrap"><ul>${links(mFoot)}</ul><p>© 2026 The Mail &amp; Guardian. All rights reserved.</p></div></div>
<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience.</span><a>Accept</a><a>Read More</a></div></body></html>`;
const mailGuardian: TestPage = {
  name: 'heldout262-mail-guardian-page-builder',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2],
  body: texts([...mBody, ...mBody2, ...mBody3]),
  bylines: ['Sipho Ndlela', '27 Nov 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Mail & Guardian', ...mNav, 'Subscribe', 'Sign in', 'Home', 'Facebook', 'Twitter', 'LinkedIn', 'WhatsApp',
    'A communal tank in Joza, Makhanda. (Delwyn Verasamy/M&G)', '- Advertisement -', 'Sipho Ndlela is an environment reporter at the Mail & Guardian.',
    'Subscribe to the M&G', 'These are challenging times for news organisations. Support independent journalism.', 'Subscribe now',
    'More In This Category', ...mMore, ...mFoot, '© 2026 The Mail & Guardian. All rights reserved.', 'This website uses cookies to improve your experience.',
    'Accept', 'Read More',
  ],
};

export const HELDOUT262_E: readonly TestPage[] = [hindu, mailGuardian];
