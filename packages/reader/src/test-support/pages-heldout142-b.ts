import { links, type TestPage, texts } from './page-kit.js';
import { chicagoTribune } from './pages-heldout142-b2.js';

/**
 * Held-out batch 142, file b: a Boston Globe metro story on its Arc XP template (skip link, the header with "Subscribe now"
 * and "Log in", the section nav with the hidden "All Sections" drawer, the section label, headline, byline with "Globe
 * Staff", the "Updated" datetime, the share and gift buttons and the comment count, the lead photo with caption and credit,
 * story paragraphs with an inline newsletter signup and an ad, the reporter tagline under a rule, the "Show comments" button,
 * the "Most Popular in Metro" rail and the footer) and, from file b2, a Chicago Tribune story.
 */
const bgTitle = 'Halden’s last public pool will close for good after repair estimate climbs to $9 million';
const bgP = texts([
  'HALDEN — For 61 summers, the Fenwick Street pool has been where this North Shore town learned to swim. Its last season ended ' +
    'on Labor Day, and on Tuesday night the Select Board voted unanimously not to reopen it.',
  'The decision followed an engineering report that found the pool’s concrete shell cracked in at least a dozen places and ' +
    'its filtration system leaking an estimated 12,000 gallons a day. Repairing both would cost about $9 million, the report ' +
    'said, roughly three times what the town had set aside in its capital plan.',
  '“Nobody up here wanted to be the board that closed the pool,” said Select Board chair Maureen Callahan. “But we cannot ask ' +
    'taxpayers for $9 million to patch something that will need another $9 million in 15 years.”',
  'The pool, built in 1964 with money raised by the town’s Rotary club and a local shoe manufacturer, drew about 18,000 visits ' +
    'last summer, according to the recreation department. Swim lessons, which cost $40 for a two-week session, filled within ' +
    'hours every spring.',
  'Residents who spoke at the meeting, many of them parents, asked the board to look for a partner before giving up. Several ' +
    'suggested the YMCA in neighboring Pratt’s Landing, which runs an indoor pool but has a long waiting list for lessons.',
  'Recreation director Kevin Oduya said the town has already talked with the YMCA about reserving lesson slots for Halden ' +
    'children next summer, and with the state Department of Conservation and Recreation about bus service to the agency’s ' +
    'pool in Granite Falls, about 20 minutes away.',
  '“It will not be the same as walking down the street,” Oduya said. “But no kid in Halden should lose the chance to learn to swim because of this.”',
  'Town officials have not decided what to do with the site. Callahan said the board would hold at least two public forums ' +
    'this winter before choosing among ideas that include a splash pad, a skating rink that could double as a basketball ' +
    'court, and a smaller outdoor pool that could be paid for in part with state grants.',
  'A splash pad, the least expensive option, would cost about $1.2 million, according to the engineering report. A new ' +
    '25-yard pool would cost between $6 million and $7 million, though it would be cheaper to run than the current one.',
  'Some residents questioned why the problems were not caught sooner. The town’s last full inspection of the pool was in ' +
    '2016, and a 2019 request for $400,000 to reline it was cut from the budget during a tight year.',
  '“We were told it would last another decade,” said Joanne Pike, who taught swim lessons at Fenwick Street for 22 summers. ' +
    '“I think everyone knew it was tired. I just don’t think anyone knew how tired.”',
  'Demolition is not expected before next fall. Until then, the town plans to fence the site and drain the remaining water.',
]);
const bgNav = ['Metro', 'Politics', 'Business', 'Opinion', 'Sports', 'Arts', 'Lifestyle', 'Magazine', 'Climate', 'Spotlight'];
const bgCaption = 'The Fenwick Street pool in Halden on Tuesday, a week after its final day of the season.';
const bgCredit = 'Suzanne Kwan/Globe Staff';
const bgNews = [
  'Metro Minute',
  'Your morning guide to what’s happening around Boston and across New England, in your inbox weekdays.',
  'Enter Email',
  'Sign Up',
  'Privacy Policy',
];
const bgTagline = 'Liam Desrosiers can be reached at liam.desrosiers@globe.com. Follow him @liamdesrosiers.';
const bgPopular = [
  'Beverly’s historic carousel gets a new home on the waterfront',
  'Worcester officials unveil plan to rebuild Kelley Square bridges',
  'State to pay for new early-warning flood sensors on the Merrimack',
  'A Dorchester bakery’s line is out the door. Here’s why.',
  'Red Line slow zones are back after track inspection',
];
const bgFoot = [
  'Digital Access',
  'Home Delivery',
  'Gift Subscriptions',
  'Manage My Account',
  'Customer Service',
  'Delivery Issues',
  'News in Education',
  'Search the Archives',
  'Terms of Service',
  'Terms of Purchase',
  'Your Privacy Choices',
];
const bgPara = (t: string): string => `<p class="paragraph | color_black font_secondary lh_body text_regular" data-testid="paragraph">${t}</p>`;
const bgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${bgTitle} - The Boston Globe</title>
<meta name="description" content="The Select Board voted not to reopen the Fenwick Street pool after an engineering report found the shell cracked.">
<meta property="og:site_name" content="BostonGlobe.com"><meta property="og:type" content="article"><meta property="og:title" content="${bgTitle}">
<meta name="author" content="Liam Desrosiers"><meta property="article:section" content="Metro"><meta name="twitter:site" content="@BostonGlobe">
<link rel="canonical" href="https://www.bostonglobe.com/2025/10/08/metro/halden-fenwick-street-pool-close/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bgTitle}","datePublished":"2025-10-08T21:30:11.000Z",
"dateModified":"2025-10-08T23:02:40.000Z","author":[{"@type":"Person","name":"Liam Desrosiers"}],"isAccessibleForFree":"False",
"publisher":{"@type":"Organization","name":"The Boston Globe"}}</script>
<link rel="stylesheet" href="/pf/dist/components/output-types/default.css?d=1120">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.bgmp={pageType:"article",section:"metro",paywall:"metered"};</script></head>
<body><div id="fusion-app"><a class="skip_link" href="#main">Skip to main content</a>
<header class="header | bg_white" role="banner"><div class="header_inner"><button class="sections_button" aria-controls="all_sections" aria-expanded="false">
<span>Sections</span></button><a class="header_logo" href="/"><img src="/pf/resources/images/bg-masthead.svg" alt="The Boston Globe"></a>
<div class="header_actions"><a class="subscribe_button | bg_blue color_white" href="/subscribe/?p1=BGHeader_SubscribeButton">Subscribe now</a>
<a class="login_link" href="/login/">Log in</a></div></div>
<nav class="header_nav" aria-label="Top sections"><ul class="header_nav_list">${links(bgNav, 'header_nav_item')}</ul></nav></header>
<div id="all_sections" class="all_sections_drawer" hidden><h2>All Sections</h2><ul>${links(bgNav, 'all_sections_item')}</ul></div>
<main id="main" class="main"><div class="article_container">
<div class="article_header"><div class="section_label | font_primary text_uppercase"><a href="/metro/">Metro</a></div>
<h1 class="headline | color_black font_primary lh_title text_bold">${bgTitle}</h1>
<div class="byline | font_secondary color_gray">By <a class="author_link" href="/about/staff-list/staff/liam-desrosiers/">Liam Desrosiers</a> Globe Staff,</div>
<div class="datetime | font_secondary color_gray">Updated October 8, 2025, 7:02 p.m.</div>
<div class="social_share" aria-label="Share"><button class="gift_button" type="button">Gift Article</button>
<a class="share_facebook" href="https://www.facebook.com/sharer/sharer.php"><span class="visually_hidden">Share on Facebook</span></a>
<a class="share_x" href="https://x.com/intent/post"><span class="visually_hidden">Share on X</span></a>
<a class="share_email" href="mailto:?subject=Halden%20pool"><span class="visually_hidden">Email to a Friend</span></a>
<a class="comments_count" href="#comments">87</a></div></div>
<figure class="lead_art"><img src="https://bostonglobe-prod.cdn.arcpublishing.example/resizer/v2/POOL.jpg?auth=1ac&amp;width=1440" alt="An empty outdoor pool">
<figcaption class="caption | font_secondary color_gray">${bgCaption}<span class="credit">${bgCredit}</span></figcaption></figure>
<article class="body_container" data-testid="article-body">
${bgP.slice(0, 3).map(bgPara).join('\n')}
<div class="newsletter_inline" data-newsletter="metro-minute"><p class="newsletter_title">${bgNews[0]}</p><p class="newsletter_desc">${bgNews[1]}</p>
<form><input type="email" placeholder="${bgNews[2]}"><button type="submit">${bgNews[3]}</button></form>
<a class="newsletter_privacy" href="/privacy-policy/">${bgNews[4]}</a></div>
${bgP.slice(3, 7).map(bgPara).join('\n')}
<div class="arc_ad | ad_inline" id="arcad_in_article_1"><span class="ad_label">Advertisement</span><div class="arcad_container"></div></div>
${bgP.slice(7).map(bgPara).join('\n')}
<hr class="tagline_hr"><div class="tagline"><p class="paragraph | font_secondary text_italic"><i>${bgTagline}</i></p></div>
</article>
<div id="comments" class="comments_wrapper"><button class="show_comments | bg_blue color_white" type="button">Show comments</button>
<div class="viafoura" hidden><vf-conversations></vf-conversations></div></div></div>
<aside class="most_popular"><h2 class="most_popular_title">Most Popular in Metro</h2><ol>${links(bgPopular, 'most_popular_item')}</ol></aside></main>
<footer class="footer | bg_black color_white"><div class="footer_top"><img src="/pf/resources/images/bg-masthead-white.svg" alt="The Boston Globe"></div>
<ul class="footer_links">${links(bgFoot, 'footer_link')}</ul><p class="footer_copyright">©2025 Boston Globe Media Partners, LLC</p></footer></div>
<script src="/pf/dist/engine/react.js?d=1120" defer></script><script src="https://cdn.viafoura.example/entry/index.js" async></script></body></html>`;
const bostonGlobe: TestPage = {
  html: bgHtml,
  name: 'heldout142-bostonglobe-news',
  kind: 'news',
  // the story has no subheads; the byline, "Globe Staff", the datetime and the tagline under the rule are bylines; the
  // newsletter box, caption and credit, share and gift buttons, comment count and button, and rails are furniture
  title: bgTitle,
  headings: [],
  body: bgP,
  bylines: ['Liam Desrosiers', 'Globe Staff,', 'Updated October 8, 2025, 7:02 p.m.', bgTagline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Subscribe now', 'Log in', ...bgNav, 'All Sections', 'Gift Article', 'Share on Facebook', 'Share on X',
    'Email to a Friend', '87', bgCaption, bgCredit, ...bgNews.filter((t) => t !== 'Enter Email'), 'Advertisement', 'Show comments', 'Most Popular in Metro',
    ...bgPopular, ...bgFoot, '©2025 Boston Globe Media Partners, LLC',
  ],
};

export const HELDOUT142_B: readonly TestPage[] = [bostonGlobe, chicagoTribune];
