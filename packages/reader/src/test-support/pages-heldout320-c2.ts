import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file c2: a students' union news story on the MSL (Membership Solutions) platform (the union's
 * header with login and basket links, the msl navigation, breadcrumb, the news article with its date line and leader,
 * the AddThis share bar, "Latest news" list, "What's on" event briefs, the sign-up strip, the footer with the charity
 * number and the "Powered by MSL" line, and the cookie notice).
 */
const uTitle = 'Free breakfast in the Hub extended to the end of the year after record take-up';
const uLeader = j(
  "The union's free breakfast scheme, which began as a six-week trial in January, will now run every weekday until",
  'the end of the summer term, after more than 11,000 breakfasts were handed out.',
);
const uBody = [
  j(
    'The scheme was proposed at the autumn Student Council by Welfare Officer Niamh Adeyemi, after a union survey found that almost',
    'a third of students had skipped meals in the previous month to save money. Breakfasts are served in the Hub from 8:00 to 10:00',
    'and include toast, cereal, fruit and porridge, with halal, vegan and gluten-free options every day.',
  ),
  j(
    '"We thought we might see a couple of hundred people a day," Niamh said. "By the third week we were running out of bread by',
    'half past nine. What that tells us is that the cost of living is still hitting students hard, and a free breakfast before a',
    '9am seminar makes a real difference."',
  ),
  'The extension has been made possible by three changes:',
];
const uList = [
  "a contribution of 18,000 pounds from the university's Student Support Fund;",
  'a partnership with Tollbridge Bakery, which donates its unsold bread each evening;',
  'forty new volunteers, who between them now cover every morning shift.',
];
const uBody2 = [
  j(
    'Students do not need to show anything to collect a breakfast, and the union has said it will keep it that way. "The moment',
    'you ask people to prove they need it, the people who need it most stop coming," Niamh said.',
  ),
  j(
    'Feedback gathered at the Hub has also shaped the menu. Porridge was added in February after students asked for something warm,',
    'and the serving time was moved fifteen minutes earlier so that nursing students on placement could eat before their buses.',
  ),
  j(
    'The union will report on the scheme at the final Student Council of the year, including how many breakfasts were served and',
    'what students said about it. Anyone who wants to volunteer for a morning shift can sign up through the Volunteering page.',
  ),
];
const uNav = ['Home', 'Clubs & Societies', 'Events', 'Advice', 'Get Involved', 'Your Voice', 'Shop'];
const uCrumbs = ['Home', 'News'];
const uShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email'];
const uLatest = ['Elections 2026: meet your new officer team', 'Library opening hours extended for exam season', 'Varsity tickets now on sale'];
const uEvents = ['Quiz Night at the Lantern Bar', 'Tuesday 10 March, 19:30', 'Careers Fair: Green Jobs', 'Thursday 12 March, 11:00'];
const uFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Complaints', 'Annual report'];
const uHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="Head1"><meta charset="utf-8"><title>
Free breakfast in the Hub extended | Tollbridge Students' Union</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${uTitle}"><meta property="og:description" content="${uLeader}"><meta property="og:type" content="article">
<link href="/stylesheet/tsu2024/css/main.css?v=18" rel="stylesheet"><script src="/scripts/msl/msl-common.min.js"></script>
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-001-TSU']); var msl_org_id = 6731;</script></head>
<body class="msl-news"><form method="post" action="/news/article/6731/Free-breakfast-in-the-Hub-extended" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2NjYxNjU3NTBkZA==">
<div id="cookie-notice" class="msl-cookie-notice"><p>We use cookies to give you the best experience of our website.</p>
<a href="/privacy/" class="btn">Find out more</a><button type="button" class="btn btn-primary" id="cookie-accept">OK, got it</button></div>
<header id="header"><div class="container"><a id="logo" href="/"><img src="/asset/Organisation/6731/logo.svg" alt="Tollbridge Students' Union"></a>
<ul id="msl-login"><li><a href="/login/" class="msl-login">Login</a></li><li><a href="/shop/basket/" class="msl-basket">Basket</a></li></ul>
<nav id="nav" class="msl-navigation"><ul id="nav-main" class="nav">${links(uNav)}</ul></nav></div></header>
<div id="main" class="container"><ol class="breadcrumb msl-breadcrumb">${links(uCrumbs)}</ol>
<div class="row"><div id="content" class="col-md-8"><div class="news_full msl_news">
<div class="news-image"><img src="/asset/News/6731/breakfast-hub.jpg?thumbnail_width=750" alt="Students queueing for breakfast in the Hub">
<p class="news-image-caption">Volunteers serving breakfast in the Hub. Photo: TSU Media</p></div>
<h1>${uTitle}</h1><p class="msl_pubdate">Thu 05 Mar 2026</p><p class="leader">${uLeader}</p>
<div class="addthis_toolbox addthis_default_style msl-share"><span class="share-label">${uShare[0]}</span>
<a class="addthis_button_facebook" title="Facebook">${uShare[1]}</a><a class="addthis_button_twitter" title="X">${uShare[2]}</a>
<a class="addthis_button_whatsapp">${uShare[3]}</a><a class="addthis_button_email">${uShare[4]}</a></div>
<div class="content">
${ps(uBody)}
<ul>
${lis(uList)}
</ul>
${ps(uBody2)}
</div></div>
<p class="news-back"><a href="/news/">Back to news</a></p></div>
<aside id="sidebar" class="col-md-4"><div class="widget msl-news-list"><h3>Latest news</h3><ul class="news-list">${links(uLatest)}</ul></div>
<div class="widget msl-events"><h3>What's on</h3><div class="event_item msl_event_brief"><a class="msl_event_name" href="/events/1">${uEvents[0]}</a>
<dl class="msl_event_time"><dd>${uEvents[1]}</dd></dl></div><div class="event_item msl_event_brief"><a class="msl_event_name" href="/events/2">${uEvents[2]}</a>
<dl class="msl_event_time"><dd>${uEvents[3]}</dd></dl></div><a href="/events/" class="more">All events</a></div></aside></div></div>
<div id="signup-strip"><div class="container"><h3>Never miss a thing</h3><p>Get the union's weekly email with news, events and offers.</p>
<input type="email" placeholder="Your email address" aria-label="Email address"><button type="button">Sign up</button></div></div>
<footer id="footer"><div class="container"><ul class="footer-links">${links(uFoot)}</ul>
<p>Tollbridge Students' Union is a registered charity in England and Wales, no. 1140022.</p>
<p class="msl-credit">Powered by <a href="https://www.msl.example.co.uk/">MSL</a></p></div></footer></form>
<script src="//s7.addthis.example.com/js/300/addthis_widget.js#pubid=ra-tsu"></script></body></html>`;
export const msl: TestPage = {
  name: 'heldout320-msl-students-union-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([uLeader, ...uBody, ...uList, ...uBody2]),
  bylines: ['Thu 05 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience of our website.', 'Find out more', 'OK, got it', 'Login', 'Basket', ...uNav, ...uCrumbs,
    'Volunteers serving breakfast in the Hub. Photo: TSU Media', ...uShare.filter((s) => s !== 'X'), 'Back to news', 'Latest news', ...uLatest,
    "What's on", ...uEvents, 'All events', 'Never miss a thing', "Get the union's weekly email with news, events and offers.", 'Sign up', ...uFoot,
    "Tollbridge Students' Union is a registered charity in England and Wales, no. 1140022.", 'Powered by MSL',
  ],
};
