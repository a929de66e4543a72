import { links, ps, type TestPage, texts } from './page-kit.js';
import { cochranePls } from './pages-heldout192-b2.js';

/**
 * Held-out batch 192, file b: a BMJ news story on the HighWire Drupal template (the "Intended for healthcare professionals"
 * strip, the cookie banner, the header with "Subscribe", "Log in" and the section menu, the article-type label "News",
 * the title, the byline with its hidden place, the citation line with the DOI and "Cite this as", the article tabs, the
 * "Article tools" rail, the access box, the "Read our latest coverage" promo at the top of the article text, a pull quote
 * that is part of the story, the rapid responses teaser, "More from BMJ" rail, the poll, the ad slot and
 * the footer) and, from file b2, a Cochrane review plain-language summary.
 */
const title = 'Health board halts weekend discharge scheme after readmissions rise by a quarter';
const standfirst =
  'A scheme that sent patients home on Saturdays and Sundays with support from a community team has been suspended after an audit ' +
  'found more of them returned to hospital within a month';
const promo = 'Read our latest coverage of hospital capacity';
const p1 = [
  'A regional health board in the north of England has suspended a scheme to speed up weekend discharges after an internal audit ' +
    'found that 30 day readmissions among patients sent home under it were 26% higher than among similar patients discharged on ' +
    'weekdays.',
  'The Calderbrook Valley Health Board introduced its “Home for the Weekend” pathway in April 2024 to free up beds ahead of ' +
    'Monday admissions. Patients judged medically fit by a consultant on a Friday ward round could leave on Saturday or Sunday, ' +
    'with a follow-up visit from a community nurse within 48 hours.',
  'The audit, presented to the board’s quality committee on 11 March, examined 2140 discharges over 10 months. It found that ' +
    '18.4% of patients discharged at the weekend under the pathway were readmitted within 30 days, compared with 14.6% of ' +
    'matched patients discharged from Monday to Friday. The difference was largest among people aged over 80 and those taking ' +
    'more than 10 regular medicines.',
];
const quote =
  'We wanted to get people home sooner, and for many of them that is exactly what happened. But we cannot ask older patients to ' +
  'carry the risk of a system that is thinner at weekends.';
const p2 = [
  'Imogen Tarrant, the board’s medical director, said in a statement that the scheme had been paused “with immediate effect” ' +
    'while it was redesigned. She added that the audit had identified gaps in pharmacy cover, with discharge medicines for a ' +
    'third of weekend patients dispensed by staff who did not have access to the full prescribing record.',
  'Community nursing teams also reported that 48 hour visits were missed in one in eight cases because of staff shortages, ' +
    'particularly in rural parts of the valley.',
  'Sameer Qureshi, a consultant geriatrician in the region who was not involved in the audit, told The BMJ that the findings ' +
    'were “sobering but not surprising.” He said, “Weekend discharge can work, but only if every part of the system behind it ' +
    'is staffed as it is on a Wednesday. Otherwise we are moving the problem from the ward to the patient’s kitchen.”',
  'Patient groups welcomed the decision. A spokesperson for the Calderbrook Older People’s Forum said members had raised ' +
    'concerns about relatives being sent home without the equipment or medicines they needed.',
  'The board said it would publish a revised pathway in the summer, with weekend pharmacist review and a rule that patients ' +
    'over 80 are discharged at weekends only if a named community nurse has accepted the referral in advance.',
];
const authorPlace = 'Leeds';
const nav = ['Research', 'Education', 'News & Views', 'Campaigns', 'Archive', 'Podcasts'];
const tabs = ['Article', 'Related content', 'Metrics', 'Responses'];
const tools = ['PDF', 'Respond to this article', 'Print', 'Alerts', 'Citation tools', 'Request permissions', 'Author citation'];
const more = [
  'Hospital at home: what the evidence says about safety',
  'Delayed discharges cost NHS £2bn a year, report finds',
  'Community nursing workforce shrinks for third year',
];
const foot = ['About us', 'Editorial staff', 'Contact us', 'Advertising', 'Reprints', 'Privacy policy', 'Cookie settings', 'Website terms & conditions'];
const cookie =
  'We use cookies to improve our service and to tailor our content and advertising to you. You can manage your cookie settings ' +
  'via your browser at any time. To learn more about how we use cookies, please see our cookies policy';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${title} | The BMJ</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="citation_title" content="${title}">
<meta name="citation_journal_title" content="BMJ"><meta name="citation_doi" content="10.1136/bmj.r518"><meta name="citation_date" content="2025/03/14">
<meta name="citation_author" content="Owen Pell"><meta name="DC.type" content="News"><meta property="og:title" content="${title}">
<meta property="og:description" content="${standfirst}"><meta name="twitter:site" content="@bmj_latest">
<link rel="stylesheet" href="/sites/default/files/advagg_css/css__BMJ_theme.css">
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script>
<script>jQuery.extend(Drupal.settings,{"basePath":"\\/","highwire":{"markup":[{"requested":"long","variant":"full-text"}]}});</script></head>
<body class="html not-front not-logged-in page-node page-node-1104392 node-type-highwire-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="hcp-banner"><p>Intended for healthcare professionals</p></div>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>${cookie}</p><button class="cookie-banner__close">Continue</button>
<a href="/company/your-privacy">Find out more</a></div>
<header id="header" role="banner"><div class="header__top"><a href="/" class="logo" title="Home">
<img src="/sites/all/themes/bmj/the-bmj/logo.svg" alt="The BMJ"></a>
<form class="search-form" role="search"><label class="element-invisible" for="edit-keys">Search</label><input id="edit-keys" placeholder="Search in:">
<button type="submit">Search</button><a href="/search/advanced">Advanced search</a></form>
<ul class="header__user"><li><a href="/subscribe" class="btn-subscribe">Subscribe</a></li><li><a href="/user/login">Log in</a></li>
<li><a href="/account">My account</a></li></ul></div>
<nav id="main-menu" aria-label="Main menu"><ul class="menu">${links(nav, 'leaf')}</ul></nav></header>
<div id="main-content" class="main-container"><div class="row"><div class="col-md-8 panel-panel">
<div class="pane-highwire-article-type"><span class="article-type">News</span></div>
<div class="pane-highwire-article-citation"><h1 class="highwire-cite-title" id="page-title">${title}</h1>
<div class="highwire-cite-authors"><span class="highwire-citation-authors"><span class="highwire-citation-author first" data-delta="0">Owen Pell</span></span>
<span class="author-tooltip element-invisible">${authorPlace}</span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-journal">BMJ</span> <span class="highwire-cite-metadata-volume">2025; 388</span>
<span class="highwire-cite-metadata-doi">doi: https://doi.org/10.1136/bmj.r518</span> <span class="highwire-cite-metadata-date">(Published 14 March 2025)</span>
<span class="highwire-cite-metadata-cite-as">Cite this as: BMJ 2025;388:r518</span></div></div>
<ul class="tabs article-tabs" role="tablist">${tabs.map((t) => `<li role="presentation"><a role="tab" href="#">${t}</a></li>`).join('\n')}</ul>
<div class="panel-pane pane-highwire-markup"><div class="highwire-markup"><div class="article fulltext-view">
<div class="section standfirst"><p>${standfirst}</p></div>
<div class="boxed-text promo-box"><p><a href="/hospital-capacity">${promo}</a></p></div>
<div class="section" id="sec-1">${ps(p1)}
<blockquote class="pull-quote"><p>${quote}</p></blockquote>
${ps(p2)}</div>
</div></div></div>
<div class="rapid-responses-teaser"><h2>Rapid Response</h2><p>Respond to this article</p><a href="/content/388/bmj.r518/rapid-responses">Read responses</a>
</div>
</div>
<aside class="col-md-4 sidebar"><div class="pane-article-tools"><h2 class="pane-title">Article tools</h2><ul>${links(tools)}</ul></div>
<div class="pane-more-from"><h2 class="pane-title">More from BMJ</h2><ul>${links(more)}</ul></div>
<div class="pane-poll"><h2 class="pane-title">This week’s poll</h2><p>Should hospitals discharge older patients at weekends?</p>
<a href="/poll" class="btn">Vote now</a></div>
<div class="ad-slot" id="div-gpt-ad-bmj-mpu"><p class="ad-label">Advertisement</p></div></aside></div></div>
<footer id="footer"><div class="footer__top"><p>The BMJ is published by BMJ Publishing Group Limited</p><ul>${links(foot)}</ul></div>
<p class="copyright">© 2025 BMJ Publishing Group Ltd</p></footer>
<script src="/sites/default/files/advagg_js/js__BMJ_bundle.js"></script></body></html>`;
const bmj: TestPage = {
  html,
  name: 'heldout192-bmj-news',
  kind: 'news',
  // the standfirst and the pull quote are body; the coverage promo at the top of the text and the hidden author place are
  // furniture
  title,
  headings: [],
  body: texts([standfirst, ...p1, quote, ...p2]),
  bylines: ['Owen Pell', '(Published 14 March 2025)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Intended for healthcare professionals', cookie, 'Continue', 'Find out more', 'Search', 'Advanced search',
    'Subscribe', 'Log in', 'My account', ...nav, 'News', authorPlace, 'doi: https://doi.org/10.1136/bmj.r518', 'Cite this as: BMJ 2025;388:r518',
    ...tabs, promo,
    'Rapid Response', 'Respond to this article', 'Read responses', 'Article tools', ...tools, 'More from BMJ', ...more, 'This week’s poll',
    'Should hospitals discharge older patients at weekends?', 'Vote now', 'Advertisement', 'The BMJ is published by BMJ Publishing Group Limited',
    ...foot, '© 2025 BMJ Publishing Group Ltd',
  ],
};

export const HELDOUT192_B: readonly TestPage[] = [bmj, cochranePls];
