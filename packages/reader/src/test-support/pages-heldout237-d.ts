import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 D: a county newspaper's obituary page (Legacy-style obit on a BLOX site, news) and a letters to the editor page (news). */

const G1 = [
  `Evelyn Ruth (Marsh) Kettleby, 91, of Cobb Township, passed away peacefully Sunday, Nov. 29, 2026, at
  Birchwood Care Center surrounded by her family.`,
  `She was born April 3, 1935, on the family farm near Ashby to Harold and Louise (Dietz) Marsh. She graduated
  from Ashby High School in 1953 and married Donald Kettleby on June 20, 1956, at St. Paul Lutheran Church.`,
  `Evelyn taught fourth grade at Cobb Elementary for 28 years, and generations of students remember her
  spelling bees and the canary that lived in her classroom. After retiring she volunteered at the county
  historical society, where she catalogued more than 4,000 photographs.`,
  `She loved her garden, her church quilting circle, and Friday night fish fries at the Legion.`,
  `She is survived by her children, Carol (Jim) Avery of Ashby and Mark (Denise) Kettleby of Fort Elm; five
  grandchildren; and nine great-grandchildren. She was preceded in death by her husband Donald in 2011 and her
  sister Joan.`,
  `A funeral service will be held at 11 a.m. Saturday, Dec. 5, at St. Paul Lutheran Church, with visitation one
  hour before. Burial will follow at Cobb Township Cemetery. Memorials may be made to the Cobb County Historical Society.`,
  `Family meant everything to Evelyn. She never missed a grandchild's ball game or recital, and she hosted Sunday dinner
  for the whole family until she was 87, always with her famous rhubarb pie.`,
  `The family wishes to thank the staff of Birchwood Care Center and Harmony Hospice for the kindness and care they gave
  her in her final months.`,
];
const NAV7 = ['News', 'Sports', 'Obituaries', 'Opinion', 'Lifestyles', 'Classifieds', 'e-Edition'];
const html7 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Evelyn Ruth Kettleby | Obituaries | cobbcountyledger.com</title>
<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"Evelyn Ruth Kettleby","articleSection":"Obituaries"}</script>
<script src="https://bloximages.townnews.com/cobbcountyledger.com/tncms/live/app.js"></script></head>
<body class="fixed-scroll-nav" data-asset-type="article">
<header id="site-navbar-container"><a class="navbar-brand" href="/">Cobb County Ledger</a>
<nav id="main-nav"><ul class="nav navbar-nav">${links(NAV7)}</ul></nav><a class="btn">Subscribe</a></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/obituaries/">Obituaries</a></li></ol>
<article class="asset obituary"><header class="asset-header"><h1 class="headline"><span class="tnt-headline">Evelyn Ruth Kettleby</span></h1>
<div class="obit-dates"><span>April 3, 1935 - November 29, 2026</span></div>
<ul class="list-inline asset-byline"><li><time class="tnt-date" datetime="2026-12-01">Dec 1, 2026</time></li></ul></header>
<div class="asset-photo"><figure><img src="/content/tncms/assets/v3/obit/kettleby.jpg" alt="Evelyn Kettleby"></figure></div>
<div id="article-body" class="asset-content">${ps(G1)}
<p class="obit-funeral-home"><em>Arrangements by Lindgren-Pace Funeral Home, Ashby.</em></p></div>
<div class="obit-guestbook"><h3>Guest Book</h3><ul>${links(['Sign the Guest Book', 'Send Flowers', 'Share a Memory'])}</ul>
<div class="condolence"><p>Mrs. Kettleby was my teacher in 1971. I still remember the canary. – Lou B.</p></div></div>
<div class="share-container"><ul class="list-inline">${links(['Facebook', 'Twitter', 'Email', 'Print'])}</ul></div>
</article>
<section class="asset-recommend"><h3>Recent Obituaries</h3><ul>${links(['Harold J. Finch', 'Marjorie Ann Yost', 'Pete Lindahl'])}</ul></section>
</div><aside class="col-md-4"><section><h3>Place an obituary</h3><p>Call 555-0142 or email obits@cobbcountyledger.com.</p></section>
<div class="tnt-ads"><span>Advertisement</span></div></aside></div></div>
<footer id="site-footer-container"><ul>${links(['Contact Us', 'Terms of Use', 'Privacy Policy'])}</ul>
<p>© Copyright 2026 Cobb County Ledger, 14 Main St., Ashby</p></footer></body></html>`;

const H1 = [
  `To the editor:`,
  `I was disappointed to read that the county plans to cut Sunday hours at the Brennock Library. For families
  like mine, Sunday afternoon is the only time both parents are home to take the kids.`,
  `The savings quoted, about $18,000 a year, are less than the county spent repainting the courthouse dome.
  Surely there is a better place to look.`,
  `Anya Solberg, Brennock`,
  `To the editor:`,
  `Thank you to the dozens of volunteers who turned out for the Mill Creek cleanup on Nov. 21. We pulled 37
  tires, two shopping carts and a rusted mailbox out of the water.`,
  `Special thanks to Hartle's Market for donating lunch and to the Scout troop that stayed until dark.`,
  `Gerald Amsworth, Friends of Mill Creek`,
  `To the editor:`,
  `The proposed speed bumps on Orchard Lane will slow ambulances and snowplows. I urge the council to try a
  radar sign first and measure the results before spending money on permanent changes.`,
  `Ruth Ng-Carver, Orchard Lane`,
  `To the editor:`,
  `I want to thank the crew at the county road department who cleared our road before dawn after last week's snow. My
  husband is on dialysis and we had to be in the city by 7 a.m. They made it possible. Public workers rarely get thanks,
  so here is ours.`,
  `Marian and Ted Olufsen, Brennock`,
];
const LH = ['Keep Sunday library hours', 'Cleanup was a success', 'Try a radar sign first', 'Thanks to the road crew'];
const letter = (h: string, paras: readonly string[]): string => `<h2>${h}</h2>\n${ps(paras)}`;
const html8 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Letters to the editor, Dec. 3 | Opinion | The Brennock Sentinel</title>
<meta name="description" content="Readers write about library hours, the Mill Creek cleanup and speed bumps.">
<link rel="stylesheet" href="/wp-content/themes/sentinel/style.css"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="single-post category-letters">
<div class="paywall-meter" role="status"><p>You have 2 free articles remaining this month.</p><a>Subscribe now</a></div>
<header class="site-header"><a class="site-title">The Brennock Sentinel</a><span class="site-date">Thursday, December 3, 2026</span>
<nav class="primary-menu"><ul>${links(['Home', 'Local', 'Schools', 'Sports', 'Opinion', 'Obituaries', 'Legal Notices'])}</ul></nav></header>
<main class="content"><article class="post">
<header><span class="kicker">Letters</span><h1 class="entry-title">Letters to the editor, Dec. 3</h1>
<p class="meta">Posted Thursday, December 3, 2026 6:00 am</p></header>
<div class="entry-content">
${letter(LH[0] as string, H1.slice(0, 4))}
<div class="ad-slot"><span>Advertisement</span></div>
${letter(LH[1] as string, H1.slice(4, 8))}
${letter(LH[2] as string, H1.slice(8, 11))}
${letter(LH[3] as string, H1.slice(11))}
<div class="letters-policy"><p><strong>Write to us:</strong> Letters must be under 300 words and include your name, town and phone number.
Email letters@brennocksentinel.com.</p></div>
</div>
<div class="share-tools"><a>Share</a><a>Tweet</a><a>Email</a></div></article>
<aside class="sidebar"><h3>Latest Opinion</h3><ul>${links(['Editorial: Fund the road plan now', 'Column: The best pie in the county'])}</ul></aside></main>
<footer><p>The Brennock Sentinel · PO Box 88 · Brennock</p><ul>${links(['Contact', 'Advertise', 'Privacy'])}</ul></footer></body></html>`;

export const HELDOUT237_D: readonly TestPage[] = [
  {
    name: 'heldout237-county-newspaper-obituary-news',
    kind: 'news',
    html: html7,
    title: 'Evelyn Ruth Kettleby',
    headings: [],
    body: texts(G1),
    bylines: ['Dec 1, 2026'],
    furniture: [
      ...NAV7,
      'Subscribe',
      'Home',
      'April 3, 1935 - November 29, 2026',
      'Arrangements by Lindgren-Pace Funeral Home, Ashby.',
      'Guest Book',
      'Sign the Guest Book',
      'Send Flowers',
      'Share a Memory',
      'Mrs. Kettleby was my teacher in 1971. I still remember the canary. – Lou B.',
      'Facebook',
      'Twitter',
      'Email',
      'Print',
      'Recent Obituaries',
      'Harold J. Finch',
      'Marjorie Ann Yost',
      'Pete Lindahl',
      'Place an obituary',
      'Call 555-0142 or email obits@cobbcountyledger.com.',
      'Advertisement',
      'Contact Us',
      'Terms of Use',
      'Privacy Policy',
      '© Copyright 2026 Cobb County Ledger, 14 Main St., Ashby',
    ],
  },
  {
    name: 'heldout237-local-paper-letters-news',
    kind: 'news',
    html: html8,
    title: 'Letters to the editor, Dec. 3',
    headings: LH,
    body: texts(H1),
    bylines: ['Posted Thursday, December 3, 2026 6:00 am'],
    furniture: [
      'You have 2 free articles remaining this month.',
      'Subscribe now',
      'Thursday, December 3, 2026',
      'Home',
      'Local',
      'Schools',
      'Sports',
      'Opinion',
      'Obituaries',
      'Legal Notices',
      'Advertisement',
      'Write to us: Letters must be under 300 words and include your name, town and phone number. Email letters@brennocksentinel.com.',
      'Share',
      'Tweet',
      'Email',
      'Latest Opinion',
      'Editorial: Fund the road plan now',
      'Column: The best pie in the county',
      'The Brennock Sentinel · PO Box 88 · Brennock',
      'Contact',
      'Advertise',
      'Privacy',
    ],
  },
];
