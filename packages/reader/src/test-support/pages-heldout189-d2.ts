import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file d2: a primary school's news item on a school-website platform in the e4education / Schudio style
 * (the quick links bar with Google Translate and search, the school name and motto, the mega menu, the page banner with
 * breadcrumb, the news date, the photo gallery with captions inside the story, the "Back to News" link, the "Latest News" and
 * "Upcoming Events" side panels, the awards strip, the footer address, the platform credit and the cookie notice).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const scTitle = 'Year 4 step back in time at Ravensfield Roman Fort';
const scP1 = paras(`
On Thursday, Year 4 swapped their school jumpers for tunics and spent the day as Roman soldiers at Ravensfield Roman Fort.
The trip was the highlight of this half term's history topic, Invaders and Settlers, and the children were brilliant
ambassadors for the school from the moment they stepped off the coach.

After a welcome from the fort's education team, the children were split into two "contubernia", the small groups of eight
soldiers who shared a tent. Each group had to choose a leader and learn to march in step, which turned out to be much
harder than it looked. By the end of the morning, both groups could form a tortoise with their shields, and Mr Hadley
bravely volunteered to test it with soft foam "missiles".`);
const scH1 = 'Exploring the fort';
const scP2 = paras(`
In the afternoon we explored the remains of the fort itself, including the granaries, the commander's house and the bath
house, where the children were fascinated (and a little horrified) to learn that Romans scraped themselves clean with oil
and a curved metal tool called a strigil rather than using soap.

In the museum, the children used clipboards to record objects found on the site. Favourites included a child's leather shoe,
a set of bone dice and a tombstone carved for a soldier called Marcus who died aged 32. Several children noticed that many
of the objects came from places far away, which led to a great discussion on the coach home about how big the Roman Empire
was and how long it would have taken to walk from Rome to Britain.`);
const scH2 = 'What the children said';
const scQuotes = [
  '"I liked the marching best but my feet hurt afterwards. I do not know how the soldiers did it every day." (Amira)',
  '"The shoe was so small. It made me think about the children who lived at the fort." (Leo)',
  '"I want to be a Roman when I grow up, but not the bath house part." (Freddie)',
];
const scP3 = paras(`
Back in class, Year 4 will be using their notes and sketches to write information leaflets for visitors to the fort, which
we will share in our class assembly on Friday 5 December. Parents and carers are warmly invited to join us at 9am.

A huge thank you to the parent helpers who came with us, and to the team at Ravensfield, who made the day so memorable.`);
const scCaptions = ['Forming the tortoise in the parade ground', 'Sketching finds in the museum', 'Learning how a Roman soldier packed his kit'];
const scQuick = ['Parent Pay', 'Term Dates', 'Lunch Menu', 'Vacancies', 'Contact Us'];
const scTranslate = 'Select Language';
const scName = ['Hollybrook Primary School', 'Learning together, growing together'];
const scNav = ['About Us', 'Key Information', 'Parents', 'Curriculum', 'Classes', 'News & Events', 'Community'];
const scCrumbs = ['Home', 'News & Events', 'Latest News'];
const scSide = [
  'Latest News',
  'Christmas Jumper Day raises £412',
  'Reception visit the fire station',
  'Harvest Festival thank you',
  'Upcoming Events',
  'Year 4 class assembly',
  'Christmas performance: Reception and KS1',
  'School closes for Christmas at 1.30pm',
  'View Calendar',
];
const scAwards = ['Ofsted: Good', 'Healthy Schools Award', 'Artsmark Silver', 'Eco-Schools Green Flag'];
const scFoot = [
  'Hollybrook Primary School, Meadow Road, Ravensfield, RF4 2JD',
  'Tel: 01632 960 412',
  'Email: office@hollybrook.example',
  'Headteacher: Mrs C. Lowther',
  'Accessibility',
  'Privacy Notice',
  'Cookie Policy',
  'Sitemap',
  'Website Design by Chalkline',
];
const scCookie = ['We use cookies on this website to improve your experience and to measure how the site is used.', 'Accept', 'Reject', 'Settings'];
const scGallery = scCaptions
  .map(
    (c, i) => `<li class="gallery-item"><a href="/uploads/news/roman-day-${i + 1}.jpg" data-fancybox="gallery" data-caption="${c}">
<img src="/uploads/news/thumbs/roman-day-${i + 1}.jpg" alt="${c}"></a><span class="gallery-caption">${c}</span></li>`,
  )
  .join('\n');
const scHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${scTitle} | Hollybrook Primary School</title>
<meta name="description" content="Year 4 spent the day as Roman soldiers at Ravensfield Roman Fort.">
<link href="/_site/css/main.css?cache=260301" rel="stylesheet"><script src="/_includes/js/jquery.min.js"></script>
<script src="//translate.google.example/translate_a/element.js?cb=googleTranslateElementInit"></script></head>
<body class="body_news st_news"><div id="container">
<div id="quicklinks" class="quicklinks"><ul>${links(scQuick, 'quicklink')}</ul>
<div id="google_translate_element"><select class="goog-te-combo" aria-label="Language Translate Widget">
<option value="">${scTranslate}</option></select></div>
<form id="FS" action="/search/"><label for="search_input" class="hidden">Search Site</label><input id="search_input" type="search">
<button type="submit">Go</button></form></div>
<header id="header"><a href="/" id="logo"><img src="/_site/images/design/logo.png" alt="Hollybrook Primary School logo"></a>
<div class="school-name"><p class="name">${scName[0]}</p><p class="motto">${scName[1]}</p></div></header>
<nav id="mainNav"><ul class="nav">${links(scNav, 'nav_item')}</ul></nav>
<div id="mobileNav" class="mobile-nav" aria-hidden="true"><ul>${links(scNav)}</ul></div>
<section id="page_banner"><div class="banner-inner"><p class="banner-title">Latest News</p>
<ul class="breadcrumbs">${links(scCrumbs)}</ul></div></section>
<main id="mainContent"><div class="content_wrap">
<article class="news_item" id="news_item_1288">
<h1 class="pageTitle">${scTitle}</h1>
<p class="news_date">Date: <span>21st November 2026</span></p>
<div class="content">
${ps(scP1)}
<ul class="gallery news-gallery">${scGallery}</ul>
<h3>${scH1}</h3>
${ps(scP2)}
<h3>${scH2}</h3>
<ul>${scQuotes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(scP3)}
</div>
<p class="back"><a href="/news/?pid=3&amp;nid=1">&lt; Back to News</a></p></article>
<aside id="sidebar"><div class="panel panel-news"><h2>${scSide[0]}</h2><ul>${links(scSide.slice(1, 4))}</ul></div>
<div class="panel panel-events"><h2>${scSide[4]}</h2><ul>${links(scSide.slice(5, 8))}</ul><a class="btn" href="/calendar/">${scSide[8]}</a></div></aside>
</div></main>
<section id="awards"><ul>${scAwards.map((t) => `<li><img src="/_site/images/awards/${t.length}.png" alt=""><span>${t}</span></li>`).join('\n')}</ul></section>
<footer id="footer"><div class="footer-address"><p>${scFoot[0]}</p><p>${scFoot[1]}</p><p>${scFoot[2]}</p><p>${scFoot[3]}</p></div>
<ul class="footer-links">${links(scFoot.slice(4, 8))}</ul><p class="credit"><a href="https://chalkline.example">${scFoot[8]}</a></p></footer>
</div>
<div id="cookie_notice" class="cookie_notice"><p>${scCookie[0]}</p><button class="accept">${scCookie[1]}</button>
<button class="reject">${scCookie[2]}</button><a href="/cookie-settings/">${scCookie[3]}</a></div>
</body></html>`;

export const schoolPage: TestPage = {
  name: 'heldout189-school-site-news-item',
  kind: 'blog',
  html: scHtml,
  title: scTitle,
  headings: [scH1, scH2],
  body: texts([...scP1, ...scP2, ...scQuotes, ...scP3]),
  bylines: ['Date: 21st November 2026'],
  furniture: [
    ...new Set([
      ...scQuick,
      scTranslate,
      'Search Site',
      'Go',
      ...scName,
      ...scNav,
      ...scCrumbs,
      ...scCaptions,
      '< Back to News',
      ...scSide,
      ...scAwards,
      ...scFoot,
      ...scCookie,
    ]),
  ],
};
