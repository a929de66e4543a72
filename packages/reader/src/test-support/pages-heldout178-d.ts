import { links, ps, type TestPage, texts } from './page-kit.js';
import { pnaNews } from './pages-heldout178-d2.js';

/**
 * Held-out batch 178, file d: an Antara News English story on en.antaranews.com (the top bar, the header menu with its
 * dropdown, the breadcrumb, the h1 with the date line, the share icons, the featured photo with caption and credit, the
 * "Related news:" link paragraphs inside the text, the reporter, editor and copyright lines after it, the tags, the
 * "Related News" and "Latest News" / "Most Read" rails, ad labels and the footer) and, from file d2, a Philippine News Agency story.
 */
const atTitle = 'Seaweed farmers on Seruni Island double output with solar dryers';
const atP1 = [
  'Seruni, East Nusa Tenggara (ANTARA) - Seaweed farmers on Seruni Island have doubled the amount of dried seaweed they can sell ' +
    'each month since the installation of 30 solar-powered drying houses, a local cooperative said on Monday.',
  'Before the dryers were built, farmers spread the harvested seaweed on tarpaulins along the beach, where rain and sea spray ' +
    'often spoiled part of the crop during the wet season, said Yohanes Kefi, head of the Seruni Lestari cooperative.',
  '&quot;In the rainy months we used to lose almost half of our harvest. Now the seaweed dries in three days instead of six, and ' +
    'it stays clean,&quot; he said.',
];
const atRel1 = '<strong>Related news:</strong> <a href="https://en.antaranews.com/news/338811">Ministry targets 10 percent rise in seaweed exports</a>';
const atP2 = [
  'Each drying house has a transparent roof, racks made of bamboo, and small fans powered by a solar panel that keep the air ' +
    'moving. The houses were built with funding from the regional government and a state-owned bank&#39;s community program at a ' +
    'total cost of Rp2.7 billion (around US$165 thousand).',
  'The cooperative, which has 412 members, produced 86 tons of dried seaweed in October, compared with 41 tons in the same month ' + 'last year, Kefi noted.',
  'Better quality has also brought better prices. Buyers from processing plants in Surabaya and Makassar now pay up to Rp22 ' +
    'thousand per kilogram for seaweed from the island, up from around Rp15 thousand, because it contains less sand and salt.',
];
const atRel2 = '<strong>Related news:</strong> <a href="https://en.antaranews.com/news/337204">East Nusa Tenggara to build more fish cold storage units</a>';
const atP3 = [
  'Head of the regency&#39;s marine and fisheries office, Maria Bete, said the success on Seruni would be used as a model for ' +
    'four other islands in the regency where seaweed is the main source of income.',
  '&quot;We will add 50 more drying houses next year, and we are also training farmers to test the moisture content themselves ' +
    'so that they can negotiate with buyers,&quot; she said.',
  'She added that her office was working with a university in Kupang to develop seaweed seedlings that are more resistant to ' +
    'rising sea temperatures, which caused disease outbreaks in several farming areas in 2024.',
  'Indonesia is one of the world&#39;s largest producers of seaweed, most of which is processed into carrageenan and agar used in ' +
    'food, cosmetics, and medicine.',
];
const atCaption = 'Farmers lay out seaweed on bamboo racks inside a solar drying house on Seruni Island, East Nusa Tenggara, on Monday (November 3, 2025).';
const atCredit = '(ANTARA/Kornelis Kaha)';
const atTop = ['Indonesian', 'English', 'Photo', 'Video', 'Infographic'];
const atNav = ['Home', 'Top News', 'Business', 'Nation', 'World', 'Sports', 'Features', 'Photo', 'Video', 'ANTARA Insight'];
const atTags = ['seaweed', 'solar dryer', 'cooperative', 'East Nusa Tenggara'];
const atRelated = [
  'Govt to help coastal villages access cheaper solar panels',
  'Maluku seaweed farmers get new seedlings after disease outbreak',
  'Indonesia, Japan discuss joint research on ocean farming',
];
const atLatest = [
  'President opens new toll road section in Sumatra',
  'Jakarta to add 200 electric buses by year end',
  'Rupiah strengthens on positive trade data',
];
const atMost = ['Bali airport records busiest October', 'Minister urges farmers to adopt crop insurance', 'Indonesia ready to host Asian rowing event'];
const atFoot = ['About Us', 'Contact Us', 'Terms of Use', 'Privacy Policy', 'Media Guidelines', 'Career'];
const atHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seaweed farmers on Seruni Island double output with solar dryers - ANTARA News</title>
<meta name="description" content="Seaweed farmers on Seruni Island have doubled the amount of dried seaweed they can sell each month.">
<meta property="og:type" content="article"><meta property="og:title" content="${atTitle}"><meta property="og:site_name" content="Antara News">
<meta name="twitter:site" content="@antaranews">
<link rel="canonical" href="https://en.antaranews.com/news/339102/seaweed-farmers-on-seruni-island-double-output">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${atTitle}","datePublished":"2025-11-03T14:02:11+07:00",
"author":{"@type":"Person","name":"Kornelis Kaha"},"editor":"Rahmad Nasution","publisher":{"@type":"Organization","name":"ANTARA"}}</script>
<link rel="stylesheet" href="https://en.antaranews.com/assets/css/style.min.css">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body>
<div class="topbar d-none d-md-block"><div class="container"><ul class="topbar-link">${links(atTop)}</ul></div></div>
<header class="header-news"><div class="container"><a class="navbar-brand" href="https://en.antaranews.com/">
<img src="https://en.antaranews.com/assets/img/logo.png"
alt="ANTARA News"></a><nav class="navbar navbar-expand-lg"><ul class="navbar-nav">${links(atNav, 'nav-item')}
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">More</a><div class="dropdown-menu">
<a class="dropdown-item" href="/opinion">Opinion</a><a class="dropdown-item" href="/infographic">Infographic</a></div></li></ul></nav></div></header>
<div class="ads-billboard text-center"><small class="ads-label">Advertisement</small><div id="div-gpt-ad-antara-billboard"></div></div>
<section class="pb-80"><div class="container"><div class="row"><div class="col-md-8">
<ul class="breadcrumbs bg-light mb-4"><li class="breadcrumbs__item"><a href="/" class="breadcrumbs__url">Home</a></li>
<li class="breadcrumbs__item"><a href="/business" class="breadcrumbs__url">Business</a></li></ul>
<div class="wrap__article-detail"><div class="wrap__article-detail-title"><h1 class="post-title">${atTitle}</h1></div>
<div class="wrap__article-detail-info"><ul class="list-inline"><li class="list-inline-item"><span class="text-secondary">3rd November 2025 14:02</span></li>
<li class="list-inline-item"><span class="text-secondary">Reading time: 3 minutes</span></li></ul></div>
<div class="wrap__article-detail-image mt-4"><figure><img src="https://cdn.antaranews.com/cache/1200x800/2025/11/03/seaweed.jpg" class="img-fluid" alt="">
<figcaption><p class="wp-caption-text">${atCaption} ${atCredit}</p></figcaption></figure></div>
<div class="social-share"><a href="#" class="facebook"><i class="fa fa-facebook"></i></a><a href="#" class="twitter"><i class="fa fa-twitter"></i></a>
<a href="#" class="whatsapp"><i class="fa fa-whatsapp"></i></a><a href="#" class="copy-link" title="Copy link">Copy link</a></div>
<div class="wrap__article-detail-content post-content">
${ps(atP1)}
<p>${atRel1}</p>
${ps(atP2)}
<p>${atRel2}</p>
${ps(atP3)}
<p class="text-muted mt-2 small"><span>Reporter: Kornelis Kaha</span><br><span>Editor: Rahmad Nasution</span><br><span>Copyright © ANTARA 2025</span></p>
</div>
<div class="blog-tags"><ul class="list-inline"><li class="list-inline-item"><i class="fa fa-tags"></i></li>${links(atTags, 'list-inline-item')}</ul></div>
<div class="wrap__article-related"><h4 class="border_section">Related News</h4><ul>${links(atRelated)}</ul></div></div></div>
<div class="col-md-4"><aside class="wrapper__list__article"><h4 class="border_section">Latest News</h4><ul>${links(atLatest)}</ul></aside>
<aside class="wrapper__list__article"><h4 class="border_section">Most Read</h4><ol>${links(atMost)}</ol></aside>
<div class="ads-side"><small class="ads-label">Advertisement</small><div id="div-gpt-ad-antara-side"></div></div></div></div></div></section>
<footer class="footer"><div class="container"><ul class="list-inline">${links(atFoot, 'list-inline-item')}</ul>
<p class="copyright">Copyright © 2025 ANTARA News. All rights reserved.</p></div></footer>
<script src="https://en.antaranews.com/assets/js/index.bundle.js"></script></body></html>`;
const antaraNews: TestPage = {
  html: atHtml,
  name: 'heldout178-antara-news',
  kind: 'news',
  // the "(ANTARA) -" dateline opens the first paragraph (body); the "Related news:" link paragraphs inside the text are furniture;
  // the reporter, editor and reading-time lines are bylines
  title: atTitle,
  headings: [],
  body: texts([...atP1, ...atP2, ...atP3]),
  bylines: ['3rd November 2025 14:02', 'Reading time: 3 minutes', 'Reporter: Kornelis Kaha', 'Editor: Rahmad Nasution'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...atTop, ...atNav, 'More', 'Opinion', 'Advertisement', atCaption, atCredit, 'Copy link', ...texts([atRel1, atRel2]), 'Copyright © ANTARA 2025',
    ...atTags, 'Related News', ...atRelated, 'Latest News', ...atLatest, 'Most Read', ...atMost, ...atFoot,
    'Copyright © 2025 ANTARA News. All rights reserved.',
  ],
};

export const HELDOUT178_D: readonly TestPage[] = [antaraNews, pnaNews];
