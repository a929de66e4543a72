import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout303-kit.js';

/**
 * Held-out batch 303, file f: an Apple Pages export to XHTML (EPUB content document with the Pages generator meta,
 * paragraph-style / character-style classes, toc_marker ids, a figure with caption and credit, a pull quote and epub
 * footnotes) and a SharePoint Online news post (suite bar, hub and site navigation, title region with author byline and
 * publish date, text web parts, image web part with caption, quick links, Like / Comment / Save for later bar, views
 * count, comments and the site footer).
 */
const aTitle = 'Forty Years of the Linden Street Choir';
const aH = ['How it started', 'The lean years', 'What comes next'];
const aIntro = [
  j(
    'This autumn the Linden Street Choir turns forty. To mark the anniversary we asked some of our longest-serving members to',
    'tell us what they remember, and we went through the boxes of programmes in the vestry cupboard.',
  ),
];
const aStart = [
  j(
    'The choir began in 1986 as eight neighbours singing carols round a piano in the back room of the Linden Arms. The landlord',
    'liked the trade so much that he offered them the room every Thursday, free of charge, for as long as they wanted it.',
  ),
  j(
    'By the spring there were twenty singers and a conductor, Winifred Ashgrove, who had taught music at the grammar school and',
    'would not tolerate anyone singing from memory before they had learned the part properly.',
  ),
];
const aQuote = '“We were terrible for about a year, and then one night we were not, and nobody could say what had changed.”';
const aLean = [
  j(
    'The choir nearly folded twice. In 1997 the Linden Arms closed and rehearsals moved to three different halls in a single',
    'year. Numbers fell to eleven. Then, in 2020, rehearsals stopped altogether for eighteen months.',
  ),
  j(
    'Both times it was the same small things that kept people together: a phone tree, a newsletter printed at the library, and',
    'a habit of going for chips after rehearsal that nobody was willing to give up.',
  ),
];
const aNext = [
  'The anniversary concert is on Saturday 17 October at St Barnabas, with a programme chosen by the members:',
  'music from our very first concert programme, found in the vestry;',
  'a new piece written for the choir by our accompanist, Tobias Wren;',
  'and, by popular demand, the carol that started it all.',
  j(
    'Tickets are ten pounds, and children come free. If you sang with the choir at any point in the last forty years, we would',
    'love you to join us for the final number. Rehearsals for former members start in September.',
  ),
];
const ap = (t: string): string => `<p class="paragraph-style-3"><span class="character-style-1">${t}</span></p>`;
const aHtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en-GB" lang="en-GB">
<head><meta charset="UTF-8"/><meta name="generator" content="Pages 14.3 (7041.0.109)"/><title>Spring Newsletter</title>
<link rel="stylesheet" type="text/css" href="../css/book.css"/><meta name="viewport" content="width=612, height=792"/></head>
<body id="body" class="body"><div class="page-header"><p class="paragraph-style-header">
<span class="character-style-5">Linden Street Choir · Spring Newsletter 2026</span></p></div>
<div class="body-content"><h1 class="paragraph-style-1" id="toc_marker-1"><span class="character-style-2">${aTitle}</span></h1>
<p class="paragraph-style-2"><span class="character-style-3">By Imelda Crossthwaite, choir secretary</span></p>
${aIntro.map(ap).join('\n')}
<h2 class="paragraph-style-4" id="toc_marker-2"><span class="character-style-4">${aH[0]}</span></h2>
${aStart.map(ap).join('\n')}
<blockquote class="paragraph-style-6"><p><span class="character-style-6">${aQuote}</span></p></blockquote>
<p class="paragraph-style-7"><span class="character-style-7">— Jean Pettifer, alto since 1987</span></p>
<div class="figure"><img src="../images/1986-back-room.jpeg" alt="" style="width:100%"/>
<p class="paragraph-style-caption"><span class="character-style-8">The first rehearsals in the back room of the Linden Arms, winter 1986.</span></p>
<p class="paragraph-style-credit"><span class="character-style-9">Photograph courtesy of the Pettifer family</span></p></div>
<h2 class="paragraph-style-4" id="toc_marker-3"><span class="character-style-4">${aH[1]}</span></h2>
${ap(aLean[0] ?? '')}
${ap(`${aLean[1]}<a epub:type="noteref" href="#footnote-1" class="footnote-ref"><sup>1</sup></a>`)}
<h2 class="paragraph-style-4" id="toc_marker-4"><span class="character-style-4">${aH[2]}</span></h2>
${ap(aNext[0] ?? '')}
<ul class="list-style-1">${aNext
  .slice(1, 4)
  .map((t) => `<li class="paragraph-style-5"><span class="character-style-1">${t}</span></li>`)
  .join('\n')}</ul>
${ap(aNext[4] ?? '')}
<aside epub:type="footnote" id="footnote-1" class="footnote"><p class="paragraph-style-footnote"><span class="character-style-10">1 The chip shop
on Harrow Road still gives the choir a discount on Thursdays.</span></p></aside>
</div><div class="page-footer"><p class="paragraph-style-footer">
<span class="character-style-5">lindenstreetchoir.example · Registered charity 1052871</span></p></div>
</body></html>`;
const pages: TestPage = {
  name: 'heldout303-apple-pages-export-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aStart, aQuote, ...aLean, ...aNext]),
  bylines: ['By Imelda Crossthwaite, choir secretary'],
  furniture: [
    'Linden Street Choir · Spring Newsletter 2026',
    '— Jean Pettifer, alto since 1987',
    'The first rehearsals in the back room of the Linden Arms, winter 1986.',
    'Photograph courtesy of the Pettifer family',
    '1 The chip shop on Harrow Road still gives the choir a discount on Thursdays.',
    'lindenstreetchoir.example · Registered charity 1052871',
  ],
};

const sTitle = 'Our new depot in Ashcombe opens on 4 May';
const sH = ['What is changing', 'Getting there', 'Questions'];
const sIntro = [
  j(
    'After two years of planning, Fenwick Logistics will open its third depot on the Ashcombe Business Park on Monday 4 May.',
    'The new site gives us room for twenty-six more vans and takes pressure off the Millbrook depot, which has been over capacity since last winter.',
  ),
];
const sChange = [
  j(
    'About sixty colleagues will move from Millbrook to Ashcombe, and we are recruiting forty new roles on site. Everyone affected',
    'by the move has already had a one-to-one with their manager, and the relocation allowance is described on the HR hub.',
  ),
  'From 4 May the routes will be split like this:',
  'Ashcombe takes all routes east of the river, including the coastal villages.',
  'Millbrook keeps the town centre and the routes to the north.',
  'Our Kingsmead depot is not affected.',
];
const sThere = [
  j(
    'The depot is a ten-minute walk from Ashcombe station. There is parking for 140 cars, twenty electric charging points and',
    'covered cycle storage. The number 17 bus stops at the park entrance every twenty minutes from 5 am.',
  ),
  j('The canteen opens on the first day, and, in response to the staff survey, it will serve hot food on night shifts as well as days.'),
  j(
    'For the first fortnight, colleagues moving from Millbrook can use the free shuttle bus between the two depots, which leaves',
    'Millbrook at 4.45 am, 12.45 pm and 8.45 pm. Details of the timetable are pinned in the depot channel in Teams.',
  ),
];
const sQ = [
  j(
    'We will hold two open days at Ashcombe on 25 and 26 April, so that anyone who is moving, and their families, can look round',
    'the site before the first shift. Sign-up details will follow from your manager this week.',
  ),
  'If you have questions about the move, post them in the comments below or speak to the project lead, Anneliese Orme.',
];
const sHub = ['Fenwick Connect', 'News', 'Policies', 'People', 'IT Help'];
const sSite = ['Home', 'News', 'Depots', 'Documents', 'Site contents'];
const sQuick = ['HR portal', 'Shift planner', 'Depot maps'];
const sp = (t: string): string => `<p>${t}</p>`;
const sHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${sTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-gb.css">
<script>var _spPageContextInfo={"webTitle":"Fenwick Connect","isSPO":true,"pageItemId":482,"webServerRelativeUrl":"/sites/connect"};</script>
<script type="text/javascript">var g_spPreFetchKeys=[];window.__spfxLoaderConfig={};</script></head>
<body><div id="SuiteNavWrapper"><div id="O365_NavHeader" class="o365sx-navbar" role="banner"><span class="o365sx-appName">SharePoint</span>
<input type="search" placeholder="Search this site"></div></div><div id="spPageChromeAppDiv"><div class="SPPageChrome">
<div class="ms-HubNav" role="navigation" aria-label="Hub navigation"><ul>${links(sHub, 'ms-HorizontalNavItem')}</ul></div>
<div data-automationid="SiteHeader" class="ms-siteHeader"><span class="ms-siteHeader-siteName">Fenwick Connect</span>
<nav class="ms-HorizontalNav"><ul>${links(sSite, 'ms-HorizontalNavItem')}</ul></nav><div class="actionsSubcell"><button>Following</button>
<button>Share</button></div></div>
<div class="SPCanvas"><div data-sp-feature-tag="Title Region" data-automation-id="pageHeader" class="ms-TitleRegion">
<div data-automation-id="title-region-image" class="ms-ImageRegion"><img src="/sites/connect/SiteAssets/ashcombe-depot.jpg" alt=""></div>
<div class="ms-TitleRegion-content"><span data-automation-id="newsTopicHeader" class="topicHeader">Company news</span>
<h1 role="heading" aria-level="1" data-automation-id="pageTitle" class="pageTitle">${sTitle}</h1>
<div data-automation-id="authorByline" class="authorByline"><span class="ms-Persona-primaryText">Hollis Brandt-Agyei</span>
<span class="ms-Persona-secondaryText">Head of Operations</span></div><div data-automation-id="pageDate" class="publishDate">Published 14 April 2026</div>
</div></div>
<div class="CanvasSection"><div class="CanvasZone-column">
<div data-sp-feature-tag="Rich Text Editor" data-sp-webpart-id="1ef5ed11" class="cke_editable rte--read isFluentRTE">
<div data-sp-rte="">
${sIntro.map(sp).join('\n')}
<h2>${sH[0]}</h2>
${sChange.slice(0, 2).map(sp).join('\n')}
<ul>${sChange
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div></div>
<div data-sp-feature-tag="Image" class="ImageWebPart"><img src="/sites/connect/SiteAssets/ashcombe-loading-bay.jpg" alt="">
<div class="captionElement" data-automation-id="captionElement">The loading bay at Ashcombe during the final fit-out in March</div></div>
<div data-sp-feature-tag="Rich Text Editor" class="cke_editable rte--read isFluentRTE"><div data-sp-rte="">
<h2>${sH[1]}</h2>
${ps(sThere)}
<h2>${sH[2]}</h2>
${sQ.map(sp).join('\n')}</div></div></div>
<div class="CanvasZone-column"><div data-sp-feature-tag="QuickLinksWebPart" class="quickLinks"><h2 class="webPartTitle">Useful links</h2>
<ul>${links(sQuick, 'quickLinks-item')}</ul></div></div></div>
<div class="ms-SocialBar" data-automation-id="sp-socialbar"><button data-automation-id="sp-socialbar-likebutton">Like</button>
<button data-automation-id="sp-socialbar-commentbutton">Comment</button><button data-automation-id="sp-socialbar-savelaterbutton">Save for later</button>
<span data-automation-id="sp-socialbar-viewcount">312 views</span></div>
<div class="ms-CommentsWrapper" data-sp-feature-tag="Comments"><h2 class="commentsHeader">Comments</h2>
<div class="comment"><span class="commentAuthor">Dev Ramaswamy</span><span class="commentDate">15 April</span>
<p class="commentText">Will the Ashcombe canteen take card payments from day one?</p></div>
<div class="comment"><span class="commentAuthor">Kofi Lindgren</span><span class="commentDate">15 April</span>
<p class="commentText">Yes, card and the staff app both work from opening.</p></div></div></div></div></div>
<footer class="ms-siteFooter"><span class="ms-siteFooter-name">Fenwick Connect</span>
<ul>${links(['Contact the intranet team', 'Accessibility statement'])}</ul></footer>
<script src="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-gb.js"></script></body></html>`;
const sharepoint: TestPage = {
  name: 'heldout303-sharepoint-news-post-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sChange, ...sThere, ...sQ]),
  bylines: ['Hollis Brandt-Agyei', 'Head of Operations', 'Published 14 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SharePoint', ...sHub.filter((h) => h !== 'News' && h !== 'Fenwick Connect'), 'Fenwick Connect', ...sSite, 'Following', 'Share', 'Company news',
    'The loading bay at Ashcombe during the final fit-out in March', 'Useful links', ...sQuick, 'Like', 'Comment', 'Save for later', '312 views',
    'Comments', 'Dev Ramaswamy', '15 April', 'Will the Ashcombe canteen take card payments from day one?', 'Kofi Lindgren',
    'Yes, card and the staff app both work from opening.', 'Contact the intranet team', 'Accessibility statement',
  ],
};

export const HELDOUT303_F: readonly TestPage[] = [pages, sharepoint];
