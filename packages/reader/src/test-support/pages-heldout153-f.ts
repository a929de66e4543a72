import { links, type TestPage, texts } from './page-kit.js';
import { dailyNation } from './pages-heldout153-f2.js';

/**
 * Held-out batch 153, file f: a Mail & Guardian news story on its WordPress site (the subscription bar at the top, the header
 * menu with "Subscribe" and "Sign in", the category, the headline and excerpt, the author and date, the share links, the
 * featured image caption with its credit, h2 subheadings, an in-article ad, the italic contributor note closing the text, a
 * "Support independent journalism" subscription box, tags, the "Related" posts, the "Trending" rail and the footer) and,
 * from file f2, a Daily Nation (Kenya) news story.
 */
const mgTitle = 'Eastern Cape school feeding scheme stalls as suppliers go unpaid';
const mgDek = 'Dozens of schools have served no meals since term began, and suppliers say they are owed R38-million';
const mgP1 = [
  'More than 40 schools in the Eastern Cape’s Amatole West district have not served a single meal to learners since the start of ' +
    'the school year, because suppliers contracted under the national school nutrition programme say they have not been paid ' +
    'since October.',
  'The <em>Mail &amp; Guardian</em> spoke to seven suppliers, most of them small women-owned businesses, who together say they are ' +
    'owed more than R38-million by the provincial education department.',
  '“I have borrowed from my family, I have borrowed from a loan shark, and now I have nothing left to buy food with,” said Nomvula ' +
    'Dyantyi, who supplied maize meal, beans and vegetables to 11 schools near Qhoboshe until January. “The children are hungry ' +
    'and I am the one the principals phone.”',
];
const mgH1 = 'Children arriving hungry';
const mgP2 = [
  'For many learners in the district, the school meal is the only cooked food they eat on a weekday. Teachers at two schools said ' +
    'attendance had dropped since the meals stopped, and that learners were falling asleep in afternoon lessons.',
  '“You cannot teach a child who has not eaten since yesterday,” said the principal of a primary school outside Qhoboshe, who ' +
    'asked not to be named because he is not authorised to speak to the media. “Some of them walk seven kilometres to get here.”',
  'The governing body of one school has started a soup kitchen with donations from local churches, but it can feed only about ' +
    '150 of the school’s 600 learners.',
];
const mgH2 = 'Department blames verification';
const mgP3 = [
  'Provincial education spokesperson Luvuyo Mbana said payments had been delayed because the department was verifying invoices ' +
    'after an audit found irregularities in the previous year’s contracts.',
  '“We cannot pay money we are not sure is owed. Once verification is complete, suppliers whose invoices are correct will be paid ' +
    'within 14 days,” Mbana said. He did not say when the verification would be finished.',
  'Suppliers say they have submitted the same documents three times. Dyantyi said she had been told in December that her ' + 'payment was “in the system”.',
  'The activist group Equal Plates said the delays broke the department’s own rules, which require suppliers to be paid within ' +
    '30 days. The group said it had written to the national department and would consider going to court if meals had not ' +
    'resumed by the end of the month.',
  'The national school nutrition programme feeds about nine million learners a day across the country.',
];
const mgNote = 'Sipho Ndlela is a freelance journalist based in East London.';
const mgBar = ['Subscribe to the M&G for R30 a month and get unlimited access.', 'Subscribe now'];
const mgNav = ['News', 'Politics', 'Business', 'Opinion', 'Environment', 'Education', 'Health', 'Africa', 'Friday', 'Thought Leader', 'Multimedia'];
const mgShare = ['Facebook', 'Twitter', 'LinkedIn', 'WhatsApp', 'Email'];
const mgCaption = 'Learners queue for a meal at a school in the Amatole West district last year. The meals stopped in January.';
const mgCredit = 'Photo: Lwazi Mthembu/M&G';
const mgSupport = [
  'Support independent journalism',
  'The M&G has been holding power to account for four decades. Subscribe to keep our reporting going and read without limits.',
  'Subscribe',
];
const mgTags = ['Eastern Cape', 'education', 'school nutrition', 'service delivery'];
const mgRelated = [
  'Limpopo schools still waiting for sanitation funds',
  'Audit flags R200-million in irregular spending at education department',
  'Hunger rises among children in rural provinces, survey finds',
];
const mgTrend = [
  'Eskom warns of winter load-shedding risk',
  'Taxi strike shuts down Gqeberha routes',
  'ANC and DA clash over budget vote',
  'Opinion: Our cities need more than new bus lanes',
];
const mgFoot = ['About us', 'Contact us', 'Advertise', 'Careers', 'Privacy policy', 'Terms & conditions', 'Press Code', 'Ombud'];
const mgCopy = '© 2025 M&G Media. All rights reserved.';
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const mgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mgHtml = `<!DOCTYPE html>
<html lang="en-ZA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eastern Cape school feeding scheme stalls as suppliers go unpaid – The Mail &amp; Guardian</title>
<meta name="description" content="${mgDek}"><meta property="og:site_name" content="The Mail &amp; Guardian"><meta property="og:type" content="article">
<meta property="og:title" content="${mgTitle}"><meta property="article:published_time" content="2025-03-04T06:00:00+00:00">
<meta property="article:section" content="Education"><meta name="author" content="Sipho Ndlela">
<link rel="canonical" href="https://mg.co.za/education/2025-03-04-eastern-cape-school-feeding-scheme-stalls-as-suppliers-go-unpaid/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${mgTitle}",
"datePublished":"2025-03-04T06:00:00+00:00","author":{"name":"Sipho Ndlela"},"articleSection":["Education"],"inLanguage":"en-ZA",
"publisher":{"@type":"Organization","name":"The Mail & Guardian"}}]}</script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];var mg_ads={"section":"education","post_id":661204};</script>
<link rel="stylesheet" id="mg-style-css" href="https://mg.co.za/wp-content/themes/mg2021/dist/main.css?ver=2.14.0" media="all"></head>
<body class="post-template-default single single-post postid-661204 single-format-standard">
<div class="subscribe-bar"><p class="subscribe-bar__text">${esc(mgBar[0] ?? '')}</p><a class="subscribe-bar__button" href="/subscribe/">${mgBar[1]}</a></div>
<header id="masthead" class="site-header"><div class="site-header__top"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<a class="site-header__logo" href="https://mg.co.za/" rel="home"><img src="/wp-content/themes/mg2021/img/mg-logo.svg" alt="The Mail &amp; Guardian"></a>
<div class="site-header__user"><a class="button button--subscribe" href="/subscribe/">Subscribe</a>
<a class="button button--signin" href="/my-account/">Sign in</a>
</div></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(mgNav, 'menu-item menu-item-type-taxonomy')}</ul>
</nav>
</header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-661204" class="post-661204 post type-post status-publish
category-education tag-eastern-cape tag-education tag-school-nutrition"><header class="entry-header"><div class="entry-category">
<a href="https://mg.co.za/section/education/" rel="category tag">Education</a></div><h1 class="entry-title">${mgTitle}</h1>
<p class="entry-excerpt">${mgDek}</p><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n"
href="https://mg.co.za/author/sipho-ndlela/">Sipho Ndlela</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2025-03-04T08:00:00+02:00">4 March 2025</time></span></div>
<div class="share-links">${mgShare
  .map(
    (s) => `<a class="share-links__item share-links__item--${s.toLowerCase()}" href="#"><span>${s}</span>
</a>`,
  )
  .join('')}</div>
</header><figure class="post-thumbnail"><img width="1024" height="683" src="https://mg.co.za/wp-content/uploads/2025/03/school-meals-ec.jpg"
class="attachment-large size-large wp-post-image" alt=""><figcaption class="wp-caption-text">${mgCaption} <span class="credit">${esc(mgCredit)}</span>
</figcaption></figure>
<div class="entry-content">
${mgPs(mgP1)}
<h2 class="wp-block-heading">${mgH1}</h2>
${mgPs(mgP2)}
<div class="mg-ad mg-ad--inarticle"><span class="mg-ad__label">Advertisement</span><div id="div-gpt-ad-inarticle-1"></div></div>
<h2 class="wp-block-heading">${mgH2}</h2>
${mgPs(mgP3)}
<p><em>${mgNote}</em></p>
</div>
<aside class="support-box"><h3 class="support-box__title">${mgSupport[0]}</h3><p>${mgSupport[1]}</p>
<a class="button" href="/subscribe/">${mgSupport[2]}</a></aside>
<footer class="entry-footer">
<span class="tags-links">Tags: ${mgTags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</span>
</footer></article>
<section class="related-posts"><h2 class="related-posts__title">Related</h2><ul>${mgRelated
  .map((t, i) => `<li class="related-posts__item"><a href="/education/related-${i}/">${t}</a></li>`)
  .join('\n')}</ul></section></main>
<aside id="secondary" class="widget-area"><section class="widget widget-trending"><h2 class="widget-title">Trending</h2><ol>${mgTrend
  .map((t, i) => `<li><a href="/trending-${i}/">${t}</a></li>`)
  .join('\n')}</ol></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(mgFoot, 'menu-item')}</ul><p class="site-info">${esc(mgCopy)}</p></footer>
<script src="https://mg.co.za/wp-content/themes/mg2021/dist/main.js?ver=2.14.0" id="mg-main-js"></script></body></html>`;
const mailGuardian: TestPage = {
  html: mgHtml,
  name: 'heldout153-mail-guardian-news',
  kind: 'news',
  // the excerpt under the headline is a dek: body; the italic contributor note that closes the text is furniture; the
  // subscription bar, category ("Education", also a menu item), share links, caption, credit, ad label, support box, tags,
  // related posts and "Trending" rail are furniture
  title: mgTitle,
  headings: [mgH1, mgH2],
  body: [mgDek, ...texts(mgP1), ...mgP2, ...mgP3],
  bylines: ['By Sipho Ndlela', '4 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mgBar, 'Menu', 'Sign in', ...mgNav, ...mgShare, mgCaption, mgCredit, 'Advertisement', mgNote, ...mgSupport, 'Tags:', ...mgTags, 'Related',
    ...mgRelated, 'Trending', ...mgTrend, ...mgFoot, mgCopy,
  ],
};

export const HELDOUT153_F: readonly TestPage[] = [mailGuardian, dailyNation];
