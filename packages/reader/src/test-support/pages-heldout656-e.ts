import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file e: a local news report on a fine for felling protected trees on a Next.js news site (hashed CSS
 * module classes, __NEXT_DATA__, most-read rail) and a natural swimming pond case study on Webflow (CMS template, facts grid,
 * more-projects collection list).
 */
const nTitle = 'Developer fined £18,000 for felling protected oaks behind Wealdmere bungalow';
const nDek = 'Magistrates heard that four oaks covered by a preservation order were cut down over a weekend in February.';
const nBody = [
  j(
    'A property developer has been ordered to pay more than £18,000 after admitting cutting down four protected oak trees behind a',
    'bungalow he was renovating in Wealdmere.',
  ),
  j(
    'Darren Kettley, 52, of Holt Lane, pleaded guilty at Castlebridge Magistrates’ Court to two offences under the Town and Country',
    'Planning Act. He was fined £14,500 and ordered to pay £3,820 in costs and a victim surcharge.',
  ),
  j(
    'The court heard that the trees, thought to be around 120 years old, were covered by a Tree Preservation Order made in 1994. They',
    'were felled on a weekend in February, and neighbours contacted the district council after hearing chainsaws on the Sunday morning.',
  ),
  j(
    'Prosecuting for Wealdmere District Council, Anita Rao said the felling had opened the rear of the plot to a new access and had',
    'increased its value. “This was not an accident or a misunderstanding,” she said. “The order was registered on the property and',
    'had been pointed out to the defendant in writing.”',
  ),
  j(
    'In mitigation, the court heard Mr Kettley had believed the trees were unsafe and had since paid for eight replacement oaks to be',
    'planted. He has agreed to a condition that they are maintained for ten years.',
  ),
  j(
    'Councillor Joan Mabey, the council’s cabinet member for planning, said afterwards: “Our protected trees belong to the whole',
    'community. We will always take action when they are deliberately destroyed.”',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements'];
const nRead = ['Road closures planned for bypass resurfacing', 'Bakery wins regional award for its lardy cake', 'Man rescued from River Leddon'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Wealdmere Courier</title>
<meta name="description" content="${nDek}">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-18T16:40:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"author":[{"@type":"Person","name":"Lewis Ocran"}]}</script>
<link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font" crossorigin="" type="font/woff2">
<link rel="stylesheet" href="/_next/static/css/8b0f2a6f2c1d4e71.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-6e0b1f4a2d.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__a1B2c" href="#main">Skip to main content</a>
<header class="Header_header__Zk3fQ"><div class="Header_inner__p9Xw1"><a class="Header_logo__8Lq0v" href="/"><span class="Header_logoText__r4TgH">Wealdmere
Courier</span></a><nav class="Header_nav__Qm2Ue" aria-label="Sections"><ul class="Header_list__yV6oT">${links(nNav, 'Header_item__kD8sS')}</ul></nav>
<a class="Header_subscribe__uX0b3" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="Layout_main__c7Hn2"><div class="Layout_grid__m1VbQ"><article class="Article_article__J4sWq">
<nav class="Breadcrumbs_crumbs__o0Pz4" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/courts">Courts</a></li></ol></nav>
<h1 class="Article_headline__t6RkL">${nTitle}</h1><p class="Article_standfirst__3gXo1">${nDek}</p>
<div class="Byline_byline__bE1tQ"><img class="Byline_avatar__h2Yq8" src="/_next/image?url=%2Fstaff%2Flewis.jpg&amp;w=64&amp;q=75" alt="">
<div><span class="Byline_name__oP5wz">By <a href="/authors/lewis-ocran">Lewis Ocran</a></span><span class="Byline_role__jR3mN">Courts reporter</span>
<time class="Byline_date__9yUxZ" dateTime="2026-06-18T16:40:00+01:00">18 June 2026, 4:40pm</time></div></div>
<div class="ShareBar_bar__k1Nf7"><button class="ShareBar_btn__wQ2s0" aria-label="Share on Facebook">Facebook</button><button class="ShareBar_btn__wQ2s0"
aria-label="Share on X">X</button><button class="ShareBar_btn__wQ2s0">Copy link</button></div>
<figure class="Article_figure__s8Ej2"><img src="/_next/image?url=%2Fimages%2Foak-stumps.jpg&amp;w=1200&amp;q=75" alt="Oak stumps" loading="lazy">
<figcaption class="Article_caption__nV5d1">The stumps of the felled oaks behind the bungalow in Holt Lane.
<span class="Article_credit__Gf0x9">Picture: Wealdmere
District Council</span></figcaption></figure>
<div class="Article_body__Yw7aK">${ps(nBody, ' class="Article_para__0cRk4"')}</div>
<div class="Article_tags__vT1hL"><a href="/topics/wealdmere">Wealdmere</a>
<a href="/topics/courts">Courts</a><a href="/topics/environment">Environment</a></div>
</article><aside class="Rail_rail__L8c2d"><section class="MostRead_box__w3Jt9"><h2 class="MostRead_title__kA7dP">Most read</h2><ol class="MostRead_list__2sQ1e">
${links(nRead, 'MostRead_item__x8Rt4')}</ol></section><section class="Newsletter_box__Q0a1Z"><h2>The Courier Daily</h2><p>Local news in your inbox every
morning.</p><form><label for="nl-email" class="Newsletter_label__f0X1p">Email address</label><input id="nl-email" type="email"><button>Sign up</button></form>
</section><div class="Ad_slot__mP7d1" data-slot="mpu-1"><span class="Ad_label__Ty0cZ">Advertisement</span></div></aside></div></main>
<footer class="Footer_footer__E6u1k"><ul class="Footer_links__Hk2a9">${links(nFoot)}</ul><p class="Footer_copy__O2pXk">© 2026 Wealdmere Courier Ltd. All rights
reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"${nTitle}",
"standfirst":"${nDek}","section":"news"}},
"__N_SSG":true},"page":"/[section]/[slug]","query":{"section":"news","slug":"developer-fined-protected-oaks"},
"buildId":"rT0x9kWq2Lm","isFallback":false}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout656-nextjs-tpo-fine-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Lewis Ocran', 'Courts reporter', '18 June 2026, 4:40pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wealdmere Courier', ...nNav, 'Subscribe', 'Courts', 'Facebook', 'X', 'Copy link',
    'The stumps of the felled oaks behind the bungalow in Holt Lane.', 'Picture: Wealdmere District Council', 'Wealdmere', 'Environment', 'Most read',
    ...nRead, 'The Courier Daily', 'Local news in your inbox every morning.', 'Email address', 'Sign up', 'Advertisement', ...nFoot,
    '© 2026 Wealdmere Courier Ltd. All rights reserved.',
  ],
};

const wTitle = 'A natural swimming pond for a farmhouse in the Hollowmere valley';
const wDek = 'A 90 square metre swimming pond, cleaned by plants instead of chemicals, built in a former paddock over eleven weeks.';
const wFacts = [
  ['Location', 'Hollowmere, Dorset'],
  ['Swimming zone', '12 × 4.5 metres, 1.9 metres deep'],
  ['Regeneration zone', '40 square metres'],
  ['Build time', '11 weeks'],
];
const wBody = [
  'The brief',
  j(
    'The owners wanted somewhere to swim from May to September without the blue tiles, chlorine smell and plant room of a conventional',
    'pool. The paddock behind the house had a gentle fall to the south and good sun, but the clay subsoil held water after rain.',
  ),
  'The build',
  j(
    'We excavated the swimming zone and the shallower regeneration zone as one basin and separated them with a timber wall stopping 30',
    'centimetres below the water, so the two zones share the same body of water. A land drain around the whole pond takes groundwater',
    'away from under the liner.',
  ),
  j(
    'The basin is lined with a welded 1.5 millimetre EPDM membrane over a geotextile fleece. A small, low-energy pump draws water through',
    'a gravel bed beneath the planting and returns it at the far end of the swimming zone, keeping the water moving without any filters',
    'to clean.',
  ),
  'The planting',
  j(
    'The regeneration zone holds more than 1,400 plants of 22 native species, set into washed gravel rather than soil so that they',
    'take their nutrients from the water. Water mint, flowering rush and yellow flag fill the shallows; hornwort and water milfoil keep',
    'the deeper gravel oxygenated.',
  ),
  'The result',
  j(
    'The pond was first swum in on 6 June, nine days after filling. By the end of the summer the water was clear to the bottom of the',
    'swimming zone, and the owners had recorded grass snakes, broad-bodied chasers and a visiting grey wagtail.',
  ),
];
const wNav = ['Swimming ponds', 'Wildlife ponds', 'Projects', 'About', 'Contact'];
const wMore = ['Roof-fed wildlife pond, Stourmere', 'Reed-bed pool for a village school'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Nov 02 2026 10:14:05 GMT+0000 -->
<html data-wf-domain="www.reedandstone.co.uk" data-wf-page="65a1f0c2e4b7d3a9c1e2f3a4" data-wf-site="65a1f0c2e4b7d3a9c1e2f399"
data-wf-collection="65a1f0c2e4b7d3a9c1e2f3b0" data-wf-item-slug="hollowmere-swimming-pond"><head><meta charset="utf-8">
<title>${wTitle} | Reed &amp; Stone</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65a1f0c2e4b7d3a9c1e2f399/css/reed-and-stone.webflow.shared.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/logo.svg"
alt="Reed and Stone" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}<a href="/enquire" class="button nav-button w-button">Enquire</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="case-hero"><div class="w-container"><a href="/projects" class="back-link">← All projects</a><div class="case-tag">Swimming pond</div>
<h1 class="case-heading">${wTitle}</h1><p class="case-intro">${wDek}</p></div></section>
<section class="case-facts"><div class="w-layout-grid facts-grid">${wFacts
  .map(([l, v]) => `<div class="fact"><div class="fact-label">${l}</div><div class="fact-value">${v}</div></div>`)
  .join('\n')}</div></section>
<section class="case-body"><div class="w-container"><div class="rich-text w-richtext">
${wBody.map((t, i) => ([0, 2, 5, 7].includes(i) ? `<h2>${t}</h2>` : `<p>${t}</p>`)).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/hollowmere-planting.jpg"
loading="lazy" alt="Planting in the regeneration zone"></div><figcaption>The regeneration zone in its first August.</figcaption></figure>
</div></div></section>
<section class="more-projects"><div class="w-container"><h2 class="section-heading">More projects</h2><div class="w-dyn-list"><div role="list"
class="projects-list w-dyn-items">${wMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/projects/x" class="project-card w-inline-block">
<h3 class="project-card-title">${t}</h3><div class="card-link">View project</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="cta-section"><div class="w-container"><h2 class="cta-heading">Thinking about a pond?</h2><a href="/enquire" class="button w-button">Arrange a
site visit</a></div></section>
<footer class="footer"><div class="w-container"><div class="footer-text">Reed &amp; Stone Water Gardens Ltd · Registered in England 11876543</div>
<div class="footer-links"><a href="/privacy" class="footer-link">Privacy</a><a href="/cookies" class="footer-link">Cookies</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b7d3a9c1e2f399" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1f0c2e4b7d3a9c1e2f399/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflowPond: TestPage = {
  name: 'heldout656-webflow-swimming-pond',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wBody.filter((_, i) => [0, 2, 5, 7].includes(i)),
  body: texts([wDek, ...wFacts.map((f) => f.join(' ')), ...wBody.filter((_, i) => ![0, 2, 5, 7].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Enquire', '← All projects', 'Swimming pond', 'The regeneration zone in its first August.', 'More projects', ...wMore, 'View project',
    'Thinking about a pond?', 'Arrange a site visit', 'Reed & Stone Water Gardens Ltd · Registered in England 11876543', 'Privacy', 'Cookies',
  ],
};

export const HELDOUT656_E: readonly TestPage[] = [nextNews, webflowPond].map(settle);
