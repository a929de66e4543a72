import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout324-kit.js';

/**
 * Held-out batch 324, file c2: a WikiTree genealogy profile (the WikiTree top bar and menus, the profile tabs, the vitals
 * box with birth, death and family lines, the Biography, Research Notes and Sources sections, the DNA connections box,
 * the profile manager and "accessed" lines, categories, the trusted list promo and footer).
 */
const wTitle = 'Josiah Elwood Danner (1884 - 1957)';
const wVitals = [
  'Born 9 Jan 1884 in Tolland Falls, Wexley, Iowa, United States',
  'Son of Henry Danner and Martha (Elwood) Danner',
  'Husband of Cora Belle (Whitcombe) Danner — married 18 Feb 1910 in Harlan Mills, Wexley, Iowa',
  'Husband of Ada (Brink) Danner — married 4 Jun 1921 in Harlan Mills, Wexley, Iowa',
  'Died 22 Aug 1957 at age 73 in Harlan Mills, Wexley, Iowa, United States',
];
const wBio = [
  j(
    'Josiah Elwood Danner was born on 9 January 1884 on his parents’ farm in Tolland Falls Township, the eldest son of Henry Danner',
    'and Martha Elwood.<sup class="reference"><a href="#_note-1">[1]</a></sup> He appears with his parents in the 1885 Iowa state',
    'census and the 1900 federal census, where he is listed as a farm laborer.',
  ),
  j(
    'By 1905 he had moved into Harlan Mills and was working as an apprentice to the blacksmith Otto Breuer. The 1910 census lists him',
    'as a blacksmith with his own shop on Mill Street, living with his new wife, Cora.<sup class="reference"><a href="#_note-2">[2]</a></sup>',
  ),
  j(
    'Josiah and Cora had three children before Cora died in the influenza epidemic of November 1918. In 1921 he married Ada Brink, a',
    'widow from Pike Corner, who raised Ruth and Walter as her own.',
  ),
  j(
    'As motor cars replaced horses, Josiah turned the shop into a garage and filling station, which he ran with his son Walter until',
    '1949. He served two terms on the Harlan Mills town council and was a charter member of the volunteer fire company.',
  ),
  j(
    'Josiah died at home on 22 August 1957 and was buried at Pike Corner Cemetery beside his first wife.<sup class="reference">',
    '<a href="#_note-3">[3]</a></sup>',
  ),
];
const wNotes = [
  j(
    'Some online trees give his birth year as 1883, apparently from his World War I draft card, which states 9 January 1883. The',
    '1885 state census and his obituary both support 1884, and the family Bible (in the possession of a descendant) gives 1884.',
  ),
  j(
    'His middle name appears as Elwood, his mother’s maiden name, on the marriage record of 1910; later records use only the initial',
    'E. Please do not merge him with Josiah Edward Danner (1886-1940) of Benton County, a different man.',
  ),
];
const wSources = [
  'Iowa, State Census, 1885, Tolland Falls Township, Wexley County, household of Henry Danner.',
  'United States Census, 1910, Harlan Mills, Wexley County, Iowa, sheet 4A, dwelling 61, Josiah Danner.',
  'Find a Grave, memorial for Josiah Danner, Pike Corner Cemetery, Harlan Mills, Iowa.',
  '"Josiah Danner Dies at 73," Wexley Courier, 24 Aug 1957, page 1.',
];
const wTop = ['Add', 'Search', 'Help', 'My WikiTree', 'Log In'];
const wTabs = ['Profile', 'Images', 'Changes', 'DNA', 'Descendants', 'Ancestors'];
const wCats = ['Harlan Mills, Iowa', 'Pike Corner Cemetery, Harlan Mills, Iowa', 'Blacksmiths'];
const wFoot = ['About WikiTree', 'Honor Code', 'Privacy Policy', 'Terms of Service', 'Contact'];
const wHtml = `<!DOCTYPE html><html lang="en" xmlns:fb="http://ogp.me/ns/fb#"><head><meta charset="utf-8">
<title>Josiah Elwood Danner (1884-1957) | WikiTree FREE Family Tree</title>
<meta name="description" content="Josiah Danner family history and genealogy. Born 9 Jan 1884 in Tolland Falls, Iowa. Died 22 Aug 1957.">
<meta property="og:title" content="Josiah Elwood Danner (1884-1957)"><meta property="og:site_name" content="WikiTree">
<link rel="canonical" href="https://www.wikitree.example/wiki/Danner-1422">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Josiah Elwood Danner","birthDate":"1884-01-09",
"deathDate":"1957-08-22","spouse":[{"@type":"Person","name":"Cora Belle (Whitcombe) Danner"}]}</script>
<script>var wgPageName="Danner-1422";var wgUserName=null;var wikitree={"profileId":31884022,"privacy":60};</script>
<link rel="stylesheet" href="/css/main-new.css?2026"></head>
<body class="mediawiki ns-0 page-Danner-1422 profile"><div id="HEADER" class="container"><a id="logo" href="/">WikiTree - FREE Family Tree</a>
<ul id="topNav">${links(wTop, 'topNav-item')}</ul></div>
<div class="container"><ul class="profile-tabs">${links(wTabs, 'profile-tab')}</ul>
<div class="row"><div class="ten columns"><div class="VITALS"><h1><span itemprop="name">${wTitle}</span></h1>
<p class="privacy-status"><img src="/images/icons/privacy_open.png" alt="Privacy Level: Open (White)"> Privacy: Open</p></div>
<div class="VITALS-list">${wVitals.map((v) => `<div class="VITALS">${v}</div>`).join('\n')}</div>
<p class="descendants-links"><a href="/genealogy/Danner-1422">Descendants</a> | <a href="/genealogy/Danner-1422-ancestors">Ancestors</a></p>
<div class="EDIT"><a href="/index.php?title=Special:EditPerson&amp;u=31884022">Edit Profile</a></div>
<div id="Biography" class="Biography"><a name="Biography"></a><h2><span class="mw-headline">Biography</span></h2>
<div class="box rounded row" style="background-color:#f0f5ff"><p class="sticker">Josiah was a blacksmith.</p></div>
${ps(wBio)}
<a name="Research_Notes"></a><h2><span class="mw-headline">Research Notes</span></h2>
${ps(wNotes)}
<a name="Sources"></a><h2><span class="mw-headline">Sources</span></h2>
<ol class="references">${lis(wSources)}</ol>
<p class="acknowledgments">Thank you to Ellen Tarrant for creating WikiTree profile Danner-1422 through the import of Pell_Family.ged on Feb 9, 2026.</p></div>
<p class="category-bar">Categories: ${wCats.map((c) => `<a href="#">${c}</a>`).join(' | ')}</p></div>
<div class="six columns" id="sidebar"><div class="box"><h3>DNA Connections</h3><p>It may be possible to confirm family relationships with Josiah
by comparing test results with other carriers of his Y-chromosome or his mother's mitochondrial DNA.</p></div>
<div class="box"><h3>Is Josiah your ancestor?</h3><p>Please don't go away! Login to collaborate or comment, or contact the profile managers.</p>
<a class="button" href="#">Add Josiah to your Trusted List</a></div>
<div class="box"><p class="small">Profile manager: <a href="#">Ellen Tarrant</a></p><p class="small">Last modified 1 Mar 2026 | Created 9 Feb 2026</p>
<p class="small">This page has been accessed 214 times.</p></div></div></div></div>
<div id="FOOTER"><ul>${links(wFoot)}</ul><p>WikiTree is a community of genealogists growing an accurate single family tree using DNA and traditional
genealogical sources.</p></div>
<div id="cookieNotice" class="notice"><p>WikiTree uses cookies to improve your experience.</p><button>OK</button></div>
<script src="/js/profile.min.js"></script></body></html>`;
export const wikitree: TestPage = {
  name: 'heldout324-wikitree-profile-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: ['Biography', 'Research Notes', 'Sources'],
  body: [...wVitals, ...texts(wBio), ...texts(wNotes), ...wSources],
  bylines: ['Profile manager: Ellen Tarrant', 'Last modified 1 Mar 2026 | Created 9 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'WikiTree - FREE Family Tree', ...wTop, ...wTabs, 'Privacy: Open', 'Edit Profile', 'Josiah was a blacksmith.',
    'Thank you to Ellen Tarrant for creating WikiTree profile Danner-1422 through the import of Pell_Family.ged on Feb 9, 2026.',
    `Categories: ${wCats.join(' | ')}`, 'DNA Connections',
    j(
      'It may be possible to confirm family relationships with Josiah by comparing test results with other carriers of his',
      "Y-chromosome or his mother's mitochondrial DNA.",
    ),
    'Is Josiah your ancestor?', "Please don't go away! Login to collaborate or comment, or contact the profile managers.",
    'Add Josiah to your Trusted List', 'This page has been accessed 214 times.', ...wFoot,
    'WikiTree is a community of genealogists growing an accurate single family tree using DNA and traditional genealogical sources.',
    'WikiTree uses cookies to improve your experience.',
  ],
};
