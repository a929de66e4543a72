import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file f: a wedding magazine's advice article on Next.js (CSS-module class names, ad slots, an inline
 * newsletter box, an author bio, a "more from" rail and the __NEXT_DATA__ script), and an old family florist's wedding page
 * in a FrontPage-era table layout with font tags, bold section labels, a price table and a hit counter.
 */
const nTitle = 'Eight Questions to Ask Before You Book a Wedding Florist';
const nDek = 'A florist can make or break the look of the day. Here is what to ask in the first meeting, and what the answers tell you.';
const nIntro = j(
  'Flowers are one of the few parts of a wedding budget that guests see from the first minute to the last, and they are also one',
  'of the hardest to judge in advance. We asked six florists and a dozen recently married couples what they wish had been',
  'asked in that first consultation.',
);
const nQs: [string, string][] = [
  [
    '1. Are you free on our date, and how many weddings will you do that weekend?',
    j(
      'Many florists take two or three weddings on a busy Saturday. That is fine if they have the team for it, but ask who will',
      'actually build and deliver your flowers.',
    ),
  ],
  [
    '2. Can we see full weddings, not just the best photos?',
    j('Instagram shows the hero bouquet. Ask for a gallery of a complete wedding, from buttonholes to the last table, to see how', 'consistent the work is.'),
  ],
  [
    '3. What will be in season?',
    j('A good florist will steer you toward flowers at their peak on your date. If the answer is that anything is possible, expect', 'to pay for it.'),
  ],
  ['4. Is there a minimum spend?', 'Most wedding florists have one, often between $1,500 and $3,000. It is better to know before you fall in love with them.'],
  [
    '5. What does the quote include?',
    j(
      'Check for delivery, set-up, collection of hired vases and stands, and the time it takes to move ceremony flowers to the',
      'reception. These can add hundreds to the final bill.',
    ),
  ],
  ['6. Can arrangements do double duty?', 'Ceremony urns that move to the bar and bouquets that become table decorations are the easiest savings there are.'],
  ['7. What happens if a flower is unavailable?', 'Crops fail. Ask how substitutions are agreed and whether you will be told before the day.'],
  ['8. When is the final payment due?', 'Usually two to four weeks before the wedding, when the florist places the wholesale order.'],
];
const nOutro = j(
  'Above all, notice how the florist listens. The best ones ask as many questions as you do, about the venue, the light and what',
  'the two of you actually like.',
);
const nNav = ['Real Weddings', 'Planning', 'Fashion', 'Flowers', 'Venues', 'Honeymoons'];
const nMore = ['The new rules of wedding guest lists', 'Inside a barn wedding for 300 on a shoestring', 'What a florist really earns from your bouquet'];
const nFoot = ['About us', 'Advertise', 'Privacy', 'Cookie settings'];
const nQ = ([h, p]: [string, string]): string => `<h2 class="ArticleBody_heading__q1Rz8">${h}</h2><p class="ArticleBody_paragraph__Yw3eL">${p}</p>`;
const nAd = (n: number): string => `<div class="AdSlot_adSlot__3kx9Q AdSlot_inArticle__P0x7d"><span class="AdSlot_label__Hk2x1">Advertisement</span><div
id="div-gpt-ad-article-${n}" class="AdSlot_slot__Ld8vV" style="min-height:250px"></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | The Bridal Ledger</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://www.thebridalledger.com/flowers/questions-to-ask-wedding-florist"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${nTitle}","author":[{"@type":"Person","name":"Celeste Marwood"}],
"datePublished":"2027-03-22T10:00:00Z","dateModified":"2027-04-02T08:15:00Z"}</script><meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/4c1f0b2a8e7d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1f0b2a8e7d.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-2b6c1e7f9a0d.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__tW2kA">Skip to main content</a><header class="SiteHeader_header__8PxQd"><div
class="SiteHeader_inner__l3Vn0"><a
href="/" class="SiteHeader_logo__Xc1aF" aria-label="The Bridal Ledger home"><svg viewBox="0 0 180 32" aria-hidden="true"></svg></a><nav
class="SiteHeader_nav__Fz2kM"
aria-label="Sections"><ul>${links(nNav, 'SiteHeader_navItem__o9QeB')}</ul></nav><div class="SiteHeader_actions__b5HhY"><button class="SiteHeader_search__Ux1r0"
aria-label="Search"><svg aria-hidden="true"></svg></button><a class="Button_button__Kk2Lq Button_small__n3VqT"
href="/newsletter">Subscribe</a></div></div></header>
<div class="AdSlot_adSlot__3kx9Q AdSlot_leaderboard__Qm1Yh"><span class="AdSlot_label__Hk2x1">Advertisement</span><div id="div-gpt-ad-leaderboard"
class="AdSlot_slot__Ld8vV" style="min-height:90px"></div></div>
<main id="main" class="ArticleLayout_main__Wt0cS"><article class="ArticleLayout_article__jR7yE"><header class="ArticleHeader_header__mC2sD"><a href="/flowers"
class="ArticleHeader_kicker__Zq8rT">Flowers</a><h1 class="ArticleHeader_title__x7Ka2">${nTitle}</h1><p class="ArticleHeader_dek__Vb3nP">${nDek}</p><div
class="ArticleHeader_meta__Hy6pL"><span class="Byline_byline__e4RtQ">By <a href="/authors/celeste-marwood" class="Byline_author__p1sKd">Celeste
Marwood</a></span><div
class="ArticleHeader_dates__z2Lx0"><time dateTime="2027-03-22T10:00:00Z">Published March 22, 2027</time><time dateTime="2027-04-02T08:15:00Z">Updated April 2,
2027</time>
</div><span class="ArticleHeader_readTime__Ns4Wd">7 min read</span></div><div class="ShareBar_share__R0a8c"><button class="ShareBar_button__c3Fq1"
aria-label="Share on
Pinterest"><svg aria-hidden="true"></svg></button><button class="ShareBar_button__c3Fq1" aria-label="Share on Facebook"><svg
aria-hidden="true"></svg></button><button
class="ShareBar_button__c3Fq1 ShareBar_copy__T8jWm">Copy link</button></div></header>
<figure class="ArticleHero_figure__G5tYe"><img alt="A florist arranging white garden roses at a workbench" loading="eager" width="1600" height="1067"
decoding="async"
data-nimg="1" class="ArticleHero_image__kD9wE" style="color:transparent"
src="/_next/image?url=https%3A%2F%2Fcdn.thebridalledger.com%2Fflorist-bench.jpg&amp;w=1920&amp;q=75"/>
<figcaption class="ArticleHero_caption__Pq3sL">Ask to see a florist's studio as well as their portfolio.<span class="ArticleHero_credit__r7VbX">Photo: Rowan
Adeyemi</span>
</figcaption></figure>
<div class="ArticleBody_body__9kTfU"><p class="ArticleBody_paragraph__Yw3eL">${nIntro}</p>
${nQs.slice(0, 3).map(nQ).join('\n')}
${nAd(1)}
${nQs.slice(3, 5).map(nQ).join('\n')}
<aside class="NewsletterInline_box__F2mZk"><p class="NewsletterInline_title__o8QvE">Get our weekly planning email</p><p class="NewsletterInline_text__Jw5Ra">One
idea, one real wedding and one supplier checklist, every Friday.</p><form class="NewsletterInline_form__tX1bN"><input type="email" placeholder="Your email
address"
aria-label="Email address"/><button type="submit" class="Button_button__Kk2Lq">Sign up</button></form></aside>
${nQs.slice(5).map(nQ).join('\n')}
<p class="ArticleBody_paragraph__Yw3eL">${nOutro}</p></div>
<footer class="ArticleFooter_footer__Jm4wQ"><div class="AuthorBio_bio__s0KcL"><img alt="" width="64" height="64"
src="/_next/image?url=%2Fauthors%2Fceleste.jpg&amp;w=128&amp;q=75"/>
<div><p class="AuthorBio_name__d8Lpa">Celeste Marwood</p><p class="AuthorBio_text__Xn2Rb">Celeste is The Bridal Ledger's flowers and styling editor. She
trained as a
florist in Harrowgate and still does her own Christmas wreaths.</p></div></div></footer></article>
<aside class="MoreFrom_rail__Bv7Qx"><h2 class="MoreFrom_title__Lk1pZ">More from The Bridal
Ledger</h2><ul>${links(nMore, 'MoreFrom_item__Uj3cR')}</ul>${nAd(2)}</aside>
</main>
<footer class="SiteFooter_footer__Hn5Wd"><ul class="SiteFooter_links__p9EcT">${links(nFoot)}</ul><p class="SiteFooter_copy__Rt1Yb">© 2027 Ledger Media Ltd.
All rights
reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"art_81f2","title":"${nTitle}","section":"flowers",
"author":{"name":"Celeste Marwood","slug":"celeste-marwood"},"publishedAt":"2027-03-22T10:00:00Z","readTime":7}},"__N_SSG":true},"page":"/[section]/[slug]",
"query":{"section":"flowers","slug":"questions-to-ask-wedding-florist"},"buildId":"Qm8xV1fP2kR9tLs0","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout683-nextjs-florist-questions',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nQs.map(([h]) => h),
  body: [nDek, nIntro, ...nQs.map(([, p]) => p), nOutro],
  bylines: ['By Celeste Marwood', 'Published March 22, 2027', 'Updated April 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...nNav.filter((t) => t !== 'Flowers'),
    'Subscribe', 'Advertisement', '7 min read', 'Copy link', "Ask to see a florist's studio as well as their portfolio.",
    'Photo: Rowan Adeyemi',
    'Get our weekly planning email', 'One idea, one real wedding and one supplier checklist, every Friday.', 'Sign up', 'Celeste Marwood',
    "Celeste is The Bridal Ledger's flowers and styling editor. She trained as a florist in Harrowgate and still does her own Christmas wreaths.",
    'More from The Bridal Ledger', ...nMore, ...nFoot, '© 2027 Ledger Media Ltd. All rights reserved.',
  ]),
};

const tTitle = 'Wedding Flowers at Hillcrest';
const tIntro = [
  j(
    'For more than sixty years Hillcrest Florist has been doing the flowers for weddings all over Dunmore County. Many of the brides',
    'we see today are the daughters and granddaughters of brides we first worked with in the 1960s and 1970s!',
  ),
  'Whether you want a simple nosegay or a full church and reception, we will be happy to help you plan your wedding flowers.',
];
const tSecs: [string, string[]][] = [
  [
    'Your Free Consultation',
    [
      j(
        'Call the shop to set up a time to sit down with Margaret or Dale. Please bring pictures of your dress and your colors, and a',
        'swatch of the bridesmaid fabric if you have it. Consultations take about one hour.',
      ),
    ],
  ],
  ['Bridal Party Prices', ['All prices are a starting point and depend on the flowers you choose.']],
  [
    'Church and Reception',
    [
      j(
        'We deliver and set up at all churches and halls in the county. Pew bows, altar arrangements, unity candle rings and table',
        'centerpieces can be rented or purchased. We will pick up rented items the Monday after your wedding.',
      ),
    ],
  ],
  [
    'Ordering',
    [
      j(
        'We ask for a deposit of 25% to hold your date, with the balance due two weeks before the wedding. We are only able to do',
        'three weddings each Saturday, so June and September dates fill up fast!',
      ),
    ],
  ],
];
const tRows = [
  ['Bridal bouquet', 'from $95.00'],
  ['Bridesmaid bouquet', 'from $45.00'],
  ['Corsage (mothers and grandmothers)', 'from $18.00'],
  ['Boutonniere', 'from $9.50'],
  ['Flower girl basket or halo', 'from $30.00'],
];
const tSide = ['Home', 'Weddings', 'Sympathy', 'Everyday Flowers', 'Plants & Gifts', 'Contact Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tSec = ([h, p]: [string, string[]]): string =>
  `<p>${tFont(`<b><font color="#663366">${h}</font></b>`)}</p>\n${p.map((x) => `<p>${tFont(x)}</p>`).join('\n')}`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Hillcrest Florist - Wedding Flowers - Dunmore County</title>
<meta name="keywords" content="florist, wedding flowers, bridal bouquet, Dunmore County, flowers delivered">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_wed_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Hillcrest Florist - Since 1962"></td></tr>
<tr><td colspan="2" bgcolor="#663366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">412 Main Street, Dunmore &nbsp;|&nbsp; (555) 218-4400
&nbsp;|&nbsp; Open Mon-Sat 8:30-5:30</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F3E9F3"><br>
<table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tSide
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b><a
href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t.replace('&', '&amp;')}</a></b></font></td></tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/guild_member.gif" width="120" height="60" alt="Member Florists Guild"><br><font face="Verdana, Arial" size="1">Proud
member of
the<br>Tri-State Florists Guild</font></center><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p><font face="Georgia, Times New Roman, serif" size="5" color="#663366"><b>${tTitle}</b></font></p>
${tIntro.map((x) => `<p>${tFont(x)}</p>`).join('\n')}
<p align="center"><img src="images/wedding_bouquet.jpg" width="300" height="225" border="1" alt="Bridal bouquet"><br><font face="Verdana, Arial" size="1"><i>A
June
bouquet of roses and stephanotis</i></font></p>
${tSec(tSecs[0] ?? ['', []])}
${tSec(tSecs[1] ?? ['', []])}
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" align="center"><tr bgcolor="#F3E9F3"><th><font face="Verdana, Arial"
size="2">Item</font></th><th><font face="Verdana, Arial" size="2">Price</font></th></tr>
${trs(tRows.map((r) => r.map(tFont)))}
</table>
${tSecs.slice(2).map(tSec).join('\n')}
<p>${tFont('<b>Call us today at (555) 218-4400 to set up your consultation!</b>')}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">${tSide
  .map(
    (t) => `<a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font
color="#FFFFFF">${t.replace('&', '&amp;')}</font></a>`,
  )
  .join(' | ')}<br>Copyright &copy; 1998-2027 Hillcrest Florist. All rights reserved.<br>You are visitor
number <img src="/cgi-bin/counter.gif?page=weddings" alt="048213"> since March 1998</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout683-table-layout-florist-weddings',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tSecs.map(([h]) => h),
  body: [
    ...tIntro,
    ...(tSecs[0]?.[1] ?? []),
    ...(tSecs[1]?.[1] ?? []),
    ...rowTexts(tRows),
    ...tSecs.slice(2).flatMap(([, p]) => p),
    'Call us today at (555) 218-4400 to set up your consultation!',
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    '412 Main Street, Dunmore | (555) 218-4400 | Open Mon-Sat 8:30-5:30',
    ...tSide.filter((t) => t !== 'Weddings'), 'Proud member of the Tri-State Florists Guild',
    'A June bouquet of roses and stephanotis', 'Copyright © 1998-2027 Hillcrest Florist. All rights reserved.', 'You are visitor number since March 1998',
  ]),
};

export const HELDOUT683_F: readonly TestPage[] = [nextjs, tableLayout];
