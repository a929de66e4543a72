import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file d2: a Svbtle post (the blog-name header with the logo and the author's links, the kudos button at
 * the top and bottom with its count, the post time, the "Now read this" box with the next post's title and excerpt, and the
 * Svbtle footer).
 */
const vTitle = 'The first hundred customers are a research project';
const v1 = [
  j(
    'When we started Quillmark, a scheduling tool for small clinics, I treated every early customer as a sale. I counted them,',
    'celebrated them, and moved on to the next one. It took me far too long to see that the first hundred were worth much more as',
    'teachers than as revenue.',
  ),
  j(
    'The clinics that signed up in the first year were not a sample of the market. They were the people willing to try something',
    'unfinished, which made them unusual, but they were also the only people who would tell us, in detail and for free, exactly',
    'where the product failed them.',
  ),
];
const vH1 = 'Watch, do not ask';
const v2 = [
  j(
    'Our best decision that year was to sit in waiting rooms. We asked six clinics if one of us could spend a morning at the front',
    'desk, and watched receptionists use the product while the phone rang and patients queued. In a survey, they had rated the',
    'booking screen as fine. In person, we watched them keep a paper diary next to it, because our screen could not show two',
    'practitioners side by side.',
  ),
  j('No survey would have found that. The receptionists did not think of the paper diary as a complaint; it was simply how the job', 'was done.'),
];
const vH2 = 'Price as a question';
const v3 = [
  j(
    'We also changed prices for almost every early customer at least once. That sounds chaotic, and it was, but each change taught',
    'us something. When we raised the price for new clinics by half, sign-ups barely moved. When we added a charge per',
    'practitioner, two of our happiest customers left within a week. Both were tiny clinics with one owner and several part-time',
    'therapists.',
  ),
  j(
    'Those two departures shaped our pricing for years. We never charged per seat again, and the part-time therapist became a',
    'person we designed for on purpose.',
  ),
];
const vH3 = 'When it stops';
const v4 = [
  j(
    'At some point the customers stop being a research project and start being a business, and you have to notice when. For us',
    'it was the month when the support queue first had requests we had already solved for someone else. From then on, the job',
    'was to write things down and scale them, not to discover them.',
  ),
  'But for the first hundred, keep your notebook open. They are teaching you the company.',
];
const vHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${vTitle} • Noor Halvorsen</title><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description"
content="When we started Quillmark, a scheduling tool for small clinics, I treated every early customer as a sale."><meta name="author"
content="Noor Halvorsen">
<meta property="og:title" content="${vTitle}"><meta property="og:site_name" content="Noor Halvorsen"><meta property="og:type" content="article">
<meta property="og:url" content="https://noor.svbtle.example/the-first-hundred-customers"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" title="Noor Halvorsen" href="https://noor.svbtle.example/feed">
<link href="https://svbtle.example/assets/application.css" media="screen" rel="stylesheet"><link rel="canonical"
href="https://noor.svbtle.example/the-first-hundred-customers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${vTitle}","datePublished":"2026-01-27",
"author":{"@type":"Person","name":"Noor Halvorsen"}}</script></head>
<body class="post"><header id="begin"><figure id="user_logo"><a href="/"><div class="logo_img"
style="background-image: url(https://svbtle.example/images/noor.png)"></div></a>
</figure><h2 id="user_blog_name"><a href="/">Noor Halvorsen</a></h2><ul id="user_nav">${links(['Quillmark', 'Mastodon', 'Email'], 'link')}</ul></header>
<section id="river"><article class="post"><figure class="kudo able clearfix" id="kudo_Tq9xWb2LhE"
data-url="https://noor.svbtle.example/the-first-hundred-customers">
<a href="#kudo"><div class="filling">&nbsp;</div></a><div class="num">214</div><div class="txt">Kudos</div></figure>
<h1><a href="https://noor.svbtle.example/the-first-hundred-customers">${vTitle}</a></h1>
${ps(v1)}
<h2>${vH1}</h2>
${ps(v2)}
<h2>${vH2}</h2>
${ps(v3)}
<h2>${vH3}</h2>
${ps(v4)}
<div id="kudos_bottom"><figure class="kudo able clearfix" id="kudo_Tq9xWb2LhE_bottom"><a href="#kudo"><div class="filling">&nbsp;</div></a>
<div class="num">214</div><div class="txt">Kudos</div></figure></div>
<p class="time"><time datetime="2026-01-27" class="article_time">January 27, 2026</time></p></article>
<section id="readnext"><a href="https://noor.svbtle.example/hiring-your-first-support-person"><p class="readnext">Now read this</p>
<h2>Hiring your first support person</h2><p>Our first support hire was a former receptionist from one of our customer clinics. She knew the product
better than we did, from the other side of the desk…</p><span class="continue">Continue →</span></a></section></section>
<footer id="blog_foot"><a href="https://svbtle.example" class="svbtle_logo">Svbtle</a><ul
id="foot_links">${links(['Terms', 'Privacy', 'Promise'])}</ul></footer>
<script src="https://svbtle.example/assets/application.js"></script><script>Svbtle.Kudos.init({ 'url': 'https://noor.svbtle.example/kudos' });</script>
</body></html>`;
export const svbtle: TestPage = {
  name: 'heldout266-svbtle-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [vH1, vH2, vH3],
  body: texts([...v1, ...v2, ...v3, ...v4]),
  bylines: ['January 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Noor Halvorsen', 'Mastodon', 'Email', '214', 'Kudos', 'Now read this', 'Hiring your first support person',
    j(
      'Our first support hire was a former receptionist from one of our customer clinics.',
      'She knew the product better than we did, from the other side of the desk…',
    ),
    'Continue →', 'Svbtle', 'Terms', 'Privacy', 'Promise',
  ],
};
