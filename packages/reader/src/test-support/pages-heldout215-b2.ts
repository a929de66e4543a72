import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file b2: a ferry operator's service notice in the news section of a WordPress site (the service
 * status ticker, the header with "Book now", the category label, date and author, an "Update" paragraph at the top of the
 * story, a pull quote, the image caption, the AddToAny share bar, the "Get service alerts" sign-up box, "Latest news"
 * cards, the Complianz cookie banner and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const fTitle = 'MV Glen Corran to stay in dry dock until 27 April';
const fP1 = paras(`
<strong>Update, 11:40 Thursday:</strong> the amended timetable for the Ardnish and Kilbrae routes is now live in our booking
system. Customers with existing bookings do not need to do anything.

The return of MV Glen Corran to the Ardnish route has been put back by three weeks after surveyors found more corrosion in her
steel hull than expected during her annual overhaul at Dunmore shipyard.

The 32-year-old vessel was due to rejoin the fleet on 6 April. Skerry Line Ferries now expects her back in service on 27 April,
subject to sign-off by the maritime safety inspector.`);
const fH1 = 'What this means for passengers';
const fP2 = paras(`
MV Islay Star will continue to cover the Ardnish to Port Callum crossing, with four return sailings a day instead of the usual
six. The 07:15 and 19:30 departures from Ardnish are cancelled until Glen Corran returns.

Because Islay Star is also the relief vessel for the Kilbrae route, Kilbrae will be served by the smaller MV Sula, which carries
18 cars rather than 36. Commercial vehicles over 7.5 tonnes should book at least 48 hours ahead.

Passengers who hold a booking on a cancelled sailing have been contacted by email and moved to the nearest available departure.
Anyone who would prefer a refund can request one through their account or by calling the booking team.`);
const fQuote =
  'We know how much the islands rely on these sailings, particularly as the spring season starts, and we are sorry for the ' + 'disruption this will cause.';
const fP3 = paras(`
Operations director Fiona MacRae said the decision to extend the overhaul had been taken to avoid a longer breakdown later in
the year. "It is better to do this work properly now than to lose the ship in the middle of summer," she said.`);
const fH2 = 'Community concerns';
const fP4 = paras(`
Ardnish community council chair Donald Morrison said islanders were frustrated that the vessel had been sent for overhaul so
close to Easter. "Every spring we hear the same explanation. The ferries are simply too old, and we need a firm date for the
new ships," he said.

Two new 80-metre vessels are being built for the network and are due to enter service in 2028. Skerry Line Ferries said it would
publish an update on the replacement programme at its next public meeting in Port Callum on 14 April.`);
const fStatus = ['Service status', 'Ardnish: amended timetable', 'Kilbrae: disrupted', 'Barra Sound: normal', 'All services'];
const fNav = 'Timetables|Fares|Routes|Travel information|Freight|News'.split('|');
const fCaption = 'MV Glen Corran at Dunmore shipyard in March. Photo: Skerry Line Ferries';
const fShare = ['Share this', 'Facebook', 'X', 'WhatsApp', 'Email', 'Copy Link'];
const fAlerts = ['Get service alerts', 'Sign up for free text and email alerts for the routes you use.', 'Email address', 'Choose your routes', 'Subscribe'];
const fLatest = ['Summer 2026 timetable now on sale', 'Port Callum linkspan works: what to expect', 'Islay Star returns after propeller repair'];
const fLatestDates = ['2 March 2026', '24 February 2026', '11 February 2026'];
const fCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences'];
const fFoot = 'Contact us|Customer charter|Accessible travel|Careers|Modern slavery statement|Privacy policy|Cookie policy'.split('|');
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MV Glen Corran to stay in dry dock until 27 April – Skerry Line Ferries</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.skerryline.example/news/glen-corran-dry-dock/">
<meta property="og:type" content="article"><meta property="og:title" content="${fTitle}">
<meta property="article:published_time" content="2026-03-05T09:02:11+00:00"><meta property="article:modified_time" content="2026-03-05T11:40:52+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${fTitle}",
"datePublished":"2026-03-05T09:02:11+00:00","author":{"name":"Calum Ferguson"},"publisher":{"@id":"https://www.skerryline.example/#organization"}}]}</script>
<link rel="stylesheet" id="skerry-style-css" href="https://www.skerryline.example/wp-content/themes/skerry/style.css?ver=3.2.1" media="all">
<script src="https://www.skerryline.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard">
<div class="status-ticker" role="region" aria-label="${fStatus[0]}"><span class="status-ticker__label">${fStatus[0]}</span><ul>
${fStatus
  .slice(1, 4)
  .map((t) => `<li class="status-ticker__item">${t}</li>`)
  .join('')}</ul><a href="/service-status/">${fStatus[4]}</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/skerry-logo.svg"
alt="Skerry Line Ferries"></a></div><nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false">Menu</button><ul id="primary-menu" class="menu">${links(fNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<a class="btn btn-book" href="/book/">Book now</a></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-service-news">
<header class="entry-header"><span class="cat-links"><a href="/news/category/service-news/" rel="category tag">Service news</a></span>
<h1 class="entry-title">${fTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-03-05T09:02:11+00:00">5 March 2026</time></span> <span class="byline">by <span class="author vcard">Calum Ferguson</span></span></div>
</header>
<figure class="post-thumbnail wp-block-image"><img width="1200" height="675" src="/wp-content/uploads/2026/03/glen-corran-dock.jpg" alt=""
class="attachment-post-thumbnail wp-post-image"><figcaption class="wp-element-caption">${fCaption}</figcaption></figure>
<div class="entry-content">
${ps(fP1)}
<h2 class="wp-block-heading">${fH1}</h2>
${ps(fP2)}
<blockquote class="wp-block-quote"><p>${fQuote}</p></blockquote>
${ps(fP3)}
<h2 class="wp-block-heading">${fH2}</h2>
${ps(fP4)}
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><h4 class="addtoany_header">${fShare[0]}</h4>
<div class="a2a_kit a2a_kit_size_32 addtoany_list">${fShare
  .slice(1)
  .map((s) => `<a class="a2a_button_${s.toLowerCase().replace(/ /g, '_')}" href="#" rel="nofollow noopener"><span class="a2a_label">${s}</span></a>`)
  .join('')}</div></div>
</div></article>
<section class="signup-box"><h2>${fAlerts[0]}</h2><p>${fAlerts[1]}</p><form class="signup-form"><label for="su-email">${fAlerts[2]}</label>
<input id="su-email" type="email"><label for="su-routes">${fAlerts[3]}</label><select id="su-routes" multiple><option>Ardnish</option>
<option>Kilbrae</option></select><button type="submit">${fAlerts[4]}</button></form></section>
<section class="latest-news"><h2 class="latest-news__title">Latest news</h2><div class="latest-news__grid">
${fLatest
  .map(
    (t, i) => `<article class="card"><h3 class="card__title"><a
href="/news/${i}/">${t}</a></h3><time>${fLatestDates[i]}</time></article>`,
  )
  .join('\n')}
</div></section></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(fFoot, 'menu-item')}</ul>
<div class="site-info">© 2026 Skerry Line Ferries Ltd. All rights reserved.</div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite"
aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title"
id="cmplz-header-1-optin">${fCookie[0]}</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${fCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${fCookie[2]}</button><button class="cmplz-btn cmplz-deny">${fCookie[3]}</button>
<button class="cmplz-btn cmplz-view-preferences">${fCookie[4]}</button></div></div></div>
<script src="https://static.addtoany.example/menu/page.js" async></script></body></html>`;
export const ferryNotice: TestPage = {
  html: fHtml,
  name: 'heldout215-ferry-service-notice-news',
  kind: 'news',
  // the "Update" paragraph at the top of the story and the pull quote are body
  title: fTitle,
  headings: [fH1, fH2],
  body: [...texts(fP1), ...fP2, fQuote, ...fP3, ...fP4],
  bylines: ['5 March 2026', 'by Calum Ferguson'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fStatus, 'Menu', ...fNav, 'Book now', 'Service news', fCaption, ...fShare, ...fAlerts, 'Latest news', ...fLatest, ...fLatestDates, ...fFoot,
    '© 2026 Skerry Line Ferries Ltd. All rights reserved.', ...fCookie,
  ],
};
