import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file c: a vBulletin 4 car forum thread (navbar, breadcrumb, thread tools, postbits with user info,
 * join date and post counts, a quoted reply, signatures, similar threads, forum jump, footer) where the posts are the body,
 * and a right-to-repair advocacy explainer on a Drupal site with the Olivero theme (byline, tags, donate block, footer).
 */
const vTitle = '2014 Stavro Kestrel 1.6 - rough idle and P0171 after new intake gasket';
const vPosts: [string, string, string, string, string, string[]][] = [
  [
    'Dunmore_K',
    '03-02-2026, 08:14 PM',
    'Mar 2021',
    '412',
    'Kestrel 1.6 SE, 118k miles',
    [
      j(
        'Hi all. Last weekend I replaced the intake manifold gasket on my Kestrel because of a small oil weep at the back. Since then',
        'the idle hunts between 600 and 900 rpm and the engine light came on with P0171 (system too lean, bank 1).',
      ),
      j(
        'I used a new gasket from the dealer and torqued the bolts to spec in the right order. Fuel trims at idle are around +18 and drop',
        'to +4 at 2500 rpm. Any ideas before I take it all apart again?',
      ),
    ],
  ],
  [
    'oldvalve',
    '03-02-2026, 09:02 PM',
    'Jan 2015',
    '8,930',
    'If it ain’t broke, you haven’t looked hard enough',
    [
      j(
        'High trims at idle that come down with revs is a textbook vacuum leak. On that engine the usual suspect after an intake job is',
        'the PCV hose that clips under the manifold. It is almost impossible to see and very easy to pinch or leave off.',
      ),
      'Spray a little carb cleaner around the hose ends with the engine idling and listen for the revs to change.',
    ],
  ],
  [
    'Dunmore_K',
    '03-03-2026, 06:40 PM',
    'Mar 2021',
    '412',
    'Kestrel 1.6 SE, 118k miles',
    [
      'Quote: Spray a little carb cleaner around the hose ends with the engine idling and listen for the revs to change.',
      j(
        'You were spot on. The PCV hose had popped off the nipple at the back of the manifold. Pushed it back on, cleared the code, and',
        'trims are now around +2 at idle. Idle is rock steady.',
      ),
      'Thanks. Marking this as solved for the next person who searches.',
    ],
  ],
  [
    'Grease_Monkey_Lou',
    '03-03-2026, 07:15 PM',
    'Aug 2019',
    '1,207',
    '',
    [
      j(
        'Good result. Worth adding for anyone reading later: if the hose is hard or cracked, replace it while you are there. They go',
        'brittle after ten years and a new one is cheap.',
      ),
      j(
        'Also check the brake servo hose on the other side of the manifold. It uses the same push-on fitting and I have seen it knocked',
        'loose on two cars after the same job. A smoke test at a local garage will find any leak in minutes if the carb cleaner trick',
        'does not show anything.',
      ),
    ],
  ],
];
const vCrumbs = ['Forum', 'Stavro Kestrel Owners', 'Engine & Drivetrain'];
const vNav = ['Home', 'Forum', 'New Posts', 'FAQ', 'Calendar', 'Community', 'Garage'];
const vSimilar = ['P0171 on a cold start only', 'Kestrel idle surge after battery change', 'Intake gasket part number for 1.6 petrol'];
const vFoot = ['Contact Us', 'Stavro Owners Club', 'Archive', 'Privacy Statement', 'Top'];
const post = ([user, date, joined, count, sig, paras]: [string, string, string, string, string, string[]], i: number): string => {
  const msg = paras
    .map((p) =>
      p.startsWith('Quote: ')
        ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="message">${p.slice(7)}</div></div></div></div>`
        : `${p}<br /><br />`,
    )
    .join('\n');
  return `<li class="postbitlegacy postbitim postcontainer old"
id="post_${90210 + i}"><div class="posthead"><span class="postdate old"><span class="date">${date}</span>
</span><span class="nodecontrols"><a name="${i + 1}" href="#post${90210 + i}" class="postcounter">#${i + 1}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?u=${i + 40}">
<strong>${user}</strong></a></div><span class="usertitle">${count === '8,930' ? 'Senior Member' : 'Member'}</span>
<dl class="userinfo_extra"><dt>Join Date</dt> <dd>${joined}</dd><dt>Posts</dt> <dd>${count}</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${90210 + i}"><blockquote class="postcontent restore ">
${msg}</blockquote></div></div></div>${
    sig === ''
      ? ''
      : `<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${sig}</div>
</blockquote></div>`
  }</div></div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a class="quote"
href="newreply.php?p=${90210 + i}">Reply With Quote</a></span></div>
</div></li>`;
};
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 4.2.5" /><meta name="keywords" content="kestrel, p0171, idle, intake gasket" />
<title> ${vTitle}</title><script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var vb_disable_ajax = parseInt("0", 10);</script>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00003l/main-rollup.css?d=1701234567" /></head>
<body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image">
<img src="images/misc/kestrelclub_logo.png" alt="Stavro Kestrel Owners Club" /></a></div><div id="toplinks" class="toplinks"><ul class="nouser">
<li><a href="register.php" rel="nofollow">Register</a></li><li><a href="login.php?do=login">Log in</a></li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">${links(vNav)}</ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">${links(vCrumbs, 'navbit')}</ul><hr /></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=55120" title="Reload this Page">${vTitle}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><ul class="popupgroup"><li class="popupmenu"><a class="popupctrl">Thread Tools</a></li>
<li class="popupmenu"><a class="popupctrl">Display</a></li></ul></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">${vPosts.map(post).join('\n')}</ol></div>
<div id="pagination_bottom" class="pagination_bottom"><a href="newreply.php?t=55120" class="newcontent_textcontrol"><span>+</span> Reply to Thread</a></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><ol class="similar_threads">${links(vSimilar, 'floatcontainer')}</ol></div>
<div id="forumjump" class="forumjump"><span>Quick Navigation</span> <a href="forumdisplay.php?f=7">Engine &amp; Drivetrain</a> <a href="#top">Top</a></div>
<div class="advert"><span class="ad-label">Advertisement</span><iframe src="https://ads.example/slot/728x90" width="728" height="90"></iframe></div></div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links">${links(vFoot)}</ul></div>
<div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">10:22 AM</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5 Copyright © 2026 vBulletin Solutions Inc. All rights
reserved.</div></body></html>`;
const vbulletinBody = texts(vPosts.flatMap(([, , , , , p]) => p.map((x) => x.replace(/^Quote: /, ''))));
const vbulletin: TestPage = {
  name: 'heldout389-vbulletin-car-forum',
  kind: 'forum',
  html: vHtml,
  title: `Thread: ${vTitle}`,
  headings: [],
  body: vbulletinBody,
  bylines: [...new Set(vPosts.flatMap(([u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(vbulletinBody, [
    'Register', 'Log in', ...vNav, 'Stavro Kestrel Owners', 'Engine & Drivetrain', 'Thread Tools', 'Display', 'Member', 'Senior Member', 'Join Date',
    'Mar 2021', 'Aug 2019', 'Jan 2015', 'Posts', '8,930', '1,207', 'Kestrel 1.6 SE, 118k miles', 'If it ain’t broke, you haven’t looked hard enough',
    'Reply With Quote', 'Reply to Thread', 'Similar Threads', ...vSimilar, 'Quick Navigation', 'Advertisement', ...vFoot,
    'All times are GMT. The time now is 10:22 AM.', 'Powered by vBulletin® Version 4.2.5 Copyright © 2026 vBulletin Solutions Inc. All rights reserved.',
  ]),
};

const dTitle = 'What “right to repair” actually means for your phone, tractor and washing machine';
const dLead = j(
  'When something you own breaks, you should be able to fix it, or take it to a repairer you choose. That simple idea is at the',
  'heart of the right-to-repair movement, and it is now being written into law in several countries. Here is what it covers and',
  'what it does not.',
);
const dSecs: [string, string[]][] = [
  [
    'Three things repair needs',
    [
      j(
        'Fixing a modern product usually needs three things that manufacturers have traditionally kept to themselves: spare parts, repair',
        'information such as manuals and diagrams, and the diagnostic software that tells a technician what is wrong.',
      ),
      j(
        'Without any one of them, independent repairers are locked out. Our survey of 240 repair shops in the Tessaly region found that',
        'two thirds had turned away at least one job in the past year because a part was only sold to authorised dealers.',
      ),
    ],
  ],
  [
    'What the new rules require',
    [
      'The Tessaly Repair Act, which takes effect next spring, sets out obligations for makers of phones, laptops and large home appliances:',
      '<ul><li>spare parts must be on sale for at least seven years after a model is last sold;</li><li>repair manuals must be published free of charge;</li>' +
        '<li>software locks that reject genuine replacement parts are banned.</li></ul>',
    ],
  ],
  [
    'What it does not do',
    [
      j(
        'The act does not force anyone to repair rather than replace, and it does not set prices for parts. Critics say that leaves a',
        'gap: a part that costs more than half the price of a new product is, for most people, no part at all.',
      ),
      j(
        '<blockquote><p>“A right you cannot afford to use is not much of a right,”',
        'says Ondine Farrow, a repair café organiser in Vessport.</p></blockquote>',
      ),
    ],
  ],
];
const dItems = [
  'spare parts must be on sale for at least seven years after a model is last sold;',
  'repair manuals must be published free of charge;',
  'software locks that reject genuine replacement parts are banned.',
];
const dQuote = '“A right you cannot afford to use is not much of a right,” says Ondine Farrow, a repair café organiser in Vessport.';
const dEnd2 = j(
  'Repair also matters for the climate. Making a new phone produces far more emissions than the phone will cause in years of use,',
  'so keeping one going for an extra two years does more good than almost any setting you can change on it.',
);
const dEnd = 'Until then, the best thing you can do is ask before you buy: how long will parts be available, and who is allowed to fit them?';
const dNav = ['Campaigns', 'Explainers', 'Repair map', 'Get involved', 'About us'];
const dTags = ['Right to repair', 'Consumer law', 'Electronics'];
const dHtml = `<!DOCTYPE html><html lang="en" dir="ltr" style="--color--primary-hue:202;"><head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<title>${dTitle} | Fix It Fairly</title><link rel="canonical" href="https://fixitfairly.example/explainers/what-right-repair-means" />
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318"},"pluralDelimiter":"\\u0003"}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t1x0q" /></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Fix It Fairly</a></div></div></div></div>
<div class="header-nav" id="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation">
<h2 class="visually-hidden">Main navigation</h2><ul class="menu primary-nav__menu">${links(dNav, 'menu__item primary-nav__menu-item')}</ul></nav></div>
</div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--content-above"><div id="block-olivero-breadcrumbs" class="block block-system">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li>
<li class="breadcrumb__item"><a href="/explainers" class="breadcrumb__link">Explainers</a></li></ol></nav></div>
<div id="block-olivero-page-title" class="block block-core"><h1 class="title page-title"><span class="field field--name-title">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="318" class="node node--type-article node--promoted node--view-mode-full"><header class="">
<div class="node__meta"><div class="node__author-image"></div><span>By <span class="field field--name-uid"><span>Hal Quennell</span></span></span>,
<span class="field field--name-created">12 February, 2026</span></div></header>
<div class="node__content"><div class="field field--name-field-image"><img src="/sites/default/files/styles/wide/public/repair-bench.jpg" alt="" />
<div class="field field--name-field-image-caption">A volunteer at a repair café re-solders a radio. Photo: Mira Caddock</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary"><p>${dLead}</p>
${dSecs.map(([h, p]) => `<h2>${h}</h2>\n${p.map((x) => (x.startsWith('<') ? x : `<p>${x}</p>`)).join('\n')}`).join('\n')}
<p>${dEnd2}</p>\n<p>${dEnd}</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Tags</h3><ul class="links field__items">
${links(dTags, 'field__item')}</ul></div></div></article></div>
<div id="block-donate" class="block block-block-content"><h2 class="block__title">Keep repair legal</h2><div class="block__content">
<p>We are funded by people like you. A monthly gift of any size helps us campaign for repairable products.</p><a href="/donate"
class="button">Donate</a></div></div>
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav class="menu--footer"><ul class="menu">
${links(['Privacy', 'Contact', 'Press', 'Newsletter'])}</ul></nav></div><div class="region region--footer-bottom"><div class="block">
<p>Fix It Fairly is a registered charity, no. 1187734.</p></div><div class="block block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div></body></html>`;
const drupalBody = texts([dLead, ...dSecs.flatMap(([, p]) => p.filter((x) => !x.startsWith('<'))), ...dItems, dQuote, dEnd2, dEnd]);
const drupal: TestPage = {
  name: 'heldout389-drupal-olivero-explainer',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dSecs.map(([h]) => h),
  body: drupalBody,
  bylines: ['By Hal Quennell,', '12 February, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(drupalBody, [
    'Skip to main content', 'Fix It Fairly', ...dNav, 'Home', 'A volunteer at a repair café re-solders a radio. Photo: Mira Caddock', 'Tags',
    ...dTags, 'Keep repair legal', 'We are funded by people like you. A monthly gift of any size helps us campaign for repairable products.', 'Donate',
    'Privacy', 'Contact', 'Press', 'Newsletter', 'Fix It Fairly is a registered charity, no. 1187734.', 'Powered by Drupal',
  ]),
};

export const HELDOUT389_C: readonly TestPage[] = [vbulletin, drupal];
