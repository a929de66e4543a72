import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file b: a local democracy reporting story on a Newsquest-style regional news site (read-more list,
 * ad slots and a subscription box inside the body, the reporting service's note at its foot), and a law firm's blog post on
 * WordPress (Divi, with the Monarch share bar, an author box, a disclaimer and a call-to-action inside the post).
 */
const nTitle = 'Campaigners launch legal challenge over plan to shut three Ketterby libraries';
const nStand = j(
  'Residents say the county council failed to consult properly before agreeing to close branches in Ashwell Cross, Pollard',
  'Green and Millbeck.',
);
const nBody = [
  j(
    'Campaigners fighting the closure of three libraries have started legal action against Wenborough County Council, claiming',
    'the authority broke the law when it agreed to shut the branches.',
  ),
  j(
    'Save Ketterby Libraries has sent a formal letter before action, the first step towards a judicial review, after the',
    'council’s cabinet voted on February 27 to close libraries in Ashwell Cross, Pollard Green and Millbeck by the end of June.',
  ),
  j(
    'The group says the eight-week public consultation gave residents only one option, failed to explain how the council had',
    'chosen which branches to close, and did not properly assess the impact on elderly and disabled people who rely on them.',
  ),
  j(
    '“We are not doing this lightly,” said Marian Okafor, who chairs the campaign group. “More than 4,000 people signed our',
    'petition and hundreds filled in the consultation, and it feels like none of it made any difference. The council has a legal',
    'duty to provide a comprehensive library service, and we don’t believe closing three branches in the poorest parts of the',
    'district meets that duty.”',
  ),
  j(
    'The group has raised more than £11,000 through a crowdfunding page to pay for lawyers, and says it will apply to the High',
    'Court for permission to bring a judicial review if the council does not reverse its decision within 14 days.',
  ),
  'Council says decision was ‘lawful and necessary’',
  j('The county council says it faces a budget gap of £38 million next year and that the closures will save about £410,000 a', 'year.'),
  j(
    'Councillor Grant Pilbeam, cabinet member for communities, said: “No councillor wants to close a library. We looked very',
    'carefully at usage, at the distance to the nearest alternative branch and at the mobile library routes, and we are',
    'confident that the decision was lawful and necessary.',
  ),
  '“We have received the letter and our legal team will respond within the timescale set out in the pre-action protocol.”',
  j(
    'Under the council’s plan, the mobile library would stop in each of the three villages once a week, and a new “library',
    'link” service would deliver books to housebound residents.',
  ),
  'What happens next',
  j(
    'If the High Court grants permission, a full hearing could take place later this year. The closures would normally go',
    'ahead in the meantime unless a judge grants an injunction.',
  ),
  j(
    'Opposition councillors have called for the decision to be paused. Liberal Democrat group leader Councillor Sophie Aldous',
    'said the council should “stop, listen and think again before it ends up spending more on lawyers than it saves”.',
  ),
  'The council’s overview and scrutiny committee will discuss the closures at a meeting on Thursday, March 21.',
];
const nReadMore = ['Ketterby library opening hours cut to three days a week', 'County council agrees 4.99 per cent council tax rise'];
const nNav = ['News', 'Sport', 'What’s On', 'Opinion', 'Announcements', 'Jobs', 'Motors', 'Property'];
const nCrumbs = ['News', 'Local Council'];
const nMost = [
  'Man charged after crash on the A614 near Pollard Green',
  'New owners for Ketterby’s oldest pub',
  'Pictures: Millbeck scarecrow festival returns',
  'Bin collection changes from April: what you need to know',
];
const nFoot = ['Contact us', 'Advertise with us', 'Terms & conditions', 'Privacy policy', 'Cookie settings', 'Complaints'];
const nAd = (id: string): string => `<div class="mar-ad-slot mar-ad-slot--inarticle" data-slot="${id}"><span class="mar-ad-slot__label">Advertisement</span>
<div id="${id}" class="ad-container" style="min-height:250px"></div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketterby library closures face legal challenge | Ketterby Echo</title>
<meta name="description" content="${nStand}"><meta property="og:site_name" content="Ketterby Echo"><meta property="og:type" content="article">
<meta property="og:title" content="${nTitle}"><link rel="canonical"
href="https://www.ketterbyecho.co.uk/news/24188731.ketterby-library-closures-face-legal-challenge/">
<meta name="article:author" content="Bethan Rowe"><meta property="article:published_time" content="2027-03-14T06:00:00+00:00">
<link rel="stylesheet" href="/resources/css/mar-article.min.css?v=20270301">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"author":{"@type":"Person","name":"Bethan Rowe","jobTitle":"Local Democracy Reporter"},"datePublished":"2027-03-14T06:00:00+00:00",
"publisher":{"@type":"Organization","name":"Ketterby Echo"},
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","cssSelector":".article-body"}}</script>
<script>var nqTargeting = {"section":"news","subsection":"local-council","articleId":"24188731","ldrs":true,"premium":"metered"};</script></head>
<body class="mar-template-article section-news"><a class="skip-link" href="#main">Skip to content</a>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p class="qc-cmp2-summary-info">We and our partners store and/or access information
on a device, such as cookies, and process personal data for personalised advertising and content, measurement and audience research.</p>
<div class="qc-cmp2-summary-buttons"><button mode="secondary">More options</button><button mode="primary">Agree</button></div></div></div>
<header class="mar-header"><div class="mar-header__top"><a href="/" class="mar-header__logo"><img src="/resources/images/ketterby-echo-logo.svg"
alt="Ketterby Echo"></a><div class="mar-header__account"><a href="/subscribe/" class="mar-btn mar-btn--subscribe">Subscribe</a>
<a href="/login/" class="mar-header__signin">Sign in</a></div></div>
<nav class="mar-nav" aria-label="Primary"><ul class="mar-nav__list">${links(nNav, 'mar-nav__item')}</ul></nav></header>
<main id="main" class="mar-main"><div class="mar-breadcrumbs"><ol>${links(nCrumbs, 'mar-breadcrumbs__item')}</ol></div>
<div class="mar-layout"><article class="mar-article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="mar-article__header"><h1 class="mar-article__headline" itemprop="headline">${nTitle}</h1>
<p class="mar-article__standfirst" itemprop="description">${nStand}</p>
<div class="mar-article__meta"><div class="mar-author"><img class="mar-author__img" src="/resources/images/authors/bethan-rowe.jpg" alt="">
<div class="mar-author__details"><a href="/author/profile/412.Bethan_Rowe/" class="mar-author__name">Bethan Rowe</a>
<span class="mar-author__role">Local Democracy Reporter</span></div></div>
<div class="mar-article__dates"><time class="mar-article__published" datetime="2027-03-14T06:00:00Z">Published: 14th March 2027</time>
<time class="mar-article__updated" datetime="2027-03-14T09:12:00Z">Last updated: 14th March 2027</time></div>
<div class="mar-share"><button class="mar-share__btn" aria-haspopup="true">Share</button></div>
<a href="#comments-anchor" class="mar-article__comments-count">Comments</a></div></header>
<figure class="mar-article__image"><img src="/resources/images/18102233.jpg" alt="Pollard Green library" width="940" height="627">
<figcaption>Pollard Green library is one of three branches earmarked for closure <span class="mar-article__image-credit">(Image: Northgate Media)</span>
</figcaption></figure>
<div id="subscription-content" class="article-body" itemprop="articleBody">
${ps(nBody.slice(0, 2))}
${nAd('mpu-inarticle-1')}
${ps(nBody.slice(2, 5))}
<p><strong>Read more:</strong></p><ul class="mar-read-more">${nReadMore.map((t) => `<li><a href="/news/2418x/">${t}</a></li>`).join('')}</ul>
<div class="mar-subscribe-box"><p class="mar-subscribe-box__title">Support local journalism</p>
<p class="mar-subscribe-box__text">Subscribe to the Ketterby Echo for unlimited access to local news, for just £1 for your first month.</p>
<a class="mar-btn" href="/subscribe/?ref=inarticle">Subscribe now</a></div>
<h2>${at(nBody, 5)}</h2>
${ps(nBody.slice(6, 10))}
${nAd('mpu-inarticle-2')}
<h2>${at(nBody, 10)}</h2>
${ps(nBody.slice(11))}
<p class="ldrs-note"><em>This article was produced by the Local Democracy Reporting Service, which places reporters in local newsrooms to cover councils
and other public bodies.</em></p>
</div>
<div class="mar-article__footer"><div class="mar-get-involved"><p class="mar-get-involved__title">Get involved with the news in your community</p>
<a href="/send-your-news/" class="mar-btn">Send your stories and photos now</a></div></div>
<section id="comments-anchor" class="mar-comments"><h2 class="mar-comments__title">Comments</h2><div class="mar-comments__rules">
<h3>Our rules</h3><p>We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most
important local issues.</p></div><p class="mar-comments__closed">Comments are closed on this article</p></section></article>
<aside class="mar-sidebar"><div class="mar-ad-slot mar-ad-slot--sidebar"><span class="mar-ad-slot__label">Advertisement</span><div id="mpu-side-1"></div></div>
<section class="mar-most-read"><h2>Most Read</h2><ol>${links(nMost)}</ol></section></aside></div></main>
<footer class="mar-footer"><ul class="mar-footer__links">${links(nFoot)}</ul>
<p class="mar-footer__legal">© Copyright 2001-2027. This site is part of Northgate Media’s audited local newspaper network. Northgate Media Group Ltd,
Tanners Yard, Hexley HX3 4PL | Registered in England &amp; Wales | 04412987</p></footer>
<script src="/resources/js/mar-article.min.js?v=20270301" defer></script></body></html>`;
const newsquest: TestPage = gold({
  name: 'heldout706-newsquest-library-challenge',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 5), at(nBody, 10)],
  body: texts([nStand, ...nBody.filter((_, i) => i !== 5 && i !== 10)]),
  bylines: ['Bethan Rowe', 'Local Democracy Reporter', 'Published: 14th March 2027', 'Last updated: 14th March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content',
    j('We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised advertising and',
      'content, measurement and audience research.'),
    'More options', 'Agree', 'Subscribe', 'Sign in', ...nNav, ...nCrumbs, 'Share', 'Comments',
    'Pollard Green library is one of three branches earmarked for closure', '(Image: Northgate Media)', 'Advertisement', 'Read more:', ...nReadMore,
    'Support local journalism', 'Subscribe to the Ketterby Echo for unlimited access to local news, for just £1 for your first month.', 'Subscribe now',
    j('This article was produced by the Local Democracy Reporting Service, which places reporters in local newsrooms to cover councils and other',
      'public bodies.'),
    'Get involved with the news in your community', 'Send your stories and photos now', 'Our rules',
    j('We want our comments to be a lively and valuable part of our community - a place where readers can debate and engage with the most',
      'important local issues.'),
    'Comments are closed on this article', 'Most Read', ...nMost, ...nFoot,
    j('© Copyright 2001-2027. This site is part of Northgate Media’s audited local newspaper network. Northgate Media Group Ltd, Tanners Yard,',
      'Hexley HX3 4PL | Registered in England & Wales | 04412987'),
  ],
});

const wTitle = 'Boundary disputes after the Property Boundaries Act 2026: what changes in April';
const wIntro = [
  j(
    'Few things sour relations between neighbours as quickly as an argument over where one garden ends and the next begins.',
    'Until now, most boundary disputes that could not be settled informally ended up in the county court, often at a cost that',
    'bore no relation to the value of the strip of land in question.',
  ),
  j(
    'From 6 April 2027, that changes. The <em>Property Boundaries Act 2026</em> creates a new Boundary Disputes Tribunal and,',
    'for the first time, requires neighbours to try a structured form of mediation before either of them can issue court',
    'proceedings.',
  ),
];
const wActIntro = 'In summary, the Act:';
const wAct = [
  'sets up the Boundary Disputes Tribunal as part of the First-tier Tribunal, with a fixed fee of £250 per application;',
  j(
    'makes pre-action mediation compulsory for disputes about the position of a boundary or a right of way, unless there is a',
    'risk of violence or the other side refuses to take part;',
  ),
  'gives the tribunal power to fix the line of a boundary on the title plan, which the court could previously only do indirectly;',
  'limits the costs the losing party can be ordered to pay to £5,000 in most cases.',
];
const wMediation = [
  j(
    'In most cases, yes. Before you apply to the tribunal you will need a <strong>mediation certificate</strong>, which the',
    'mediator issues once a session has taken place or once the other side has failed to respond within 28 days. The tribunal',
    'can refuse to hear an application that is made without one.',
  ),
  j(
    'Mediation is not a formality. In our experience, most boundary arguments are really about something else, whether that is',
    'a new extension, a felled tree or a row over parking, and a good mediator will get those issues on the table.',
  ),
];
const wExisting = j(
  'Claims issued before 6 April 2027 will continue in the county court under the old rules. The court can, however, transfer a',
  'case to the new tribunal if both parties agree.',
);
const wAdviceIntro = 'If you are in a dispute with a neighbour, or think you might be, our advice is the same as it has always been:';
const wAdvice = [
  'Gather your documents: title deeds, the title plan from the Land Registry, old photographs and any correspondence.',
  'Keep a calm written record of what has happened and when.',
  'Do not move fences, hedges or walls yourself while the dispute is unresolved.',
  'Take advice early, before positions harden.',
];
const wClose = j(
  'Our property disputes team has acted for clients on both sides of hundreds of boundary disagreements across Brackenford and',
  'the surrounding villages, and we are already accredited to represent clients in the new tribunal.',
);
const wNav = ['Home', 'Our Services', 'Our People', 'News & Insights', 'Contact Us'];
const wRecent = [
  'Lasting powers of attorney: five mistakes we see every month',
  'Right to manage: can leaseholders take over their building?',
  'Contesting a will after the 2025 reforms',
];
const wCats = ['Employment', 'Family Law', 'Legislation', 'Property Disputes', 'Wills & Probate'];
const wShare = ['Facebook', 'Twitter', 'LinkedIn', 'Email'];
const wMeta = 'by Joanna Pemberton | Mar 3, 2027 | Legislation, Property Disputes | 0 comments';
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><link rel="pingback"
href="https://www.pembertonhale.co.uk/xmlrpc.php">
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>Boundary disputes after the Property Boundaries Act 2026: what changes in April | Pemberton Hale Solicitors</title>
<meta name="description" content="The Property Boundaries Act 2026 creates a Boundary Disputes Tribunal and compulsory mediation. Here is what it means for
you.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.pembertonhale.co.uk/boundary-disputes-act-2026/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="article:published_time" content="2027-03-03T09:15:22+00:00"><meta name="author" content="Joanna Pemberton">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Joanna Pemberton"},"datePublished":"2027-03-03T09:15:22+00:00","articleSection":["Legislation","Property Disputes"]},
{"@type":"LegalService","name":"Pemberton Hale Solicitors","telephone":"01632 960400"}]}</script>
<link rel="stylesheet" id="divi-style-parent-css" href="https://www.pembertonhale.co.uk/wp-content/themes/Divi/style-static.min.css?ver=4.25.1" media="all">
<link rel="stylesheet" id="et_monarch-css-css" href="https://www.pembertonhale.co.uk/wp-content/plugins/monarch/css/style.css?ver=1.4.14" media="all">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/8f0a2c/script.js"></script>
<script type="text/javascript" id="et-builder-modules-global-functions-script-js-extra">
var et_builder_utils_params = {"condition":{"diviTheme":true,"extraTheme":false},"scrollLocations":["app","top"]};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard et_monarch et_pb_button_helper_class et_fixed_nav et_show_nav
et_primary_nav_dropdown_animation_fade et_secondary_nav_enabled et_header_style_left et_right_sidebar et_divi_theme et-db">
<div class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking
“Accept All”, you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">01632 960400</span><a href="mailto:enquiries@pembertonhale.co.uk"><span id="et-info-email">enquiries@pembertonhale.co.uk</span></a>
</div></div></div>
<header id="main-header" data-height-onload="80"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://www.pembertonhale.co.uk/"><img src="https://www.pembertonhale.co.uk/wp-content/uploads/2024/05/ph-logo.png" width="360" height="96"
alt="Pemberton Hale Solicitors" id="logo" data-height-percentage="54"></a></div>
<div id="et-top-navigation" data-height="80" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar"></span></div></div>
</div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-2231" class="et_pb_post post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-legislation
category-property-disputes"><div class="et_post_meta_wrapper"><h1 class="entry-title">${wTitle}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://www.pembertonhale.co.uk/author/jpemberton/" title="Posts by Joanna Pemberton"
rel="author">Joanna Pemberton</a></span> | <span class="published">Mar 3, 2027</span> | <a href="/category/legislation/" rel="category tag">Legislation</a>,
<a href="/category/property-disputes/" rel="category tag">Property Disputes</a> | <span class="comments-number"><a href="#respond">0 comments</a></span></p>
<img src="https://www.pembertonhale.co.uk/wp-content/uploads/2027/03/garden-fence.jpg" alt="" class="" width="1080" height="675"></div>
<div class="entry-content">
<div class="et_social_inline et_social_mobile_on et_social_inline_top"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded">
<ul class="et_social_icons_container">${wShare
  .map(
    (s) => `<li class="et_social_${s.toLowerCase()}"><a href="#" class="et_social_share" rel="nofollow" data-social_name="${s.toLowerCase()}">
<i class="et_social_icon et_social_icon_${s.toLowerCase()}"></i><span class="et_social_overlay"></span><div class="et_social_network_label">
<div class="et_social_networkname">${s}</div></div></a></li>`,
  )
  .join('')}</ul></div></div>
${ps(wIntro)}
<h2>What does the Act do?</h2>
<p>${wActIntro}</p>
<ul>${lis(wAct)}</ul>
<h2>Do I have to use mediation?</h2>
${ps(wMediation)}
<h2>What about disputes that are already in court?</h2>
<p>${wExisting}</p>
<h2>Our advice</h2>
<p>${wAdviceIntro}</p>
<ol>${lis(wAdvice)}</ol>
<p>${wClose}</p>
<div class="ph-cta" style="background:#0f2a44;color:#fff;padding:24px;border-radius:4px"><p><strong>Need help with a boundary dispute?</strong>
Call our property disputes team on 01632 960418 or</p><p><a class="et_pb_button" href="/contact-us/?service=property">Request a call back</a></p></div>
<div class="ph-disclaimer"><p><em>This article is for general information only and does not constitute legal advice. The law may have changed since it was
published.</em></p></div>
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">
<img src="https://www.pembertonhale.co.uk/wp-content/uploads/2024/05/joanna.jpg" width="100" height="100" alt="Joanna Pemberton" itemprop="image"></div>
<div class="saboxplugin-authorname"><a href="https://www.pembertonhale.co.uk/author/jpemberton/" class="vcard author" rel="author"><span class="fn">Joanna
Pemberton</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Joanna is a partner and heads the firm’s property disputes team.
She qualified in 2004 and is a Fellow of the Property Mediators Guild.</p></div></div></div></div>
</div>
<div class="et_post_meta_wrapper"></div></article>
<section id="comment-wrap"><h1 id="comments" class="page_title">0 Comments</h1>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>
<form action="https://www.pembertonhale.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields
are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">Submit Comment</button></p></form></div></section>
</div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
<div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s">
<input type="submit" id="searchsubmit" value="Search"></div></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>${links(wRecent)}</ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul>${links(wCats, 'cat-item')}</ul></div></div>
</div></div></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div class="fwidget et_pb_widget
widget_text">
<div class="textwidget"><p>Pemberton Hale Solicitors, 14 Market Street, Brackenford BR4 2JQ</p>
<p>Authorised and regulated by the Solicitors Regulation Authority, SRA number 612334.</p></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© 2027 Pemberton Hale Solicitors LLP | Website by Kiteway
Digital</div></div></div>
</footer></div></div>
<script type="text/javascript" src="https://www.pembertonhale.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script>
</body></html>`;
const wordpress: TestPage = gold({
  name: 'heldout706-wordpress-divi-boundary-disputes',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['What does the Act do?', 'Do I have to use mediation?', 'What about disputes that are already in court?', 'Our advice'],
  body: texts([...wIntro, wActIntro, ...wAct, ...wMediation, wExisting, wAdviceIntro, ...wAdvice, wClose]),
  bylines: [wMeta, 'Joanna Pemberton'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All', '01632 960400', 'enquiries@pembertonhale.co.uk', ...wNav, 'Select Page', ...wShare,
    'Need help with a boundary dispute? Call our property disputes team on 01632 960418 or', 'Request a call back',
    'This article is for general information only and does not constitute legal advice. The law may have changed since it was published.',
    'Joanna is a partner and heads the firm’s property disputes team. She qualified in 2004 and is a Fellow of the Property Mediators Guild.',
    '0 Comments', 'Submit a Comment', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *',
    'Submit Comment', 'Search for:', 'Recent Posts', ...wRecent, 'Categories', ...wCats,
    'Pemberton Hale Solicitors, 14 Market Street, Brackenford BR4 2JQ', 'Authorised and regulated by the Solicitors Regulation Authority, SRA number 612334.',
    '© 2027 Pemberton Hale Solicitors LLP | Website by Kiteway Digital',
  ],
});

export const HELDOUT706_B: readonly TestPage[] = [newsquest, wordpress];
