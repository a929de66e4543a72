import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file e: a renters' forum thread on phpBB 3.3 with the prosilver style (navbar, breadcrumbs, topic
 * actions, pagination, post profiles with rank and post counts, signatures, a quote in a reply, "Who is online", footer,
 * cookie notice) and a council's homelessness help page on LocalGov Drupal (alert banner, header, service landing
 * breadcrumbs, page sections, contact block, related links sidebar, "Was this page helpful?", footer).
 */
const fTitle = 'Landlord selling up - given section 21, what now?';
const fP1 = [
  j(
    'Hi all, first post. I have rented the same two-bed terrace for six years and yesterday the agent emailed a section 21 notice',
    'saying the landlord is selling. It gives me two months, ending on 30 April.',
  ),
  j(
    'I have always paid on time and I really do not want to move my kids mid-school-year. Is the notice automatically valid? The agent',
    'never gave me anything about my deposit except a receipt, and I have no idea if there was ever a gas certificate.',
  ),
];
const fP2 = [
  j(
    'Sorry you are dealing with this. A section 21 is only valid if the landlord did certain things first. The big ones are',
    'protecting your deposit and giving you the prescribed information within 30 days, and giving you a gas safety certificate',
    'before you moved in.',
  ),
  'Check the scheme websites with your postcode and surname. If the deposit was never protected, the notice is invalid.',
  j(
    'Also look at the date the notice was served and whether it is on the right form. If you got a copy of the How to Rent guide',
    'when you moved in, dig it out, because not giving you one can also make the notice invalid.',
  ),
];
const fP3 = [
  'Also worth knowing:',
  'you do not have to leave on the date in the notice',
  'the landlord has to get a court order if you stay',
  'the council must help if you are threatened with homelessness within 56 days, so contact them now',
];
const fP4Quote = 'you do not have to leave on the date in the notice';
const fP4 = [
  j(
    'This. When we were in the same spot, the council housing options team were actually helpful once we showed them the notice.',
    'They also spotted that our notice used an old form.',
  ),
];
const fP5 = [
  j(
    'Update: checked all three scheme sites and my deposit is not on any of them. Emailed the agent asking for the certificate of',
    'protection and the gas safety records. Thanks everyone, I feel a lot calmer than yesterday.',
  ),
];
const fNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Private Renting', 'Evictions & Notices'];
const post = (id: number, user: string, rank: string, posts: string, joined: string, date: string, body: string, sig = ''): string =>
  `<div id="p${id}" class="post has-profile bg${id % 2 === 0 ? 2 : 1}"><div class="inner"><dl class="postprofile" id="profile${id}">
<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${user}</a></dt>
<dd class="profile-rank">${rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${id}">${posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${joined}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3 ${id === 70211 ? 'class="first"' : ''}><a href="#p${id}">Re: ${fTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${id}" title="Reply with quote" class="button button-icon-only">
<span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="sr-only">Post</span></a><span class="responsive-hide">by
<strong><a href="./memberlist.php?mode=viewprofile&amp;u=${id}" class="username">${user}</a></strong> » </span><time
datetime="2026-03-0${(id % 5) + 1}T10:00:00+00:00">${date}</time></p>
<div class="content">${body}</div>${sig === '' ? '' : `<div id="sig${id}" class="signature">${sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const br = (a: readonly string[]): string => a.join('<br><br>');
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${fTitle} - RentersTalk</title>
<link rel="canonical" href="https://forum.renterstalk.org.uk/viewtopic.php?t=18840"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41"
rel="stylesheet">
${ld({ '@context': 'https://schema.org', '@type': 'DiscussionForumPosting', headline: fTitle, author: { '@type': 'Person', name: 'tillyb' } })}
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>RentersTalk</h1>
<p>Peer support for private and social renters</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(fNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${fCrumbs
  .map(
    (t) => `<span class="crumb" itemprop="itemListElement"><a href="./viewforum.php" itemprop="item"><span
itemprop="name">${t.replace('&', '&amp;')}</span></a></span>`,
  )
  .join('')}
</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=18840">${fTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18840" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${post(70211, 'tillyb', 'New member', '3', 'Mon Mar 02, 2026 9:12 pm', 'Mon Mar 02, 2026 9:40 pm', br(fP1)).replace(`Re: ${fTitle}`, fTitle)}
${post(
  70214,
  'Orla_M',
  'Forum Moderator',
  '8412',
  'Sat Jan 14, 2017 4:03 pm',
  'Mon Mar 02, 2026 10:05 pm',
  br(fP2),
  'Not legal advice. Always check with Shelter-type services or a solicitor.',
)}
${post(70215, 'ginger_renter', 'Regular', '356', 'Wed Aug 09, 2023 7:20 am', 'Tue Mar 03, 2026 7:31 am', `${fP3[0]}<ul>${lis(fP3.slice(1))}</ul>`)}
${post(
  70219,
  'Kwabena',
  'Member',
  '41',
  'Sun Nov 03, 2024 11:48 am',
  'Tue Mar 03, 2026 8:02 am',
  `<blockquote><div><cite><a href="./memberlist.php">ginger_renter</a>
wrote: <a href="./viewtopic.php?p=70215#p70215">↑</a></cite>${fP4Quote}</div></blockquote>${br(fP4)}`,
)}
${post(70230, 'tillyb', 'New member', '3', 'Mon Mar 02, 2026 9:12 pm', 'Tue Mar 03, 2026 6:17 pm', br(fP5))}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=18840" class="button"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=12" class="left-box arrow-left" accesskey="r">Return to “Evictions
&amp; Notices”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 14 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer"
class="nav-footer linklist" role="menubar"><li class="rightside"><a href="./ucp.php?mode=privacy" title="Privacy" role="menuitem">Privacy</a></li>
<li class="rightside"><a href="./ucp.php?mode=terms" title="Terms" role="menuitem">Terms</a></li><li class="rightside"><a href="./memberlist.php?mode=team"
role="menuitem">The team</a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p></div></div></div>
<div class="cc-window cc-banner cc-type-info" role="dialog" aria-label="cookieconsent"><span id="cookieconsent:desc" class="cc-message">This board uses cookies
to give you the best and most relevant experience.</span><div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button" tabindex="0">Got
it!</a></div></div>
<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script><script
src="./styles/prosilver/template/forum_fn.js?assets_version=41"></script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout414-phpbb-renters-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fP1, ...fP2, ...fP3, ...fP4, ...fP5]),
  bylines: [
    'tillyb',
    'Mon Mar 02, 2026 9:40 pm',
    'Orla_M',
    'Mon Mar 02, 2026 10:05 pm',
    'ginger_renter',
    'Tue Mar 03, 2026 7:31 am',
    'Kwabena',
    'Tue Mar 03, 2026 8:02 am',
    'Tue Mar 03, 2026 6:17 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'RentersTalk', 'Peer support for private and social renters', 'Skip to content', 'Search', ...fNav, ...fCrumbs, 'Post Reply', '5 posts • Page 1 of 1',
    'New member', 'Forum Moderator', 'Regular', 'Member', 'Posts:', 'Joined:', 'Mon Mar 02, 2026 9:12 pm', 'Sat Jan 14, 2017 4:03 pm',
  'Wed Aug 09, 2023 7:20 am',
    'Sun Nov 03, 2024 11:48 am', '8412', '356', 'Quote', 'Top', 'wrote:', `Re:
${fTitle}`, 'Not legal advice. Always check with Shelter-type services or a solicitor.',
    'Return to “Evictions & Notices”', 'Who is online', 'Users browsing this forum: No registered users and 14 guests', 'Privacy', 'Terms', 'The team',
    'Powered by phpBB® Forum Software © phpBB Limited', 'This board uses cookies to give you the best and most relevant experience.', 'Got it!',
  ],
};

const lTitle = 'Homeless or at risk of losing your home';
const lHeads = ['If you have nowhere to stay tonight', 'If you are at risk of homelessness', 'What we will do', 'Your housing plan'];
const lS1 = [
  j(
    'Call our housing options team on 01632 970 500, Monday to Friday, 9am to 5pm. Outside these hours, call the emergency out of',
    'hours line on 01632 970 999. If you are in danger, call 999.',
  ),
  'You can also come to the Civic Centre in person. Please bring any ID and letters you have, but do not wait to find them.',
];
const lS2 = [
  j(
    'Get in touch as soon as you know you may lose your home, for example if you have been given notice by your landlord, are behind',
    'on your rent or mortgage, or your family or friends have asked you to leave. The earlier you contact us, the more we can do.',
  ),
  'We have a legal duty to help anyone who is homeless or likely to become homeless within 56 days.',
];
const lS3 = [
  'A housing officer will talk to you about your situation. They may:',
  'speak to your landlord or family to try to keep you in your home',
  'help you find a private rented home and pay a deposit or rent in advance',
  'offer emergency accommodation if you have nowhere safe to stay and may be in priority need',
  'refer you to specialist support for domestic abuse, mental health or substance use',
];
const lS4 = [
  j(
    'Together we will agree a personal housing plan. It sets out the steps you and the council will take to find or keep',
    'a home. We will review it with you regularly and you can ask for it to be changed.',
  ),
];
const lCallout = 'Professionals such as prison, hospital and probation staff should use the Duty to Refer form to tell us about someone at risk.';
const lNav = ['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Parking', 'Jobs'];
const lCrumbs = ['Home', 'Housing', 'Homelessness'];
const lRelated = ['Apply for social housing', 'Domestic abuse support', 'Rough sleeping: report a concern', 'Discretionary housing payments'];
const lFoot = ['Contact us', 'Accessibility statement', 'Privacy notice', 'Cookies', 'Freedom of information'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${lTitle} | Wrexford Borough Council</title>
<meta name="description" content="Get help if you are homeless or could lose your home in the next two months.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.wrexford.gov.uk/housing/homelessness/homeless-or-at-risk">
${ld({
  '@context': 'https://schema.org',
  '@type': 'GovernmentService',
  name: lTitle,
  provider: { '@type': 'GovernmentOrganization', name: 'Wrexford Borough Council' },
})}
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/912"},
"localgov_base":{"theme":"wrexford"}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t2x4k1"></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="localgov-alert-banner localgov-alert-banner--minor" role="alert">
<div class="lgd-container"><h2 class="localgov-alert-banner__title">Severe weather</h2><div class="localgov-alert-banner__content"><p>Extra emergency beds are
open at St Brannoc's Hall while temperatures stay below freezing.</p></div><button class="js-localgov-alert-banner__close">Hide alert</button></div></div>
<header class="lgd-header" role="banner"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-logo">
<a href="/" title="Home" rel="home" class="lgd-header__logo"><img src="/themes/custom/wrexford/logo.svg" alt="Wrexford Borough Council"></a></div>
<div class="lgd-header__search"><form action="/search" method="get"><label for="edit-s" class="visually-hidden">Search the site</label><input type="search"
id="edit-s"
name="s"></form></div><button class="lgd-header__toggle" aria-expanded="false">Menu</button></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary"><ul
class="lgd-header__nav-list">${links(lNav, 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="lgd-breadcrumbs" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">
Breadcrumb</h2><ol class="lgd-breadcrumbs__list">${lCrumbs.map((t) => `<li class="lgd-breadcrumbs__item"><a href="/x">${t}</a></li>`).join('')}</ol></nav></div>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">
<span class="field field--name-title">${lTitle}</span></h1></div>
<article role="article" class="service-page node node--type-localgov-services-page node--view-mode-full"><div class="service-page__summary">
<p>Get help if you are homeless or could lose your home in the next two months.</p></div>
<div class="field field--name-body field--type-text-with-summary"><h2>${lHeads[0]}</h2>${ps(lS1)}
<h2>${lHeads[1]}</h2>${ps(lS2)}
<div class="callout callout-primary"><h3 class="callout__heading">Use the Duty to Refer form</h3><p>${lCallout}</p></div>
<h2>${lHeads[2]}</h2><p>${lS3[0]}</p><ul>${lis(lS3.slice(1))}</ul>
<h2>${lHeads[3]}</h2>${ps(lS4)}</div>
<div class="field field--name-localgov-review-date"><p class="review-date">Last reviewed: 9 January 2026</p></div></article>
<div class="localgov-page-feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button>
<a href="/report-a-problem">Report a problem with this page</a></div></div></div>
<aside class="lgd-row__one-third lgd-region--sidebar"><div class="localgov-services-related-links"><h2>Related links</h2><ul>${links(lRelated)}</ul></div>
<div class="block block-localgov-contact"><h2>Housing options</h2><p>Civic Centre, Market Square, Wrexford WX1 1AA</p><p>housing.options@wrexford.gov.uk</p>
</div></aside></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><ul class="lgd-footer__nav">${links(lFoot)}</ul>
<p class="lgd-footer__copyright">© Wrexford Borough Council 2026</p><p>Powered by LocalGov Drupal</p></div></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on our website</h2><p>We use essential cookies to make this site work, and optional
analytics cookies to improve it.</p></div><div id="popup-buttons"><button type="button" class="agree-button">Accept analytics cookies</button>
<button type="button" class="decline-button">Reject analytics cookies</button></div></div></div>
<script src="/core/misc/drupal.js?v=10.3.1"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout414-localgov-drupal-homelessness-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [...lHeads.slice(0, 2), 'Use the Duty to Refer form', ...lHeads.slice(2)],
  body: texts(['Get help if you are homeless or could lose your home in the next two months.', ...lS1, ...lS2, lCallout, ...lS3, ...lS4]),
  bylines: ['Last reviewed: 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Severe weather', "Extra emergency beds are open at St Brannoc's Hall while temperatures stay below freezing.", 'Hide alert',
    'Search the site', 'Menu', ...lNav, 'Breadcrumb', ...lCrumbs, 'Was this page helpful?',
    'Report a problem with this page', 'Related links', ...lRelated, 'Housing options', 'Civic Centre, Market Square, Wrexford WX1 1AA',
    'housing.options@wrexford.gov.uk', ...lFoot, '© Wrexford Borough Council 2026', 'Powered by LocalGov Drupal', 'Cookies on our website',
    'We use essential cookies to make this site work, and optional analytics cookies to improve it.', 'Accept analytics cookies', 'Reject analytics cookies',
  ],
};

export const HELDOUT414_E: readonly TestPage[] = [phpbb, localgov];
