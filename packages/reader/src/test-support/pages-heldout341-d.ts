import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout341-kit.js';

/**
 * Held-out batch 341, file d: a ManualsLib-style manual page (site header and search, breadcrumb, the page's PDF text layer
 * in positioned line divs, page navigation, manual table of contents, "Also See for", "Related Manuals", "Summary of
 * Contents" excerpts of other pages, cookie notice and footer) and an Apple-style user guide topic (global nav, book header,
 * guide TOC, See also links, the "Helpful?" form, previous / next and the support footer).
 */
/** A paragraph of a PDF text layer: one positioned div for each printed line of about 70 characters. */
const pdfLines = (text: string, y: number): string => {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line.length + w.length > 70 && line !== '') {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => `<div class="t m0 x2 h3 y${y + i} ff2 fs1 fc0 sc0 ls0 ws0">${l}</div>`).join('\n');
};
const mTitle = 'Corvane DW-450 User Manual';
const mHead = ['LOADING THE DISHWASHER', 'Lower basket', 'Upper basket', 'Cutlery basket'];
const mP = [
  j(
    'For the best washing results, load the baskets so that water can reach every surface. Scrape off large food remains, but there',
    'is no need to rinse items under the tap before loading. Items should not touch each other or block the spray arms.',
  ),
  j(
    'The lower basket is for plates, pans, lids and serving dishes. Place plates upright between the tines, facing the centre of the',
    'basket. Put pans and bowls upside down so that water drains from them. Large platters and baking trays go at the sides, where',
    'they do not stop the lower spray arm from turning.',
  ),
  j(
    'The rows of tines at the front fold down to make room for large pots. Press the grey lever at the end of each row and lower',
    'the tines until they click.',
  ),
  j(
    'The upper basket is for cups, glasses, small bowls and plastic items. Place cups and glasses upside down along the sides.',
    'Long-stemmed glasses can lean against the cup shelves, which fold up when you do not need them.',
  ),
  j(
    'To change the height of the upper basket, hold it by both side handles and lift it up or push it down until it locks. Both',
    'sides must be at the same height, otherwise the door will not close.',
  ),
  j(
    'Place forks and spoons with their handles down and knives with their blades down. Mix the pieces so that they do not nest',
    'together. Long knives and kitchen utensils belong flat in the cutlery drawer, not in the basket.',
  ),
  j(
    'The cutlery drawer slides out on its own rails above the upper basket. Its middle section can be moved to the left or right,',
    'so that tall cups in the upper basket still fit underneath. Remove the drawer completely when you wash very tall items.',
  ),
  j('Note: Do not wash wooden, cast iron, silver-plated or hand-painted items in the dishwasher. Check that plastic items are marked', 'as dishwasher-safe.'),
];
const mToc = [
  'Safety Instructions',
  'Product Description',
  'Control Panel',
  'Before First Use',
  'Daily Use',
  'Programmes',
  'Cleaning and Care',
  'Troubleshooting',
  'Technical Data',
];
const mAlso = ['Corvane DW-450 Installation Manual (24 pages)', 'Corvane DW-450 Quick Start Manual (2 pages)'];
const mRelated = [
  'Corvane DW-460 User Manual',
  'Corvane DW-430i User Manual',
  'Corvane DW-610 Operating Instructions Manual',
  'Corvane SlimLine DW-45S User Manual',
];
const mSummary = [
  'Page 1 User Manual DW-450 Dishwasher Read these instructions carefully before using the appliance',
  'Page 2 Contents Safety Instructions 3 Product Description 7 Control Panel 8 Before First Use 10',
  'Page 3 Safety Instructions Before installing and using the appliance, read the supplied instructions carefully',
];
const mNav = ['Brands', 'Categories', 'Upload', 'Sign in'];
const mFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'DMCA Policy'];
const mBody = `<div class="pdf-flip"><div id="pf14" class="pf w0 h0" data-page-no="e"><div class="pc pce w0 h0">
<img class="bi x0 y0 w1 h1" alt="" src="https://static-data.manualsbay.example/bg/1904/corvane-dw-450-14.png">
<div class="t m0 x1 h2 y1 ff1 fs0 fc0 sc0 ls0 ws0">${mHead[0]}</div>
${pdfLines(mP[0] ?? '', 2)}
<div class="t m0 x1 h4 y6 ff1 fs2 fc0 sc0 ls0 ws0">${mHead[1]}</div>
${pdfLines(mP[1] ?? '', 7)}
${pdfLines(mP[2] ?? '', 12)}
<div class="t m0 x1 h4 y15 ff1 fs2 fc0 sc0 ls0 ws0">${mHead[2]}</div>
${pdfLines(mP[3] ?? '', 16)}
${pdfLines(mP[4] ?? '', 20)}
<div class="t m0 x1 h4 y23 ff1 fs2 fc0 sc0 ls0 ws0">${mHead[3]}</div>
${pdfLines(mP[5] ?? '', 24)}
${pdfLines(mP[6] ?? '', 28)}
${pdfLines(mP[7] ?? '', 32)}
<div class="t m0 x5 h5 y36 ff3 fs3 fc1 sc0 ls0 ws0">14</div></div></div></div>`;
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CORVANE DW-450 USER MANUAL Pdf Download | ManualsBay</title>
<meta name="description" content="View and Download Corvane DW-450 user manual online. DW-450 dishwasher pdf manual download.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.manualsbay.example/manual/1904227/Corvane-Dw-450.html?page=14">
<link rel="stylesheet" href="/css/manual.css?v=3188"><script>var manual={id:1904227,page:14,pages:52};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"Corvane DW-450 User Manual","numberOfPages":52,
"bookFormat":"EBook"}</script></head>
<body><div class="header"><div class="container"><a class="logo" href="/">ManualsBay</a><form class="search-form" action="/a.html">
<input name="q" placeholder="Search for manuals" aria-label="Search"><button type="submit">Search</button></form>
<ul class="header-menu">${links(mNav)}</ul></div></div>
<div class="container"><ol class="breadcrumbs">${links(['Manuals', 'Corvane Manuals', 'Dishwasher'])}<li>DW-450</li></ol>
<div class="row"><div class="col-md-8 main-col"><div class="manual-header"><h1>${mTitle}</h1>
<div class="manual-extra">Also See for Corvane DW-450: <ul>${links(mAlso)}</ul></div>
<div class="manual-suitable">Manual is suitable for 2 more products: <span>DW-450S</span> <span>DW-450X</span></div></div>
<div class="manual-tools"><a class="btn download" href="/download/1904227/Corvane-Dw-450.html">Download this manual</a>
<a class="btn print" href="#">Print page 14</a><a class="btn bookmark" href="#">Bookmark</a><a class="btn share" href="#">Share</a></div>
<div class="pages-nav"><a class="prev" href="?page=13#manual">Prev</a> <span class="page-label">Page 14 of 52</span>
<a class="next" href="?page=15#manual">Next</a></div>
<div class="ad-slot" data-slot="manual-top"><span class="ad-label">Advertisement</span></div>
<div id="manual" class="manual-page">${mBody}</div>
<div class="pages-nav pages-nav--bottom"><a class="prev" href="?page=13#manual">Prev</a> <a class="next" href="?page=15#manual">Next</a></div>
<div class="manual-qa"><h3>Questions and answers</h3><p>Need help? Ask your question about the Corvane DW-450 and other owners can answer.</p>
<a class="btn" href="#">Ask a question</a></div>
<div class="manual-summary"><h2>Summary of Contents for Corvane DW-450</h2>${ps(mSummary, ' class="summary-page"')}</div></div>
<div class="col-md-4 sidebar"><div class="toc-box"><h3>Table of Contents</h3><ul>${links(mToc)}</ul></div>
<div class="ad-slot" data-slot="sidebar"><span class="ad-label">Advertisement</span></div>
<div class="related-box"><h3>Related Manuals for Corvane DW-450</h3><ul>${links(mRelated)}</ul></div></div></div></div>
<footer class="footer"><ul>${links(mFoot)}</ul><p>© 2026 ManualsBay. All manuals and trademarks belong to their owners.</p></footer>
<div class="cookie-bar"><p>This site uses cookies to deliver services and to analyse traffic. By using it you agree to this.</p><button>OK</button>
<a href="/privacy">Learn more</a></div></body></html>`;
const manualsLib: TestPage = {
  name: 'heldout341-manualslib-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHead,
  body: mP,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ManualsBay', ...mNav, 'Manuals', 'Corvane Manuals', 'Dishwasher', 'Also See for Corvane DW-450:', ...mAlso, 'Manual is suitable for 2 more products:',
    'DW-450S', 'DW-450X', 'Download this manual', 'Print page 14', 'Bookmark', 'Share', 'Prev', 'Page 14 of 52', 'Next', 'Advertisement',
    'Questions and answers', 'Need help? Ask your question about the Corvane DW-450 and other owners can answer.', 'Ask a question',
    'Summary of Contents for Corvane DW-450', ...mSummary, 'Table of Contents', ...mToc, 'Related Manuals for Corvane DW-450', ...mRelated, ...mFoot,
    '© 2026 ManualsBay. All manuals and trademarks belong to their owners.',
    'This site uses cookies to deliver services and to analyse traffic. By using it you agree to this.', 'Learn more',
  ],
};

const aTitle = 'Use Quiet Hours on Slate';
const aIntro = [
  j(
    'Quiet Hours silences calls, alerts and notifications on Slate while you sleep, work or drive. The screen stays dark when a',
    'notification arrives, and the notification waits for you in Notification Centre.',
  ),
  'You can turn Quiet Hours on whenever you like, or set a schedule so that it turns on and off by itself.',
  j(
    'While Quiet Hours is on, people who message you in Messages can see that you have notifications silenced, if you allow it in',
    'Share Status. They can still choose Notify Anyway for something urgent.',
  ),
];
const aOn = [
  'Swipe down from the top-right corner of the screen to open Control Centre.',
  'Tap the crescent moon button. The button turns purple, and a crescent moon appears in the status bar.',
];
const aOnTip = j(
  '<span class="Label">Tip:</span> Touch and hold the button to choose how long Quiet Hours stays on: for one hour, until this',
  'evening, or until you leave your current location.',
);
const aSched = [
  'Go to Settings &gt; Quiet Hours.',
  'Turn on Scheduled, then choose a start time and an end time.',
  'To dim the Lock Screen during the schedule, turn on Dim Lock Screen.',
];
const aSchedNote = j(
  'Schedules follow the time zone that Slate is set to. If you travel, the schedule moves with you, so 22:00 always means',
  '22:00 where you are.',
);
const aAllow = [
  j(
    'Quiet Hours can still let some calls through. In Settings &gt; Quiet Hours, tap Allow Calls From and choose Everyone, No One,',
    'Favourites or one of your contact groups.',
  ),
  j(
    'When Repeated Calls is on, a second call from the same person within three minutes is not silenced. This helps in an emergency,',
    'when someone may keep trying to reach you.',
  ),
  j('Alarms you set in the Clock app always sound, even during Quiet Hours. Timers sound too, but the notifications of other apps do', 'not.'),
];
const aSee = ['Change notification settings on Slate', 'Use focus filters on Slate', 'Set up emergency contacts on Slate'];
const aGn = ['Store', 'Slate', 'Phone', 'Watch', 'Audio', 'Home', 'Support'];
const aToc = [
  'Welcome',
  'What’s new in SlateOS 8',
  'Set up and get started',
  'Basics',
  'Personalise your Slate',
  'Notifications',
  'Accessibility',
  'Privacy and security',
];
const aFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map'];
const aHtml = `<!DOCTYPE html><html lang="en-GB" prefix="og: http://ogp.me/ns#" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>Use Quiet Hours on Slate - Quince Support (UK)</title>
<meta name="description" content="On Slate, use Quiet Hours to silence calls, alerts and notifications."><meta name="book-name" content="Slate User Guide">
<meta name="book-version" content="8.0"><meta name="platform" content="slate"><meta property="og:type" content="article">
<link rel="canonical" href="https://support.quince.example/en-gb/guide/slate/sl4d2b7e91/slate"><link rel="stylesheet" href="/clientside/build/app-guide.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${aTitle}","inLanguage":"en-GB",
"isPartOf":{"@type":"Book","name":"Slate User Guide"},"publisher":{"@type":"Organization","name":"Quince"}}</script>
<script>window.guideConfig={topicId:"sl4d2b7e91",locale:"en_GB",analytics:{pageName:"acs::guide::slate::quiet hours"}};</script></head>
<body class="ac-gn-current-support no-js" data-istouch="false">
<nav id="ac-globalnav" class="no-js" role="navigation" aria-label="Global" data-hires="false" data-analytics-region="global nav" lang="en-GB" dir="ltr">
<div class="ac-gn-content"><ul class="ac-gn-list"><li class="ac-gn-item ac-gn-item-menu ac-gn-quince"><a class="ac-gn-link ac-gn-link-quince" href="/uk/"
data-analytics-title="quince home"><span class="ac-gn-link-text">Quince</span></a></li>
${links(aGn, 'ac-gn-item ac-gn-item-menu')}</ul></div></nav>
<div id="app"><div class="book-container">
<header class="book-header"><div class="book-header-content"><a class="book-header-title" href="/en-gb/guide/slate/welcome/slate">
Slate User Guide</a><button class="toc-toggle" aria-expanded="false">Table of Contents</button><div class="book-header-search">
<input type="search" placeholder="Search this guide" aria-label="Search this guide"></div></div></header>
<div class="book-layout"><nav class="toc-container" aria-label="Table of Contents"><ul class="toc-list">${links(aToc, 'toc-item')}</ul></nav>
<main id="main" class="main" role="main"><div class="topic-container"><div id="content" class="topic-content AppleTopic" lang="en-GB">
<h1 class="Name">${aTitle}</h1>
${ps(aIntro)}
<div class="Subhead"><h2 class="Name">Turn Quiet Hours on or off</h2></div>
<ol class="Steps">${lis(aOn, 'Item')}</ol><p class="Tip">${aOnTip}</p>
<div class="Subhead"><h2 class="Name">Set a Quiet Hours schedule</h2></div>
<ol class="Steps">${lis(aSched, 'Item')}</ol><div class="Note"><p><span class="Label">Note:</span> ${aSchedNote}</p></div>
<div class="Subhead"><h2 class="Name">Let some calls through</h2></div>
${ps(aAllow)}
<div class="LinkUniversal"><p class="SeeAlso">See also</p><ul>${links(aSee)}</ul></div></div>
<div class="feedback-container"><form class="feedback-form"><p class="feedback-question">Helpful?</p>
<button class="yes" type="button">Yes</button><button class="no" type="button">No</button>
<textarea maxlength="250" placeholder="Please don’t include any personal information in your comment."></textarea>
<p class="char-limit">Character limit: 250</p><button class="submit" type="submit">Submit</button>
<p class="thanks" hidden="">Thanks for your feedback.</p></form></div>
<div class="paging"><a class="previous" href="/en-gb/guide/slate/notifications">Previous</a><a class="next" href="/en-gb/guide/slate/focus">Next</a></div>
</div></main></div></div></div>
<footer id="ac-globalfooter" class="no-js" role="contentinfo" lang="en-GB" dir="ltr"><div class="ac-gf-content">
<nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs"><ol><li class="ac-gf-breadcrumbs-item"><a href="/uk/">Quince</a></li>
<li class="ac-gf-breadcrumbs-item"><a href="/en-gb/">Support</a></li><li class="ac-gf-breadcrumbs-item">Slate User Guide</li></ol></nav>
<section class="ac-gf-footer"><div class="ac-gf-footer-shop">More ways to shop: <a href="/uk/retail/">Find a Quince Store</a> or
<a href="/uk/shop/">other retailer</a> near you. Or call 0800 048 0411.</div>
<div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2026 Quince Inc. All rights reserved.</div>
<div class="ac-gf-footer-legal-links">${aFoot.map((f) => `<a class="ac-gf-footer-legal-link" href="#">${f}</a>`).join('\n')}</div>
<a class="ac-gf-footer-locale-link" href="/choose-country-region/" title="Choose your country or region">United Kingdom</a></div></section></div></footer>
<script src="/clientside/build/app-guide.js" defer></script></body></html>`;
const appleGuide: TestPage = {
  name: 'heldout341-apple-style-guide-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Turn Quiet Hours on or off', 'Set a Quiet Hours schedule', 'Let some calls through'],
  body: texts([...aIntro, ...aOn, aOnTip, ...aSched, `Note: ${aSchedNote}`, ...aAllow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quince', ...aGn.filter((g) => g !== 'Slate'), 'Slate User Guide', 'Table of Contents',
    ...aToc, 'See also', ...aSee, 'Helpful?', 'Yes', 'Character limit: 250', 'Submit',
    'Previous', 'Next', 'More ways to shop: Find a Quince Store or other retailer near you. Or call 0800 048 0411.',
    'Copyright © 2026 Quince Inc. All rights reserved.', ...aFoot, 'United Kingdom',
  ],
};

export const HELDOUT341_D: readonly TestPage[] = [manualsLib, appleGuide];
