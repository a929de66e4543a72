import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 34, file d2: a school district news post on a Finalsite Composer site (fsElement / fsPost markup: skip
 * link, the alert bar, utility quick links, the Google Translate gadget with its language list and "Powered by", the
 * district name and nav with a "Schools" list, the page title "District News" above the post, the post with fsTitle, author,
 * date, summary, body with a figure and an h3, categories, AddToAny share kit, previous / back / next links, a "More
 * District News" list with dates, the footer with address, the non-discrimination statement, links and "Powered by
 * Finalsite").
 */
const sdTitle = 'Lakeview Middle School Students Build Weather Stations for Local Farms';
const sdSummary = 'Eighth graders designed, built and installed 14 solar-powered stations that warn farmers when frost is on the way.';
const sdIntro = [
  'Eighth graders at Lakeview Middle School have spent the winter building something farmers in the county say they need: ' +
    'cheap, reliable weather stations that can tell them when frost is coming.',
  'The project began in October, when science teacher Carlos Brandt asked the Cedar County Farm Bureau what kind of data its ' +
    'members wished they had. The answer was hyperlocal temperature readings. Regional forecasts cover wide areas, and a ' +
    'low-lying field can be several degrees colder than the nearest official station.',
  'Working in teams of four, 112 students designed stations from a small computer board, a temperature and humidity sensor and ' +
    'a solar panel, all housed in a white box made from plumbing pipe and recycled fence boards. Each station costs about $48 to build.',
  '“The kids had to solve real problems,” Brandt said. “The first version fogged up inside. The second blew over in the wind. ' +
    'By the third, they were thinking like engineers.”',
];
const sdH1 = 'Data that goes to work';
const sdPart2 = [
  'Fourteen stations were installed on six farms in January. Readings upload every ten minutes to a public map that students ' +
    'built in their computer science class, and farmers receive a text alert when the temperature in a field drops below a level they choose.',
  'Dale Whitford, who grows apples and pumpkins on 80 acres east of town, said a station in his lowest orchard block showed ' +
    'temperatures nearly five degrees below the county forecast on three nights in January. “That’s the kind of thing you only ' +
    'learn the hard way,” he said. “Now I’ll know before it happens.”',
  'The project is supported by a $12,000 grant from the Cedar Valley Community Foundation. Students will present their results ' +
    'at the regional science fair in March, and the district hopes to add stations at two more farms this spring.',
  'To see live readings from the stations, visit the <a href="https://weather.lakeviewms.example" target="_blank">Lakeview Weather Network map</a>.',
];
const sdCaption = 'Eighth graders Priya Desai and Owen Kettering check a station’s solar panel outside the science wing.';
const sdQuick = ['Calendar', 'Lunch Menus', 'Staff Directory', 'ParentSquare', 'Employment'];
const sdLangs = ['Select Language', 'Spanish', 'Vietnamese', 'Chinese (Simplified)', 'Russian', 'Ukrainian'];
const sdNav = ['Our District', 'Schools', 'Families', 'Enrollment', 'Departments', 'Board of Education'];
const sdSchools = ['Brookfield High School', 'Lakeview Middle School', 'Riverside Middle School', 'Alder Creek Elementary', 'Hawthorne Elementary'];
const sdMore = [
  { t: 'Board of Education Approves 2026–27 Calendar', d: 'January 29, 2026' },
  { t: 'Kindergarten Registration Opens February 9', d: 'January 26, 2026' },
  { t: 'Brookfield High Robotics Team Heads to State', d: 'January 21, 2026' },
];
const sdNondisc =
  'Brookfield Unified School District does not discriminate on the basis of race, color, national origin, sex, gender identity, ' +
  'sexual orientation, disability or age in its programs and activities.';
const sdFoot = ['Title IX', 'Website Accessibility', 'Privacy Policy', 'Public Records Requests'];
const sdPost = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const sdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sdTitle} | Brookfield Unified School District</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${sdTitle}">
<link rel="stylesheet" href="https://resources.finalsite.net/raw/upload/v1700000000/brookfieldusdorg/assets/site.css">
<script>window.FS = window.FS || {}; FS.siteName = "brookfieldusdorg"; FS.pageId = 612; FS.postId = 11820; FS.lang = "en";</script></head>
<body class="fsSectionNews fsPageNews fsHasHeader"><a class="fsSkipLink" href="#fsPageContent">Skip To Main Content</a>
<div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsStyleAutoclear fsPageBody">
<header id="fsHeader" class="fsHeader"><div class="fsPageLayout fsLayout fsFixedLayout"><div class="fsElement fsContent alert-bar" id="fsEl_22">
<div class="fsElementContent"><p><strong>Reminder:</strong> No school Monday, February 16, for Presidents’ Day.</p></div></div>
<div class="fsElement fsNavigation fsList quick-links" id="fsEl_24"><h2 class="fsElementTitle">Quick Links</h2><nav class="fsNavigation"><ul
class="fsNavLevel1">${links(sdQuick)}
</ul></nav></div>
<div class="fsElement fsContent translate" id="fsEl_25"><div class="fsElementContent"><div id="google_translate_element"><div
class="skiptranslate goog-te-gadget" dir="ltr">
<div id=":0.targetLanguage"><select class="goog-te-combo" aria-label="Language Translate Widget">${sdLangs
  .map((t, i) => `<option value="${i === 0 ? '' : t.slice(0, 2).toLowerCase()}">${t}</option>`)
  .join('')}</select></div>Powered by <span style="white-space:nowrap"><a class="VIpgJd-ZVi9od-l4eHX-hSRGPd"
href="https://translate.google.com" target="_blank"><img src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37px"
height="14px"
style="padding-right: 3px" alt="Google Translate">Translate</a></span></div></div></div></div>
<div class="fsElement fsContent district-logo" id="fsEl_26"><div class="fsElementContent"><a href="/"><img src="https://resources.finalsite.net/images/logo.svg"
alt=""><span class="district-name">Brookfield Unified School District</span></a></div></div>
<nav class="fsElement fsNavigation fsMenu main-nav" id="fsEl_27" aria-label="Main"><ul class="fsNavLevel1">${sdNav
  .map(
    (t) =>
      `<li class="fsNavParentPage"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>` +
      `${t === 'Schools' ? `<div class="fsNavPageInfo"><ul class="fsNavLevel2">${links(sdSchools)}</ul></div>` : ''}</li>`,
  )
  .join('\n')}</ul></nav>
<button class="fsSearchToggle" aria-expanded="false">Search</button></div></header>
<main id="fsPageContent" class="fsPageContent"><div class="fsPageLayout fsLayout fsTwoColumnLayout"><div class="fsDiv fsStyleColumn-1">
<h1 class="fsPageTitle">District News</h1>
<section class="fsElement fsPostElement fsDetail fsNews" id="fsEl_3457" data-post-id="11820"><div class="fsElementContent">
<article class="fsStyleAutoclear fsBoard-27 fsCategory-91 fsCategory-104 fsPost"><h2 class="fsTitle">${sdTitle}</h2>
<div class="fsAuthor"><span class="fsLabel">Author:</span> <span class="fsAuthorName">Jenna Marlowe</span></div>
<div class="fsDate"><span class="fsLabel">Posted on</span> <time datetime="2026-02-03T08:00:00-08:00">February 3, 2026</time></div>
<div class="fsSummary"><p>${sdSummary}</p></div>
<div class="fsBody">
${sdPost(sdIntro.slice(0, 2))}
<figure class="image"><img src="https://resources.finalsite.net/images/f_auto,q_auto,t_image_size_4/v1738567210/brookfieldusdorg/weather-station.jpg"
alt="Two students hold a white weather station box"><figcaption>${sdCaption}</figcaption></figure>
${sdPost(sdIntro.slice(2))}
<h3>${sdH1}</h3>
${sdPost(sdPart2)}
</div>
<div class="fsCategories"><span class="fsLabel">Categories:</span> <a class="fsCategory fsStyleDefaultButton" href="/news?cat=91">District News</a> <a
class="fsCategory fsStyleDefaultButton" href="/news?cat=104">STEM</a></div>
<div class="a2a_kit a2a_kit_size_32 a2a_default_style" data-a2a-title="${sdTitle}"><a class="a2a_button_facebook" href="#"><span
class="a2a_label">Facebook</span></a><a
class="a2a_button_x" href="#"><span class="a2a_label">X</span></a><a class="a2a_button_email" href="#"><span class="a2a_label">Email</span></a><a class="a2a_dd"
href="https://www.addtoany.com/share">Share</a></div></article>
<div class="fsPostNav"><a class="fsPostNavPrev" href="/news/~board/district-news/post/robotics-state">Previous Post</a><a class="fsBackButton"
href="/news">Back to News</a>
<a class="fsPostNavNext" href="/news/~board/district-news/post/board-calendar">Next Post</a></div></div></section></div>
<div class="fsDiv fsStyleColumn-2"><section class="fsElement fsPostElement fsList fsNews" id="fsEl_3460"><h2 class="fsElementTitle">More District News</h2>
<div class="fsElementContent">${sdMore
  .map(
    (m, i) =>
      `<article class="fsStyleAutoclear fsBoard-27 fsPost"><div class="fsTitle"><a class="fsPostLink fsPostTitle" href="/news/post-${i}"
data-slug="post-${i}">` + `${m.t}</a></div><div class="fsDate"><time datetime="2026-01-${29 - i * 4}">${m.d}</time></div></article>`,
  )
  .join('\n')}</div><div class="fsElementFooterContent"><a class="fsElementLink" href="/news">View All News</a></div></section></div></div></main>
<footer id="fsFooter" class="fsFooter"><div class="fsElement fsContent footer-address" id="fsEl_40"><div class="fsElementContent"><p><strong>Brookfield Unified
School
District</strong></p><p>400 Mill Road, Brookfield, OR 97000</p><p>Phone: 555-017-3000 | Fax: 555-017-3001</p></div></div>
<div class="fsElement fsContent footer-nondisc" id="fsEl_41"><div class="fsElementContent"><p>${sdNondisc}</p></div></div>
<nav class="fsElement fsNavigation footer-links" id="fsEl_42"><ul>${links(sdFoot)}</ul></nav>
<div class="fsElement fsContent footer-social" id="fsEl_43"><a href="https://www.facebook.com/brookfieldusd"><span class="fsSocialLabel">Brookfield USD on
Facebook</span></a><a
href="https://www.instagram.com/brookfieldusd"><span class="fsSocialLabel">Brookfield USD on Instagram</span></a></div>
<a class="fsPoweredByLogo" href="https://www.finalsite.com/?utm_source=brookfieldusdorg">Powered by Finalsite</a></footer></div></div>
<script src="https://resources.finalsite.net/raw/upload/composer/js/fs.min.js"></script>
<script type="text/javascript" src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script></body></html>`;
export const schoolDistrictPost: TestPage = {
  html: sdHtml,
  name: 'heldout34-school-district-news-post',
  kind: 'news',
  // the post's summary is its dek: body; the paragraphs (quotes and the closing "see live readings" line with its link) and
  // the h3 are the article; "Jenna Marlowe" and the date are bylines ("Author:" and "Posted on" labels are furniture); the
  // page title "District News" (also a category, once) is the section's name, not the post's: furniture; the figure caption,
  // categories, share kit labels, previous / back / next links, "More District News" with dates, alert bar, quick links,
  // the translate gadget with its language list, district name, nav, search button and footer (address, the
  // non-discrimination statement, links, social labels, "Powered by Finalsite") are furniture; the schools menu's "Lakeview
  // Middle School" is words of the title and the body: left out
  title: sdTitle,
  headings: [sdH1],
  body: [sdSummary, ...texts(sdIntro), ...texts(sdPart2)],
  bylines: ['Jenna Marlowe', 'February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip To Main Content', 'Reminder:', 'No school Monday, February 16, for Presidents’ Day.', 'Quick Links', ...sdQuick, ...sdLangs,
    'Powered by', 'Translate', 'Brookfield Unified School District', ...sdNav, ...sdSchools.filter((t) => t !== 'Lakeview Middle School'),
    'Search', 'District News',
    'Author:', 'Posted on', sdCaption, 'Categories:', 'STEM', 'Facebook', 'X', 'Email', 'Share', 'Previous Post', 'Back to News', 'Next Post',
    'More District News', ...sdMore.flatMap((m) => [m.t, m.d]), 'View All News',
    '400 Mill Road, Brookfield, OR 97000', 'Phone: 555-017-3000 | Fax: 555-017-3001', sdNondisc, ...sdFoot, 'Brookfield USD on Facebook',
    'Brookfield USD on Instagram', 'Powered by Finalsite',
  ],
};
