import { links, ps, type TestPage, texts } from './page-kit.js';
import { hackaday } from './pages-heldout321-a2.js';
import { j, lih, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file a: an Arduino Project Hub-style project page (Next.js markup, header mega menu, author card with views
 * and respects, components and supplies, tags, comments, similar projects, cookie banner, footer) and, from file a2, a
 * Hackaday-style blog post.
 */
const aTitle = 'Soil moisture logger that texts you before your basil wilts';
const aIntro = [
  j(
    'Every summer I kill at least one pot of basil on the balcony. Not by neglect exactly, but because the soil in a small terracotta pot',
    'goes from damp to bone dry in a single hot afternoon, and I only notice in the evening.',
  ),
  j(
    'This project is a small logger built around a Nano 33 IoT and a capacitive moisture probe. It reads the soil every ten minutes,',
    'keeps a rolling day of readings and sends a message through a webhook when the moisture drops below a threshold you set.',
  ),
];
const aParts = [
  'Nano 33 IoT board, or any board with Wi-Fi',
  'Capacitive soil moisture sensor v2.0',
  '2,000 mAh LiPo cell with a JST connector',
  'Small 5 V solar panel and a charger board',
  'A screw-lid jar as an enclosure',
];
const aHow = [
  j(
    'Cheap resistive probes corrode within weeks because a current flows through the soil between the two prongs. The capacitive',
    'probe avoids that: it measures how the soil changes the capacitance of a trace sealed under the solder mask.',
  ),
  j(
    'The probe gives an analog voltage that falls as the soil gets wetter. Mine read about 2.6 V in dry air and 1.2 V in a glass of water,',
    'so the sketch maps that range to a percentage. Calibrate your own probe, because they differ a lot from batch to batch.',
  ),
];
const aSteps = [
  'Solder the probe lead to A1, 3.3 V and ground.',
  'Put the probe in dry soil and note the raw reading, then water the pot well and note it again.',
  'Enter both numbers at the top of the sketch, along with your Wi-Fi name and the webhook address.',
  'Upload, open the serial monitor and check that the percentage moves when you water the pot.',
];
const aPower = [
  j(
    'Wi-Fi is the hungry part. The board sleeps between readings and only joins the network when it has something to send,',
    'or once an hour to upload the log. With that schedule the cell lasted eleven days without the panel.',
  ),
  j(
    'With the panel on the balcony rail it has run since April without a recharge. On grey weeks the charge sags,',
    'so the sketch skips the hourly upload when the cell is under 3.5 V and keeps only the alerts.',
  ),
];
const aNext = [
  j(
    'The next version will drive a small peristaltic pump so the pot can water itself. I am also trying a second probe',
    'lower in the pot, because the top centimetre dries long before the roots notice.',
  ),
];
const aNav = ['Hardware', 'Software', 'Cloud', 'Documentation', 'Community', 'Blog', 'Store'];
const aTags = ['environmental sensing', 'iot', 'gardening', 'low power'];
const aSimilar = ['Rain gauge with a tipping bucket and LoRa', 'Greenhouse fan controller with two thermistors', 'Plant lamp that follows the sunrise'];
const aFoot = ['Help Center', 'Terms of Service', 'Privacy Policy', 'Security', 'Cookie Settings'];
const aComments = [
  'Great build. Did you coat the edges of the probe? Mine started flaking at the cut edge after a month.',
  'Yes, two layers of nail varnish on the edges and round the chip. It has held up so far.',
];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>${aTitle} - Arduino Project Hub</title><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="description" content="A solar-powered soil moisture logger on a Nano 33 IoT that sends an alert when the pot dries out."/>
<meta property="og:title" content="${aTitle}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="Arduino Project Hub"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${aTitle}","author":{"@type":"Person","name":"Marta Quillen"},
"datePublished":"2026-03-04"}</script>
<link rel="preload" href="/_next/static/css/8c1e0f.css" as="style"/><script src="/_next/static/chunks/webpack-2f9d.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__kq2Xy">
<header class="arduino-header" id="arduino-header"><div class="header-top"><a class="logo" href="https://www.arduino.example/" aria-label="Arduino home"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">${links(aNav, 'main-nav__item')}</ul></nav>
<div class="header-actions"><button class="search-button" aria-label="Search"></button><a class="sign-in" href="/login">Sign in</a></div></div>
<div class="project-hub-bar"><a href="/" class="project-hub-bar__title">Project Hub</a><a href="/projects/new" class="btn btn--teal">Add project</a></div>
</header>
<main class="ProjectPage_main__Zt81c"><section class="ProjectHeader_header__3JdQm">
<div class="ProjectHeader_cover__Ps0aL"><img src="/uploads/cover-basil.jpg" alt="The logger in its jar on a balcony rail"/></div>
<h1 class="ProjectHeader_title__kMa0e">${aTitle}</h1>
<p class="ProjectHeader_description__eY1bV">A sealed jar, a capacitive probe and a small panel keep an eye on a balcony herb pot.</p>
<div class="ProjectHeader_meta__rW8Tt"><a href="/maquillen" class="AuthorCard_name__Lq3v2">Marta Quillen</a>
<span class="ProjectHeader_date__x1K7d">Published March 4, 2026</span>
<span class="ProjectHeader_license__Iu8Vn">© CC BY-NC-SA</span><span class="ProjectHeader_difficulty__f0Ycp">Beginner</span>
<span class="ProjectHeader_duration__aH2bP">2 hours</span><span class="ProjectHeader_views__gl4pQ">1,204 views</span>
<button class="RespectButton_btn__7hHnd" type="button">Respect project</button><span class="RespectButton_count__vLzJq">18 respects</span></div></section>
<nav class="ProjectTabs_tabs__oUq9s"><a href="#components">Components and supplies</a><a href="#story">Story</a><a href="#code">Code</a>
<a href="#comments">Comments (2)</a></nav>
<section id="components" class="ProjectSection_section__k2mNd"><h2>Components and supplies</h2>
<ul class="ComponentList_list__Ho3Dg">${lis(aParts, 'ComponentList_item__p4Gs0')}</ul></section>
<section id="story" class="ProjectSection_section__k2mNd"><h2>Story</h2><div class="ProjectStory_content__Ws1nE">
${ps(aIntro)}
<h3>How the probe works</h3>
${ps(aHow)}
<figure class="ProjectStory_image__A7kqL"><img src="/uploads/probe-edges.jpg" alt=""/>
<figcaption>The probe edges sealed with varnish before it goes into the pot</figcaption></figure>
<h3>Calibration</h3>
<ol>${lih(aSteps)}</ol>
<h3>Power budget</h3>
${ps(aPower)}
<h3>What comes next</h3>
${ps(aNext)}
</div></section>
<section id="code" class="ProjectSection_section__k2mNd"><h2 class="ProjectSection_codeTitle__b7Rr">Code</h2>
<div class="CodeEmbed_file__n8Ppw"><span class="CodeEmbed_name__Bq2Uu">basil_logger.ino</span><a href="/download/basil_logger.ino">Download</a>
<pre class="CodeEmbed_pre__Zr3Xe"><code>const int DRY = 2610; // raw reading in dry soil</code></pre></div></section>
<section class="ProjectTags_tags__r5sFn"><span class="ProjectTags_label__L1uJ">Tags</span><ul>${links(aTags, 'ProjectTags_tag__Wm0Qh')}</ul></section>
<aside class="AuthorCard_card__bX3vR"><span class="AuthorCard_label__Y0wsj">Author</span><a href="/maquillen">Marta Quillen</a>
<span class="AuthorCard_stats__aZ8Uo">3 projects · 41 followers</span><button class="btn btn--outline">Follow</button></aside>
<section id="comments" class="Comments_section__K5lEe"><h2 class="Comments_title__q1">Comments</h2>
<p class="Comments_login__Hw2c">Please log in or sign up to comment.</p>
<ul class="Comments_list__P8vHb"><li class="Comment_comment__gG9Jp"><span class="Comment_author__yN1p">tomas_vrba</span>
<span class="Comment_date__qo6A">2 months ago</span><p class="Comment_body__j2Pd">${aComments[0]}</p></li>
<li class="Comment_comment__gG9Jp Comment_reply__B3x2"><span class="Comment_author__yN1p">Marta Quillen</span>
<span class="Comment_date__qo6A">2 months ago</span><p class="Comment_body__j2Pd">${aComments[1]}</p></li></ul></section>
<section class="SimilarProjects_section__W6zrA"><h2>Similar projects you might like</h2><ul>${links(aSimilar, 'SimilarProjects_card__h9Bn')}</ul></section>
</main>
<footer class="arduino-footer"><ul class="arduino-footer__links">${links(aFoot)}</ul><p class="arduino-footer__copy">© 2026 Arduino</p></footer>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience on our website and to analyse traffic.</p>
<button class="cookie-banner__accept">Accept all</button><button class="cookie-banner__settings">Manage preferences</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"projectId":"basil-logger-7f2a"}},"page":"/[user]/[project]"}</script></body></html>`;
const arduinoHub: TestPage = {
  name: 'heldout321-arduino-project-hub-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: ['Components and supplies', 'Story', 'How the probe works', 'Calibration', 'Power budget', 'What comes next'],
  body: texts([...aParts, ...aIntro, ...aHow, ...aSteps, ...aPower, ...aNext]),
  bylines: ['Marta Quillen', 'Published March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Sign in', 'Project Hub', 'Add project', 'A sealed jar, a capacitive probe and a small panel keep an eye on a balcony herb pot.',
    '© CC BY-NC-SA', 'Beginner', '2 hours', '1,204 views', 'Respect project', '18 respects', 'Comments (2)',
    'The probe edges sealed with varnish before it goes into the pot', 'Code', 'basil_logger.ino', 'Download', 'Tags', ...aTags, 'Author',
    '3 projects · 41 followers', 'Follow', 'Please log in or sign up to comment.', 'tomas_vrba', '2 months ago', ...aComments,
    'Similar projects you might like', ...aSimilar, ...aFoot, '© 2026 Arduino',
    'We use cookies to improve your experience on our website and to analyse traffic.', 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT321_A: readonly TestPage[] = [arduinoHub, hackaday];
